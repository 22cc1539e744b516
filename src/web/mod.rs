//! The web layer: the JavaScript API and the `<kz-work-permit>` widget. This is the only module
//! that knows wasm-bindgen, JavaScript values and the DOM; it calls the rules core and renders
//! what the core decides.
//!
//! Natively only the pure HTML parts compile (the writer, the interface's words, the question
//! steps and the page around them), so that the build can render the widget's first step ahead
//! of time (`cargo run --example prerender`); everything that touches JavaScript is wasm32-only.

#[cfg(all(target_arch = "wasm32", not(feature = "embed")))]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod bridge;
pub mod html;
pub mod ui_text;
pub mod widget;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

// SAFETY: WebAssembly here has one thread, which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Runs when the module is instantiated: a panic (which the engine is built never to raise) is
/// reported on the console with its message instead of failing silently.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("kz-work-permit: internal error: {info}")));
    }));
}
