//! Constant bindings, and code that cannot run user code.
//!
//! A `const` whose initializer folds to a primitive ([`fold`]: literals,
//! earlier constants, arithmetic and bitwise operators, string `+`) has that
//! value wherever it can be read without a TDZ error. `resolve` replaces
//! such reads with the value (`Resolution::folded`), so they capture nothing:
//! a module-level `const STATE_HELD = 4` read in a method is the number 4,
//! not an environment slot (or a box, with a TDZ check, when a hoisted
//! function declaration reads it).
//!
//! Whether a read inside a closure can run before the initialization
//! depends on what runs between the closure's creation and the
//! initialization: [`inert_statement`] and [`inert_expression`] say which code
//! cannot call anything (no calls, property accesses, conversions of objects,
//! iteration), so a closure created before it cannot be called during it.

use oxc_ast::ast::*;

/// A primitive value known at compile time.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Number(f64),
    Str(String),
    Bool(bool),
    Null,
    Undefined,
}

impl Constant {
    /// ToNumber, when it needs no string parsing.
    fn to_number(&self) -> Option<f64> {
        match self {
            Constant::Number(n) => Some(*n),
            Constant::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
            Constant::Null => Some(0.0),
            Constant::Undefined => Some(f64::NAN),
            Constant::Str(_) => None,
        }
    }

    fn to_boolean(&self) -> bool {
        match self {
            Constant::Number(n) => !(*n == 0.0 || n.is_nan()),
            Constant::Str(s) => !s.is_empty(),
            Constant::Bool(b) => *b,
            Constant::Null | Constant::Undefined => false,
        }
    }

    /// ToString, as `+` with a string operand uses it.
    fn to_js_string(&self) -> String {
        match self {
            Constant::Number(n) => bibao_runtime::string::number_to_rust_string(*n),
            Constant::Str(s) => s.clone(),
            Constant::Bool(b) => b.to_string(),
            Constant::Null => "null".to_string(),
            Constant::Undefined => "undefined".to_string(),
        }
    }

    fn type_of(&self) -> &'static str {
        match self {
            Constant::Number(_) => "number",
            Constant::Str(_) => "string",
            Constant::Bool(_) => "boolean",
            Constant::Null => "object",
            Constant::Undefined => "undefined",
        }
    }
}

/// ECMAScript ToInt32 of a number.
fn to_int32(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc().rem_euclid(4294967296.0);
    m as u32 as i32
}

/// The value of `e` when it is a primitive known at compile time.
/// `identifier` gives the value of a name, when the name is a constant that
/// is certainly initialized where `e` reads it.
pub fn fold(
    e: &Expression<'_>,
    identifier: &dyn Fn(&IdentifierReference<'_>) -> Option<Constant>,
) -> Option<Constant> {
    Some(match e.without_parentheses() {
        Expression::NumericLiteral(n) => Constant::Number(n.value),
        Expression::StringLiteral(s) if !s.lone_surrogates => {
            Constant::Str(s.value.as_str().to_string())
        }
        Expression::BooleanLiteral(b) => Constant::Bool(b.value),
        Expression::NullLiteral(_) => Constant::Null,
        Expression::TemplateLiteral(t) if t.expressions.is_empty() && t.quasis.len() == 1 => {
            let q = &t.quasis[0];
            if q.lone_surrogates {
                return None;
            }
            Constant::Str(q.value.cooked.as_ref()?.as_str().to_string())
        }
        Expression::Identifier(id) => identifier(id)?,
        Expression::UnaryExpression(u) => {
            let v = fold(&u.argument, identifier)?;
            match u.operator {
                UnaryOperator::UnaryNegation => Constant::Number(-v.to_number()?),
                UnaryOperator::UnaryPlus => Constant::Number(v.to_number()?),
                UnaryOperator::BitwiseNot => Constant::Number(!to_int32(v.to_number()?) as f64),
                UnaryOperator::LogicalNot => Constant::Bool(!v.to_boolean()),
                UnaryOperator::Typeof => Constant::Str(v.type_of().to_string()),
                UnaryOperator::Void => Constant::Undefined,
                UnaryOperator::Delete => return None,
            }
        }
        Expression::BinaryExpression(b) => {
            let l = fold(&b.left, identifier)?;
            let r = fold(&b.right, identifier)?;
            binary(b.operator, &l, &r)?
        }
        _ => return None,
    })
}

fn binary(op: BinaryOperator, l: &Constant, r: &Constant) -> Option<Constant> {
    use BinaryOperator as B;
    if op == B::Addition && (matches!(l, Constant::Str(_)) || matches!(r, Constant::Str(_))) {
        return Some(Constant::Str(l.to_js_string() + &r.to_js_string()));
    }
    let (a, b) = (l.to_number()?, r.to_number()?);
    let int = |f: fn(i32, i32) -> i32| Constant::Number(f(to_int32(a), to_int32(b)) as f64);
    Some(match op {
        B::Addition => Constant::Number(a + b),
        B::Subtraction => Constant::Number(a - b),
        B::Multiplication => Constant::Number(a * b),
        B::Division => Constant::Number(a / b),
        B::Remainder => Constant::Number(a % b),
        B::BitwiseOR => int(|x, y| x | y),
        B::BitwiseAnd => int(|x, y| x & y),
        B::BitwiseXOR => int(|x, y| x ^ y),
        B::ShiftLeft => int(|x, y| x.wrapping_shl(y as u32 & 31)),
        B::ShiftRight => int(|x, y| x >> (y as u32 & 31)),
        B::ShiftRightZeroFill => {
            Constant::Number(((to_int32(a) as u32) >> (to_int32(b) as u32 & 31)) as f64)
        }
        _ => return None,
    })
}

/// Running `s` cannot call a function or a getter (so no closure made before
/// it runs can be called while it runs). An exception may be thrown (a TDZ
/// read), which ends the code that would have come after.
/// `names` tells what names are ([`NameKind`]).
pub fn inert_statement(s: &Statement<'_>, names: Names<'_>) -> bool {
    match s {
        Statement::EmptyStatement(_) | Statement::FunctionDeclaration(_) => true,
        Statement::BlockStatement(b) => b.body.iter().all(|s| inert_statement(s, names)),
        Statement::ExpressionStatement(e) => inert_expression(&e.expression, names),
        Statement::VariableDeclaration(d) => d.declarations.iter().all(|d| {
            matches!(d.id, BindingPattern::BindingIdentifier(_))
                && d.init.as_ref().is_none_or(|e| inert_expression(e, names))
        }),
        Statement::ClassDeclaration(c) => inert_class(c),
        _ => false,
    }
}

/// A class whose definition runs no code: no `extends`, no computed keys,
/// no static fields or blocks (instance fields run only in `new`).
fn inert_class(c: &Class<'_>) -> bool {
    c.heritage_expression().is_none()
        && c.decorators.is_empty()
        && c.body.body.iter().all(|el| match el {
            ClassElement::MethodDefinition(m) => !m.computed,
            ClassElement::PropertyDefinition(p) => !p.computed && !p.r#static,
            _ => false,
        })
}

/// What a name is, for inertness.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum NameKind {
    /// A global object property: reading it may run a getter.
    Global,
    /// A binding (reading it calls nothing; it may hold an object).
    Binding,
    /// A constant, or `undefined`/`NaN`/`Infinity`: a primitive.
    Primitive,
}

/// Tells what names are.
pub type Names<'a> = &'a dyn Fn(&IdentifierReference<'_>) -> NameKind;

/// Evaluating `e` cannot call a function or a getter (see
/// [`inert_statement`]).
fn inert_expression(e: &Expression<'_>, names: Names<'_>) -> bool {
    let inert = |e: &Expression<'_>| inert_expression(e, names);
    let prim = |e: &Expression<'_>| primitive_expression(e, names);
    match e.without_parentheses() {
        Expression::NumericLiteral(_)
        | Expression::StringLiteral(_)
        | Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_)
        | Expression::BigIntLiteral(_)
        | Expression::ArrowFunctionExpression(_)
        | Expression::FunctionExpression(_) => true,
        Expression::Identifier(id) => names(id) != NameKind::Global,
        Expression::TemplateLiteral(t) => t.expressions.is_empty(),
        Expression::UnaryExpression(u) => match u.operator {
            UnaryOperator::Typeof | UnaryOperator::Void | UnaryOperator::LogicalNot => {
                inert(&u.argument)
            }
            UnaryOperator::Delete => false,
            // Numeric conversions call `valueOf` of objects.
            _ => prim(&u.argument),
        },
        Expression::BinaryExpression(b) => match b.operator {
            BinaryOperator::StrictEquality | BinaryOperator::StrictInequality => {
                inert(&b.left) && inert(&b.right)
            }
            BinaryOperator::In | BinaryOperator::Instanceof => false,
            _ => prim(&b.left) && prim(&b.right),
        },
        Expression::LogicalExpression(l) => inert(&l.left) && inert(&l.right),
        Expression::ConditionalExpression(c) => {
            inert(&c.test) && inert(&c.consequent) && inert(&c.alternate)
        }
        Expression::SequenceExpression(s) => s.expressions.iter().all(inert),
        Expression::ArrayExpression(a) => a.elements.iter().all(|el| match el {
            ArrayExpressionElement::SpreadElement(_) => false,
            ArrayExpressionElement::Elision(_) => true,
            el => el.as_expression().is_some_and(inert),
        }),
        Expression::ObjectExpression(o) => o.properties.iter().all(|p| match p {
            ObjectPropertyKind::ObjectProperty(p) => !p.computed && inert(&p.value),
            ObjectPropertyKind::SpreadProperty(_) => false,
        }),
        _ => false,
    }
}

/// An inert expression whose value is certainly a primitive (so operators
/// convert it without calling anything): literals, names `names` calls
/// [`NameKind::Primitive`] (a read before the initialization throws, which
/// calls nothing),
/// and operators on those.
fn primitive_expression(e: &Expression<'_>, names: Names<'_>) -> bool {
    let prim = |e: &Expression<'_>| primitive_expression(e, names);
    match e.without_parentheses() {
        Expression::NumericLiteral(_)
        | Expression::StringLiteral(_)
        | Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_) => true,
        Expression::Identifier(id) => names(id) == NameKind::Primitive,
        Expression::TemplateLiteral(t) => t.expressions.is_empty(),
        Expression::UnaryExpression(u) => u.operator != UnaryOperator::Delete && prim(&u.argument),
        Expression::BinaryExpression(b) => {
            !matches!(b.operator, BinaryOperator::In | BinaryOperator::Instanceof)
                && prim(&b.left)
                && prim(&b.right)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::to_int32;

    #[test]
    fn to_int32_wraps_like_ecmascript() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(2147483648.0), i32::MIN);
        assert_eq!(to_int32(-1.5), -1);
        assert_eq!(to_int32(f64::NAN), 0);
        assert_eq!(to_int32(f64::INFINITY), 0);
        assert_eq!(to_int32(-4294967297.0), -1);
    }
}
