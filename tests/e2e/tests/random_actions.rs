//! 300 random in-page actions from a fixed seed: after each step nothing has
//! panicked and a fresh load of the address bar's URL renders the same page.
//! `scripts/random-actions.sh` runs longer walks from random seeds.

use e2e::dist_dir;
use e2e::random_actions::walk;

/// The seed of the walk every test run takes; any seed is as good.
const SEED: u64 = 20_261_202;
const STEPS: usize = 300;

#[tokio::test]
async fn the_page_is_a_function_of_its_address_under_random_actions() {
    if let Err(failure) = walk(&dist_dir(), SEED, STEPS).await {
        panic!("{failure}");
    }
}
