//! A tiny stderr logger.
//!
//! A language server's stdout is the protocol channel: one stray `println!` corrupts the
//! session. Everything the server wants to say for a human goes to stderr, filtered by
//! `FIGCHECK_LOG` or `RUST_LOG` (`warn`, `debug`, `figcheck_lsp=debug,tantivy=warn`), the
//! way other Rust tools are tuned, without pulling a tracing stack into the binary for
//! four levels and one target. What the writer should see goes to the client with
//! `window/logMessage` instead (see `server.rs`).

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

/// How much to log; higher is chattier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "off" => Level::Off,
            "error" => Level::Error,
            "warn" | "warning" => Level::Warn,
            "info" => Level::Info,
            "debug" => Level::Debug,
            "trace" => Level::Trace,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Trace => "trace",
        }
    }
}

static MAX: AtomicU8 = AtomicU8::new(Level::Warn as u8);

/// The level a filter string asks for this crate: a directive naming a `figcheck` target
/// wins over a bare level; anything unparseable is ignored rather than fatal, since a
/// typo in an environment variable must not stop the editor's server from starting.
pub fn level_from_filter(filter: &str) -> Option<Level> {
    let mut bare = None;
    let mut targeted = None;
    for directive in filter.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        match directive.split_once('=') {
            Some((target, level)) if target.trim().starts_with("figcheck") => {
                targeted = Level::parse(level).or(targeted);
            }
            Some(_) => {}
            None => bare = Level::parse(directive).or(bare),
        }
    }
    targeted.or(bare)
}

/// Reads `FIGCHECK_LOG`, else `RUST_LOG`; the default is `warn`.
pub fn init_from_env() {
    let filter = std::env::var("FIGCHECK_LOG")
        .ok()
        .or_else(|| std::env::var("RUST_LOG").ok());
    if let Some(level) = filter.as_deref().and_then(level_from_filter) {
        set_max_level(level);
    }
}

pub fn set_max_level(level: Level) {
    MAX.store(level as u8, Ordering::Relaxed);
}

pub fn enabled(level: Level) -> bool {
    level != Level::Off && level as u8 <= MAX.load(Ordering::Relaxed)
}

/// Writes one line; a failed write to stderr is dropped, as there is nowhere else to say so.
pub fn write(level: Level, args: std::fmt::Arguments<'_>) {
    if enabled(level) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "[figcheck-lsp {}] {args}", level.name());
    }
}

macro_rules! log {
    ($level:ident, $($arg:tt)*) => {
        $crate::log::write($crate::log::Level::$level, format_args!($($arg)*))
    };
}
pub(crate) use log;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_like_rust_log() {
        assert_eq!(level_from_filter("debug"), Some(Level::Debug));
        assert_eq!(
            level_from_filter("info,figcheck_lsp=trace,tantivy=off"),
            Some(Level::Trace)
        );
        assert_eq!(level_from_filter("tantivy=debug"), None);
        assert_eq!(level_from_filter("loud"), None);
        assert_eq!(
            level_from_filter("warn,figcheck=nonsense"),
            Some(Level::Warn)
        );
    }
}
