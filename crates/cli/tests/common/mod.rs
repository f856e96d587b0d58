//! Shared by the CLI's integration tests: running the built `figcheck` and reading what
//! it printed.
#![allow(dead_code)] // each test binary uses part of this module

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root, where `corpus/` and the fixtures live.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// Runs the built binary in `dir`, with colour left to the flags under test.
pub fn figcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run figcheck")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

pub fn utf8(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Validation errors of `log` against the official SARIF 2.1.0 schema, formats included.
pub fn sarif_errors(log: &serde_json::Value) -> Vec<String> {
    let schema_text =
        std::fs::read_to_string(repo_root().join("tests/schemas/sarif-schema-2.1.0.json"))
            .expect("the SARIF schema is in tests/schemas");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema is JSON");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}
