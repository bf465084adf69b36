//! Insertion-ordered hash map backing `Map` and `Set` (SameValueZero keys).

use crate::value::Value;
use std::collections::HashMap;

#[derive(Default)]
pub struct OrderedMap {
    /// Entries in insertion order; deleted entries are `None` until compaction.
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<KeyBits, Vec<usize>>,
    live: usize,
}

/// A hashable summary of a key: numbers by value (with -0 folded into 0),
/// strings by content hash, everything else by identity.
#[derive(Hash, PartialEq, Eq, Clone, Copy)]
struct KeyBits(u64);

fn key_bits(v: Value) -> KeyBits {
    if v.is_number() {
        let n = v.as_number();
        // -0 folds into 0, and both canonical NaNs into one.
        let n = if n == 0.0 { 0.0 } else { n };
        let n = if n.is_nan() { f64::NAN } else { n };
        return KeyBits(n.to_bits());
    }
    if crate::heap::is_string(v) {
        return KeyBits(0x5354_0000_0000_0000 | crate::string::string_hash(v) as u64);
    }
    KeyBits(v.0)
}

impl OrderedMap {
    pub fn new() -> OrderedMap {
        OrderedMap::default()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    fn find(&self, key: Value) -> Option<usize> {
        let positions = self.index.get(&key_bits(key))?;
        positions.iter().copied().find(|&i| {
            self.entries[i]
                .as_ref()
                .is_some_and(|(k, _)| crate::ops::same_value_zero(*k, key))
        })
    }

    pub fn get(&self, key: Value) -> Option<Value> {
        self.find(key).and_then(|i| self.entries[i].map(|(_, v)| v))
    }

    pub fn has(&self, key: Value) -> bool {
        self.find(key).is_some()
    }

    pub fn set(&mut self, key: Value, value: Value) {
        // -0 is stored as +0, as the spec says.
        let key = if key.is_number() && key.as_number() == 0.0 {
            Value::number(0.0)
        } else {
            key
        };
        if let Some(i) = self.find(key) {
            if let Some(e) = &mut self.entries[i] {
                e.1 = value;
            }
            return;
        }
        let i = self.entries.len();
        self.entries.push(Some((key, value)));
        self.index.entry(key_bits(key)).or_default().push(i);
        self.live += 1;
    }

    pub fn delete(&mut self, key: Value) -> bool {
        match self.find(key) {
            Some(i) => {
                self.entries[i] = None;
                self.live -= 1;
                true
            }
            None => false,
        }
    }

    pub fn clear(&mut self) {
        for e in &mut self.entries {
            *e = None;
        }
        self.live = 0;
        self.index.clear();
    }

    /// The entry at position `i` (for iterators that must see later additions),
    /// skipping deleted ones: returns the next live position and its entry.
    pub fn entry_from(&self, mut i: usize) -> Option<(usize, Value, Value)> {
        while i < self.entries.len() {
            if let Some((k, v)) = self.entries[i] {
                return Some((i, k, v));
            }
            i += 1;
        }
        None
    }

    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().copied().collect()
    }

    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        for (k, v) in self.entries.iter().flatten() {
            f(*k);
            f(*v);
        }
    }
}
