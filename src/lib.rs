//! # kz-work-permit
//!
//! Whether a Kazakh employer can hire the foreign worker it wants, and what it must do by when:
//! the permit rules of Order No. 279 (as amended by Order No. 93 from 1 September 2025) as data,
//! the Kazakh working-day calendar, and the assessment that combines them.
//!
//! The rules core ([`calendar`], [`rules`], [`assess`], [`text`]) has no WebAssembly, DOM or I/O
//! dependency; [`clock`] is the one place that reads the time, and the `web` module (compiled for
//! `wasm32` only) is the one place that knows JavaScript values and the DOM.

// Without the `std` feature (the element's builds) the crate uses `core` and `alloc` only; see
// `web::panic` (the panic handler) and docs/size.md for why.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
// Natively the standard library is always there (the clock and the calendar's `OnceLock` use it).
#[cfg(all(not(feature = "std"), not(target_arch = "wasm32")))]
extern crate std;

/// What the standard library's prelude would give every module, for the `no_std` build, except
/// `format!`: without it in scope, a `format!` added to the element's code fails its `no_std`
/// build instead of bringing back the formatting machinery (use `text::concat` and `Decimal`).
/// The full build's few uses write `alloc::format!`.
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

pub mod assess;
pub mod calendar;
pub mod clock;
pub mod ics;
pub mod json;
pub mod rules;
pub mod text;

pub use assess::{assess, assess_json, assess_with, Assessment, Input, InputError, InputErrors};

#[cfg(target_arch = "wasm32")]
pub mod web;

/// A stable insertion sort for the few short lists the crate sorts. The standard library's sort is
/// about 4 KB of WebAssembly per element type; these lists hold at most a few hundred items.
pub(crate) fn small_sort_by_key<T, K: PartialOrd>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
