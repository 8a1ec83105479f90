//! The app taking over the page from what `index.html` showed while the
//! wasm downloaded: the first view the build rendered (`#prerendered`), or
//! a loading message for any other link (`#loading`). The app mounts beside
//! them and they go in the same task, so nothing is painted in between;
//! what the reader typed or ticked in the first view before then (the
//! search, a filter, the sort or a date) is carried into the app, and the
//! focus with it, so no keystroke or click is lost.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// The controls that the reader changed in the first view, found by the
/// selector that finds them in the app too.
pub struct Carried {
    /// (selector, value) of each text field, date or select changed.
    values: Vec<(String, String)>,
    /// Selectors of the checkboxes ticked or unticked.
    toggled: Vec<String>,
    /// The selector of the focused control, with the caret's place in a text field.
    focus: Option<(String, Option<u32>)>,
}

/// The changes made in the first view, read before the app replaces it.
pub fn read_prerendered() -> Carried {
    let mut carried = Carried { values: Vec::new(), toggled: Vec::new(), focus: None };
    let Some(root) = document().get_element_by_id("prerendered") else { return carried };
    let active = document().active_element();
    for control in each(&root, "input, select") {
        let Some(selector) = selector_of(&control) else { continue };
        if active.as_ref() == Some(&control) {
            let caret =
                control.dyn_ref::<HtmlInputElement>().and_then(|i| i.selection_start().ok().flatten());
            carried.focus = Some((selector.clone(), caret));
        }
        if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
            let chosen = select.selected_index();
            let default = (0..select.length()).find(|&i| {
                select
                    .item(i)
                    .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                    .is_some_and(|o| o.default_selected())
            });
            if chosen >= 0 && default != Some(chosen as u32) {
                carried.values.push((selector, select.value()));
            }
        } else if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" {
                if input.checked() != input.default_checked() {
                    carried.toggled.push(selector);
                }
            } else if input.value() != input.default_value() {
                carried.values.push((selector, input.value()));
            }
        }
    }
    carried
}

/// Removes what the page showed before the app, then gives the app's
/// controls the reader's changes (as events, so the app acts on them) and the focus.
pub fn finish(carried: Carried) {
    for id in ["prerendered", "loading"] {
        if let Some(element) = document().get_element_by_id(id) {
            element.remove();
        }
    }
    let find = |selector: &str| document().query_selector(selector).ok().flatten();
    for (selector, value) in &carried.values {
        let Some(control) = find(selector) else { continue };
        let event = if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
            if input.type_() == "search" {
                "input"
            } else {
                "change"
            }
        } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
            "change"
        } else {
            continue;
        };
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &bubbling()) {
            let _ = control.dispatch_event(&event);
        }
    }
    for selector in &carried.toggled {
        if let Some(checkbox) = find(selector).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            checkbox.click();
        }
    }
    if let Some((selector, caret)) = carried.focus {
        if let Some(control) = find(&selector).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = control.focus();
            if let (Some(caret), Some(input)) = (caret, control.dyn_ref::<HtmlInputElement>()) {
                let _ = input.set_selection_range(caret, caret);
            }
        }
    }
}

fn bubbling() -> web_sys::EventInit {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init
}

fn each(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// How the app's copy of a first-view control is found.
fn selector_of(control: &Element) -> Option<String> {
    let attribute = |name: &str| control.get_attribute(name);
    if let Some(option) = control.closest("[data-facet][data-value]").ok().flatten() {
        let (facet, value) = (option.get_attribute("data-facet")?, option.get_attribute("data-value")?);
        return Some(format!("[data-facet=\"{facet}\"][data-value=\"{value}\"] input"));
    }
    for name in ["data-search", "data-sort"] {
        if control.has_attribute(name) {
            return Some(format!("[{name}]"));
        }
    }
    attribute("data-date").map(|which| format!("[data-date=\"{which}\"]"))
}
