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

/// The page's print stylesheet while the widget prints: everything but the element (and the
/// elements around it, flattened) is left out, so the printed document is the widget's own.
/// A constructed stylesheet, which a strict CSP (style-src 'self') allows.
const PRINT_ALONE: &str = "@media print{\
body *:not(:has([data-kzwp-printing])):not([data-kzwp-printing]):not([data-kzwp-printing] *){display:none!important}\
html,body,body :has([data-kzwp-printing]){display:block!important;margin:0!important;padding:0!important;border:0!important;\
background:none!important;box-shadow:none!important;max-width:none!important;width:auto!important;min-height:0!important;\
position:static!important;columns:auto!important;overflow:visible!important}\
[data-kzwp-printing]{display:block!important;margin:0!important;max-width:none!important}}";

/// Prints the widget alone: marks `host`, adds [`PRINT_ALONE`] to the document, gives the
/// document `title` (a saved PDF's name and title), opens the print dialog, and takes all three
/// back when the browser has printed (`afterprint`).
pub fn print_alone(document: &Document, host: &HtmlElement, title: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(PRINT_ALONE).is_err() {
        return;
    }
    let key = JsValue::from_str("adoptedStyleSheets");
    let Ok(sheets) = js_sys::Reflect::get(document, &key) else { return };
    let sheets: js_sys::Array = sheets.unchecked_into();
    // A copy with the sheet added: the array is replaced whole, as the page may hold it frozen.
    let with_sheet = sheets.slice(0, sheets.length());
    with_sheet.push(&sheet);
    if js_sys::Reflect::set(document, &key, &with_sheet).is_err() {
        return;
    }
    let _ = host.set_attribute("data-kzwp-printing", "");
    let page_title = document.title();
    document.set_title(title);
    let (document, host, target, sheet) = (document.clone(), host.clone(), window.clone(), JsValue::from(sheet));
    let done = Closure::once_into_js(move || {
        let key = JsValue::from_str("adoptedStyleSheets");
        if let Ok(sheets) = js_sys::Reflect::get(&document, &key) {
            let sheets: js_sys::Array = sheets.unchecked_into();
            let kept = sheets.filter(&mut |item, _, _| item != sheet);
            let _ = js_sys::Reflect::set(&document, &key, &kept);
        }
        let _ = host.remove_attribute("data-kzwp-printing");
        document.set_title(&page_title);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options("afterprint", done.unchecked_ref(), &options);
    let _ = window.print();
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
