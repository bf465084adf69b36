//! The value block: every NaN-boxing constant, and every encode/decode, lives here.
//!
//! A JS value is one 64-bit word.
//!
//! ```text
//!  bits 63..48   meaning
//!  < 0xFFF9      an IEEE-754 double, stored as is (every double the runtime or
//!                the generated code makes is either non-NaN or one of the two
//!                canonical NaNs 0x7FF8_0000_0000_0000 / 0xFFF8_0000_0000_0000)
//!  0xFFFA        a special constant: undefined, null, false, true, the
//!                uninitialized (TDZ) marker, the exception sentinel
//!  0xFFFC        a pointer to a heap cell (low 48 bits); the cell's header
//!                says what it is (string, object, array, function, box, ...)
//! ```
//!
//! The compiler imports these constants from here (it depends on this crate as a
//! library), so the generated code and the runtime can never disagree.

/// A NaN-boxed JavaScript value.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

/// Values whose bits are below this are doubles.
pub const NUMBER_LIMIT: u64 = 0xFFF9 << 48;
/// Tag (top 16 bits) of the special constants.
pub const TAG_SPECIAL: u64 = 0xFFFA << 48;
/// Tag (top 16 bits) of heap pointers.
pub const TAG_POINTER: u64 = 0xFFFC << 48;
/// Mask of the top 16 bits.
pub const TAG_MASK: u64 = 0xFFFF << 48;
/// Mask of the 48-bit payload.
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;

pub const UNDEFINED: u64 = TAG_SPECIAL;
pub const NULL: u64 = TAG_SPECIAL | 1;
pub const FALSE: u64 = TAG_SPECIAL | 2;
pub const TRUE: u64 = TAG_SPECIAL | 3;
/// The value of a `let`/`const`/`class` binding before its initialization (TDZ),
/// and of an array hole.
pub const UNINIT: u64 = TAG_SPECIAL | 4;
/// Returned by any function (compiled or runtime) that threw; the thrown value
/// waits in the runtime's pending-exception slot.
pub const EXCEPTION: u64 = TAG_SPECIAL | 5;

impl Default for Value {
    fn default() -> Value {
        Value::UNDEFINED
    }
}

impl Value {
    pub const UNDEFINED: Value = Value(UNDEFINED);
    pub const NULL: Value = Value(NULL);
    pub const FALSE: Value = Value(FALSE);
    pub const TRUE: Value = Value(TRUE);
    pub const UNINIT: Value = Value(UNINIT);
    pub const EXCEPTION: Value = Value(EXCEPTION);

    /// Encodes a double. NaNs are canonicalised so that no NaN payload can
    /// collide with the tagged ranges.
    #[inline]
    pub fn number(n: f64) -> Value {
        if n.is_nan() {
            Value(f64::NAN.to_bits())
        } else {
            Value(n.to_bits())
        }
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        Value(FALSE | b as u64)
    }

    /// Encodes a pointer to a heap cell.
    #[inline]
    pub fn pointer<T>(p: *const T) -> Value {
        let bits = p as u64;
        debug_assert!(bits & TAG_MASK == 0, "heap pointer above 48 bits");
        Value(TAG_POINTER | bits)
    }

    #[inline]
    pub fn is_number(self) -> bool {
        self.0 < NUMBER_LIMIT
    }

    #[inline]
    pub fn as_number(self) -> f64 {
        debug_assert!(self.is_number());
        f64::from_bits(self.0)
    }

    #[inline]
    pub fn is_pointer(self) -> bool {
        self.0 & TAG_MASK == TAG_POINTER
    }

    #[inline]
    pub fn as_pointer<T>(self) -> *mut T {
        debug_assert!(self.is_pointer());
        (self.0 & PAYLOAD_MASK) as *mut T
    }

    #[inline]
    pub fn is_undefined(self) -> bool {
        self.0 == UNDEFINED
    }

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == NULL
    }

    #[inline]
    pub fn is_nullish(self) -> bool {
        self.0 == UNDEFINED || self.0 == NULL
    }

    #[inline]
    pub fn is_bool(self) -> bool {
        self.0 == TRUE || self.0 == FALSE
    }

    #[inline]
    pub fn is_exception(self) -> bool {
        self.0 == EXCEPTION
    }

    #[inline]
    pub fn is_uninit(self) -> bool {
        self.0 == UNINIT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_round_trip() {
        for n in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1e21,
            0.1 + 0.2,
        ] {
            let v = Value::number(n);
            assert!(v.is_number(), "{n} must be a number");
            assert!(!v.is_pointer());
            assert_eq!(v.as_number().to_bits(), n.to_bits());
        }
    }

    #[test]
    fn every_nan_is_canonical_and_a_number() {
        let weird = f64::from_bits(0xFFFF_0000_0000_1234);
        assert!(weird.is_nan());
        let v = Value::number(weird);
        assert!(v.is_number());
        assert!(v.as_number().is_nan());
        // x86's default NaN (0/0) is below the tagged range as well.
        let zero = std::hint::black_box(0.0f64);
        let hardware_nan = zero / zero;
        assert!(hardware_nan.to_bits() < NUMBER_LIMIT);
    }

    #[test]
    fn specials_are_distinct_and_not_numbers() {
        let all = [UNDEFINED, NULL, FALSE, TRUE, UNINIT, EXCEPTION];
        for (i, a) in all.iter().enumerate() {
            assert!(!Value(*a).is_number());
            assert!(!Value(*a).is_pointer());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(Value::bool(true), Value::TRUE);
        assert_eq!(Value::bool(false), Value::FALSE);
    }

    #[test]
    fn pointers_round_trip() {
        let cell = Box::new(42u64);
        let p: *const u64 = &*cell;
        let v = Value::pointer(p);
        assert!(v.is_pointer());
        assert!(!v.is_number());
        assert_eq!(v.as_pointer::<u64>() as *const u64, p);
    }
}
