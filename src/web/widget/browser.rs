//! The browser's chores the takeaway buttons need: a file to download, the clipboard, printing,
//! the page's address and the time, and the page's language. None of them knows the widget.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::text::Language;

/// The language to start in: the element's `lang`, else the page's, else Russian.
pub fn language_of(host: &HtmlElement) -> Language {
    let own = host.get_attribute("lang");
    let page = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    own.or(page).and_then(|tag| Language::parse(&tag)).unwrap_or(Language::Ru)
}

/// The page's address, fragment included (so a copied link opens the same answers).
pub fn current_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The current time in UTC, for the calendar file's time stamp.
pub fn now() -> chrono::NaiveDateTime {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).map(|t| t.naive_utc()).unwrap_or_default()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `text` as a file named `name` of type `mime`, made in the page (nothing is uploaded):
/// a link to an object URL, clicked and then released.
pub fn download(document: &Document, name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked (the clipboard
/// answers later, and may refuse).
pub fn copy(text: &str, done: impl Fn(bool) + Clone + 'static) {
    let Some(window) = web_sys::window() else { return };
    let promise = window.navigator().clipboard().write_text(text);
    let failed = done.clone();
    let copied = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| done(true));
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| failed(false));
    let _ = promise.then2(&copied, &refused);
    // Each runs at most once, when the clipboard answers; they are small and must outlive this call.
    copied.forget();
    refused.forget();
}
