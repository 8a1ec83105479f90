//! A gate the test server holds requests at: the WebAssembly (or the
//! documents' text) held back until a test lets it go, to show the page as
//! it is before the app (or the text) arrives.

use std::sync::{Condvar, Mutex};

/// Whether held requests wait; each waits in its own thread, so everything
/// else is served meanwhile.
#[derive(Default)]
pub struct Gate {
    closed: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    /// Returns once the gate is open.
    pub fn pass(&self) {
        let mut closed = self.closed.lock().expect("the gate");
        while *closed {
            closed = self.opened.wait(closed).expect("the gate");
        }
    }

    pub fn is_closed(&self) -> bool {
        *self.closed.lock().expect("the gate")
    }

    pub fn close(&self) {
        *self.closed.lock().expect("the gate") = true;
    }

    pub fn open(&self) {
        *self.closed.lock().expect("the gate") = false;
        self.opened.notify_all();
    }
}
