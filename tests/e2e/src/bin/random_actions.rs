//! A long walk of random in-page actions (see `e2e::random_actions`), from
//! a random seed unless `RANDOM_ACTIONS_SEED` is set; prints the seed, and on
//! a failure the seed, step and actions that reproduce it.
//! Run by `scripts/random-actions.sh`.

use e2e::dist_dir;
use e2e::random_actions::walk;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let seed = std::env::var("RANDOM_ACTIONS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        now.as_nanos() as u64 ^ u64::from(std::process::id())
    });
    let steps = std::env::var("RANDOM_ACTIONS_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    println!("random actions: seed {seed}, {steps} steps (RANDOM_ACTIONS_SEED={seed} repeats this walk)");
    match walk(&dist_dir(), seed, steps).await {
        Ok(()) => println!("random actions: {steps} steps from seed {seed}, every view matched a fresh load"),
        Err(failure) => {
            eprintln!("random actions failed: {failure}");
            std::process::exit(1);
        }
    }
}
