//! Panics kept to the document that caused them.
//!
//! A bug in the engine on some odd draft (a scanner slicing inside a character, say) must
//! cost the writer that draft's diagnostics for that version, not the session, and must
//! not leave the previous version's diagnostics standing as if they were current. Every
//! piece of per-document work runs inside [`contain`], which turns a panic into a
//! [`Panic`] value the server reports in one line naming the document.
//!
//! The standard panic hook would also print its own two lines (and, with
//! `RUST_BACKTRACE`, a whole trace) for every contained panic, with no word of which
//! document it was. So [`contain`] installs, once, a hook that stays quiet for panics
//! inside `contain` (it only records where they happened, for the one line; the trace
//! still goes to stderr when `RUST_BACKTRACE` asks for one) and hands every other panic
//! to the hook that was there before.

use std::backtrace::{Backtrace, BacktraceStatus};
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

/// A panic caught by [`contain`]: its message and, when known, where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    pub message: String,
    /// `file:line:column` of the panic.
    pub location: Option<String>,
}

/// How much of a panic message the one-line report keeps. A panic message can quote the
/// whole draft (a slicing panic quotes the string it sliced).
const SHOWN_CHARS: usize = 200;

/// Shown in one line: whitespace runs (line breaks included) become one space, and a long
/// message is cut, at a character, after [`SHOWN_CHARS`].
impl std::fmt::Display for Panic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let flat = self
            .message
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut shown: String = flat.chars().take(SHOWN_CHARS).collect();
        if shown.len() < flat.len() {
            shown.push('…');
        }
        match &self.location {
            Some(at) => write!(f, "{shown} (at {at})"),
            None => f.write_str(&shown),
        }
    }
}

thread_local! {
    /// Whether this thread is inside [`contain`]; read by the panic hook.
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
    /// Where the last contained panic on this thread happened, left by the hook.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic in it into `Err` instead of unwinding further.
///
/// `AssertUnwindSafe` is sound for the server's uses: what `f` touches is either owned by
/// it or read-only shared data (the engine, the corpus, the text).
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, Panic> {
    install_hook();
    let outer = CONTAINED.replace(true);
    LOCATION.set(None);
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.set(outer);
    result.map_err(|payload| Panic {
        message: message_of(&*payload),
        location: LOCATION.take(),
    })
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.try_with(Cell::get).unwrap_or(false) {
                previous(info);
                return;
            }
            let at = info.location().map(ToString::to_string);
            let _ = LOCATION.try_with(|l| l.replace(at));
            // Honours RUST_BACKTRACE / RUST_LIB_BACKTRACE like the standard hook.
            let trace = Backtrace::capture();
            if trace.status() == BacktraceStatus::Captured {
                crate::log::log!(Error, "backtrace of a contained panic:\n{trace}");
            }
        }));
    });
}

fn message_of(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_passes_through() {
        assert_eq!(contain(|| 6 * 7), Ok(42));
    }

    #[test]
    fn a_panic_becomes_a_value_with_its_message_and_place() {
        let n = 7;
        let caught = contain(|| -> usize { panic!("boom {n}") }).expect_err("panicked");
        assert_eq!(caught.message, "boom 7");
        let at = caught.location.as_deref().unwrap_or_default();
        assert!(at.contains("contain.rs"), "{caught:?}");
        assert!(caught.to_string().starts_with("boom 7 (at "), "{caught}");
        let caught = contain(|| -> usize { panic!("static") }).expect_err("panicked");
        assert_eq!(caught.message, "static");
    }

    #[test]
    fn a_panic_is_shown_in_one_bounded_line() {
        let long = format!("first line\n{}", "é".repeat(SHOWN_CHARS * 2));
        let caught = contain(|| -> usize { panic!("{long}") }).expect_err("panicked");
        assert_eq!(caught.message, long, "the message itself is kept whole");
        let shown = caught.to_string();
        assert!(!shown.contains('\n'), "{shown}");
        assert!(shown.starts_with("first line éé"), "{shown}");
        assert!(shown.contains("… (at "), "{shown}");
        assert!(shown.chars().count() < SHOWN_CHARS + 80, "{shown}");
    }

    #[test]
    fn a_slice_inside_a_character_is_contained() {
        // The bug class of issue 7: a byte offset that is not a character boundary.
        let text = String::from("Éric said 5.");
        let at = text.find('r').unwrap_or(2) - 1;
        let caught = contain(|| text[at..].len()).expect_err("sliced inside É");
        assert!(caught.message.contains("char boundary"), "{caught:?}");
    }

    #[test]
    fn nested_containment_restores_the_outer_one() {
        let caught = contain(|| {
            let inner = contain(|| panic!("inner"));
            assert_eq!(inner.map_err(|p| p.message), Err("inner".to_string()));
            // Still contained: this panic is caught by the outer call, not the test.
            panic!("outer")
        })
        .expect_err("outer panicked");
        assert_eq!(caught.message, "outer");
        assert!(caught.location.is_some());
        // Outside, the flag is off again.
        assert!(!CONTAINED.get());
    }
}
