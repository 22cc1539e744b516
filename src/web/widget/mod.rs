//! The `<kz-work-permit>` widget: Rust renders the journey into the element's shadow root and
//! handles its events; `src/web/element.js` (served minified as `www/kz-work-permit.js`) only
//! defines the element and forwards attributes.
//!
//! The parts, as in wasm-bindgen's TodoMVC example:
//! - `state`: the answers, the step, the errors and the assessment; the URL fragment and history.
//! - `view`: the state drawn into the shadow root (with `form` for the question steps and the
//!   summary, `result` for the result screen), the stylesheet, the focus.
//! - `controller`: what a click, a submission or typing does to the state, then a render.
//! - `answers`: the answers as the form holds them, to the engine's input and the URL fragment.
//! - `takeaway`: the `.ics` file and the plain-text summary; `browser`: download, clipboard, print.
//!
//! - `page`: the page around the steps (header, language buttons, error summary, privacy line),
//!   and the first step as the element shows it before the WebAssembly has arrived.
//! - `class`: the JavaScript class the element creates.
//!
//! `answers`, `form` and `page` are plain Rust and compile natively too: the build renders the
//! first step with them ahead of time (examples/prerender.rs), so the element can paint it while
//! the wasm downloads, from the same code that renders it afterwards.

mod answers;
// Natively only the question steps are drawn (the summary is the result's, wasm32-only).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod form;
pub mod page;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod class;
#[cfg(target_arch = "wasm32")]
mod controller;
#[cfg(target_arch = "wasm32")]
mod result;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
pub mod takeaway;
#[cfg(target_arch = "wasm32")]
mod view;

pub use answers::{Answers, Step, FRAGMENT_MARK};
#[cfg(target_arch = "wasm32")]
pub use class::Widget;

