//! # kz-work-permit
//!
//! Whether a Kazakh employer can hire the foreign worker it wants, and what it must do by when:
//! the permit rules of Order No. 279 (as amended by Order No. 93 from 1 September 2025) as data,
//! the Kazakh working-day calendar, and the assessment that combines them.
//!
//! The rules core ([`calendar`], [`rules`], [`assess`], [`text`]) has no WebAssembly, DOM or I/O
//! dependency; [`clock`] is the one place that reads the time, and the `web` module (compiled for
//! `wasm32` only) is the one place that knows JavaScript values and the DOM.

pub mod assess;
pub mod calendar;
pub mod clock;
pub mod ics;
pub mod lenient;
pub mod rules;
pub mod text;

pub use assess::{assess, assess_json, assess_with, Assessment, Input, InputError, InputErrors};

pub mod web;

/// The name of an enum value on the wire: its serde name, so every name has one source (the
/// enum's `rename_all`), whether it is written to JSON, a JavaScript value, an HTML id or a
/// calendar UID.
///
/// ```
/// use kz_work_permit::{assess::DeadlineId, wire_name};
/// assert_eq!(wire_name(&DeadlineId::ReviewDue), "reviewDue");
/// ```
pub fn wire_name<T: WireName>(value: &T) -> &'static str {
    value.wire_name()
}

/// An enum without data whose wire names build.rs generates from its variants and its
/// `rename_all` (`WIRE_ENUMS` in build/source.rs lists them; `tests/words.rs` checks the names are
/// serde's). A `match` returning `&'static str` compiles to a lookup table, where serde's derived
/// serialiser of such an enum is a call per variant: a few KB of the element (docs/size.md).
pub trait WireName: Copy + 'static {
    /// Every variant, in their order.
    const ALL: &'static [Self];
    /// The variant's wire name.
    fn wire_name(self) -> &'static str;
}

/// Includes the generated [`WireName`] of an enum listed in `WIRE_ENUMS` (build/source.rs) and
/// gives it a `Serialize` that writes that name: `crate::wire_names!(PlanStepId);` beside the enum,
/// which keeps `rename_all` (for tsify's TypeScript, and for serde's `Deserialize` where it has one)
/// but derives no `Serialize`.
macro_rules! wire_names {
    ($name:ident) => {
        include!(concat!(env!("OUT_DIR"), "/wire_", stringify!($name), ".rs"));

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                // As serde's derive writes a unit variant: serde_json writes the name as a string,
                // and serde-wasm-bindgen converts it to a JavaScript string once and keeps it (the
                // JS API's build), where `serialize_str` would convert it on every call. Neither
                // reads the variant's index, so it is given as 0.
                serializer.serialize_unit_variant(stringify!($name), 0, $crate::WireName::wire_name(*self))
            }
        }
    };
}
pub(crate) use wire_names;

/// Sorts `items` by `key`, stably, like `sort_by_key`, with std's sort compiled once for the
/// whole crate: sorted directly, each element type costs about 4 KB of wasm in the element
/// (docs/size.md). The positions are sorted, their keys compared through a `dyn` closure.
///
/// ```
/// let mut words = vec!["ccc", "a", "bb", "d"];
/// kz_work_permit::sort_by_key(&mut words, |word| word.len());
/// assert_eq!(words, ["a", "d", "bb", "ccc"]);
/// ```
pub fn sort_by_key<T: Copy, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    *items = order.into_iter().map(|position| items[position]).collect();
}

/// The positions `0..len` in the order `compare` gives them, equal ones in their own order: ties
/// are broken by the position, so the order is total and std's unstable sort (455 B of brotli
/// smaller in the element than its stable one) gives the stable result.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|a, b| compare(*a, *b).then(a.cmp(b)));
    order
}
