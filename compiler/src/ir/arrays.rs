//! Which locals of a function always hold an array when they are read.
//!
//! `lower` reads `a.length` and `a[i]` inline after checking that `a` is a
//! heap pointer to an array cell. The kind of a cell never changes, so an
//! operand read from an *array local* needs neither check: its value is
//! always an array cell (`const pool = []; ... pool[i]()`).
//!
//! A local is an array local when every write stores an array literal or
//! another array local (through conditionals, sequences and assignments
//! whose possible values are), and no read can see it before its first
//! write (the definite-assignment walk of [`super::numbers`]). Parameters,
//! compound assignments, updates and writes this analysis does not see
//! (an inlined call's receiver, destructuring, ...) disqualify a local.

use super::numbers::early_reads;
use super::pointer_free::{WriteKind, collect_writes, keep_while_writes_agree};
use super::{Expr, Function};

/// `result[l]`: every read of local `l` yields an array cell.
pub fn array_locals(func: &Function) -> Vec<bool> {
    let mut array = vec![true; func.locals.len()];
    let (writes, unknown) = collect_writes(func);
    for l in unknown {
        array[l.index()] = false;
    }
    for (a, e) in array.iter_mut().zip(early_reads(func)) {
        *a &= !e;
    }
    keep_while_writes_agree(&mut array, &writes, |w, array| match w.kind {
        WriteKind::Value(e) => is_array(e, array),
        WriteKind::Compound(..)
        | WriteKind::Update(_)
        | WriteKind::Param(_)
        | WriteKind::Unknown => false,
    });
    array
}

/// Is the value of `e` always an array cell (given the array locals so far)?
fn is_array(e: &Expr, array: &[bool]) -> bool {
    match e {
        Expr::Array(_) => true,
        Expr::Local(l) => array[l.index()],
        Expr::Assign(_, v) => is_array(v, array),
        Expr::Cond(_, a, b) => is_array(a, array) && is_array(b, array),
        Expr::Seq(es) => es.last().is_some_and(|e| is_array(e, array)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    fn array_locals(source: &str, name: &str) -> Vec<String> {
        let module = crate::compile_to_ir(source, "test.js").expect("compiles");
        let func = module
            .functions
            .iter()
            .find(|f| f.debug_name == name)
            .expect("function");
        let arrays = super::array_locals(func);
        func.locals
            .iter()
            .zip(arrays)
            .filter(|(_, a)| *a)
            .map(|(l, _)| l.name.clone())
            .collect()
    }

    #[test]
    fn locals_written_only_with_array_literals_are_array_locals() {
        let found = array_locals(
            "function f(n) { const pool = []; let rows = [1, 2]; const alias = rows;\n\
               let pick = n > 1 ? [n] : (0, [n, n]);\n\
               for (let i = 0; i < n; i++) { pool.push(i); rows = [i]; }\n\
               return pool.length + rows[0] + alias.length + pick.length; }\n\
             console.log(f(3));",
            "f",
        );
        assert_eq!(found, ["pool", "rows", "alias", "pick"]);
    }

    #[test]
    fn other_writes_and_early_reads_disqualify() {
        let found = array_locals(
            "function f(n, p) { let a = []; if (n) a = {}; let b = [];\n\
               let c; if (n) c = [1]; let d = [], e = d; d += 1;\n\
               let g = p; let h = [0]; h = n || [1];\n\
               return [a, b, c, d, e, g, h]; }\n\
             console.log(f(1, [2]));",
            "f",
        );
        // `e` copies `d`, which is not an array local (flow-insensitive).
        assert_eq!(found, ["b"]);
    }
}
