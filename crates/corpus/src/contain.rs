//! Panics kept to the piece of work that caused them, and told in one line.
//!
//! Shared by the corpus (per-file work, index loads, searches) and the language server
//! (per-document checks), so that both front ends contain panics the same way under one
//! process-wide hook.
//!
//! A bug in the extractor on one odd source, or in tantivy on a damaged index, must cost
//! that source its figures or that index a rebuild, not the run. Per-file work, index
//! loading and searches run inside [`contain`], which turns a panic into a [`Panic`] value
//! the caller reports in one line naming the file or the index.
//!
//! The standard panic hook would also print its own lines for every contained panic, and
//! a whole backtrace per file when `RUST_BACKTRACE` is set: an archive of news with a few
//! thousand odd files printed thousands of lines. So [`contain`] installs, once per
//! process, a hook that stays quiet for panics inside `contain` on the panicking thread
//! (it only records where the panic happened) and prints the trace only when
//! `RUST_BACKTRACE` (or `RUST_LIB_BACKTRACE`) asks for it. Every other panic goes to the
//! hook that was installed before, so panics elsewhere are reported as they always were.

use std::backtrace::{Backtrace, BacktraceStatus};
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

/// Longest panic message kept for a note, in characters.
const MESSAGE_MAX_CHARS: usize = 160;

/// A panic caught by [`contain`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    /// The panic's message on one line, shortened.
    pub message: String,
    /// `file:line:column` of the panic, when known.
    pub location: Option<String>,
}

impl Panic {
    /// `internal error: <message> at <place>; run with RUST_BACKTRACE=1 for the trace`,
    /// for the parentheses of a one-line note.
    pub fn describe(&self) -> String {
        let at = self
            .location
            .as_deref()
            .map(|l| format!(" at {l}"))
            .unwrap_or_default();
        format!(
            "internal error: {}{at}; run with RUST_BACKTRACE=1 for the trace",
            self.message
        )
    }
}

/// `<message> (at <place>)`: the one line a front end shows.
impl std::fmt::Display for Panic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{} (at {at})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

thread_local! {
    /// How many [`contain`] calls this thread is inside; read by the panic hook.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Where the last contained panic on this thread happened, left by the hook.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic in it (on this thread) into `Err`.
///
/// `AssertUnwindSafe` is sound for the callers' uses: what `f` mutates is either owned by
/// it and dropped with the panic, or state (an index, a check's result) that the caller
/// then rebuilds, reports as failed or drops rather than uses.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, Panic> {
    install_hook();
    DEPTH.set(DEPTH.get() + 1);
    LOCATION.set(None);
    let result = catch_unwind(AssertUnwindSafe(f));
    DEPTH.set(DEPTH.get() - 1);
    result.map_err(|payload| Panic {
        message: one_line(&message_of(&*payload)),
        location: LOCATION.take(),
    })
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if DEPTH.try_with(Cell::get).unwrap_or(0) == 0 {
                previous(info);
                return;
            }
            let at = info.location().map(ToString::to_string);
            let _ = LOCATION.try_with(|l| l.replace(at.clone()));
            if let Some(trace) = trace_if_asked() {
                eprintln!(
                    "figcheck: backtrace of a contained panic at {}:\n{trace}",
                    at.as_deref().unwrap_or("an unknown place")
                );
            }
        }));
    });
}

/// A backtrace when the environment asks for one (`RUST_BACKTRACE`, `RUST_LIB_BACKTRACE`),
/// as the standard hook decides.
fn trace_if_asked() -> Option<Backtrace> {
    let trace = Backtrace::capture();
    (trace.status() == BacktraceStatus::Captured).then_some(trace)
}

fn message_of(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

/// The message on one line (a slicing panic quotes the text it sliced, newlines and
/// all), at most [`MESSAGE_MAX_CHARS`] characters.
fn one_line(message: &str) -> String {
    let flat: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MESSAGE_MAX_CHARS {
        return flat;
    }
    let mut short: String = flat.chars().take(MESSAGE_MAX_CHARS - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_passes_through() {
        assert_eq!(contain(|| 6 * 7), Ok(42));
    }

    #[test]
    fn a_panic_becomes_one_line_with_its_place() {
        let text = String::from("Korea and\nÉric said 5.");
        // One byte into the two bytes of É: the bug class of issue 7.
        let at = text.find('É').unwrap_or(0) + 1;
        let caught = contain(|| text[at..].len()).expect_err("sliced inside É");
        assert!(caught.message.contains("char boundary"), "{caught:?}");
        assert!(!caught.message.contains('\n'), "{caught:?}");
        assert!(
            caught
                .location
                .as_deref()
                .is_some_and(|l| l.contains("contain.rs")),
            "{caught:?}"
        );
        let described = caught.describe();
        assert!(described.starts_with("internal error: "), "{described}");
        assert!(described.ends_with("run with RUST_BACKTRACE=1 for the trace"));
        assert_eq!(described.lines().count(), 1);
    }

    #[test]
    fn long_messages_are_shortened() {
        let caught = contain(|| panic!("{}", "x".repeat(1000))).expect_err("panicked");
        assert_eq!(caught.message.chars().count(), MESSAGE_MAX_CHARS);
        assert!(caught.message.ends_with('…'));
    }

    #[test]
    fn nesting_keeps_the_outer_containment() {
        let caught = contain(|| {
            let inner = contain(|| panic!("inner"));
            assert_eq!(inner.map_err(|p| p.message), Err("inner".to_string()));
            panic!("outer")
        })
        .expect_err("outer panicked");
        assert_eq!(caught.message, "outer");
        assert_eq!(DEPTH.get(), 0);
    }
}
