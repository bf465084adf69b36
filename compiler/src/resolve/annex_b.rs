//! Sloppy-mode function declarations in blocks (ECMA-262 Annex B.3.3).
//!
//! `{ function f() {} }` outside strict mode makes two bindings: a
//! block-scoped one, created with the function when the block is entered,
//! and a `var` of the enclosing function, undefined until the declaration
//! statement runs, which then copies the block binding into it. Code in the
//! block sees the first, code outside the second:
//!
//! ```js
//! function g(x) {
//!   if (x) { function h() { return "a"; } } else { function h() { return "b"; } }
//!   return h(); // the var: whichever declaration ran
//! }
//! ```
//!
//! oxc_semantic instead moves the first such declaration's binding to the
//! function scope (one symbol for both), and leaves later declarations of
//! the name in their blocks. This pass, run before `resolve`, rewrites the
//! scoping into the spec's shape: the first declaration's binding goes back
//! to its block, a new `var` symbol takes the name in the function scope,
//! references outside the block move to that var, and each declaration gets
//! a read of its block binding and a write of the var (new references),
//! which `resolve` analyses like any others and `convert` turns into the
//! copy at the declaration statement.
//!
//! When the function already has a `var` of the name, that var is the one
//! assigned. A parameter of the name, or a `let`/`const`/`class` of it in a
//! block between, means no var binding at all. Not modelled: a declaration
//! directly as the body of an `if` without braces.

use oxc_ast::ast::{ArrowFunctionExpression, FormalParameters, Function, Program};
use oxc_ast_visit::{Visit, walk};
use oxc_semantic::{Reference, ReferenceFlags, ReferenceId, Scoping, SymbolFlags, SymbolId};
use oxc_syntax::node::NodeId;
use oxc_syntax::scope::{ScopeFlags, ScopeId};
use std::cell::Cell;
use std::collections::HashMap;

/// The copy a block-level function declaration makes when it runs.
#[derive(Clone, Copy, Debug)]
pub struct BlockFunctionCopy {
    /// The function-scoped binding of the name.
    pub var: SymbolId,
    /// A read of the declaration's own (block) binding and the write of
    /// `var` it is copied with (none when a `let` of the name in a block
    /// between keeps the declaration out of `var`, which then stays empty).
    pub copy: Option<(ReferenceId, ReferenceId)>,
}

/// Splits the bindings of sloppy-mode block-level function declarations;
/// returns, per declaration (its block binding), the copy it makes.
pub fn split_block_functions(
    program: &Program<'_>,
    scoping: &mut Scoping,
) -> HashMap<SymbolId, BlockFunctionCopy> {
    let mut splitter = Splitter {
        scoping,
        scopes: Vec::new(),
        params: vec![Vec::new()],
        vars: HashMap::new(),
        copies: HashMap::new(),
    };
    splitter.visit_program(program);
    splitter.copies
}

struct Splitter<'s> {
    scoping: &'s mut Scoping,
    /// The scopes entered, innermost last.
    scopes: Vec<ScopeId>,
    /// The parameter names of the functions entered, innermost last (the
    /// program: none).
    params: Vec<Vec<String>>,
    /// The var symbols this pass made, by (function scope, name).
    vars: HashMap<(ScopeId, String), SymbolId>,
    copies: HashMap<SymbolId, BlockFunctionCopy>,
}

impl Splitter<'_> {
    fn is_within(&self, scope: ScopeId, ancestor: ScopeId) -> bool {
        self.scoping.scope_ancestors(scope).any(|s| s == ancestor)
    }

    /// A block-level function declaration `symbol` in the (non-var) scope
    /// `block`.
    fn block_function(&mut self, symbol: SymbolId, block: ScopeId) {
        let Some(var_scope) = self
            .scoping
            .scope_ancestors(block)
            .skip(1)
            .find(|&s| self.scoping.scope_flags(s).is_var())
        else {
            return;
        };
        let name = self.scoping.symbol_name(symbol).to_string();
        // A lexical binding of the name in a block between: no var.
        let shadowed = self
            .scoping
            .scope_ancestors(block)
            .skip(1)
            .take_while(|&s| s != var_scope)
            .any(|s| self.scoping.get_binding(s, name.as_str().into()).is_some());
        let bound = self.scoping.get_binding(var_scope, name.as_str().into());
        if shadowed && bound != Some(symbol) {
            return;
        }
        let var = if bound == Some(symbol) {
            // oxc hoisted this one: it goes back to its block, and a new
            // var takes its place for every reference outside the block.
            self.scoping
                .move_binding_by_symbol_id(var_scope, block, symbol);
            let span = self.scoping.symbol_span(symbol);
            let var = self.scoping.create_symbol(
                span,
                name.as_str().into(),
                SymbolFlags::FunctionScopedVariable,
                var_scope,
                NodeId::DUMMY,
            );
            self.scoping
                .add_binding(var_scope, name.as_str().into(), var);
            let outside: Vec<ReferenceId> = self
                .scoping
                .get_resolved_reference_ids(symbol)
                .iter()
                .copied()
                .filter(|&r| !self.is_within(self.scoping.get_reference(r).scope_id(), block))
                .collect();
            for r in outside {
                self.scoping.get_reference_mut(r).set_symbol_id(var);
                self.scoping.delete_resolved_reference(symbol, r);
                self.scoping.add_resolved_reference(var, r);
            }
            if shadowed {
                // No var binding: references outside read an empty var (node
                // would look the name up as a global).
                self.copies
                    .insert(symbol, BlockFunctionCopy { var, copy: None });
                return;
            }
            self.vars.insert((var_scope, name), var);
            var
        } else {
            match (self.vars.get(&(var_scope, name.clone())), bound) {
                // A later declaration of a name an earlier one hoisted.
                (Some(&var), Some(b)) if b == var => var,
                // The function's own `var` of the name (not a parameter).
                (None, Some(b))
                    if self
                        .scoping
                        .symbol_flags(b)
                        .contains(SymbolFlags::FunctionScopedVariable)
                        && !self.params.last().is_some_and(|p| p.contains(&name)) =>
                {
                    b
                }
                _ => return,
            }
        };
        let read = self.new_reference(symbol, block, ReferenceFlags::Read);
        let write = self.new_reference(var, block, ReferenceFlags::Write);
        self.copies.insert(
            symbol,
            BlockFunctionCopy {
                var,
                copy: Some((read, write)),
            },
        );
    }
}

impl Splitter<'_> {
    /// A new reference to `symbol` from `scope`, resolved.
    fn new_reference(
        &mut self,
        symbol: SymbolId,
        scope: ScopeId,
        flags: ReferenceFlags,
    ) -> ReferenceId {
        let r = self.scoping.create_reference(Reference::new_with_symbol_id(
            NodeId::DUMMY,
            symbol,
            scope,
            flags,
        ));
        self.scoping.add_resolved_reference(symbol, r);
        r
    }
}

/// The names a parameter list binds.
fn param_names(params: &FormalParameters<'_>) -> Vec<String> {
    let mut names = Vec::new();
    for p in &params.items {
        for id in p.pattern.get_binding_identifiers() {
            names.push(id.name.as_str().to_string());
        }
    }
    if let Some(rest) = &params.rest {
        for id in rest.rest.argument.get_binding_identifiers() {
            names.push(id.name.as_str().to_string());
        }
    }
    names
}

impl<'a> Visit<'a> for Splitter<'_> {
    fn enter_scope(&mut self, _flags: ScopeFlags, scope_id: &Cell<Option<ScopeId>>) {
        if let Some(s) = scope_id.get() {
            self.scopes.push(s);
        }
    }

    fn leave_scope(&mut self) {
        self.scopes.pop();
    }

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        if it.is_declaration()
            && !it.r#async
            && !it.generator
            && let Some(id) = &it.id
            && let Some(symbol) = id.symbol_id.get()
            && let Some(&block) = self.scopes.last()
        {
            let block_flags = self.scoping.scope_flags(block);
            if !block_flags.is_var() && !block_flags.is_strict_mode() {
                self.block_function(symbol, block);
            }
        }
        self.params.push(param_names(&it.params));
        walk::walk_function(self, it, flags);
        self.params.pop();
    }

    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        // An arrow's parameters, like a function's, are names its block
        // functions may not take as vars.
        self.params.push(param_names(&it.params));
        walk::walk_arrow_function_expression(self, it);
        self.params.pop();
    }
}
