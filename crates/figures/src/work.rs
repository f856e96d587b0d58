//! A deterministic measure of how much text the scanners walk.
//!
//! figcheck promises time linear in the draft and in the sentence (see
//! `docs/reliability.md`). Wall time is no way to test that on a shared 2-core machine, so
//! every loop that walks text adds the characters it visits to a per-thread counter, and
//! the growth tests compare the count for inputs of 10 KB, 100 KB and 1 MB. A loop that
//! re-reads text it has read before shows up as a count that grows faster than the input.

use std::cell::Cell;

thread_local! {
    static STEPS: Cell<u64> = const { Cell::new(0) };
}

/// Records `n` units of work (characters or tokens visited).
#[inline]
pub(crate) fn step(n: usize) {
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
}

/// The work recorded on this thread since the last [`reset`].
pub fn steps() -> u64 {
    STEPS.with(Cell::get)
}

/// Starts counting from zero on this thread.
pub fn reset() {
    STEPS.with(|s| s.set(0));
}
