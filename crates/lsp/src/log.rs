//! Logging: the `log` facade, written to stderr by `env_logger`.
//!
//! A language server's stdout is the protocol channel: one stray `println!` corrupts the
//! session. Everything the server wants to say for a human goes to stderr, filtered by
//! `FIGCHECK_LOG` or `RUST_LOG` (`warn`, `debug`, `figcheck_lsp=debug,tantivy=info`) the
//! way other Rust tools are tuned. Through the facade, the libraries' own logs (tantivy's
//! merges and commits, say) reach the same stream under their own targets. What the
//! writer should see goes to the client with `window/logMessage` instead (see
//! `server.rs`).

use std::io::Write;

/// What is logged when neither variable is set.
const DEFAULT_FILTER: &str = "warn";

/// The filter in force: `FIGCHECK_LOG`, else `RUST_LOG`, else `warn`.
fn filter() -> String {
    std::env::var("FIGCHECK_LOG")
        .or_else(|_| std::env::var("RUST_LOG"))
        .unwrap_or_else(|_| DEFAULT_FILTER.to_string())
}

/// Starts logging to stderr. A filter that does not parse is ignored, directive by
/// directive, rather than fatal: a typo in an environment variable must not stop the
/// editor's server from starting. Called twice (tests), the second call does nothing.
pub fn init_from_env() {
    let _ = env_logger::Builder::new()
        .parse_filters(&filter())
        .target(env_logger::Target::Stderr)
        .format(|out, record| {
            writeln!(
                out,
                "[{} {}] {}",
                record.target(),
                record.level().as_str().to_ascii_lowercase(),
                record.args()
            )
        })
        .try_init();
}

/// `log!(Debug, "checked {uri}")`: a line under the `figcheck_lsp` target.
macro_rules! log {
    ($level:ident, $($arg:tt)*) => {
        ::log::log!(target: "figcheck_lsp", ::log::Level::$level, $($arg)*)
    };
}
pub(crate) use log;
