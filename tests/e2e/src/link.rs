//! An emulated network link for the benchmarks' server: each response waits
//! a round trip, then its bytes go out no faster than the link's bandwidth,
//! which every response in flight shares, as on a phone's connection. Unlike
//! the DevTools Protocol's emulation, it slows what workers fetch too.

use std::io::Read;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Bytes go out in pieces of this size, so that responses share the link.
const PIECE: usize = 4096;

/// A link's round trip and bandwidth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Throttle {
    pub round_trip: Duration,
    pub bytes_per_second: f64,
}

/// The link: its throttle, if any, and when it is next free.
#[derive(Default)]
pub(crate) struct Link {
    state: Mutex<Option<(Throttle, Instant)>>,
}

impl Link {
    pub(crate) fn set(&self, throttle: Option<Throttle>) {
        *self.state.lock().expect("the link") = throttle.map(|t| (t, Instant::now()));
    }

    /// Waits the round trip, when the link is throttled.
    pub(crate) fn wait_round_trip(&self) {
        let round_trip = self.state.lock().expect("the link").map(|(t, _)| t.round_trip);
        if let Some(round_trip) = round_trip {
            std::thread::sleep(round_trip);
        }
    }

    /// Takes the link for `bytes`: when they will have gone through it.
    fn reserve(&self, bytes: usize) -> Option<Instant> {
        let mut state = self.state.lock().expect("the link");
        let (throttle, free) = state.as_mut()?;
        let start = (*free).max(Instant::now());
        *free = start + Duration::from_secs_f64(bytes as f64 / throttle.bytes_per_second);
        Some(*free)
    }
}

/// A response body that goes out at the link's pace.
pub(crate) struct Paced<'a, R> {
    pub(crate) body: R,
    pub(crate) link: &'a Link,
}

impl<R: Read> Read for Paced<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let limit = buf.len().min(PIECE);
        let read = self.body.read(&mut buf[..limit])?;
        if let Some(gone) = self.link.reserve(read) {
            std::thread::sleep(gone.saturating_duration_since(Instant::now()));
        }
        Ok(read)
    }
}
