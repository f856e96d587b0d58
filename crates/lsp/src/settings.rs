//! Where the corpus is and how loudly to report: editor settings over `figcheck.toml`.
//!
//! The server reads the same `figcheck.toml` as the CLI, found from the workspace root, so
//! the editor and CI agree by default. Editor settings (initialization options, and
//! `workspace/didChangeConfiguration`) win over it, so a writer can point one editor at
//! another corpus or quieten unsupported figures without touching the shared file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use figcheck_config::{Config, Severity};
use figcheck_printer::Levels;
use serde::Deserialize;
use serde_json::Value;

/// Per-verdict overrides from the editor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SeverityOverrides {
    pub contradicted: Option<Severity>,
    pub unsupported: Option<Severity>,
    pub supported: Option<Severity>,
    pub disagreement: Option<Severity>,
}

/// One path or several, as editors' settings UIs produce either.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Paths {
    One(PathBuf),
    Many(Vec<PathBuf>),
}

impl Paths {
    fn to_vec(&self) -> Vec<PathBuf> {
        match self {
            Paths::One(p) => vec![p.clone()],
            Paths::Many(v) => v.clone(),
        }
    }
}

/// What an editor may set. Unknown keys are ignored: editors send their whole settings
/// section, which holds keys meant for the extension itself (the binary's path).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// Corpus directories, relative to the workspace root; replace the config's.
    pub corpus: Option<Paths>,
    /// A `figcheck.toml` to use instead of discovering one.
    pub config: Option<PathBuf>,
    /// Where to keep the index.
    pub index: Option<PathBuf>,
    /// The corpus in a search cluster (`opensearch+http://HOST:PORT/INDEX`); replaces the
    /// config's `backend`.
    pub backend: Option<String>,
    pub severity: SeverityOverrides,
    /// Quiet time between checks of one document while the writer types.
    pub debounce_ms: Option<u64>,
}

impl Settings {
    /// Reads settings sent as initialization options or with `didChangeConfiguration`:
    /// either the object itself or wrapped in a `figcheck` section. Empty strings (what a
    /// settings UI leaves behind) count as unset.
    pub fn from_json(value: &Value) -> Result<Settings, String> {
        let value = match value.get("figcheck") {
            Some(inner) if inner.is_object() => inner,
            _ => value,
        };
        if value.is_null() {
            return Ok(Settings::default());
        }
        let cleaned = drop_empty_strings(value.clone());
        serde_json::from_value(cleaned).map_err(|e| format!("figcheck settings: {e}"))
    }
}

fn drop_empty_strings(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !matches!(v, Value::String(s) if s.is_empty()))
                .map(|(k, v)| (k, drop_empty_strings(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The default quiet time; see `docs/lsp.md` for why it is short.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(120);

/// Everything needed to open the corpus and report on drafts, resolved to absolute paths.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub config: Config,
    pub corpus_dirs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub index_dir: PathBuf,
    pub levels: Levels,
    pub debounce: Duration,
    /// Where paths are shown relative to (the workspace root).
    pub root: PathBuf,
}

/// Why there is no corpus to check against.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    #[error("{0}")]
    Config(String),
    #[error(
        "no corpus: no figcheck.toml in {root} or above, and no corpus/ directory there; \
         set `figcheck.corpus` in the editor, or add a figcheck.toml"
    )]
    NoCorpus { root: String },
}

/// Resolves the setup for workspace `root` (absolute) under `settings`.
pub fn resolve(root: &Path, settings: &Settings) -> Result<Setup, SetupError> {
    let explicit = settings.config.as_ref().map(|p| root.join(p));
    let mut config =
        Config::find(explicit.as_deref(), root).map_err(|e| SetupError::Config(e.to_string()))?;
    if settings.backend.is_some() {
        config.backend.clone_from(&settings.backend);
    }
    let given: Vec<PathBuf> = settings
        .corpus
        .as_ref()
        .map(|paths| paths.to_vec().iter().map(|p| root.join(p)).collect())
        .unwrap_or_default();
    let index = settings.index.as_ref().map(|p| root.join(p));
    let plan = config.corpus_plan(&given, index.as_deref());
    // No file, no setting and no corpus/ folder: a workspace without sources, not an
    // error in one.
    if config.path.is_none()
        && config.backend.is_none()
        && given.is_empty()
        && !plan.dirs.iter().any(|d| d.is_dir())
    {
        return Err(SetupError::NoCorpus {
            root: root.display().to_string(),
        });
    }
    let mut levels = Levels::from(&config.severity);
    let o = &settings.severity;
    levels.contradicted = o.contradicted.unwrap_or(levels.contradicted);
    levels.unsupported = o.unsupported.unwrap_or(levels.unsupported);
    levels.supported = o.supported.unwrap_or(levels.supported);
    levels.disagreement = o.disagreement.unwrap_or(levels.disagreement);
    Ok(Setup {
        index_dir: absolute(root, plan.index),
        corpus_dirs: plan.dirs.into_iter().map(|d| absolute(root, d)).collect(),
        include: plan.include,
        exclude: plan.exclude,
        levels,
        debounce: settings
            .debounce_ms
            .map_or(DEFAULT_DEBOUNCE, Duration::from_millis),
        root: root.to_path_buf(),
        config,
    })
}

fn absolute(root: &Path, p: PathBuf) -> PathBuf {
    if p.is_absolute() { p } else { root.join(p) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_accept_both_shapes_and_ignore_extension_keys() {
        let s = Settings::from_json(&json!({"figcheck": {"corpus": "sources", "path": "/bin/x",
            "severity": {"unsupported": "hint", "contradicted": ""}}}))
        .expect("valid");
        assert_eq!(s.corpus, Some(Paths::One("sources".into())));
        assert_eq!(s.severity.unsupported, Some(Severity::Hint));
        assert_eq!(s.severity.contradicted, None);
        let s = Settings::from_json(&json!({"corpus": ["a", "b"], "debounceMs": 50})).expect("ok");
        assert_eq!(s.corpus, Some(Paths::Many(vec!["a".into(), "b".into()])));
        assert_eq!(s.debounce_ms, Some(50));
        assert!(Settings::from_json(&json!({"severity": {"unsupported": "loud"}})).is_err());
        assert_eq!(Settings::from_json(&Value::Null), Ok(Settings::default()));
    }

    #[test]
    fn vscode_section_with_unset_values_is_all_defaults() {
        // What editors/vscode sends: its whole section, unset values as null.
        let s = Settings::from_json(&json!({"figcheck": {
            "path": "figcheck", "corpus": null, "config": null, "trace": {"server": "off"},
            "severity": {"contradicted": null, "unsupported": null, "supported": null}}}))
        .expect("valid");
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn resolution_prefers_settings_then_config_then_corpus_dir() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        assert!(matches!(
            resolve(root, &Settings::default()),
            Err(SetupError::NoCorpus { .. })
        ));
        std::fs::create_dir(root.join("corpus")).expect("mkdir");
        let s = resolve(root, &Settings::default()).expect("corpus/ found");
        assert_eq!(s.corpus_dirs, vec![root.join("corpus")]);
        assert_eq!(s.index_dir, root.join("corpus/.figcheck/index"));
        assert_eq!(s.levels, Levels::default());

        std::fs::write(
            root.join("figcheck.toml"),
            "index = \"idx\"\n[[corpus]]\npath = \"src\"\n[severity]\nunsupported = \"off\"\n",
        )
        .expect("write");
        let s = resolve(root, &Settings::default()).expect("config");
        assert_eq!(s.corpus_dirs, vec![root.join("src")]);
        assert_eq!(s.index_dir, root.join("idx"));
        assert_eq!(s.levels.unsupported, Severity::Off);

        let settings = Settings {
            corpus: Some(Paths::One("other".into())),
            severity: SeverityOverrides {
                unsupported: Some(Severity::Warning),
                ..Default::default()
            },
            ..Default::default()
        };
        let s = resolve(root, &settings).expect("settings");
        assert_eq!(s.corpus_dirs, vec![root.join("other")]);
        assert_eq!(s.index_dir, root.join("idx"));
        assert_eq!(s.levels.unsupported, Severity::Warning);

        std::fs::write(root.join("figcheck.toml"), "severty = 1\n").expect("write");
        let err = resolve(root, &Settings::default()).expect_err("unknown key");
        assert!(err.to_string().contains("severty"), "{err}");
    }
}
