//! The server on stdin/stdout without the `figcheck` binary, for working on the server
//! alone: `cargo run -p figcheck-lsp --example stdio`. Arguments are ignored, so it can
//! stand in for `figcheck lsp` in an editor's config.

fn main() {
    match figcheck_lsp::run_stdio(None) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("figcheck-lsp: {e}");
            std::process::exit(2);
        }
    }
}
