//! The fdlibm algorithms behind V8's `Math` functions, so that compiled
//! programs print the same digits as node (the C library's `sin`, `exp`...
//! often differ from fdlibm in the last bit).
//!
//! Most functions are vendored from the `libm` crate (MIT OR Apache-2.0), a
//! Rust port of musl/FreeBSD msun, itself derived from fdlibm; where V8 keeps
//! the original fdlibm 5.3 formulas (the sin/cos kernels, log, log1p, log10,
//! the hyperbolic functions, cbrt) they are ported here from fdlibm:
//!
//! ```text
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunPro, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//! ```

#![allow(clippy::excessive_precision, clippy::approx_constant)]

macro_rules! i {
    ($array:expr, $index:expr) => {
        $array[$index]
    };
    ($array:expr, $index:expr, = , $rhs:expr) => {
        $array[$index] = $rhs
    };
    ($array:expr, $index:expr, += , $rhs:expr) => {
        $array[$index] += $rhs
    };
    ($array:expr, $index:expr, -= , $rhs:expr) => {
        $array[$index] -= $rhs
    };
    ($array:expr, $index:expr, &= , $rhs:expr) => {
        $array[$index] &= $rhs
    };
    ($array:expr, $index:expr, == , $rhs:expr) => {
        $array[$index] == $rhs
    };
}

macro_rules! force_eval {
    ($e:expr) => {
        std::hint::black_box($e)
    };
}

macro_rules! div {
    ($a:expr, $b:expr) => {
        $a / $b
    };
}

fn floor(x: f64) -> f64 {
    x.floor()
}

fn fabs(x: f64) -> f64 {
    x.abs()
}

fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

fn get_high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

fn get_low_word(x: f64) -> u32 {
    x.to_bits() as u32
}

fn with_set_high_word(f: f64, hi: u32) -> f64 {
    f64::from_bits((f.to_bits() & 0xffff_ffff) | ((hi as u64) << 32))
}

fn with_set_low_word(f: f64, lo: u32) -> f64 {
    f64::from_bits((f.to_bits() & 0xffff_ffff_0000_0000) | lo as u64)
}

fn from_words(hi: u32, lo: u32) -> f64 {
    f64::from_bits(((hi as u64) << 32) | lo as u64)
}

/// x * 2^n, exactly as fdlibm's scalbn.
pub fn scalbn(x: f64, mut n: i32) -> f64 {
    let x1p1023 = f64::from_bits(0x7fe0000000000000);
    let x1p53 = f64::from_bits(0x4340000000000000);
    let x1p_1022 = f64::from_bits(0x0010000000000000);
    let mut y = x;
    if n > 1023 {
        y *= x1p1023;
        n -= 1023;
        if n > 1023 {
            y *= x1p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= x1p_1022 * x1p53;
        n += 1022 - 53;
        if n < -1022 {
            y *= x1p_1022 * x1p53;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

// ---- fdlibm 5.3 kernels, as V8 has them --------------------------------------------

const S1: f64 = -1.66666666666666324348e-01;
const S2: f64 = 8.33333333332248946124e-03;
const S3: f64 = -1.98412698298579493134e-04;
const S4: f64 = 2.75573137070700676789e-06;
const S5: f64 = -2.50507602534068634195e-08;
const S6: f64 = 1.58969099521155010221e-10;

/// __kernel_sin(x, y, iy): sin(x + y) for |x| <= pi/4.
pub fn k_sin(x: f64, y: f64, iy: i32) -> f64 {
    let ix = get_high_word(x) & 0x7fffffff;
    if ix < 0x3e400000 && x as i32 == 0 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if iy == 0 {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

const C1: f64 = 4.16666666666666019037e-02;
const C2: f64 = -1.38888888888741095749e-03;
const C3: f64 = 2.48015872894767294178e-05;
const C4: f64 = -2.75573143513906633035e-07;
const C5: f64 = 2.08757232129817482790e-09;
const C6: f64 = -1.13596475577881948265e-11;

/// __kernel_cos(x, y): cos(x + y) for |x| <= pi/4.
pub fn k_cos(x: f64, y: f64) -> f64 {
    let ix = get_high_word(x) & 0x7fffffff;
    if ix < 0x3e400000 && x as i32 == 0 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3FD33333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    let qx = if ix > 0x3fe90000 {
        0.28125
    } else {
        from_words(ix - 0x00200000, 0)
    };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

// ---- logarithms -------------------------------------------------------------------

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const TWO54: f64 = 1.80143985094819840000e+16;
const LG1: f64 = 6.666666666666735130e-01;
const LG2: f64 = 3.999999999940941908e-01;
const LG3: f64 = 2.857142874366239149e-01;
const LG4: f64 = 2.222219843214978396e-01;
const LG5: f64 = 1.818357216161805012e-01;
const LG6: f64 = 1.531383769920937332e-01;
const LG7: f64 = 1.479819860511658591e-01;

/// __ieee754_log.
pub fn log(mut x: f64) -> f64 {
    let mut hx = get_high_word(x) as i32;
    let lx = get_low_word(x);
    let mut k: i32 = 0;
    if hx < 0x00100000 {
        if ((hx & 0x7fffffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = get_high_word(x) as i32;
    }
    if hx >= 0x7ff00000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    let i = (hx + 0x95f64) & 0x100000;
    x = with_set_high_word(x, (hx | (i ^ 0x3ff00000)) as u32);
    k += i >> 20;
    let f = x - 1.0;
    if (0x000fffff & (2 + hx)) < 3 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let dk = k as f64;
            return dk * LN2_HI + dk * LN2_LO;
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f);
        if k == 0 {
            return f - r;
        }
        let dk = k as f64;
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    let s = f / (2.0 + f);
    let dk = k as f64;
    let z = s * s;
    let mut i = hx - 0x6147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// log1p (fdlibm s_log1p.c).
pub fn log1p(x: f64) -> f64 {
    let hx = get_high_word(x) as i32;
    let ax = hx & 0x7fffffff;
    let mut k: i32 = 1;
    let mut f = 0.0;
    let mut hu: i32 = 0;
    let mut c = 0.0;
    if hx < 0x3FDA827A {
        if ax >= 0x3ff00000 {
            if x == -1.0 {
                return f64::NEG_INFINITY;
            }
            return f64::NAN;
        }
        if ax < 0x3e200000 {
            if TWO54 + x > 0.0 && ax < 0x3c900000 {
                return x;
            }
            return x - x * x * 0.5;
        }
        if hx > 0 || hx <= 0xbfd2bec3u32 as i32 {
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7ff00000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x43400000 {
            u = 1.0 + x;
            hu = get_high_word(u) as i32;
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = get_high_word(u) as i32;
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000fffff;
        if hu < 0x6a09e {
            u = with_set_high_word(u, (hu | 0x3ff00000) as u32);
        } else {
            k += 1;
            u = with_set_high_word(u, (hu | 0x3fe00000) as u32);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = k as f64;
    if hu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

/// log10 (fdlibm e_log10.c).
pub fn log10(mut x: f64) -> f64 {
    const IVLN10: f64 = 4.34294481903251816668e-01;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let mut hx = get_high_word(x) as i32;
    let lx = get_low_word(x);
    let mut k: i32 = 0;
    if hx < 0x00100000 {
        if ((hx & 0x7fffffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = get_high_word(x) as i32;
    }
    if hx >= 0x7ff00000 {
        return x + x;
    }
    if hx == 0x3ff00000 && get_low_word(x) == 0 {
        return 0.0;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32 & 0x80000000) >> 31) as i32;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    let y = (k + i) as f64;
    x = with_set_high_word(x, hx as u32);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

// ---- hyperbolic functions (V8's versions of fdlibm) -------------------------------

pub fn sinh(x: f64) -> f64 {
    const KSINH_OVERFLOW: f64 = 710.4758600739439;
    const TWO_M28: f64 = 3.725290298461914e-9;
    const LOG_MAXD: f64 = 709.7822265625;
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ax < 22.0 {
        if ax < TWO_M28 {
            return x;
        }
        let t = expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < LOG_MAXD {
        return h * exp(ax);
    }
    if ax <= KSINH_OVERFLOW {
        let w = exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

pub fn cosh(x: f64) -> f64 {
    const KCOSH_OVERFLOW: f64 = 710.4758600739439;
    let ix = get_high_word(x) & 0x7fffffff;
    if ix < 0x3fd62e43 {
        let t = expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3c800000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x40360000 {
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x40862e42 {
        return 0.5 * exp(x.abs());
    }
    if x.abs() <= KCOSH_OVERFLOW {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff00000 {
        return x * x;
    }
    f64::INFINITY
}

pub fn tanh(x: f64) -> f64 {
    let jx = get_high_word(x) as i32;
    let ix = jx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z;
    if ix < 0x40360000 {
        if ix < 0x3e300000 && 1.0e300 + x > 1.0 {
            return x;
        }
        if ix >= 0x3ff00000 {
            let t = expm1(2.0 * x.abs());
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            let t = expm1(-2.0 * x.abs());
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0;
    }
    if jx >= 0 { z } else { -z }
}

pub fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let hx = get_high_word(x) as i32;
    let ix = hx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        return x + x;
    }
    if ix < 0x3e300000 && 1.0e300 + x > 1.0 {
        return x;
    }
    let w = if ix > 0x41b00000 {
        log(x.abs()) + LN2
    } else if ix > 0x40000000 {
        let t = x.abs();
        log(2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t))
    } else {
        let t = x * x;
        log1p(x.abs() + t / (1.0 + (1.0 + t).sqrt()))
    };
    if hx > 0 { w } else { -w }
}

pub fn acosh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let hx = get_high_word(x) as i32;
    let lx = get_low_word(x);
    if hx < 0x3ff00000 {
        return f64::NAN;
    }
    if hx >= 0x41b00000 {
        if hx >= 0x7ff00000 {
            return x + x;
        }
        return log(x) + LN2;
    }
    if hx == 0x3ff00000 && lx == 0 {
        return 0.0;
    }
    if hx > 0x40000000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

pub fn atanh(x: f64) -> f64 {
    let hx = get_high_word(x) as i32;
    let lx = get_low_word(x);
    let ix = hx & 0x7fffffff;
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > 0x3ff00000 {
        return f64::NAN;
    }
    if ix == 0x3ff00000 {
        return x / 0.0;
    }
    if ix < 0x3e300000 && 1.0e300 + x > 0.0 {
        return x;
    }
    let x = with_set_high_word(x, ix as u32);
    let t = if ix < 0x3fe00000 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if hx >= 0 { t } else { -t }
}

/// cbrt (FreeBSD s_cbrt.c, as V8 has it).
pub fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715094163;
    const B2: u32 = 696219795;
    const P0: f64 = 1.87595182427177009643;
    const P1: f64 = -1.88497979543377169875;
    const P2: f64 = 1.621429720105354466140;
    const P3: f64 = -0.758397934778766047437;
    const P4: f64 = 0.145996192886612446982;
    let mut hx = get_high_word(x);
    let low = get_low_word(x);
    let sign = hx & 0x80000000;
    hx ^= sign;
    if hx >= 0x7ff00000 {
        return x + x;
    }
    let mut t;
    if hx < 0x00100000 {
        if (hx | low) == 0 {
            return x;
        }
        t = from_words(0x43500000, 0);
        t *= x;
        let high = get_high_word(t);
        t = from_words(sign | ((high & 0x7fffffff) / 3 + B2), 0);
    } else {
        t = from_words(sign | (hx / 3 + B1), 0);
    }
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    t = f64::from_bits((t.to_bits().wrapping_add(0x80000000)) & 0xffffffffc0000000);
    let s = t * t;
    let mut r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t + t * r
}

// ---- vendored from the libm crate ----------------------------------------------------
mod rem_pio2_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    // origin: FreeBSD /usr/src/lib/msun/src/e_rem_pio2.c
    //
    // ====================================================
    // Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
    //
    // Developed at SunPro, a Sun Microsystems, Inc. business.
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================
    //
    // Optimized by Bruce D. Evans. */
    // #if FLT_EVAL_METHOD==0 || FLT_EVAL_METHOD==1
    // #define EPS DBL_EPSILON
    const EPS: f64 = 2.2204460492503131e-16;
    // #elif FLT_EVAL_METHOD==2
    // #define EPS LDBL_EPSILON
    // #endif

    // TODO: Support FLT_EVAL_METHOD?

    const TO_INT: f64 = 1.5 / EPS;
    /// 53 bits of 2/pi
    const INV_PIO2: f64 = 6.36619772367581382433e-01; /* 0x3FE45F30, 0x6DC9C883 */
    /// first 33 bits of pi/2
    const PIO2_1: f64 = 1.57079632673412561417e+00; /* 0x3FF921FB, 0x54400000 */
    /// pi/2 - PIO2_1
    const PIO2_1T: f64 = 6.07710050650619224932e-11; /* 0x3DD0B461, 0x1A626331 */
    /// second 33 bits of pi/2
    const PIO2_2: f64 = 6.07710050630396597660e-11; /* 0x3DD0B461, 0x1A600000 */
    /// pi/2 - (PIO2_1+PIO2_2)
    const PIO2_2T: f64 = 2.02226624879595063154e-21; /* 0x3BA3198A, 0x2E037073 */
    /// third 33 bits of pi/2
    const PIO2_3: f64 = 2.02226624871116645580e-21; /* 0x3BA3198A, 0x2E000000 */
    /// pi/2 - (PIO2_1+PIO2_2+PIO2_3)
    const PIO2_3T: f64 = 8.47842766036889956997e-32; /* 0x397B839A, 0x252049C1 */

    // return the remainder of x rem pi/2 in y[0]+y[1]
    // use rem_pio2_large() for large x
    //
    // caller must handle the case when reduction is not needed: |x| ~<= pi/4 */
    pub fn rem_pio2(x: f64) -> (i32, f64, f64) {
        let x1p24 = f64::from_bits(0x4170000000000000);

        let sign = (f64::to_bits(x) >> 63) as i32;
        let ix = (f64::to_bits(x) >> 32) as u32 & 0x7fffffff;

        fn medium(x: f64, ix: u32) -> (i32, f64, f64) {
            /* rint(x/(pi/2)), Assume round-to-nearest. */
            let tmp = x * INV_PIO2 + TO_INT;
            // force rounding of tmp to it's storage format on x87 to avoid
            // excess precision issues.
            let f_n = tmp - TO_INT;
            let n = f_n as i32;
            let mut r = x - f_n * PIO2_1;
            let mut w = f_n * PIO2_1T; /* 1st round, good to 85 bits */
            let mut y0 = r - w;
            let ui = f64::to_bits(y0);
            let ey = (ui >> 52) as i32 & 0x7ff;
            let ex = (ix >> 20) as i32;
            if ex - ey > 16 {
                /* 2nd round, good to 118 bits */
                let t = r;
                w = f_n * PIO2_2;
                r = t - w;
                w = f_n * PIO2_2T - ((t - r) - w);
                y0 = r - w;
                let ey = (f64::to_bits(y0) >> 52) as i32 & 0x7ff;
                if ex - ey > 49 {
                    /* 3rd round, good to 151 bits, covers all cases */
                    let t = r;
                    w = f_n * PIO2_3;
                    r = t - w;
                    w = f_n * PIO2_3T - ((t - r) - w);
                    y0 = r - w;
                }
            }
            let y1 = (r - y0) - w;
            (n, y0, y1)
        }

        if ix <= 0x400f6a7a {
            /* |x| ~<= 5pi/4 */
            if (ix & 0xfffff) == 0x921fb {
                /* |x| ~= pi/2 or 2pi/2 */
                return medium(x, ix); /* cancellation -- use medium case */
            }
            if ix <= 0x4002d97c {
                /* |x| ~<= 3pi/4 */
                if sign == 0 {
                    let z = x - PIO2_1; /* one round good to 85 bits */
                    let y0 = z - PIO2_1T;
                    let y1 = (z - y0) - PIO2_1T;
                    return (1, y0, y1);
                } else {
                    let z = x + PIO2_1;
                    let y0 = z + PIO2_1T;
                    let y1 = (z - y0) + PIO2_1T;
                    return (-1, y0, y1);
                }
            } else if sign == 0 {
                let z = x - 2.0 * PIO2_1;
                let y0 = z - 2.0 * PIO2_1T;
                let y1 = (z - y0) - 2.0 * PIO2_1T;
                return (2, y0, y1);
            } else {
                let z = x + 2.0 * PIO2_1;
                let y0 = z + 2.0 * PIO2_1T;
                let y1 = (z - y0) + 2.0 * PIO2_1T;
                return (-2, y0, y1);
            }
        }
        if ix <= 0x401c463b {
            /* |x| ~<= 9pi/4 */
            if ix <= 0x4015fdbc {
                /* |x| ~<= 7pi/4 */
                if ix == 0x4012d97c {
                    /* |x| ~= 3pi/2 */
                    return medium(x, ix);
                }
                if sign == 0 {
                    let z = x - 3.0 * PIO2_1;
                    let y0 = z - 3.0 * PIO2_1T;
                    let y1 = (z - y0) - 3.0 * PIO2_1T;
                    return (3, y0, y1);
                } else {
                    let z = x + 3.0 * PIO2_1;
                    let y0 = z + 3.0 * PIO2_1T;
                    let y1 = (z - y0) + 3.0 * PIO2_1T;
                    return (-3, y0, y1);
                }
            } else {
                if ix == 0x401921fb {
                    /* |x| ~= 4pi/2 */
                    return medium(x, ix);
                }
                if sign == 0 {
                    let z = x - 4.0 * PIO2_1;
                    let y0 = z - 4.0 * PIO2_1T;
                    let y1 = (z - y0) - 4.0 * PIO2_1T;
                    return (4, y0, y1);
                } else {
                    let z = x + 4.0 * PIO2_1;
                    let y0 = z + 4.0 * PIO2_1T;
                    let y1 = (z - y0) + 4.0 * PIO2_1T;
                    return (-4, y0, y1);
                }
            }
        }
        if ix < 0x413921fb {
            /* |x| ~< 2^20*(pi/2), medium size */
            return medium(x, ix);
        }
        /*
         * all other (large) arguments
         */
        if ix >= 0x7ff00000 {
            /* x is inf or NaN */
            let y0 = x - x;
            let y1 = y0;
            return (0, y0, y1);
        }
        /* set z = scalbn(|x|,-ilogb(x)+23) */
        let mut ui = f64::to_bits(x);
        ui &= (!1) >> 12;
        ui |= (0x3ff + 23) << 52;
        let mut z = f64::from_bits(ui);
        let mut tx = [0.0; 3];
        for i in 0..2 {
            i!(tx,i, =, z as i32 as f64);
            z = (z - i!(tx, i)) * x1p24;
        }
        i!(tx,2, =, z);
        /* skip zero terms, first term is non-zero */
        let mut i = 2;
        while i != 0 && i!(tx, i) == 0.0 {
            i -= 1;
        }
        let mut ty = [0.0; 3];
        let n = rem_pio2_large(&tx[..=i], &mut ty, ((ix as i32) >> 20) - (0x3ff + 23), 1);
        if sign != 0 {
            return (-n, -i!(ty, 0), -i!(ty, 1));
        }
        (n, i!(ty, 0), i!(ty, 1))
    }
}
pub use rem_pio2_impl::*;

mod rem_pio2_large_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/k_rem_pio2.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunSoft, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */

    // initial value for jk
    const INIT_JK: [usize; 4] = [3, 4, 4, 6];

    // Table of constants for 2/pi, 396 Hex digits (476 decimal) of 2/pi
    //
    //              integer array, contains the (24*i)-th to (24*i+23)-th
    //              bit of 2/pi after binary point. The corresponding
    //              floating value is
    //
    //                      ipio2[i] * 2^(-24(i+1)).
    //
    // NB: This table must have at least (e0-3)/24 + jk terms.
    //     For quad precision (e0 <= 16360, jk = 6), this is 686.
    #[cfg(any(target_pointer_width = "32", target_pointer_width = "16"))]
    const IPIO2: [i32; 66] = [
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
        0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
        0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
        0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
        0x73A8C9, 0x60E27B, 0xC08C6B,
    ];

    #[cfg(target_pointer_width = "64")]
    const IPIO2: [i32; 690] = [
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
        0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
        0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
        0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
        0x73A8C9, 0x60E27B, 0xC08C6B, 0x47C419, 0xC367CD, 0xDCE809, 0x2A8359, 0xC4768B, 0x961CA6,
        0xDDAF44, 0xD15719, 0x053EA5, 0xFF0705, 0x3F7E33, 0xE832C2, 0xDE4F98, 0x327DBB, 0xC33D26,
        0xEF6B1E, 0x5EF89F, 0x3A1F35, 0xCAF27F, 0x1D87F1, 0x21907C, 0x7C246A, 0xFA6ED5, 0x772D30,
        0x433B15, 0xC614B5, 0x9D19C3, 0xC2C4AD, 0x414D2C, 0x5D000C, 0x467D86, 0x2D71E3, 0x9AC69B,
        0x006233, 0x7CD2B4, 0x97A7B4, 0xD55537, 0xF63ED7, 0x1810A3, 0xFC764D, 0x2A9D64, 0xABD770,
        0xF87C63, 0x57B07A, 0xE71517, 0x5649C0, 0xD9D63B, 0x3884A7, 0xCB2324, 0x778AD6, 0x23545A,
        0xB91F00, 0x1B0AF1, 0xDFCE19, 0xFF319F, 0x6A1E66, 0x615799, 0x47FBAC, 0xD87F7E, 0xB76522,
        0x89E832, 0x60BFE6, 0xCDC4EF, 0x09366C, 0xD43F5D, 0xD7DE16, 0xDE3B58, 0x929BDE, 0x2822D2,
        0xE88628, 0x4D58E2, 0x32CAC6, 0x16E308, 0xCB7DE0, 0x50C017, 0xA71DF3, 0x5BE018, 0x34132E,
        0x621283, 0x014883, 0x5B8EF5, 0x7FB0AD, 0xF2E91E, 0x434A48, 0xD36710, 0xD8DDAA, 0x425FAE,
        0xCE616A, 0xA4280A, 0xB499D3, 0xF2A606, 0x7F775C, 0x83C2A3, 0x883C61, 0x78738A, 0x5A8CAF,
        0xBDD76F, 0x63A62D, 0xCBBFF4, 0xEF818D, 0x67C126, 0x45CA55, 0x36D9CA, 0xD2A828, 0x8D61C2,
        0x77C912, 0x142604, 0x9B4612, 0xC459C4, 0x44C5C8, 0x91B24D, 0xF31700, 0xAD43D4, 0xE54929,
        0x10D5FD, 0xFCBE00, 0xCC941E, 0xEECE70, 0xF53E13, 0x80F1EC, 0xC3E7B3, 0x28F8C7, 0x940593,
        0x3E71C1, 0xB3092E, 0xF3450B, 0x9C1288, 0x7B20AB, 0x9FB52E, 0xC29247, 0x2F327B, 0x6D550C,
        0x90A772, 0x1FE76B, 0x96CB31, 0x4A1679, 0xE27941, 0x89DFF4, 0x9794E8, 0x84E6E2, 0x973199,
        0x6BED88, 0x365F5F, 0x0EFDBB, 0xB49A48, 0x6CA467, 0x427271, 0x325D8D, 0xB8159F, 0x09E5BC,
        0x25318D, 0x3974F7, 0x1C0530, 0x010C0D, 0x68084B, 0x58EE2C, 0x90AA47, 0x02E774, 0x24D6BD,
        0xA67DF7, 0x72486E, 0xEF169F, 0xA6948E, 0xF691B4, 0x5153D1, 0xF20ACF, 0x339820, 0x7E4BF5,
        0x6863B2, 0x5F3EDD, 0x035D40, 0x7F8985, 0x295255, 0xC06437, 0x10D86D, 0x324832, 0x754C5B,
        0xD4714E, 0x6E5445, 0xC1090B, 0x69F52A, 0xD56614, 0x9D0727, 0x50045D, 0xDB3BB4, 0xC576EA,
        0x17F987, 0x7D6B49, 0xBA271D, 0x296996, 0xACCCC6, 0x5414AD, 0x6AE290, 0x89D988, 0x50722C,
        0xBEA404, 0x940777, 0x7030F3, 0x27FC00, 0xA871EA, 0x49C266, 0x3DE064, 0x83DD97, 0x973FA3,
        0xFD9443, 0x8C860D, 0xDE4131, 0x9D3992, 0x8C70DD, 0xE7B717, 0x3BDF08, 0x2B3715, 0xA0805C,
        0x93805A, 0x921110, 0xD8E80F, 0xAF806C, 0x4BFFDB, 0x0F9038, 0x761859, 0x15A562, 0xBBCB61,
        0xB989C7, 0xBD4010, 0x04F2D2, 0x277549, 0xF6B6EB, 0xBB22DB, 0xAA140A, 0x2F2689, 0x768364,
        0x333B09, 0x1A940E, 0xAA3A51, 0xC2A31D, 0xAEEDAF, 0x12265C, 0x4DC26D, 0x9C7A2D, 0x9756C0,
        0x833F03, 0xF6F009, 0x8C402B, 0x99316D, 0x07B439, 0x15200C, 0x5BC3D8, 0xC492F5, 0x4BADC6,
        0xA5CA4E, 0xCD37A7, 0x36A9E6, 0x9492AB, 0x6842DD, 0xDE6319, 0xEF8C76, 0x528B68, 0x37DBFC,
        0xABA1AE, 0x3115DF, 0xA1AE00, 0xDAFB0C, 0x664D64, 0xB705ED, 0x306529, 0xBF5657, 0x3AFF47,
        0xB9F96A, 0xF3BE75, 0xDF9328, 0x3080AB, 0xF68C66, 0x15CB04, 0x0622FA, 0x1DE4D9, 0xA4B33D,
        0x8F1B57, 0x09CD36, 0xE9424E, 0xA4BE13, 0xB52333, 0x1AAAF0, 0xA8654F, 0xA5C1D2, 0x0F3F0B,
        0xCD785B, 0x76F923, 0x048B7B, 0x721789, 0x53A6C6, 0xE26E6F, 0x00EBEF, 0x584A9B, 0xB7DAC4,
        0xBA66AA, 0xCFCF76, 0x1D02D1, 0x2DF1B1, 0xC1998C, 0x77ADC3, 0xDA4886, 0xA05DF7, 0xF480C6,
        0x2FF0AC, 0x9AECDD, 0xBC5C3F, 0x6DDED0, 0x1FC790, 0xB6DB2A, 0x3A25A3, 0x9AAF00, 0x9353AD,
        0x0457B6, 0xB42D29, 0x7E804B, 0xA707DA, 0x0EAA76, 0xA1597B, 0x2A1216, 0x2DB7DC, 0xFDE5FA,
        0xFEDB89, 0xFDBE89, 0x6C76E4, 0xFCA906, 0x70803E, 0x156E85, 0xFF87FD, 0x073E28, 0x336761,
        0x86182A, 0xEABD4D, 0xAFE7B3, 0x6E6D8F, 0x396795, 0x5BBF31, 0x48D784, 0x16DF30, 0x432DC7,
        0x356125, 0xCE70C9, 0xB8CB30, 0xFD6CBF, 0xA200A4, 0xE46C05, 0xA0DD5A, 0x476F21, 0xD21262,
        0x845CB9, 0x496170, 0xE0566B, 0x015299, 0x375550, 0xB7D51E, 0xC4F133, 0x5F6E13, 0xE4305D,
        0xA92E85, 0xC3B21D, 0x3632A1, 0xA4B708, 0xD4B1EA, 0x21F716, 0xE4698F, 0x77FF27, 0x80030C,
        0x2D408D, 0xA0CD4F, 0x99A520, 0xD3A2B3, 0x0A5D2F, 0x42F9B4, 0xCBDA11, 0xD0BE7D, 0xC1DB9B,
        0xBD17AB, 0x81A2CA, 0x5C6A08, 0x17552E, 0x550027, 0xF0147F, 0x8607E1, 0x640B14, 0x8D4196,
        0xDEBE87, 0x2AFDDA, 0xB6256B, 0x34897B, 0xFEF305, 0x9EBFB9, 0x4F6A68, 0xA82A4A, 0x5AC44F,
        0xBCF82D, 0x985AD7, 0x95C7F4, 0x8D4D0D, 0xA63A20, 0x5F57A4, 0xB13F14, 0x953880, 0x0120CC,
        0x86DD71, 0xB6DEC9, 0xF560BF, 0x11654D, 0x6B0701, 0xACB08C, 0xD0C0B2, 0x485551, 0x0EFB1E,
        0xC37295, 0x3B06A3, 0x3540C0, 0x7BDC06, 0xCC45E0, 0xFA294E, 0xC8CAD6, 0x41F3E8, 0xDE647C,
        0xD8649B, 0x31BED9, 0xC397A4, 0xD45877, 0xC5E369, 0x13DAF0, 0x3C3ABA, 0x461846, 0x5F7555,
        0xF5BDD2, 0xC6926E, 0x5D2EAC, 0xED440E, 0x423E1C, 0x87C461, 0xE9FD29, 0xF3D6E7, 0xCA7C22,
        0x35916F, 0xC5E008, 0x8DD7FF, 0xE26A6E, 0xC6FDB0, 0xC10893, 0x745D7C, 0xB2AD6B, 0x9D6ECD,
        0x7B723E, 0x6A11C6, 0xA9CFF7, 0xDF7329, 0xBAC9B5, 0x5100B7, 0x0DB2E2, 0x24BA74, 0x607DE5,
        0x8AD874, 0x2C150D, 0x0C1881, 0x94667E, 0x162901, 0x767A9F, 0xBEFDFD, 0xEF4556, 0x367ED9,
        0x13D9EC, 0xB9BA8B, 0xFC97C4, 0x27A831, 0xC36EF1, 0x36C594, 0x56A8D8, 0xB5A8B4, 0x0ECCCF,
        0x2D8912, 0x34576F, 0x89562C, 0xE3CE99, 0xB920D6, 0xAA5E6B, 0x9C2A3E, 0xCC5F11, 0x4A0BFD,
        0xFBF4E1, 0x6D3B8E, 0x2C86E2, 0x84D4E9, 0xA9B4FC, 0xD1EEEF, 0xC9352E, 0x61392F, 0x442138,
        0xC8D91B, 0x0AFC81, 0x6A4AFB, 0xD81C2F, 0x84B453, 0x8C994E, 0xCC2254, 0xDC552A, 0xD6C6C0,
        0x96190B, 0xB8701A, 0x649569, 0x605A26, 0xEE523F, 0x0F117F, 0x11B5F4, 0xF5CBFC, 0x2DBC34,
        0xEEBC34, 0xCC5DE8, 0x605EDD, 0x9B8E67, 0xEF3392, 0xB817C9, 0x9B5861, 0xBC57E1, 0xC68351,
        0x103ED8, 0x4871DD, 0xDD1C2D, 0xA118AF, 0x462C21, 0xD7F359, 0x987AD9, 0xC0549E, 0xFA864F,
        0xFC0656, 0xAE79E5, 0x362289, 0x22AD38, 0xDC9367, 0xAAE855, 0x382682, 0x9BE7CA, 0xA40D51,
        0xB13399, 0x0ED7A9, 0x480569, 0xF0B265, 0xA7887F, 0x974C88, 0x36D1F9, 0xB39221, 0x4A827B,
        0x21CF98, 0xDC9F40, 0x5547DC, 0x3A74E1, 0x42EB67, 0xDF9DFE, 0x5FD45E, 0xA4677B, 0x7AACBA,
        0xA2F655, 0x23882B, 0x55BA41, 0x086E59, 0x862A21, 0x834739, 0xE6E389, 0xD49EE5, 0x40FB49,
        0xE956FF, 0xCA0F1C, 0x8A59C5, 0x2BFA94, 0xC5C1D3, 0xCFC50F, 0xAE5ADB, 0x86C547, 0x624385,
        0x3B8621, 0x94792C, 0x876110, 0x7B4C2A, 0x1A2C80, 0x12BF43, 0x902688, 0x893C78, 0xE4C4A8,
        0x7BDBE5, 0xC23AC4, 0xEAF426, 0x8A67F7, 0xBF920D, 0x2BA365, 0xB1933D, 0x0B7CBD, 0xDC51A4,
        0x63DD27, 0xDDE169, 0x19949A, 0x9529A8, 0x28CE68, 0xB4ED09, 0x209F44, 0xCA984E, 0x638270,
        0x237C7E, 0x32B90F, 0x8EF5A7, 0xE75614, 0x08F121, 0x2A9DB5, 0x4D7E6F, 0x5119A5, 0xABF9B5,
        0xD6DF82, 0x61DD96, 0x023616, 0x9F3AC4, 0xA1A283, 0x6DED72, 0x7A8D39, 0xA9B882, 0x5C326B,
        0x5B2746, 0xED3400, 0x7700D2, 0x55F4FC, 0x4D5901, 0x8071E0,
    ];

    const PIO2: [f64; 8] = [
        1.57079625129699707031e+00, /* 0x3FF921FB, 0x40000000 */
        7.54978941586159635335e-08, /* 0x3E74442D, 0x00000000 */
        5.39030252995776476554e-15, /* 0x3CF84698, 0x80000000 */
        3.28200341580791294123e-22, /* 0x3B78CC51, 0x60000000 */
        1.27065575308067607349e-29, /* 0x39F01B83, 0x80000000 */
        1.22933308981111328932e-36, /* 0x387A2520, 0x40000000 */
        2.73370053816464559624e-44, /* 0x36E38222, 0x80000000 */
        2.16741683877804819444e-51, /* 0x3569F31D, 0x00000000 */
    ];

    // fn rem_pio2_large(x : &[f64], y : &mut [f64], e0 : i32, prec : usize) -> i32
    //
    // Input parameters:
    //      x[]     The input value (must be positive) is broken into nx
    //              pieces of 24-bit integers in double precision format.
    //              x[i] will be the i-th 24 bit of x. The scaled exponent
    //              of x[0] is given in input parameter e0 (i.e., x[0]*2^e0
    //              match x's up to 24 bits.
    //
    //              Example of breaking a double positive z into x[0]+x[1]+x[2]:
    //                      e0 = ilogb(z)-23
    //                      z  = scalbn(z,-e0)
    //              for i = 0,1,2
    //                      x[i] = floor(z)
    //                      z    = (z-x[i])*2**24
    //
    //      y[]     output result in an array of double precision numbers.
    //              The dimension of y[] is:
    //                      24-bit  precision       1
    //                      53-bit  precision       2
    //                      64-bit  precision       2
    //                      113-bit precision       3
    //              The actual value is the sum of them. Thus for 113-bit
    //              precison, one may have to do something like:
    //
    //              long double t,w,r_head, r_tail;
    //              t = (long double)y[2] + (long double)y[1];
    //              w = (long double)y[0];
    //              r_head = t+w;
    //              r_tail = w - (r_head - t);
    //
    //      e0      The exponent of x[0]. Must be <= 16360 or you need to
    //              expand the ipio2 table.
    //
    //      prec    an integer indicating the precision:
    //                      0       24  bits (single)
    //                      1       53  bits (double)
    //                      2       64  bits (extended)
    //                      3       113 bits (quad)
    //
    // Here is the description of some local variables:
    //
    //      jk      jk+1 is the initial number of terms of ipio2[] needed
    //              in the computation. The minimum and recommended value
    //              for jk is 3,4,4,6 for single, double, extended, and quad.
    //              jk+1 must be 2 larger than you might expect so that our
    //              recomputation test works. (Up to 24 bits in the integer
    //              part (the 24 bits of it that we compute) and 23 bits in
    //              the fraction part may be lost to cancelation before we
    //              recompute.)
    //
    //      jz      local integer variable indicating the number of
    //              terms of ipio2[] used.
    //
    //      jx      nx - 1
    //
    //      jv      index for pointing to the suitable ipio2[] for the
    //              computation. In general, we want
    //                      ( 2^e0*x[0] * ipio2[jv-1]*2^(-24jv) )/8
    //              is an integer. Thus
    //                      e0-3-24*jv >= 0 or (e0-3)/24 >= jv
    //              Hence jv = max(0,(e0-3)/24).
    //
    //      jp      jp+1 is the number of terms in PIo2[] needed, jp = jk.
    //
    //      q[]     double array with integral value, representing the
    //              24-bits chunk of the product of x and 2/pi.
    //
    //      q0      the corresponding exponent of q[0]. Note that the
    //              exponent for q[i] would be q0-24*i.
    //
    //      PIo2[]  double precision array, obtained by cutting pi/2
    //              into 24 bits chunks.
    //
    //      f[]     ipio2[] in floating point
    //
    //      iq[]    integer array by breaking up q[] in 24-bits chunk.
    //
    //      fq[]    final product of x*(2/pi) in fq[0],..,fq[jk]
    //
    //      ih      integer. If >0 it indicates q[] is >= 0.5, hence
    //              it also indicates the *sign* of the result.

    /// Return the last three digits of N with y = x - N*pi/2
    /// so that |y| < pi/2.
    ///
    /// The method is to compute the integer (mod 8) and fraction parts of
    /// (2/pi)*x without doing the full multiplication. In general we
    /// skip the part of the product that are known to be a huge integer (
    /// more accurately, = 0 mod 8 ). Thus the number of operations are
    /// independent of the exponent of the input.
    pub fn rem_pio2_large(x: &[f64], y: &mut [f64], e0: i32, prec: usize) -> i32 {
        // FIXME(rust-lang/rust#144518): Inline assembly would cause `no_panic` to fail
        // on the callers of this function. As a workaround, avoid inlining `floor` here
        // when implemented with assembly.
        extern "C" fn floor(x: f64) -> f64 {
            super::floor(x)
        }

        let x1p24 = f64::from_bits(0x4170000000000000); // 0x1p24 === 2 ^ 24
        let x1p_24 = f64::from_bits(0x3e70000000000000); // 0x1p_24 === 2 ^ (-24)

        if cfg!(target_pointer_width = "64") {
            debug_assert!(e0 <= 16360);
        }

        let nx = x.len();

        let mut fw: f64;
        let mut n: i32;
        let mut ih: i32;
        let mut z: f64;
        let mut f: [f64; 20] = [0.; 20];
        let mut fq: [f64; 20] = [0.; 20];
        let mut q: [f64; 20] = [0.; 20];
        let mut iq: [i32; 20] = [0; 20];

        /* initialize jk*/
        let jk = i!(INIT_JK, prec);
        let jp = jk;

        /* determine jx,jv,q0, note that 3>q0 */
        let jx = nx - 1;
        let mut jv = div!(e0 - 3, 24);
        if jv < 0 {
            jv = 0;
        }
        let mut q0 = e0 - 24 * (jv + 1);
        let jv = jv as usize;

        /* set up f[0] to f[jx+jk] where f[jx+jk] = ipio2[jv+jk] */
        let mut j = (jv as i32) - (jx as i32);
        let m = jx + jk;
        for i in 0..=m {
            i!(f, i, =, if j < 0 {
                0.
            } else {
                i!(IPIO2, j as usize) as f64
            });
            j += 1;
        }

        /* compute q[0],q[1],...q[jk] */
        for i in 0..=jk {
            fw = 0f64;
            for j in 0..=jx {
                fw += i!(x, j) * i!(f, jx + i - j);
            }
            i!(q, i, =, fw);
        }

        let mut jz = jk;

        'recompute: loop {
            /* distill q[] into iq[] reversingly */
            let mut i = 0i32;
            z = i!(q, jz);
            for j in (1..=jz).rev() {
                fw = (x1p_24 * z) as i32 as f64;
                i!(iq, i as usize, =, (z - x1p24 * fw) as i32);
                z = i!(q, j - 1) + fw;
                i += 1;
            }

            /* compute n */
            z = scalbn(z, q0); /* actual value of z */
            z -= 8.0 * floor(z * 0.125); /* trim off integer >= 8 */
            n = z as i32;
            z -= n as f64;
            ih = 0;
            if q0 > 0 {
                /* need iq[jz-1] to determine n */
                i = i!(iq, jz - 1) >> (24 - q0);
                n += i;
                i!(iq, jz - 1, -=, i << (24 - q0));
                ih = i!(iq, jz - 1) >> (23 - q0);
            } else if q0 == 0 {
                ih = i!(iq, jz - 1) >> 23;
            } else if z >= 0.5 {
                ih = 2;
            }

            if ih > 0 {
                /* q > 0.5 */
                n += 1;
                let mut carry = 0i32;
                for i in 0..jz {
                    /* compute 1-q */
                    let j = i!(iq, i);
                    if carry == 0 {
                        if j != 0 {
                            carry = 1;
                            i!(iq, i, =, 0x1000000 - j);
                        }
                    } else {
                        i!(iq, i, =, 0xffffff - j);
                    }
                }
                if q0 > 0 {
                    /* rare case: chance is 1 in 12 */
                    match q0 {
                        1 => {
                            i!(iq, jz - 1, &=, 0x7fffff);
                        }
                        2 => {
                            i!(iq, jz - 1, &=, 0x3fffff);
                        }
                        _ => {}
                    }
                }
                if ih == 2 {
                    z = 1. - z;
                    if carry != 0 {
                        z -= scalbn(1., q0);
                    }
                }
            }

            /* check if recomputation is needed */
            if z == 0. {
                let mut j = 0;
                for i in (jk..=jz - 1).rev() {
                    j |= i!(iq, i);
                }
                if j == 0 {
                    /* need recomputation */
                    let mut k = 1;
                    while i!(iq, jk - k, ==, 0) {
                        k += 1; /* k = no. of terms needed */
                    }

                    for i in (jz + 1)..=(jz + k) {
                        /* add q[jz+1] to q[jz+k] */
                        i!(f, jx + i, =, i!(IPIO2, jv + i) as f64);
                        fw = 0f64;
                        for j in 0..=jx {
                            fw += i!(x, j) * i!(f, jx + i - j);
                        }
                        i!(q, i, =, fw);
                    }
                    jz += k;
                    continue 'recompute;
                }
            }

            break;
        }

        /* chop off zero terms */
        if z == 0. {
            jz -= 1;
            q0 -= 24;
            while i!(iq, jz) == 0 {
                jz -= 1;
                q0 -= 24;
            }
        } else {
            /* break z into 24-bit if necessary */
            z = scalbn(z, -q0);
            if z >= x1p24 {
                fw = (x1p_24 * z) as i32 as f64;
                i!(iq, jz, =, (z - x1p24 * fw) as i32);
                jz += 1;
                q0 += 24;
                i!(iq, jz, =, fw as i32);
            } else {
                i!(iq, jz, =, z as i32);
            }
        }

        /* convert integer "bit" chunk to floating-point value */
        fw = scalbn(1., q0);
        for i in (0..=jz).rev() {
            i!(q, i, =, fw * (i!(iq, i) as f64));
            fw *= x1p_24;
        }

        /* compute PIo2[0,...,jp]*q[jz,...,0] */
        for i in (0..=jz).rev() {
            fw = 0f64;
            let mut k = 0;
            while (k <= jp) && (k <= jz - i) {
                fw += i!(PIO2, k) * i!(q, i + k);
                k += 1;
            }
            i!(fq, jz - i, =, fw);
        }

        /* compress fq[] into y[] */
        match prec {
            0 => {
                fw = 0f64;
                for i in (0..=jz).rev() {
                    fw += i!(fq, i);
                }
                i!(y, 0, =, if ih == 0 { fw } else { -fw });
            }
            1 | 2 => {
                fw = 0f64;
                for i in (0..=jz).rev() {
                    fw += i!(fq, i);
                }
                i!(y, 0, =, if ih == 0 { fw } else { -fw });
                fw = i!(fq, 0) - fw;
                for i in 1..=jz {
                    fw += i!(fq, i);
                }
                i!(y, 1, =, if ih == 0 { fw } else { -fw });
            }
            3 => {
                /* painful */
                for i in (1..=jz).rev() {
                    fw = i!(fq, i - 1) + i!(fq, i);
                    i!(fq, i, +=, i!(fq, i - 1) - fw);
                    i!(fq, i - 1, =, fw);
                }
                for i in (2..=jz).rev() {
                    fw = i!(fq, i - 1) + i!(fq, i);
                    i!(fq, i, +=, i!(fq, i - 1) - fw);
                    i!(fq, i - 1, =, fw);
                }
                fw = 0f64;
                for i in (2..=jz).rev() {
                    fw += i!(fq, i);
                }
                if ih == 0 {
                    i!(y, 0, =, i!(fq, 0));
                    i!(y, 1, =, i!(fq, 1));
                    i!(y, 2, =, fw);
                } else {
                    i!(y, 0, =, -i!(fq, 0));
                    i!(y, 1, =, -i!(fq, 1));
                    i!(y, 2, =, -fw);
                }
            }
            #[cfg(debug_assertions)]
            _ => unreachable!(),
            #[cfg(not(debug_assertions))]
            _ => {}
        }
        n & 7
    }
}
pub use rem_pio2_large_impl::*;

mod k_tan_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    // origin: FreeBSD /usr/src/lib/msun/src/k_tan.c */
    //
    // ====================================================
    // Copyright 2004 Sun Microsystems, Inc.  All Rights Reserved.
    //
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================

    // kernel tan function on ~[-pi/4, pi/4] (except on -0), pi/4 ~ 0.7854
    // Input x is assumed to be bounded by ~pi/4 in magnitude.
    // Input y is the tail of x.
    // Input odd indicates whether tan (if odd = 0) or -1/tan (if odd = 1) is returned.
    //
    // Algorithm
    //      1. Since tan(-x) = -tan(x), we need only to consider positive x.
    //      2. Callers must return tan(-0) = -0 without calling here since our
    //         odd polynomial is not evaluated in a way that preserves -0.
    //         Callers may do the optimization tan(x) ~ x for tiny x.
    //      3. tan(x) is approximated by a odd polynomial of degree 27 on
    //         [0,0.67434]
    //                               3             27
    //              tan(x) ~ x + T1*x + ... + T13*x
    //         where
    //
    //              |tan(x)         2     4            26   |     -59.2
    //              |----- - (1+T1*x +T2*x +.... +T13*x    )| <= 2
    //              |  x                                    |
    //
    //         Note: tan(x+y) = tan(x) + tan'(x)*y
    //                        ~ tan(x) + (1+x*x)*y
    //         Therefore, for better accuracy in computing tan(x+y), let
    //                   3      2      2       2       2
    //              r = x *(T2+x *(T3+x *(...+x *(T12+x *T13))))
    //         then
    //                                  3    2
    //              tan(x+y) = x + (T1*x + (x *(r+y)+y))
    //
    //      4. For x in [0.67434,pi/4],  let y = pi/4 - x, then
    //              tan(x) = tan(pi/4-y) = (1-tan(y))/(1+tan(y))
    //                     = 1 - 2*(tan(y) - (tan(y)^2)/(1+tan(y)))
    static T: [f64; 13] = [
        3.33333333333334091986e-01,  /* 3FD55555, 55555563 */
        1.33333333333201242699e-01,  /* 3FC11111, 1110FE7A */
        5.39682539762260521377e-02,  /* 3FABA1BA, 1BB341FE */
        2.18694882948595424599e-02,  /* 3F9664F4, 8406D637 */
        8.86323982359930005737e-03,  /* 3F8226E3, E96E8493 */
        3.59207910759131235356e-03,  /* 3F6D6D22, C9560328 */
        1.45620945432529025516e-03,  /* 3F57DBC8, FEE08315 */
        5.88041240820264096874e-04,  /* 3F4344D8, F2F26501 */
        2.46463134818469906812e-04,  /* 3F3026F7, 1A8D1068 */
        7.81794442939557092300e-05,  /* 3F147E88, A03792A6 */
        7.14072491382608190305e-05,  /* 3F12B80F, 32F0A7E9 */
        -1.85586374855275456654e-05, /* BEF375CB, DB605373 */
        2.59073051863633712884e-05,  /* 3EFB2A70, 74BF7AD4 */
    ];
    const PIO4: f64 = 7.85398163397448278999e-01; /* 3FE921FB, 54442D18 */
    const PIO4_LO: f64 = 3.06161699786838301793e-17; /* 3C81A626, 33145C07 */
    pub fn k_tan(mut x: f64, mut y: f64, odd: i32) -> f64 {
        let hx = (f64::to_bits(x) >> 32) as u32;
        let big = (hx & 0x7fffffff) >= 0x3FE59428; /* |x| >= 0.6744 */
        if big {
            let sign = hx >> 31;
            if sign != 0 {
                x = -x;
                y = -y;
            }
            x = (PIO4 - x) + (PIO4_LO - y);
            y = 0.0;
        }
        let z = x * x;
        let w = z * z;
        /*
         * Break x^5*(T[1]+x^2*T[2]+...) into
         * x^5(T[1]+x^4*T[3]+...+x^20*T[11]) +
         * x^5(x^2*(T[2]+x^4*T[4]+...+x^22*[T12]))
         */
        let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        let s = z * x;
        let r = y + z * (s * (r + v) + y) + s * T[0];
        let w = x + r;
        if big {
            let sign = hx >> 31;
            let s = 1.0 - 2.0 * odd as f64;
            let v = s - 2.0 * (x + (r - w * w / (w + s)));
            return if sign != 0 { -v } else { v };
        }
        if odd == 0 {
            return w;
        }
        /* -1.0/(x+r) has up to 2ulp error, so compute it accurately */
        let w0 = zero_low_word(w);
        let v = r - (w0 - x); /* w0+v = r+x */
        let a = -1.0 / w;
        let a0 = zero_low_word(a);
        a0 + a * (1.0 + a0 * w0 + a0 * v)
    }

    fn zero_low_word(x: f64) -> f64 {
        f64::from_bits(f64::to_bits(x) & 0xFFFF_FFFF_0000_0000)
    }
}
pub use k_tan_impl::*;

mod sin_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    // origin: FreeBSD /usr/src/lib/msun/src/s_sin.c */
    //
    // ====================================================
    // Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
    //
    // Developed at SunPro, a Sun Microsystems, Inc. business.
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================

    // sin(x)
    // Return sine function of x.
    //
    // kernel function:
    //      k_sin            ... sine function on [-pi/4,pi/4]
    //      k_cos            ... cose function on [-pi/4,pi/4]
    //      rem_pio2         ... argument reduction routine
    //
    // Method.
    //      Let S,C and T denote the sin, cos and tan respectively on
    //      [-PI/4, +PI/4]. Reduce the argument x to y1+y2 = x-k*pi/2
    //      in [-pi/4 , +pi/4], and let n = k mod 4.
    //      We have
    //
    //          n        sin(x)      cos(x)        tan(x)
    //     ----------------------------------------------------------
    //          0          S           C             T
    //          1          C          -S            -1/T
    //          2         -S          -C             T
    //          3         -C           S            -1/T
    //     ----------------------------------------------------------
    //
    // Special cases:
    //      Let trig be any of sin, cos, or tan.
    //      trig(+-INF)  is NaN, with signals;
    //      trig(NaN)    is that NaN;
    //
    // Accuracy:
    //      TRIG(x) returns trig(x) nearly rounded

    /// The sine of `x` (f64).
    ///
    /// `x` is specified in radians.
    pub fn sin(x: f64) -> f64 {
        let x1p120 = f64::from_bits(0x4770000000000000); // 0x1p120f === 2 ^ 120

        /* High word of x. */
        let ix = (f64::to_bits(x) >> 32) as u32 & 0x7fffffff;

        /* |x| ~< pi/4 */
        if ix <= 0x3fe921fb {
            if ix < 0x3e500000 {
                /* |x| < 2**-26 */
                /* raise inexact if x != 0 and underflow if subnormal*/
                if ix < 0x00100000 {
                    force_eval!(x / x1p120);
                } else {
                    force_eval!(x + x1p120);
                }
                return x;
            }
            return k_sin(x, 0.0, 0);
        }

        /* sin(Inf or NaN) is NaN */
        if ix >= 0x7ff00000 {
            return x - x;
        }

        /* argument reduction needed */
        let (n, y0, y1) = rem_pio2(x);
        match n & 3 {
            0 => k_sin(y0, y1, 1),
            1 => k_cos(y0, y1),
            2 => -k_sin(y0, y1, 1),
            _ => -k_cos(y0, y1),
        }
    }
}
pub use sin_impl::*;

mod cos_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    // origin: FreeBSD /usr/src/lib/msun/src/s_cos.c */
    //
    // ====================================================
    // Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
    //
    // Developed at SunPro, a Sun Microsystems, Inc. business.
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================

    // cos(x)
    // Return cosine function of x.
    //
    // kernel function:
    //      k_sin           ... sine function on [-pi/4,pi/4]
    //      k_cos           ... cosine function on [-pi/4,pi/4]
    //      rem_pio2        ... argument reduction routine
    //
    // Method.
    //      Let S,C and T denote the sin, cos and tan respectively on
    //      [-PI/4, +PI/4]. Reduce the argument x to y1+y2 = x-k*pi/2
    //      in [-pi/4 , +pi/4], and let n = k mod 4.
    //      We have
    //
    //          n        sin(x)      cos(x)        tan(x)
    //     ----------------------------------------------------------
    //          0          S           C             T
    //          1          C          -S            -1/T
    //          2         -S          -C             T
    //          3         -C           S            -1/T
    //     ----------------------------------------------------------
    //
    // Special cases:
    //      Let trig be any of sin, cos, or tan.
    //      trig(+-INF)  is NaN, with signals;
    //      trig(NaN)    is that NaN;
    //
    // Accuracy:
    //      TRIG(x) returns trig(x) nearly rounded
    //

    /// The cosine of `x` (f64).
    ///
    /// `x` is specified in radians.
    pub fn cos(x: f64) -> f64 {
        let ix = (f64::to_bits(x) >> 32) as u32 & 0x7fffffff;

        /* |x| ~< pi/4 */
        if ix <= 0x3fe921fb {
            if ix < 0x3e46a09e {
                /* if x < 2**-27 * sqrt(2) */
                /* raise inexact if x != 0 */
                if x as i32 == 0 {
                    return 1.0;
                }
            }
            return k_cos(x, 0.0);
        }

        /* cos(Inf or NaN) is NaN */
        if ix >= 0x7ff00000 {
            return x - x;
        }

        /* argument reduction needed */
        let (n, y0, y1) = rem_pio2(x);
        match n & 3 {
            0 => k_cos(y0, y1),
            1 => -k_sin(y0, y1, 1),
            2 => -k_cos(y0, y1),
            _ => k_sin(y0, y1, 1),
        }
    }
}
pub use cos_impl::*;

mod tan_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    // origin: FreeBSD /usr/src/lib/msun/src/s_tan.c */
    //
    // ====================================================
    // Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
    //
    // Developed at SunPro, a Sun Microsystems, Inc. business.
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================

    // tan(x)
    // Return tangent function of x.
    //
    // kernel function:
    //      k_tan           ... tangent function on [-pi/4,pi/4]
    //      rem_pio2        ... argument reduction routine
    //
    // Method.
    //      Let S,C and T denote the sin, cos and tan respectively on
    //      [-PI/4, +PI/4]. Reduce the argument x to y1+y2 = x-k*pi/2
    //      in [-pi/4 , +pi/4], and let n = k mod 4.
    //      We have
    //
    //          n        sin(x)      cos(x)        tan(x)
    //     ----------------------------------------------------------
    //          0          S           C             T
    //          1          C          -S            -1/T
    //          2         -S          -C             T
    //          3         -C           S            -1/T
    //     ----------------------------------------------------------
    //
    // Special cases:
    //      Let trig be any of sin, cos, or tan.
    //      trig(+-INF)  is NaN, with signals;
    //      trig(NaN)    is that NaN;
    //
    // Accuracy:
    //      TRIG(x) returns trig(x) nearly rounded

    /// The tangent of `x` (f64).
    ///
    /// `x` is specified in radians.
    pub fn tan(x: f64) -> f64 {
        let x1p120 = f32::from_bits(0x7b800000); // 0x1p120f === 2 ^ 120

        let ix = (f64::to_bits(x) >> 32) as u32 & 0x7fffffff;
        /* |x| ~< pi/4 */
        if ix <= 0x3fe921fb {
            if ix < 0x3e400000 {
                /* |x| < 2**-27 */
                /* raise inexact if x!=0 and underflow if subnormal */
                force_eval!(if ix < 0x00100000 {
                    x / x1p120 as f64
                } else {
                    x + x1p120 as f64
                });
                return x;
            }
            return k_tan(x, 0.0, 0);
        }

        /* tan(Inf or NaN) is NaN */
        if ix >= 0x7ff00000 {
            return x - x;
        }

        /* argument reduction */
        let (n, y0, y1) = rem_pio2(x);
        k_tan(y0, y1, n & 1)
    }
}
pub use tan_impl::*;

mod asin_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_asin.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunSoft, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */
    /* asin(x)
     * Method :
     *      Since  asin(x) = x + x^3/6 + x^5*3/40 + x^7*15/336 + ...
     *      we approximate asin(x) on [0,0.5] by
     *              asin(x) = x + x*x^2*R(x^2)
     *      where
     *              R(x^2) is a rational approximation of (asin(x)-x)/x^3
     *      and its remez error is bounded by
     *              |(asin(x)-x)/x^3 - R(x^2)| < 2^(-58.75)
     *
     *      For x in [0.5,1]
     *              asin(x) = pi/2-2*asin(sqrt((1-x)/2))
     *      Let y = (1-x), z = y/2, s := sqrt(z), and pio2_hi+pio2_lo=pi/2;
     *      then for x>0.98
     *              asin(x) = pi/2 - 2*(s+s*z*R(z))
     *                      = pio2_hi - (2*(s+s*z*R(z)) - pio2_lo)
     *      For x<=0.98, let pio4_hi = pio2_hi/2, then
     *              f = hi part of s;
     *              c = sqrt(z) - f = (z-f*f)/(s+f)         ...f+c=sqrt(z)
     *      and
     *              asin(x) = pi/2 - 2*(s+s*z*R(z))
     *                      = pio4_hi+(pio4-2s)-(2s*z*R(z)-pio2_lo)
     *                      = pio4_hi+(pio4-2f)-(2s*z*R(z)-(pio2_lo+2c))
     *
     * Special cases:
     *      if x is NaN, return x itself;
     *      if |x|>1, return NaN with invalid signal.
     *
     */

    const PIO2_HI: f64 = 1.57079632679489655800e+00; /* 0x3FF921FB, 0x54442D18 */
    const PIO2_LO: f64 = 6.12323399573676603587e-17; /* 0x3C91A626, 0x33145C07 */
    /* coefficients for R(x^2) */
    const P_S0: f64 = 1.66666666666666657415e-01; /* 0x3FC55555, 0x55555555 */
    const P_S1: f64 = -3.25565818622400915405e-01; /* 0xBFD4D612, 0x03EB6F7D */
    const P_S2: f64 = 2.01212532134862925881e-01; /* 0x3FC9C155, 0x0E884455 */
    const P_S3: f64 = -4.00555345006794114027e-02; /* 0xBFA48228, 0xB5688F3B */
    const P_S4: f64 = 7.91534994289814532176e-04; /* 0x3F49EFE0, 0x7501B288 */
    const P_S5: f64 = 3.47933107596021167570e-05; /* 0x3F023DE1, 0x0DFDF709 */
    const Q_S1: f64 = -2.40339491173441421878e+00; /* 0xC0033A27, 0x1C8A2D4B */
    const Q_S2: f64 = 2.02094576023350569471e+00; /* 0x40002AE5, 0x9C598AC8 */
    const Q_S3: f64 = -6.88283971605453293030e-01; /* 0xBFE6066C, 0x1B8D0159 */
    const Q_S4: f64 = 7.70381505559019352791e-02; /* 0x3FB3B8C5, 0xB12E9282 */

    fn comp_r(z: f64) -> f64 {
        let p = z * (P_S0 + z * (P_S1 + z * (P_S2 + z * (P_S3 + z * (P_S4 + z * P_S5)))));
        let q = 1.0 + z * (Q_S1 + z * (Q_S2 + z * (Q_S3 + z * Q_S4)));
        p / q
    }

    /// Arcsine (f64)
    ///
    /// Computes the inverse sine (arc sine) of the argument `x`.
    /// Arguments to asin must be in the range -1 to 1.
    /// Returns values in radians, in the range of -pi/2 to pi/2.
    pub fn asin(mut x: f64) -> f64 {
        let z: f64;
        let r: f64;
        let s: f64;
        let hx: u32;
        let ix: u32;

        hx = get_high_word(x);
        ix = hx & 0x7fffffff;
        /* |x| >= 1 or nan */
        if ix >= 0x3ff00000 {
            let lx: u32;
            lx = get_low_word(x);
            if ((ix - 0x3ff00000) | lx) == 0 {
                /* asin(1) = +-pi/2 with inexact */
                return x * PIO2_HI + f64::from_bits(0x3870000000000000);
            } else {
                return 0.0 / (x - x);
            }
        }
        /* |x| < 0.5 */
        if ix < 0x3fe00000 {
            /* if 0x1p-1022 <= |x| < 0x1p-26, avoid raising underflow */
            if (0x00100000..0x3e500000).contains(&ix) {
                return x;
            } else {
                return x + x * comp_r(x * x);
            }
        }
        /* 1 > |x| >= 0.5 */
        z = (1.0 - fabs(x)) * 0.5;
        s = sqrt(z);
        r = comp_r(z);
        if ix >= 0x3fef3333 {
            /* if |x| > 0.975 */
            x = PIO2_HI - (2. * (s + s * r) - PIO2_LO);
        } else {
            let f: f64;
            let c: f64;
            /* f+c = sqrt(z) */
            f = with_set_low_word(s, 0);
            c = (z - f * f) / (s + f);
            x = 0.5 * PIO2_HI - (2.0 * s * r - (PIO2_LO - 2.0 * c) - (0.5 * PIO2_HI - 2.0 * f));
        }
        if hx >> 31 != 0 { -x } else { x }
    }
}
pub use asin_impl::*;

mod acos_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_acos.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunSoft, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */
    /* acos(x)
     * Method :
     *      acos(x)  = pi/2 - asin(x)
     *      acos(-x) = pi/2 + asin(x)
     * For |x|<=0.5
     *      acos(x) = pi/2 - (x + x*x^2*R(x^2))     (see asin.c)
     * For x>0.5
     *      acos(x) = pi/2 - (pi/2 - 2asin(sqrt((1-x)/2)))
     *              = 2asin(sqrt((1-x)/2))
     *              = 2s + 2s*z*R(z)        ...z=(1-x)/2, s=sqrt(z)
     *              = 2f + (2c + 2s*z*R(z))
     *     where f=hi part of s, and c = (z-f*f)/(s+f) is the correction term
     *     for f so that f+c ~ sqrt(z).
     * For x<-0.5
     *      acos(x) = pi - 2asin(sqrt((1-|x|)/2))
     *              = pi - 0.5*(s+s*z*R(z)), where z=(1-|x|)/2,s=sqrt(z)
     *
     * Special cases:
     *      if x is NaN, return x itself;
     *      if |x|>1, return NaN with invalid signal.
     *
     * Function needed: sqrt
     */

    const PIO2_HI: f64 = 1.57079632679489655800e+00; /* 0x3FF921FB, 0x54442D18 */
    const PIO2_LO: f64 = 6.12323399573676603587e-17; /* 0x3C91A626, 0x33145C07 */
    const PS0: f64 = 1.66666666666666657415e-01; /* 0x3FC55555, 0x55555555 */
    const PS1: f64 = -3.25565818622400915405e-01; /* 0xBFD4D612, 0x03EB6F7D */
    const PS2: f64 = 2.01212532134862925881e-01; /* 0x3FC9C155, 0x0E884455 */
    const PS3: f64 = -4.00555345006794114027e-02; /* 0xBFA48228, 0xB5688F3B */
    const PS4: f64 = 7.91534994289814532176e-04; /* 0x3F49EFE0, 0x7501B288 */
    const PS5: f64 = 3.47933107596021167570e-05; /* 0x3F023DE1, 0x0DFDF709 */
    const QS1: f64 = -2.40339491173441421878e+00; /* 0xC0033A27, 0x1C8A2D4B */
    const QS2: f64 = 2.02094576023350569471e+00; /* 0x40002AE5, 0x9C598AC8 */
    const QS3: f64 = -6.88283971605453293030e-01; /* 0xBFE6066C, 0x1B8D0159 */
    const QS4: f64 = 7.70381505559019352791e-02; /* 0x3FB3B8C5, 0xB12E9282 */

    fn r(z: f64) -> f64 {
        let p: f64 = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
        let q: f64 = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
        p / q
    }

    /// Arccosine (f64)
    ///
    /// Computes the inverse cosine (arc cosine) of the input value.
    /// Arguments must be in the range -1 to 1.
    /// Returns values in radians, in the range of 0 to pi.
    pub fn acos(x: f64) -> f64 {
        let x1p_120f = f64::from_bits(0x3870000000000000); // 0x1p-120 === 2 ^ -120
        let z: f64;
        let w: f64;
        let s: f64;
        let c: f64;
        let df: f64;
        let hx: u32;
        let ix: u32;

        hx = (x.to_bits() >> 32) as u32;
        ix = hx & 0x7fffffff;
        /* |x| >= 1 or nan */
        if ix >= 0x3ff00000 {
            let lx: u32 = x.to_bits() as u32;

            if ((ix - 0x3ff00000) | lx) == 0 {
                /* acos(1)=0, acos(-1)=pi */
                if (hx >> 31) != 0 {
                    return 2. * PIO2_HI + x1p_120f;
                }
                return 0.;
            }
            return 0. / (x - x);
        }
        /* |x| < 0.5 */
        if ix < 0x3fe00000 {
            if ix <= 0x3c600000 {
                /* |x| < 2**-57 */
                return PIO2_HI + x1p_120f;
            }
            return PIO2_HI - (x - (PIO2_LO - x * r(x * x)));
        }
        /* x < -0.5 */
        if (hx >> 31) != 0 {
            z = (1.0 + x) * 0.5;
            s = sqrt(z);
            w = r(z) * s - PIO2_LO;
            return 2. * (PIO2_HI - (s + w));
        }
        /* x > 0.5 */
        z = (1.0 - x) * 0.5;
        s = sqrt(z);
        // Set the low 4 bytes to zero
        df = f64::from_bits(s.to_bits() & 0xff_ff_ff_ff_00_00_00_00);

        c = (z - df * df) / (s + df);
        w = r(z) * s + c;
        2. * (df + w)
    }
}
pub use acos_impl::*;

mod atan_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/s_atan.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunPro, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */
    /* atan(x)
     * Method
     *   1. Reduce x to positive by atan(x) = -atan(-x).
     *   2. According to the integer k=4t+0.25 chopped, t=x, the argument
     *      is further reduced to one of the following intervals and the
     *      arctangent of t is evaluated by the corresponding formula:
     *
     *      [0,7/16]      atan(x) = t-t^3*(a1+t^2*(a2+...(a10+t^2*a11)...)
     *      [7/16,11/16]  atan(x) = atan(1/2) + atan( (t-0.5)/(1+t/2) )
     *      [11/16.19/16] atan(x) = atan( 1 ) + atan( (t-1)/(1+t) )
     *      [19/16,39/16] atan(x) = atan(3/2) + atan( (t-1.5)/(1+1.5t) )
     *      [39/16,INF]   atan(x) = atan(INF) + atan( -1/t )
     *
     * Constants:
     * The hexadecimal values are the intended ones for the following
     * constants. The decimal values may be used, provided that the
     * compiler will convert from decimal to binary accurately enough
     * to produce the hexadecimal values shown.
     */

    const ATANHI: [f64; 4] = [
        4.63647609000806093515e-01, /* atan(0.5)hi 0x3FDDAC67, 0x0561BB4F */
        7.85398163397448278999e-01, /* atan(1.0)hi 0x3FE921FB, 0x54442D18 */
        9.82793723247329054082e-01, /* atan(1.5)hi 0x3FEF730B, 0xD281F69B */
        1.57079632679489655800e+00, /* atan(inf)hi 0x3FF921FB, 0x54442D18 */
    ];

    const ATANLO: [f64; 4] = [
        2.26987774529616870924e-17, /* atan(0.5)lo 0x3C7A2B7F, 0x222F65E2 */
        3.06161699786838301793e-17, /* atan(1.0)lo 0x3C81A626, 0x33145C07 */
        1.39033110312309984516e-17, /* atan(1.5)lo 0x3C700788, 0x7AF0CBBD */
        6.12323399573676603587e-17, /* atan(inf)lo 0x3C91A626, 0x33145C07 */
    ];

    const AT: [f64; 11] = [
        3.33333333333329318027e-01,  /* 0x3FD55555, 0x5555550D */
        -1.99999999998764832476e-01, /* 0xBFC99999, 0x9998EBC4 */
        1.42857142725034663711e-01,  /* 0x3FC24924, 0x920083FF */
        -1.11111104054623557880e-01, /* 0xBFBC71C6, 0xFE231671 */
        9.09088713343650656196e-02,  /* 0x3FB745CD, 0xC54C206E */
        -7.69187620504482999495e-02, /* 0xBFB3B0F2, 0xAF749A6D */
        6.66107313738753120669e-02,  /* 0x3FB10D66, 0xA0D03D51 */
        -5.83357013379057348645e-02, /* 0xBFADDE2D, 0x52DEFD9A */
        4.97687799461593236017e-02,  /* 0x3FA97B4B, 0x24760DEB */
        -3.65315727442169155270e-02, /* 0xBFA2B444, 0x2C6A6C2F */
        1.62858201153657823623e-02,  /* 0x3F90AD3A, 0xE322DA11 */
    ];

    /// Arctangent (f64)
    ///
    /// Computes the inverse tangent (arc tangent) of the input value.
    /// Returns a value in radians, in the range of -pi/2 to pi/2.
    pub fn atan(x: f64) -> f64 {
        let mut x = x;
        let mut ix = (x.to_bits() >> 32) as u32;
        let sign = ix >> 31;
        ix &= 0x7fff_ffff;
        if ix >= 0x4410_0000 {
            if x.is_nan() {
                return x;
            }

            let z = ATANHI[3] + f64::from_bits(0x0380_0000); // 0x1p-120f
            return if sign != 0 { -z } else { z };
        }

        let id = if ix < 0x3fdc_0000 {
            /* |x| < 0.4375 */
            if ix < 0x3e40_0000 {
                /* |x| < 2^-27 */
                if ix < 0x0010_0000 {
                    /* raise underflow for subnormal x */
                    force_eval!(x as f32);
                }

                return x;
            }

            -1
        } else {
            x = fabs(x);
            if ix < 0x3ff30000 {
                /* |x| < 1.1875 */
                if ix < 0x3fe60000 {
                    /* 7/16 <= |x| < 11/16 */
                    x = (2. * x - 1.) / (2. + x);
                    0
                } else {
                    /* 11/16 <= |x| < 19/16 */
                    x = (x - 1.) / (x + 1.);
                    1
                }
            } else if ix < 0x40038000 {
                /* |x| < 2.4375 */
                x = (x - 1.5) / (1. + 1.5 * x);
                2
            } else {
                /* 2.4375 <= |x| < 2^66 */
                x = -1. / x;
                3
            }
        };

        let z = x * x;
        let w = z * z;
        /* break sum from i=0 to 10 AT[i]z**(i+1) into odd and even poly */
        let s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        let s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));

        if id < 0 {
            return x - x * (s1 + s2);
        }

        let z = i!(ATANHI, id as usize) - (x * (s1 + s2) - i!(ATANLO, id as usize) - x);

        if sign != 0 { -z } else { z }
    }
}
pub use atan_impl::*;

mod atan2_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_atan2.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunSoft, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     *
     */
    /* atan2(y,x)
     * Method :
     *      1. Reduce y to positive by atan2(y,x)=-atan2(-y,x).
     *      2. Reduce x to positive by (if x and y are unexceptional):
     *              ARG (x+iy) = arctan(y/x)           ... if x > 0,
     *              ARG (x+iy) = pi - arctan[y/(-x)]   ... if x < 0,
     *
     * Special cases:
     *
     *      ATAN2((anything), NaN ) is NaN;
     *      ATAN2(NAN , (anything) ) is NaN;
     *      ATAN2(+-0, +(anything but NaN)) is +-0  ;
     *      ATAN2(+-0, -(anything but NaN)) is +-pi ;
     *      ATAN2(+-(anything but 0 and NaN), 0) is +-pi/2;
     *      ATAN2(+-(anything but INF and NaN), +INF) is +-0 ;
     *      ATAN2(+-(anything but INF and NaN), -INF) is +-pi;
     *      ATAN2(+-INF,+INF ) is +-pi/4 ;
     *      ATAN2(+-INF,-INF ) is +-3pi/4;
     *      ATAN2(+-INF, (anything but,0,NaN, and INF)) is +-pi/2;
     *
     * Constants:
     * The hexadecimal values are the intended ones for the following
     * constants. The decimal values may be used, provided that the
     * compiler will convert from decimal to binary accurately enough
     * to produce the hexadecimal values shown.
     */

    const PI: f64 = 3.1415926535897931160E+00; /* 0x400921FB, 0x54442D18 */
    const PI_LO: f64 = 1.2246467991473531772E-16; /* 0x3CA1A626, 0x33145C07 */

    /// Arctangent of y/x (f64)
    ///
    /// Computes the inverse tangent (arc tangent) of `y/x`.
    /// Produces the correct result even for angles near pi/2 or -pi/2 (that is, when `x` is near 0).
    /// Returns a value in radians, in the range of -pi to pi.
    pub fn atan2(y: f64, x: f64) -> f64 {
        if x.is_nan() || y.is_nan() {
            return x + y;
        }
        let mut ix = (x.to_bits() >> 32) as u32;
        let lx = x.to_bits() as u32;
        let mut iy = (y.to_bits() >> 32) as u32;
        let ly = y.to_bits() as u32;
        if ((ix.wrapping_sub(0x3ff00000)) | lx) == 0 {
            /* x = 1.0 */
            return atan(y);
        }
        let m = ((iy >> 31) & 1) | ((ix >> 30) & 2); /* 2*sign(x)+sign(y) */
        ix &= 0x7fffffff;
        iy &= 0x7fffffff;

        /* when y = 0 */
        if (iy | ly) == 0 {
            return match m {
                0 | 1 => y, /* atan(+-0,+anything)=+-0 */
                2 => PI,    /* atan(+0,-anything) = PI */
                _ => -PI,   /* atan(-0,-anything) =-PI */
            };
        }
        /* when x = 0 */
        if (ix | lx) == 0 {
            return if m & 1 != 0 { -PI / 2.0 } else { PI / 2.0 };
        }
        /* when x is INF */
        if ix == 0x7ff00000 {
            if iy == 0x7ff00000 {
                return match m {
                    0 => PI / 4.0,        /* atan(+INF,+INF) */
                    1 => -PI / 4.0,       /* atan(-INF,+INF) */
                    2 => 3.0 * PI / 4.0,  /* atan(+INF,-INF) */
                    _ => -3.0 * PI / 4.0, /* atan(-INF,-INF) */
                };
            } else {
                return match m {
                    0 => 0.0,  /* atan(+...,+INF) */
                    1 => -0.0, /* atan(-...,+INF) */
                    2 => PI,   /* atan(+...,-INF) */
                    _ => -PI,  /* atan(-...,-INF) */
                };
            }
        }
        /* |y/x| > 0x1p64 */
        if ix.wrapping_add(64 << 20) < iy || iy == 0x7ff00000 {
            return if m & 1 != 0 { -PI / 2.0 } else { PI / 2.0 };
        }

        /* z = atan(|y/x|) without spurious underflow */
        let z = if (m & 2 != 0) && iy.wrapping_add(64 << 20) < ix {
            /* |y/x| < 0x1p-64, x<0 */
            0.0
        } else {
            atan(fabs(y / x))
        };
        match m {
            0 => z,                /* atan(+,+) */
            1 => -z,               /* atan(-,+) */
            2 => PI - (z - PI_LO), /* atan(+,-) */
            _ => (z - PI_LO) - PI, /* atan(-,-) */
        }
    }
}
pub use atan2_impl::*;

mod exp_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_exp.c */
    /*
     * ====================================================
     * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
     *
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */
    /* exp(x)
     * Returns the exponential of x.
     *
     * Method
     *   1. Argument reduction:
     *      Reduce x to an r so that |r| <= 0.5*ln2 ~ 0.34658.
     *      Given x, find r and integer k such that
     *
     *               x = k*ln2 + r,  |r| <= 0.5*ln2.
     *
     *      Here r will be represented as r = hi-lo for better
     *      accuracy.
     *
     *   2. Approximation of exp(r) by a special rational function on
     *      the interval [0,0.34658]:
     *      Write
     *          R(r**2) = r*(exp(r)+1)/(exp(r)-1) = 2 + r*r/6 - r**4/360 + ...
     *      We use a special Remez algorithm on [0,0.34658] to generate
     *      a polynomial of degree 5 to approximate R. The maximum error
     *      of this polynomial approximation is bounded by 2**-59. In
     *      other words,
     *          R(z) ~ 2.0 + P1*z + P2*z**2 + P3*z**3 + P4*z**4 + P5*z**5
     *      (where z=r*r, and the values of P1 to P5 are listed below)
     *      and
     *          |                  5          |     -59
     *          | 2.0+P1*z+...+P5*z   -  R(z) | <= 2
     *          |                             |
     *      The computation of exp(r) thus becomes
     *                              2*r
     *              exp(r) = 1 + ----------
     *                            R(r) - r
     *                                 r*c(r)
     *                     = 1 + r + ----------- (for better accuracy)
     *                                2 - c(r)
     *      where
     *                              2       4             10
     *              c(r) = r - (P1*r  + P2*r  + ... + P5*r   ).
     *
     *   3. Scale back to obtain exp(x):
     *      From step 1, we have
     *         exp(x) = 2^k * exp(r)
     *
     * Special cases:
     *      exp(INF) is INF, exp(NaN) is NaN;
     *      exp(-INF) is 0, and
     *      for finite argument, only exp(0)=1 is exact.
     *
     * Accuracy:
     *      according to an error analysis, the error is always less than
     *      1 ulp (unit in the last place).
     *
     * Misc. info.
     *      For IEEE double
     *          if x >  709.782712893383973096 then exp(x) overflows
     *          if x < -745.133219101941108420 then exp(x) underflows
     */

    const HALF: [f64; 2] = [0.5, -0.5];
    const LN2HI: f64 = 6.93147180369123816490e-01; /* 0x3fe62e42, 0xfee00000 */
    const LN2LO: f64 = 1.90821492927058770002e-10; /* 0x3dea39ef, 0x35793c76 */
    const INVLN2: f64 = 1.44269504088896338700e+00; /* 0x3ff71547, 0x652b82fe */
    const P1: f64 = 1.66666666666666019037e-01; /* 0x3FC55555, 0x5555553E */
    const P2: f64 = -2.77777777770155933842e-03; /* 0xBF66C16C, 0x16BEBD93 */
    const P3: f64 = 6.61375632143793436117e-05; /* 0x3F11566A, 0xAF25DE2C */
    const P4: f64 = -1.65339022054652515390e-06; /* 0xBEBBBD41, 0xC5D26BF1 */
    const P5: f64 = 4.13813679705723846039e-08; /* 0x3E663769, 0x72BEA4D0 */

    /// Exponential, base *e* (f64)
    ///
    /// Calculate the exponential of `x`, that is, *e* raised to the power `x`
    /// (where *e* is the base of the natural system of logarithms, approximately 2.71828).
    pub fn exp(mut x: f64) -> f64 {
        // V8 returns Math.E exactly for exp(1).
        if x == 1.0 {
            return core::f64::consts::E;
        }

        let x1p1023 = f64::from_bits(0x7fe0000000000000); // 0x1p1023 === 2 ^ 1023
        let x1p_149 = f64::from_bits(0x36a0000000000000); // 0x1p-149 === 2 ^ -149

        let hi: f64;
        let lo: f64;
        let c: f64;
        let xx: f64;
        let y: f64;
        let k: i32;
        let sign: i32;
        let mut hx: u32;

        hx = (x.to_bits() >> 32) as u32;
        sign = (hx >> 31) as i32;
        hx &= 0x7fffffff; /* high word of |x| */

        /* special cases */
        if hx >= 0x4086232b {
            /* if |x| >= 708.39... */
            if x.is_nan() {
                return x;
            }
            if x > 709.782712893383973096 {
                /* overflow if x!=inf */
                x *= x1p1023;
                return x;
            }
            if x < -708.39641853226410622 {
                /* underflow if x!=-inf */
                force_eval!((-x1p_149 / x) as f32);
                if x < -745.13321910194110842 {
                    return 0.;
                }
            }
        }

        /* argument reduction */
        if hx > 0x3fd62e42 {
            /* if |x| > 0.5 ln2 */
            if hx >= 0x3ff0a2b2 {
                /* if |x| >= 1.5 ln2 */
                k = (INVLN2 * x + i!(HALF, sign as usize)) as i32;
            } else {
                k = 1 - sign - sign;
            }
            hi = x - k as f64 * LN2HI; /* k*ln2hi is exact here */
            lo = k as f64 * LN2LO;
            x = hi - lo;
        } else if hx > 0x3e300000 {
            /* if |x| > 2**-28 */
            k = 0;
            hi = x;
            lo = 0.;
        } else {
            /* inexact if x!=0 */
            force_eval!(x1p1023 + x);
            return 1. + x;
        }

        /* x is now in primary range */
        xx = x * x;
        c = x - xx * (P1 + xx * (P2 + xx * (P3 + xx * (P4 + xx * P5))));
        y = 1. + (x * c / (2. - c) - lo + hi);
        if k == 0 { y } else { scalbn(y, k) }
    }
}
pub use exp_impl::*;

mod expm1_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/s_expm1.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunPro, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */

    const O_THRESHOLD: f64 = 7.09782712893383973096e+02; /* 0x40862E42, 0xFEFA39EF */
    const LN2_HI: f64 = 6.93147180369123816490e-01; /* 0x3fe62e42, 0xfee00000 */
    const LN2_LO: f64 = 1.90821492927058770002e-10; /* 0x3dea39ef, 0x35793c76 */
    const INVLN2: f64 = 1.44269504088896338700e+00; /* 0x3ff71547, 0x652b82fe */
    /* Scaled Q's: Qn_here = 2**n * Qn_above, for R(2*z) where z = hxs = x*x/2: */
    const Q1: f64 = -3.33333333333331316428e-02; /* BFA11111 111110F4 */
    const Q2: f64 = 1.58730158725481460165e-03; /* 3F5A01A0 19FE5585 */
    const Q3: f64 = -7.93650757867487942473e-05; /* BF14CE19 9EAADBB7 */
    const Q4: f64 = 4.00821782732936239552e-06; /* 3ED0CFCA 86E65239 */
    const Q5: f64 = -2.01099218183624371326e-07; /* BE8AFDB7 6E09C32D */

    /// Exponential, base *e*, of x-1 (f64)
    ///
    /// Calculates the exponential of `x` and subtract 1, that is, *e* raised
    /// to the power `x` minus 1 (where *e* is the base of the natural
    /// system of logarithms, approximately 2.71828).
    /// The result is accurate even for small values of `x`,
    /// where using `exp(x)-1` would lose many significant digits.
    pub fn expm1(mut x: f64) -> f64 {
        let hi: f64;
        let lo: f64;
        let k: i32;
        let c: f64;
        let mut t: f64;
        let mut y: f64;

        let mut ui = x.to_bits();
        let hx = ((ui >> 32) & 0x7fffffff) as u32;
        let sign = (ui >> 63) as i32;

        /* filter out huge and non-finite argument */
        if hx >= 0x4043687A {
            /* if |x|>=56*ln2 */
            if x.is_nan() {
                return x;
            }
            if sign != 0 {
                return -1.0;
            }
            if x > O_THRESHOLD {
                x *= f64::from_bits(0x7fe0000000000000);
                return x;
            }
        }

        /* argument reduction */
        if hx > 0x3fd62e42 {
            /* if  |x| > 0.5 ln2 */
            if hx < 0x3FF0A2B2 {
                /* and |x| < 1.5 ln2 */
                if sign == 0 {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (INVLN2 * x + if sign != 0 { -0.5 } else { 0.5 }) as i32;
                t = k as f64;
                hi = x - t * LN2_HI; /* t*ln2_hi is exact here */
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if hx < 0x3c900000 {
            /* |x| < 2**-54, return x */
            if hx < 0x00100000 {
                force_eval!(x);
            }
            return x;
        } else {
            c = 0.0;
            k = 0;
        }

        /* x is now in primary range */
        let hfx = 0.5 * x;
        let hxs = x * hfx;
        let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        t = 3.0 - r1 * hfx;
        let mut e = hxs * ((r1 - t) / (6.0 - x * t));
        if k == 0 {
            /* c is 0 */
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        /* exp(x) ~ 2^k (x_reduced - e + 1) */
        if k == -1 {
            return 0.5 * (x - e) - 0.5;
        }
        if k == 1 {
            if x < -0.25 {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        ui = ((0x3ff + k) as u64) << 52; /* 2^k */
        let twopk = f64::from_bits(ui);
        if !(0..=56).contains(&k) {
            /* suffice to return exp(x)-1 */
            y = x - e + 1.0;
            if k == 1024 {
                y = y * 2.0 * f64::from_bits(0x7fe0000000000000);
            } else {
                y = y * twopk;
            }
            return y - 1.0;
        }
        ui = ((0x3ff - k) as u64) << 52; /* 2^-k */
        let uf = f64::from_bits(ui);
        if k < 20 {
            y = (x - e + (1.0 - uf)) * twopk;
        } else {
            y = (x - (e + uf) + 1.0) * twopk;
        }
        y
    }
}
pub use expm1_impl::*;

mod log2_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_log2.c */
    /*
     * ====================================================
     * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
     *
     * Developed at SunSoft, a Sun Microsystems, Inc. business.
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */
    /*
     * Return the base 2 logarithm of x.  See log.c for most comments.
     *
     * Reduce x to 2^k (1+f) and calculate r = log(1+f) - f + f*f/2
     * as in log.c, then combine and scale in extra precision:
     *    log2(x) = (f - f*f/2 + r)/log(2) + k
     */

    const IVLN2HI: f64 = 1.44269504072144627571e+00; /* 0x3ff71547, 0x65200000 */
    const IVLN2LO: f64 = 1.67517131648865118353e-10; /* 0x3de705fc, 0x2eefa200 */
    const LG1: f64 = 6.666666666666735130e-01; /* 3FE55555 55555593 */
    const LG2: f64 = 3.999999999940941908e-01; /* 3FD99999 9997FA04 */
    const LG3: f64 = 2.857142874366239149e-01; /* 3FD24924 94229359 */
    const LG4: f64 = 2.222219843214978396e-01; /* 3FCC71C5 1D8E78AF */
    const LG5: f64 = 1.818357216161805012e-01; /* 3FC74664 96CB03DE */
    const LG6: f64 = 1.531383769920937332e-01; /* 3FC39A09 D078C69F */
    const LG7: f64 = 1.479819860511658591e-01; /* 3FC2F112 DF3E5244 */

    /// The base 2 logarithm of `x` (f64).
    pub fn log2(mut x: f64) -> f64 {
        let x1p54 = f64::from_bits(0x4350000000000000); // 0x1p54 === 2 ^ 54

        let mut ui: u64 = x.to_bits();
        let hfsq: f64;
        let f: f64;
        let s: f64;
        let z: f64;
        let r: f64;
        let mut w: f64;
        let t1: f64;
        let t2: f64;
        let y: f64;
        let mut hi: f64;
        let lo: f64;
        let mut val_hi: f64;
        let mut val_lo: f64;
        let mut hx: u32;
        let mut k: i32;

        hx = (ui >> 32) as u32;
        k = 0;
        if hx < 0x00100000 || (hx >> 31) > 0 {
            if ui << 1 == 0 {
                return -1. / (x * x); /* log(+-0)=-inf */
            }
            if (hx >> 31) > 0 {
                return (x - x) / 0.0; /* log(-#) = NaN */
            }
            /* subnormal number, scale x up */
            k -= 54;
            x *= x1p54;
            ui = x.to_bits();
            hx = (ui >> 32) as u32;
        } else if hx >= 0x7ff00000 {
            return x;
        } else if hx == 0x3ff00000 && ui << 32 == 0 {
            return 0.;
        }

        /* reduce x into [sqrt(2)/2, sqrt(2)] */
        hx += 0x3ff00000 - 0x3fe6a09e;
        k += (hx >> 20) as i32 - 0x3ff;
        hx = (hx & 0x000fffff) + 0x3fe6a09e;
        ui = ((hx as u64) << 32) | (ui & 0xffffffff);
        x = f64::from_bits(ui);

        f = x - 1.0;
        hfsq = 0.5 * f * f;
        s = f / (2.0 + f);
        z = s * s;
        w = z * z;
        t1 = w * (LG2 + w * (LG4 + w * LG6));
        t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        r = t2 + t1;

        /* hi+lo = f - hfsq + s*(hfsq+R) ~ log(1+f) */
        hi = f - hfsq;
        ui = hi.to_bits();
        ui &= (-1i64 as u64) << 32;
        hi = f64::from_bits(ui);
        lo = f - hi - hfsq + s * (hfsq + r);

        val_hi = hi * IVLN2HI;
        val_lo = (lo + hi) * IVLN2LO + lo * IVLN2HI;

        /* spadd(val_hi, val_lo, y), except for not using double_t: */
        y = k.into();
        w = y + val_hi;
        val_lo += (y - w) + val_hi;
        val_hi = w;

        val_lo + val_hi
    }
}
pub use log2_impl::*;

mod pow_impl {
    #![allow(
        clippy::all,
        unused_assignments,
        unused_mut,
        unused_parens,
        unused_imports,
        dead_code
    )]
    use super::*;
    /* origin: FreeBSD /usr/src/lib/msun/src/e_pow.c */
    /*
     * ====================================================
     * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
     *
     * Permission to use, copy, modify, and distribute this
     * software is freely granted, provided that this notice
     * is preserved.
     * ====================================================
     */

    // pow(x,y) return x**y
    //
    //                    n
    // Method:  Let x =  2   * (1+f)
    //      1. Compute and return log2(x) in two pieces:
    //              log2(x) = w1 + w2,
    //         where w1 has 53-24 = 29 bit trailing zeros.
    //      2. Perform y*log2(x) = n+y' by simulating multi-precision
    //         arithmetic, where |y'|<=0.5.
    //      3. Return x**y = 2**n*exp(y'*log2)
    //
    // Special cases:
    //      1.  (anything) ** 0  is 1
    //      2.  1 ** (anything)  is 1
    //      3.  (anything except 1) ** NAN is NAN
    //      4.  NAN ** (anything except 0) is NAN
    //      5.  +-(|x| > 1) **  +INF is +INF
    //      6.  +-(|x| > 1) **  -INF is +0
    //      7.  +-(|x| < 1) **  +INF is +0
    //      8.  +-(|x| < 1) **  -INF is +INF
    //      9.  -1          ** +-INF is 1
    //      10. +0 ** (+anything except 0, NAN)               is +0
    //      11. -0 ** (+anything except 0, NAN, odd integer)  is +0
    //      12. +0 ** (-anything except 0, NAN)               is +INF, raise divbyzero
    //      13. -0 ** (-anything except 0, NAN, odd integer)  is +INF, raise divbyzero
    //      14. -0 ** (+odd integer) is -0
    //      15. -0 ** (-odd integer) is -INF, raise divbyzero
    //      16. +INF ** (+anything except 0,NAN) is +INF
    //      17. +INF ** (-anything except 0,NAN) is +0
    //      18. -INF ** (+odd integer) is -INF
    //      19. -INF ** (anything) = -0 ** (-anything), (anything except odd integer)
    //      20. (anything) ** 1 is (anything)
    //      21. (anything) ** -1 is 1/(anything)
    //      22. (-anything) ** (integer) is (-1)**(integer)*(+anything**integer)
    //      23. (-anything except 0 and inf) ** (non-integer) is NAN
    //
    // Accuracy:
    //      pow(x,y) returns x**y nearly rounded. In particular
    //                      pow(integer,integer)
    //      always returns the correct integer provided it is
    //      representable.
    //
    // Constants :
    // The hexadecimal values are the intended ones for the following
    // constants. The decimal values may be used, provided that the
    // compiler will convert from decimal to binary accurately enough
    // to produce the hexadecimal values shown.
    //

    const BP: [f64; 2] = [1.0, 1.5];
    const DP_H: [f64; 2] = [0.0, 5.84962487220764160156e-01]; /* 0x3fe2b803_40000000 */
    const DP_L: [f64; 2] = [0.0, 1.35003920212974897128e-08]; /* 0x3E4CFDEB, 0x43CFD006 */
    const TWO53: f64 = 9007199254740992.0; /* 0x43400000_00000000 */
    const HUGE: f64 = 1.0e300;
    const TINY: f64 = 1.0e-300;

    // poly coefs for (3/2)*(log(x)-2s-2/3*s**3:
    const L1: f64 = 5.99999999999994648725e-01; /* 0x3fe33333_33333303 */
    const L2: f64 = 4.28571428578550184252e-01; /* 0x3fdb6db6_db6fabff */
    const L3: f64 = 3.33333329818377432918e-01; /* 0x3fd55555_518f264d */
    const L4: f64 = 2.72728123808534006489e-01; /* 0x3fd17460_a91d4101 */
    const L5: f64 = 2.30660745775561754067e-01; /* 0x3fcd864a_93c9db65 */
    const L6: f64 = 2.06975017800338417784e-01; /* 0x3fca7e28_4a454eef */
    const P1: f64 = 1.66666666666666019037e-01; /* 0x3fc55555_5555553e */
    const P2: f64 = -2.77777777770155933842e-03; /* 0xbf66c16c_16bebd93 */
    const P3: f64 = 6.61375632143793436117e-05; /* 0x3f11566a_af25de2c */
    const P4: f64 = -1.65339022054652515390e-06; /* 0xbebbbd41_c5d26bf1 */
    const P5: f64 = 4.13813679705723846039e-08; /* 0x3e663769_72bea4d0 */
    const LG2: f64 = 6.93147180559945286227e-01; /* 0x3fe62e42_fefa39ef */
    const LG2_H: f64 = 6.93147182464599609375e-01; /* 0x3fe62e43_00000000 */
    const LG2_L: f64 = -1.90465429995776804525e-09; /* 0xbe205c61_0ca86c39 */
    const OVT: f64 = 8.0085662595372944372e-017; /* -(1024-log2(ovfl+.5ulp)) */
    const CP: f64 = 9.61796693925975554329e-01; /* 0x3feec709_dc3a03fd =2/(3ln2) */
    const CP_H: f64 = 9.61796700954437255859e-01; /* 0x3feec709_e0000000 =(float)cp */
    const CP_L: f64 = -7.02846165095275826516e-09; /* 0xbe3e2fe0_145b01f5 =tail of cp_h*/
    const IVLN2: f64 = 1.44269504088896338700e+00; /* 0x3ff71547_652b82fe =1/ln2 */
    const IVLN2_H: f64 = 1.44269502162933349609e+00; /* 0x3ff71547_60000000 =24b 1/ln2*/
    const IVLN2_L: f64 = 1.92596299112661746887e-08; /* 0x3e54ae0b_f85ddf44 =1/ln2 tail*/

    /// Returns `x` to the power of `y` (f64).
    pub fn pow(x: f64, y: f64) -> f64 {
        let t1: f64;
        let t2: f64;

        let (hx, lx): (i32, u32) = ((x.to_bits() >> 32) as i32, x.to_bits() as u32);
        let (hy, ly): (i32, u32) = ((y.to_bits() >> 32) as i32, y.to_bits() as u32);

        let mut ix: i32 = hx & 0x7fffffff_i32;
        let iy: i32 = hy & 0x7fffffff_i32;

        /* x**0 = 1, even if x is NaN */
        if ((iy as u32) | ly) == 0 {
            return 1.0;
        }

        /* 1**y = 1, even if y is NaN */
        if hx == 0x3ff00000 && lx == 0 {
            return 1.0;
        }

        /* NaN if either arg is NaN */
        if ix > 0x7ff00000
            || (ix == 0x7ff00000 && lx != 0)
            || iy > 0x7ff00000
            || (iy == 0x7ff00000 && ly != 0)
        {
            return x + y;
        }

        /* determine if y is an odd int when x < 0
         * yisint = 0       ... y is not an integer
         * yisint = 1       ... y is an odd int
         * yisint = 2       ... y is an even int
         */
        let mut yisint: i32 = 0;
        let mut k: i32;
        let mut j: i32;
        if hx < 0 {
            if iy >= 0x43400000 {
                yisint = 2; /* even integer y */
            } else if iy >= 0x3ff00000 {
                k = (iy >> 20) - 0x3ff; /* exponent */

                if k > 20 {
                    j = (ly >> (52 - k)) as i32;

                    if (j << (52 - k)) == (ly as i32) {
                        yisint = 2 - (j & 1);
                    }
                } else if ly == 0 {
                    j = iy >> (20 - k);

                    if (j << (20 - k)) == iy {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }

        if ly == 0 {
            /* special value of y */
            if iy == 0x7ff00000 {
                /* y is +-inf */

                return if ((ix - 0x3ff00000) | (lx as i32)) == 0 {
                    /* (-1)**+-inf is 1 */
                    1.0
                } else if ix >= 0x3ff00000 {
                    /* (|x|>1)**+-inf = inf,0 */
                    if hy >= 0 { y } else { 0.0 }
                } else {
                    /* (|x|<1)**+-inf = 0,inf */
                    if hy >= 0 { 0.0 } else { -y }
                };
            }

            if iy == 0x3ff00000 {
                /* y is +-1 */
                return if hy >= 0 { x } else { 1.0 / x };
            }

            if hy == 0x40000000 {
                /* y is 2 */
                return x * x;
            }

            if hy == 0x3fe00000 {
                /* y is 0.5 */
                if hx >= 0 {
                    /* x >= +0 */
                    return sqrt(x);
                }
            }
        }

        let mut ax: f64 = fabs(x);
        if lx == 0 {
            /* special value of x */
            if ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000 {
                /* x is +-0,+-inf,+-1 */
                let mut z: f64 = ax;

                if hy < 0 {
                    /* z = (1/|x|) */
                    z = 1.0 / z;
                }

                if hx < 0 {
                    if ((ix - 0x3ff00000) | yisint) == 0 {
                        z = (z - z) / (z - z); /* (-1)**non-int is NaN */
                    } else if yisint == 1 {
                        z = -z; /* (x<0)**odd = -(|x|**odd) */
                    }
                }

                return z;
            }
        }

        let mut s: f64 = 1.0; /* sign of result */
        if hx < 0 {
            if yisint == 0 {
                /* (x<0)**(non-int) is NaN */
                return (x - x) / (x - x);
            }

            if yisint == 1 {
                /* (x<0)**(odd int) */
                s = -1.0;
            }
        }

        /* |y| is HUGE */
        if iy > 0x41e00000 {
            /* if |y| > 2**31 */
            if iy > 0x43f00000 {
                /* if |y| > 2**64, must o/uflow */
                if ix <= 0x3fefffff {
                    return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
                }

                if ix >= 0x3ff00000 {
                    return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
                }
            }

            /* over/underflow if x is not close to one */
            if ix < 0x3fefffff {
                return if hy < 0 {
                    s * HUGE * HUGE
                } else {
                    s * TINY * TINY
                };
            }
            if ix > 0x3ff00000 {
                return if hy > 0 {
                    s * HUGE * HUGE
                } else {
                    s * TINY * TINY
                };
            }

            /* now |1-x| is TINY <= 2**-20, suffice to compute
            log(x) by x-x^2/2+x^3/3-x^4/4 */
            let t: f64 = ax - 1.0; /* t has 20 trailing zeros */
            let w: f64 = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            let u: f64 = IVLN2_H * t; /* ivln2_h has 21 sig. bits */
            let v: f64 = t * IVLN2_L - w * IVLN2;
            t1 = with_set_low_word(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            // double ss,s2,s_h,s_l,t_h,t_l;
            let mut n: i32 = 0;

            if ix < 0x00100000 {
                /* take care subnormal number */
                ax *= TWO53;
                n -= 53;
                ix = get_high_word(ax) as i32;
            }

            n += (ix >> 20) - 0x3ff;
            j = ix & 0x000fffff;

            /* determine interval */
            let k: i32;
            ix = j | 0x3ff00000; /* normalize ix */
            if j <= 0x3988E {
                /* |x|<sqrt(3/2) */
                k = 0;
            } else if j < 0xBB67A {
                /* |x|<sqrt(3)   */
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = with_set_high_word(ax, ix as u32);

            /* compute ss = s_h+s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5) */
            let u: f64 = ax - i!(BP, k as usize); /* bp[0]=1.0, bp[1]=1.5 */
            let v: f64 = 1.0 / (ax + i!(BP, k as usize));
            let ss: f64 = u * v;
            let s_h = with_set_low_word(ss, 0);

            /* t_h=ax+bp[k] High */
            let t_h: f64 = with_set_high_word(
                0.0,
                ((ix as u32 >> 1) | 0x20000000) + 0x00080000 + ((k as u32) << 18),
            );
            let t_l: f64 = ax - (t_h - i!(BP, k as usize));
            let s_l: f64 = v * ((u - s_h * t_h) - s_h * t_l);

            /* compute log(ax) */
            let s2: f64 = ss * ss;
            let mut r: f64 =
                s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += s_l * (s_h + ss);
            let s2: f64 = s_h * s_h;
            let t_h: f64 = with_set_low_word(3.0 + s2 + r, 0);
            let t_l: f64 = r - ((t_h - 3.0) - s2);

            /* u+v = ss*(1+...) */
            let u: f64 = s_h * t_h;
            let v: f64 = s_l * t_h + t_l * ss;

            /* 2/(3log2)*(ss+...) */
            let p_h: f64 = with_set_low_word(u + v, 0);
            let p_l = v - (p_h - u);
            let z_h: f64 = CP_H * p_h; /* cp_h+cp_l = 2/(3*log2) */
            let z_l: f64 = CP_L * p_h + p_l * CP + i!(DP_L, k as usize);

            /* log2(ax) = (ss+..)*2/(3*log2) = n + dp_h + z_h + z_l */
            let t: f64 = n as f64;
            t1 = with_set_low_word(((z_h + z_l) + i!(DP_H, k as usize)) + t, 0);
            t2 = z_l - (((t1 - t) - i!(DP_H, k as usize)) - z_h);
        }

        /* split up y into y1+y2 and compute (y1+y2)*(t1+t2) */
        let y1: f64 = with_set_low_word(y, 0);
        let p_l: f64 = (y - y1) * t1 + y * t2;
        let mut p_h: f64 = y1 * t1;
        let z: f64 = p_l + p_h;
        let mut j: i32 = (z.to_bits() >> 32) as i32;
        let i: i32 = z.to_bits() as i32;
        // let (j, i): (i32, i32) = ((z.to_bits() >> 32) as i32, z.to_bits() as i32);

        if j >= 0x40900000 {
            /* z >= 1024 */
            if (j - 0x40900000) | i != 0 {
                /* if z > 1024 */
                return s * HUGE * HUGE; /* overflow */
            }

            if p_l + OVT > z - p_h {
                return s * HUGE * HUGE; /* overflow */
            }
        } else if (j & 0x7fffffff) >= 0x4090cc00 {
            /* z <= -1075 */
            // FIXME: instead of abs(j) use unsigned j

            if (((j as u32) - 0xc090cc00) | (i as u32)) != 0 {
                /* z < -1075 */
                return s * TINY * TINY; /* underflow */
            }

            if p_l <= z - p_h {
                return s * TINY * TINY; /* underflow */
            }
        }

        /* compute 2**(p_h+p_l) */
        let i: i32 = j & 0x7fffffff_i32;
        k = (i >> 20) - 0x3ff;
        let mut n: i32 = 0;

        if i > 0x3fe00000 {
            /* if |z| > 0.5, set n = [z+0.5] */
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff; /* new k for n */
            let t: f64 = with_set_high_word(0.0, (n & !(0x000fffff >> k)) as u32);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if j < 0 {
                n = -n;
            }
            p_h -= t;
        }

        let t: f64 = with_set_low_word(p_l + p_h, 0);
        let u: f64 = t * LG2_H;
        let v: f64 = (p_l - (t - p_h)) * LG2 + t * LG2_L;
        let mut z: f64 = u + v;
        let w: f64 = v - (z - u);
        let t: f64 = z * z;
        let t1: f64 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        // fdlibm: r = (z*t1)/((t1-two)-(w+z*w)); the whole correction is in
        // the divisor (a port that divides first differs in the last bit).
        let r: f64 = (z * t1) / ((t1 - 2.0) - (w + z * w));
        z = 1.0 - (r - z);
        j = get_high_word(z) as i32;
        j += n << 20;

        if (j >> 20) <= 0 {
            /* subnormal output */
            z = scalbn(z, n);
        } else {
            z = with_set_high_word(z, j as u32);
        }

        s * z
    }
}
pub use pow_impl::*;
