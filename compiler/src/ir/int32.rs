//! Which number locals always hold an int32 value.
//!
//! `lower` keeps an *int32 local* in a 32-bit integer register instead of a
//! NaN-boxed double. A chain such as `s = (s + f(i)) | 0` then never goes
//! through the floating-point unit: the `| 0` result is already an integer,
//! and the next `+` adds integers (see `lower`'s int32 sums). A read of the
//! local that needs a JavaScript value converts it to a double, exactly.
//!
//! A local is an int32 local when it is a number local ([`super::numbers`])
//! and every write stores an int32 (a fixpoint, starting from "all of
//! them"):
//! - number literals that are integers in the int32 range, other than `-0`;
//! - the bitwise operators other than `>>>` (which gives a uint32), `~`, and
//!   their compound assignments (`|=`, `&=`, `^=`, `<<=`, `>>=`);
//! - other int32 locals; conditionals, logical operators, assignments and
//!   sequences whose possible results are int32s;
//! - **bounded counters**: `i++` as the whole update clause of a loop whose
//!   test is `i < n` (or `i-- ` with `i > n`), where `n` is an int32 local or
//!   literal and the loop's body does not write `i`. The test held at the
//!   start of the iteration and nothing changed `i` since, so `i + 1 <= n`
//!   cannot leave the int32 range. `<=` / `>=` are accepted against a
//!   literal that is not the range's end.
//!
//! A **counter local** ([`counter_locals`]) is a number local that is not an
//! int32 local and whose every write is an int32 (as above), another counter
//! local, such a local plus or minus 1 (`j = i + 1`), or `++` / `--`
//! anywhere (`for (let i = 0; i < a.length; i++)`, `n++` in a loop of
//! unknown length). `lower` keeps it in a 64-bit integer
//! register. Its value is always an integer: it starts as an int32 and moves
//! by one at a time. A step that would leave [-2^53, 2^53] stays at the end,
//! which is what the double computes there (2^53 + 1 rounds to 2^53), so the
//! integer is the double exactly.

use super::pointer_free::{WriteKind, collect_stmt, collect_writes, keep_while_writes_agree};
use super::{BinOp, Expr, Function, LocalId, ParamKind, Stmt, UnOp};

/// `result[l]`: local `l` always holds an int32 when it is read.
pub fn int32_locals(func: &Function) -> Vec<bool> {
    let mut int32 = super::numbers::number_locals(func);
    let (writes, _) = collect_writes(func);
    let mut counters = Vec::new();
    bounded_counters(&func.body, &mut counters);
    keep_while_writes_agree(&mut int32, &writes, |w, int32| match w.kind {
        WriteKind::Value(e) => is_int32(e, int32),
        WriteKind::Compound(op, _) => is_int32_operator(op),
        WriteKind::Update(e) => counters
            .iter()
            .any(|c| std::ptr::eq(c.update, e) && c.bound_holds(int32)),
        WriteKind::Param(kind) => kind == ParamKind::Int32,
        WriteKind::Unknown => false,
    });
    int32
}

/// `result[l]`: local `l` is a counter local (see the module docs), given
/// the int32 locals.
pub fn counter_locals(func: &Function, int32: &[bool]) -> Vec<bool> {
    let number = super::numbers::number_locals(func);
    let mut counter: Vec<bool> = number.iter().zip(int32).map(|(n, i)| *n && !*i).collect();
    let (writes, _) = collect_writes(func);
    keep_while_writes_agree(&mut counter, &writes, |w, counter| match w.kind {
        WriteKind::Value(e) => is_counter_value(e, int32, counter),
        WriteKind::Update(_) => true,
        WriteKind::Param(kind) => kind == ParamKind::Int32,
        WriteKind::Compound(_, _) | WriteKind::Unknown => false,
    });
    counter
}

/// Is the value of `e` an int32 or a counter local's value?
fn is_counter_value(e: &Expr, int32: &[bool], counter: &[bool]) -> bool {
    match e {
        Expr::Local(l) => int32[l.index()] || counter[l.index()],
        Expr::Assign(_, v) => is_counter_value(v, int32, counter),
        Expr::Binary(BinOp::Add, a, b) => {
            (is_one(a) && is_integer_local(b, int32, counter))
                || (is_integer_local(a, int32, counter) && is_one(b))
        }
        Expr::Binary(BinOp::Sub, a, b) => is_integer_local(a, int32, counter) && is_one(b),
        _ => is_int32(e, int32),
    }
}

fn is_one(e: &Expr) -> bool {
    matches!(e, Expr::Number(n) if *n == 1.0)
}

fn is_integer_local(e: &Expr, int32: &[bool], counter: &[bool]) -> bool {
    matches!(e, Expr::Local(l) if int32[l.index()] || counter[l.index()])
}

/// The bitwise operators whose result is an int32 (not `>>>`).
fn is_int32_operator(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Sar
    )
}

/// A number literal that an int32 local can hold: an integer in range, not `-0`.
pub fn is_int32_literal(n: f64) -> bool {
    n.fract() == 0.0
        && (-2147483648.0..=2147483647.0).contains(&n)
        && !(n == 0.0 && n.is_sign_negative())
}

/// Is the value of `e` always an int32 (given the int32 locals so far)?
pub(super) fn is_int32(e: &Expr, int32: &[bool]) -> bool {
    match e {
        Expr::Number(n) => is_int32_literal(*n),
        Expr::Local(l) => int32[l.index()],
        // The call's value is its body's.
        Expr::InlinedDirectCall(c) => is_int32(&c.body.body, int32),
        Expr::Binary(op, _, _) => is_int32_operator(*op),
        Expr::Unary(UnOp::BitNot, _) => true,
        Expr::Unary(UnOp::Neg, a) => {
            matches!(**a, Expr::Number(n) if n != 0.0 && is_int32_literal(-n))
        }
        Expr::CompoundAssign(_, op, _) => is_int32_operator(*op),
        Expr::Assign(_, v) => is_int32(v, int32),
        Expr::LogicalAssign(t, _, v) => {
            t.local().is_some_and(|l| int32[l.index()]) && is_int32(v, int32)
        }
        Expr::Logical(_, a, b) | Expr::Cond(_, a, b) => is_int32(a, int32) && is_int32(b, int32),
        Expr::Seq(es) => es.last().is_some_and(|e| is_int32(e, int32)),
        _ => false,
    }
}

/// `i++` (or `i--`) as the whole update clause of a loop tested by `i < n`
/// (or `i > n`), whose body does not write `i`.
struct Counter<'a> {
    update: &'a Expr,
    bound: Bound,
}

enum Bound {
    /// `i < n` / `i > n` with `n` an int32 local.
    Local(LocalId),
    /// The literal leaves room for one more step.
    Literal,
}

impl Counter<'_> {
    fn bound_holds(&self, int32: &[bool]) -> bool {
        match self.bound {
            Bound::Local(n) => int32[n.index()],
            Bound::Literal => true,
        }
    }
}

fn bounded_counters<'a>(stmts: &'a [Stmt], out: &mut Vec<Counter<'a>>) {
    for s in stmts {
        if let Stmt::Loop {
            pre_test: Some(test),
            body,
            update,
            post_test: None,
            ..
        } = s
            && let [
                Stmt::Expr(
                    u @ Expr::Update {
                        target, increment, ..
                    },
                ),
            ] = update.as_slice()
            && let Some(i) = target.local()
            && let Some(bound) = counter_bound(test, i, *increment)
            && !writes_local(body, i)
        {
            out.push(Counter { update: u, bound });
        }
        super::walk::stmt_parts(s, &mut |p| {
            if let super::walk::Part::Stmt(n) = p {
                bounded_counters(std::slice::from_ref(n), out);
            }
        });
    }
}

/// The bound of a loop test that keeps `i ± 1` in range, if it is one.
fn counter_bound(test: &Expr, i: LocalId, increment: bool) -> Option<Bound> {
    let Expr::Binary(op, a, b) = test else {
        return None;
    };
    if !matches!(**a, Expr::Local(l) if l == i) {
        return None;
    }
    let (strict, non_strict, end) = if increment {
        (BinOp::Lt, BinOp::Le, 2147483647.0)
    } else {
        (BinOp::Gt, BinOp::Ge, -2147483648.0)
    };
    match **b {
        Expr::Local(n) if *op == strict && n != i => Some(Bound::Local(n)),
        Expr::Number(n)
            if is_int32_literal(n) && (*op == strict || (*op == non_strict && n != end)) =>
        {
            Some(Bound::Literal)
        }
        _ => None,
    }
}

/// Does any statement of `stmts` write local `l` (directly or in a nested
/// function's inlined body)?
fn writes_local(stmts: &[Stmt], l: LocalId) -> bool {
    let mut writes = Vec::new();
    let mut unknown = Vec::new();
    for s in stmts {
        collect_stmt(s, &mut writes, &mut unknown);
    }
    writes.iter().any(|w| w.local == l) || unknown.contains(&l)
}

#[cfg(test)]
mod tests {
    fn int32_locals(source: &str, name: &str) -> Vec<String> {
        crate::ir::locals_where(source, name, super::int32_locals)
    }

    #[test]
    fn bitwise_results_and_small_literals_are_int32() {
        let src = "function f(a, o) {
            let s = 0;
            for (let j = 0; j < 10; j++) s = (s + o.x) | 0;
            let h = -5; h ^= a; h = h << 3;
            let k = ~a, m = 7, c = a ? k : m;
            let n = m; n = (n, k & 3);
            return [s, h, k, m, c, n];
        }
        f(f, {x: 1});";
        assert_eq!(int32_locals(src, "f"), ["c", "h", "j", "k", "m", "n", "s"]);
    }

    #[test]
    fn other_numbers_are_not_int32() {
        let src = "function f(a, o) {
            let u = a >>> 0;                 // a uint32
            let z = -0;                      // negative zero
            let b = 2147483648;              // out of range
            let d = 0.5;                     // not an integer
            let e = 1; e = e + 1;            // may leave the range
            let g = 1; g += 2;
            let p = 0; p++;                  // not a loop counter
            let q = 0; q >>>= 1;
            let r = a | 0; r = o.x;
            return [u, z, b, d, e, g, p, q, r];
        }
        f(f, {x: 1});";
        assert!(int32_locals(src, "f").is_empty());
    }

    #[test]
    fn only_bounded_counters_are_int32() {
        let src = "function f(a, o) {
            const n = a | 0;
            for (let i = 0; i < n; i++) {}
            for (let j = 9; j >= 0; j--) {}
            for (let k = 0; k <= 2147483647; k++) {}    // k + 1 leaves the range
            for (let l = 0; l < a; l++) {}              // a may be anything
            for (let m = 0; m < n; m++) { m = m | 0; }  // the body writes m
            for (let q = 0; q < 10; q += 1) {}          // not an update
            for (let r = 0; r > -5; r++) {}             // the wrong direction
            let x = 0; while (x < 10) x++;              // not an update clause
            return n;
        }
        f(f, {});";
        assert_eq!(int32_locals(src, "f"), ["i", "j", "n"]);
    }

    fn counter_locals(source: &str, name: &str) -> Vec<String> {
        crate::ir::locals_where(source, name, |f| {
            super::counter_locals(f, &super::int32_locals(f))
        })
    }

    #[test]
    fn counters_start_as_int32s_and_step_by_one() {
        let src = "function f(a, o) {
            for (let i = 0; i < a.length; i++) {}
            let n = 0; while (o.more()) n++;
            let d = 5; d--; --d;
            let c = n; c++;                    // a copy of a counter
            for (let j = c + 1; j < a.length; j++) {}   // a counter plus one
            let e = 1 + d, f = e - 1; f--;     // one plus, minus one
            let x = d + 2; x++;                // not a step of one
            let y = d - -1; y++;
            let s = a | 0; s++;                // an int32 start
            for (let k = 0; k < 10; k++) {}    // an int32 local already
            let g = 0; g += 1;                 // not `++`
            let h = 0.5; h++;                  // not an integer
            let m = 0; m++; m = a.length;      // a length may be any number
            let u = 0; u++; u = a >>> 0;       // a uint32 is not an int32
            return [n, d, c, s, g, h, m, u, e, f, x, y];
        }
        f([], {more: () => false});";
        assert_eq!(
            counter_locals(src, "f"),
            ["c", "d", "e", "f", "i", "j", "n", "s"]
        );
    }

    #[test]
    fn inlined_parameters_take_their_arguments_types() {
        let src = "function add(a, b) { return a + b; }
            function keep(v) { return v; }
            function pick(x, y) { return y; }
            function f(o) {
                let s = 0;
                for (let i = 0; i < 10; i++) s = add(i, 1) | 0;
                keep(s); keep(o.x);          // one site untyped: all untyped
                pick(1);                     // a missing argument is undefined
                return s;
            }
            f({x: 1});";
        assert_eq!(
            int32_locals(src, "f"),
            ["add@1.a", "add@1.b", "i", "pick@3.x", "s"]
        );
    }
}
