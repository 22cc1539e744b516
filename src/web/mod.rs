//! The web layer: the JavaScript API and the `<kz-work-permit>` widget. This is the only module
//! that knows wasm-bindgen, JavaScript values and the DOM; it calls the rules core and renders
//! what the core decides.

#[cfg(not(feature = "embed"))]
pub mod api;
pub mod bridge;
pub mod html;
pub mod ui_text;
pub mod widget;

use wasm_bindgen::prelude::*;

// SAFETY: WebAssembly here has one thread, which is what `AssumeSingleThreaded` requires.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Runs when the module is instantiated: in the full build, a panic (which the engine is built
/// never to raise) is reported on the console with its message instead of failing silently.
#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "std")]
    std::panic::set_hook(std::boxed::Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&std::format!("kz-work-permit: internal error: {info}")));
    }));
}

/// The panic handler of the element's `no_std` builds: it names the file and line on the console
/// and stops. It does not format the message: that would bring back the formatting machinery the
/// `no_std` build leaves out (about 2 KB brotli with the standard library's panic code).
#[cfg(not(feature = "std"))]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let (file, line) = info.location().map_or(("", 0), |place| (place.file(), place.line()));
    web_sys::console::error_3(&JsValue::from_str("kz-work-permit: internal error at"), &JsValue::from_str(file), &JsValue::from(line));
    core::arch::wasm32::unreachable()
}
