//! `figcheck lsp`: figcheck's verdicts in the writer's editor, over the Language Server
//! Protocol.
//!
//! The server runs the same engine, reads the same `figcheck.toml` and honours the same
//! suppression comments as the CLI, so a draft that is clean in the editor is clean in
//! CI. It publishes one diagnostic per flagged figure, explains any figure on hover,
//! jumps to the source sentence on "go to definition", and offers quick fixes (take the
//! source's value, ignore the figure, ignore the file). See `docs/lsp.md`.
//!
//! The crate is a library so that the `figcheck` binary can host it as a subcommand and
//! tests can drive it over in-memory pipes with [`serve`].

mod checker;
mod features;
#[doc(hidden)]
pub mod fuzzing;
pub mod log;
mod server;
mod settings;
pub mod status;
mod text;
mod transport;
mod watch;

use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

#[doc(hidden)]
pub use checker::{CheckHook, CheckStage};
pub use server::RECHECK_COMMAND;
pub use settings::DEFAULT_DEBOUNCE;

/// How a session ended, for the process's exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// `shutdown` then `exit`, as the protocol asks: exit status 0.
    Cleanly,
    /// `exit` without `shutdown`, or the client went away: exit status 1.
    Abruptly,
}

impl Ended {
    pub fn exit_code(self) -> i32 {
        match self {
            Ended::Cleanly => 0,
            Ended::Abruptly => 1,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum LspError {
    #[error("could not start the language server: {0}")]
    Start(#[from] std::io::Error),
}

/// Serves one LSP session over `input`/`output` until the client sends `exit` or closes
/// `input`. Must run inside a multi-threaded Tokio runtime with time enabled (checks are
/// debounced, indexing runs on blocking tasks).
pub async fn serve<I, O>(input: I, output: O) -> Result<Ended, LspError>
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_with(input, output, None, None).await
}

/// [`serve`] with a `figcheck.toml` to use instead of discovering one from the workspace
/// root, as `figcheck --config X lsp` asks. An editor's `config` setting still wins.
pub async fn serve_with_config<I, O>(
    input: I,
    output: O,
    config: Option<PathBuf>,
) -> Result<Ended, LspError>
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_with(input, output, None, config).await
}

/// For tests: [`serve`] with a function called on the checking thread with each draft
/// text just before and just after the engine checks it (inside the same panic
/// containment). A test
/// holds a check in it to stand for a slow one without depending on how fast the engine
/// is, or panics in it to stand for an engine bug. Not part of the supported API.
#[doc(hidden)]
pub async fn serve_with_check_hook<I, O>(
    input: I,
    output: O,
    hook: checker::CheckHook,
) -> Result<Ended, LspError>
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_with(input, output, Some(hook), None).await
}

async fn serve_with<I, O>(
    input: I,
    output: O,
    hook: Option<checker::CheckHook>,
    config: Option<PathBuf>,
) -> Result<Ended, LspError>
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    // `LspService::build` takes an infallible constructor; the checking thread is started
    // first so a failure to spawn it is an error, not a panic.
    let checker = checker::Checker::spawn(hook)?;
    let (service, socket) =
        LspService::build(move |client| server::Backend::new(client, checker, config)).finish();
    let shared = service.inner().shared.clone();
    let ordered = server::Ordered {
        inner: service,
        shared: shared.clone(),
    };
    let (input, output, wire) = transport::guard(input, output);
    Server::new(input, output, socket).serve(ordered).await;
    shared.stop();
    wire.finish().await;
    Ok(if shared.shutdown_requested() {
        Ended::Cleanly
    } else {
        Ended::Abruptly
    })
}

/// Runs the server on stdin/stdout and returns the process exit code. Logs go to
/// stderr, filtered by `FIGCHECK_LOG` or `RUST_LOG`. `config` is a `figcheck.toml` to
/// use instead of discovering one (`figcheck --config X lsp`); an editor's `config`
/// setting still wins.
pub fn run_stdio(config: Option<&Path>) -> Result<i32, LspError> {
    let config = config.map(std::path::absolute).transpose()?;
    log::init_from_env();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()?;
    let ended = runtime.block_on(serve_with_config(
        tokio::io::stdin(),
        tokio::io::stdout(),
        config,
    ));
    // Tokio reads stdin on a blocking thread that cannot be interrupted; waiting for it
    // would keep the process alive after `exit` until the client closed the pipe.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(ended?.exit_code())
}
