//! Sorting with one copy of the sorting code: every ordering by a
//! comparison or a key sorts positions through one function that is not
//! generic (`positions`), where `slice::sort_by` and its kin compile a copy
//! of the standard library's sort for each item type and comparison: over
//! 230 functions and 100 KB of the app's wasm before this module.

use std::cmp::Ordering;

/// Sorts `items` as `sort_by` does: equal items keep their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` as `sort_by_key` does (equal keys keep their order),
/// reading each item's key once.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(items, &order);
}

/// The positions `0..len` in the order `compare` gives, equal ones by position.
#[inline(never)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

/// Puts the item at `order[k]` at `k`, for every `k`, by following each cycle.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut current = start;
        while !placed[current] {
            placed[current] = true;
            let next = order[current];
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_s_stable_sort(items in proptest::collection::vec((0u8..4, 0u16..1000), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|item| std::cmp::Reverse(item.0));
            let mut sorted = items.clone();
            sort_by(&mut sorted, |a, b| b.0.cmp(&a.0));
            prop_assert_eq!(&sorted, &expected);
            let mut by_key = items;
            sort_by_key(&mut by_key, |item| std::cmp::Reverse(item.0));
            prop_assert_eq!(by_key, expected);
        }
    }
}
