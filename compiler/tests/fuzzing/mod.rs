//! Shared by the fuzz tests: each property runs twice, a quick run in every
//! `cargo test` and a long `#[ignore]`d one for `scripts/fuzz.sh`, and every
//! case runs under a time limit.

use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence, TestCaseError};
use std::collections::HashMap;
use std::sync::{Mutex, Once};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

/// Cases of the quick run, in every `cargo test`.
const QUICK_CASES: u32 = 1_000;
/// Cases of the long run unless `FUZZ_CASES` says otherwise.
const LONG_CASES: u32 = 100_000;
/// A case slower than this fails (and is shrunk to a small example).
const SLOW: Duration = Duration::from_secs(1);
/// A case still running after this is a hang: the watchdog prints it and aborts.
const HUNG: Duration = Duration::from_secs(20);

pub fn config(long: bool) -> ProptestConfig {
    let cases = match long {
        false => QUICK_CASES,
        true => std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(LONG_CASES),
    };
    // Failures print their shrunk input; a bug found becomes a named regression test.
    let failure_persistence = Some(Box::new(FileFailurePersistence::Off) as _);
    ProptestConfig { cases, max_shrink_iters: 10_000, failure_persistence, ..ProptestConfig::default() }
}

/// Declares each property as `quick::name` (run by `cargo test`) and
/// `long::name` (ignored; run by `cargo test -- --ignored`). The test
/// file declares `#[macro_use] mod fuzzing;`.
macro_rules! fuzz {
    ($(fn $name:ident($($arg:pat in $strategy:expr),+ $(,)?) $body:block)*) => {
        mod quick {
            use super::*;
            proptest::proptest! {
                #![proptest_config(fuzzing::config(false))]
                $(#[test] fn $name($($arg in $strategy),+) $body)*
            }
        }
        mod long {
            use super::*;
            proptest::proptest! {
                #![proptest_config(fuzzing::config(true))]
                $(#[test] #[ignore = "long: run by scripts/fuzz.sh"] fn $name($($arg in $strategy),+) $body)*
            }
        }
    };
}

static RUNNING: Mutex<Option<HashMap<ThreadId, (Instant, String)>>> = Mutex::new(None);
static WATCHDOG: Once = Once::new();

/// Removes the thread's case from the watch when the case ends, even by a panic.
struct Watched;

impl Drop for Watched {
    fn drop(&mut self) {
        let mut running = RUNNING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        running.get_or_insert_default().remove(&thread::current().id());
    }
}

/// Runs one case on `input`: fails it when slower than [`SLOW`]; aborts the
/// whole run, printing the input, when it hangs past [`HUNG`].
pub fn timed<T>(input: &str, case: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    WATCHDOG.call_once(|| {
        thread::spawn(watch);
    });
    let start = Instant::now();
    let mut running = RUNNING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    running.get_or_insert_default().insert(thread::current().id(), (start, input.to_owned()));
    drop(running);
    let watched = Watched;
    let result = case();
    drop(watched);
    let elapsed = start.elapsed();
    if elapsed > SLOW {
        return Err(TestCaseError::fail(format!("took {elapsed:?}, over {SLOW:?}")));
    }
    Ok(result)
}

fn watch() {
    loop {
        thread::sleep(Duration::from_millis(200));
        let running = RUNNING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let hung = running.iter().flatten().find(|(_, (start, _))| start.elapsed() > HUNG);
        if let Some((_, (_, input))) = hung {
            eprintln!("a fuzz case hung for over {HUNG:?} on the input {input:?}");
            std::process::abort();
        }
    }
}
