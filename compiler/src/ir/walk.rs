//! Generic walks over IR expressions and statements, shared by the passes
//! that inspect or rewrite finished IR (`convert::curry`, `convert::inline`,
//! `ir::pointer_free`, `ir::numbers`).

use super::{Expr, InlinedCallee, PropKey, Stmt, Target};

/// A direct part of a statement.
pub enum Part<'a> {
    Expr(&'a Expr),
    Stmt(&'a Stmt),
}

/// The direct parts of a statement, in evaluation order: its own
/// expressions and the statements nested in it.
pub fn stmt_parts<'a>(s: &'a Stmt, f: &mut dyn FnMut(Part<'a>)) {
    let each = |b: &'a [Stmt], f: &mut dyn FnMut(Part<'a>)| b.iter().for_each(|s| f(Part::Stmt(s)));
    match s {
        Stmt::Expr(e) | Stmt::Return(e) | Stmt::Throw(e) => f(Part::Expr(e)),
        Stmt::If(c, t, e) => {
            f(Part::Expr(c));
            each(t, f);
            each(e, f);
        }
        Stmt::Loop {
            pre_test,
            body,
            update,
            post_test,
            ..
        } => {
            if let Some(t) = pre_test {
                f(Part::Expr(t));
            }
            each(body, f);
            each(update, f);
            if let Some(t) = post_test {
                f(Part::Expr(t));
            }
        }
        Stmt::Block(b) | Stmt::Labeled(_, b) => each(b, f),
        Stmt::Break(_) | Stmt::Continue(_) => {}
        Stmt::Try {
            body,
            catch,
            finally,
        } => {
            each(body, f);
            if let Some((_, c)) = catch {
                each(c, f);
            }
            if let Some(b) = finally {
                each(b, f);
            }
        }
        Stmt::Switch {
            discriminant,
            cases,
            ..
        } => {
            f(Part::Expr(discriminant));
            for c in cases {
                if let Some(t) = &c.test {
                    f(Part::Expr(t));
                }
                each(&c.body, f);
            }
        }
        Stmt::PatchEnv { value, .. } => f(Part::Expr(value)),
    }
}

/// The expressions directly in a statement (nested statements included).
pub fn stmt_exprs(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    stmt_parts(s, &mut |p| match p {
        Part::Expr(e) => f(e),
        Part::Stmt(n) => stmt_exprs(n, f),
    });
}

pub fn stmt_exprs_mut(s: &mut Stmt, f: &mut dyn FnMut(&mut Expr)) {
    match s {
        Stmt::Expr(e) | Stmt::Return(e) | Stmt::Throw(e) => f(e),
        Stmt::If(c, t, e) => {
            f(c);
            t.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            e.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
        }
        Stmt::Loop {
            pre_test,
            body,
            update,
            post_test,
            ..
        } => {
            if let Some(t) = pre_test {
                f(t);
            }
            body.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            update.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            if let Some(t) = post_test {
                f(t);
            }
        }
        Stmt::Block(b) | Stmt::Labeled(_, b) => b.iter_mut().for_each(|s| stmt_exprs_mut(s, f)),
        Stmt::Break(_) | Stmt::Continue(_) => {}
        Stmt::Try {
            body,
            catch,
            finally,
        } => {
            body.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            if let Some((_, c)) = catch {
                c.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            }
            if let Some(b) = finally {
                b.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            }
        }
        Stmt::Switch {
            discriminant,
            cases,
            ..
        } => {
            f(discriminant);
            for c in cases {
                if let Some(t) = &mut c.test {
                    f(t);
                }
                c.body.iter_mut().for_each(|s| stmt_exprs_mut(s, f));
            }
        }
        Stmt::PatchEnv { value, .. } => f(value),
    }
}

/// Defines a child walk over targets and expressions, once for `&` and once
/// for `&mut` (`$($m)?` is empty or `mut`): the two must never differ.
macro_rules! child_walks {
    ($target_children:ident, $for_each_child:ident $(, $m:tt)?) => {
        /// Applies `f` to each expression a target evaluates (objects, keys, boxes).
        pub fn $target_children<'a>(t: &'a $($m)? Target, f: &mut dyn FnMut(&'a $($m)? Expr)) {
            match t {
                Target::Local(_) | Target::Global(_) | Target::Ignored => {}
                Target::Box(b) => f(b),
                Target::Member(o, k) => {
                    f(o);
                    f(k);
                }
                Target::TdzChecked(t, _) | Target::Const(t, _) => $target_children(t, f),
            }
        }

        /// Applies `f` to each direct sub-expression of `e` (targets
        /// included), in evaluation order.
        pub fn $for_each_child<'a>(e: &'a $($m)? Expr, f: &mut dyn FnMut(&'a $($m)? Expr)) {
            match e {
                Expr::Undefined
                | Expr::Null
                | Expr::Bool(_)
                | Expr::Number(_)
                | Expr::Str(_)
                | Expr::Uninit
                | Expr::Local(_)
                | Expr::Env(_)
                | Expr::Callee
                | Expr::ThisArg
                | Expr::ClosureEnv { .. }
                | Expr::GlobalGet(_)
                | Expr::GlobalTypeof(_) => {}
                Expr::TdzCheck(x, _)
                | Expr::BoxNew(x)
                | Expr::BoxGet(x)
                | Expr::Unary(_, x)
                | Expr::IterToArray(x)
                | Expr::Spread(x, _)
                | Expr::Chain(x)
                | Expr::ChainGuard(x) => f(x),
                Expr::Closure { captures: xs, .. }
                | Expr::Seq(xs)
                | Expr::Array(xs)
                | Expr::Intrinsic(_, xs) => {
                    for x in xs {
                        f(x);
                    }
                }
                Expr::Assign(t, v) | Expr::CompoundAssign(t, _, v) | Expr::LogicalAssign(t, _, v) => {
                    $target_children(t, f);
                    f(v);
                }
                Expr::Update { target, .. } => $target_children(target, f),
                Expr::Binary(_, a, b)
                | Expr::Logical(_, a, b)
                | Expr::Member(a, b)
                | Expr::Delete(a, b) => {
                    f(a);
                    f(b);
                }
                Expr::Cond(a, b, c) => {
                    f(a);
                    f(b);
                    f(c);
                }
                Expr::Call { callee, args, .. } | Expr::New { callee, args, .. } => {
                    f(callee);
                    for a in args {
                        f(a);
                    }
                }
                Expr::MethodCall {
                    object, key, args, ..
                } => {
                    f(object);
                    f(key);
                    for a in args {
                        f(a);
                    }
                }
                Expr::InlinedCall(c) => {
                    let c = &$($m)? **c;
                    match & $($m)? c.callee {
                        InlinedCallee::Method { object, key } => {
                            f(object);
                            f(key);
                        }
                        InlinedCallee::Plain(callee) => f(callee),
                    }
                    for a in & $($m)? c.args {
                        f(a);
                    }
                    for b in & $($m)? c.bodies {
                        f(& $($m)? b.body);
                    }
                }
                Expr::CallWithThis {
                    callee, this, args, ..
                } => {
                    f(callee);
                    f(this);
                    for a in args {
                        f(a);
                    }
                }
                Expr::InlinedDirectCall(c) => {
                    let c = &$($m)? **c;
                    f(& $($m)? c.closure);
                    for a in & $($m)? c.args {
                        f(a);
                    }
                    for a in & $($m)? c.captures {
                        f(a);
                    }
                    f(& $($m)? c.body.body);
                }
                Expr::DirectCall {
                    closure,
                    args,
                    captures,
                    ..
                } => {
                    f(closure);
                    for a in args {
                        f(a);
                    }
                    for c in captures {
                        f(c);
                    }
                }
                Expr::Object(props) => {
                    for p in props {
                        if let PropKey::Computed(k) = & $($m)? p.key {
                            f(k);
                        }
                        f(& $($m)? p.value);
                    }
                }
            }
        }
    };
}

child_walks!(target_children_ref, for_each_child_ref);
child_walks!(target_children, for_each_child, mut);
