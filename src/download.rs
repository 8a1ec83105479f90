//! Saving text the page made (a citation, an export) as a file the reader downloads.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long the file's temporary address lives: enough for the download to start.
const ADDRESS_LIFETIME: std::time::Duration = std::time::Duration::from_secs(10);

/// Offers `text` as a download named `file_name`, of type `media_type`.
pub fn download(file_name: &str, media_type: &str, text: &str) {
    if let Err(error) = try_download(file_name, media_type, text) {
        leptos::logging::error!("The explorer could not save {file_name}: {error:?}");
    }
}

fn try_download(file_name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options)?;
    let address = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&address);
    link.set_download(file_name);
    link.click();
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&address);
        },
        ADDRESS_LIFETIME,
    );
    Ok(())
}
