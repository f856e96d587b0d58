//! ANSI colour, applied only when asked for.
//!
//! Plain escape codes rather than a terminal library: the printer writes to any
//! `io::Write`, and whether that is a colour terminal is the caller's business.

use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Paint {
    Error,
    Warning,
    Note,
    /// The message after the level.
    Emphasis,
    /// Arrows, gutters and line numbers.
    Frame,
    /// The suggested replacement.
    Suggestion,
}

impl Paint {
    fn code(self) -> &'static str {
        match self {
            Paint::Error => "\x1b[1;31m",
            Paint::Warning => "\x1b[1;33m",
            Paint::Note => "\x1b[1;32m",
            Paint::Emphasis => "\x1b[1m",
            Paint::Frame => "\x1b[1;34m",
            Paint::Suggestion => "\x1b[1;36m",
        }
    }
}

const RESET: &str = "\x1b[0m";

/// Paints text when colour is on; passes it through untouched otherwise.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Brush {
    pub color: bool,
}

impl Brush {
    pub fn paint<'s>(&self, paint: Paint, s: &'s str) -> Cow<'s, str> {
        if self.color && !s.is_empty() {
            Cow::Owned(format!("{}{s}{RESET}", paint.code()))
        } else {
            Cow::Borrowed(s)
        }
    }
}
