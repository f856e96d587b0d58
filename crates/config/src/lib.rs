//! `figcheck.toml`: one config file read by the CLI, CI and the language server.
//!
//! Found by walking up from the working directory (like `.editorconfig` or `ruff.toml`),
//! so a newsroom can keep one file at the root of its drafts repository. Unknown keys are
//! an error naming the key and the file: a misspelt `severty` that silently did nothing
//! would be worse than no config at all. Every key is documented in `docs/config.md`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The file name looked for in each directory.
pub const FILE_NAME: &str = "figcheck.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The message from the TOML parser names the key (`unknown field \`severty\``) and
    /// shows the line.
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// The fix for a TOML error at byte `at` of `text`, when the slip is a common one: a list
/// written as one value. The parser's message says what type it expected; this says what
/// to write.
fn help_for(text: &str, at: usize, message: &str) -> Option<String> {
    if !message.contains("expected a sequence") {
        return None;
    }
    let start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text.get(start..)?.lines().next()?.trim();
    let key = if let Some(table) = line.strip_prefix('[') {
        table.trim_end_matches(']').trim()
    } else {
        line.split('=').next()?.trim()
    };
    let value = line.split_once('=').map(|(_, v)| v.trim());
    match (key, value) {
        ("corpus", None) => Some(
            "corpus folders are a list: write [[corpus]] (two brackets) above each folder's path"
                .to_string(),
        ),
        ("corpus", Some(value)) => Some(format!(
            "corpus folders are a list of tables: write [[corpus]] on its own line and path = {value} under it"
        )),
        (key, Some(value)) if !value.starts_with('[') => {
            Some(format!("{key} is a list: write {key} = [{value}]"))
        }
        _ => None,
    }
}

impl ConfigError {
    /// The same error with the file's path written relative to `dir`, as the rest of the
    /// command line's output writes paths.
    pub fn seen_from(self, dir: &Path) -> ConfigError {
        let shown = |path: String| {
            tidy(&relative_to(Path::new(&path), dir))
                .display()
                .to_string()
        };
        match self {
            ConfigError::Read { path, source } => ConfigError::Read {
                path: shown(path),
                source,
            },
            ConfigError::Invalid { path, message } => ConfigError::Invalid {
                path: shown(path),
                message,
            },
        }
    }
}

/// How loudly a verdict is reported: the one severity type of every front end. The
/// config file, the command line and the language server all speak it; editors show
/// `hint` as a faint underline, the command line like `info` (shown, never failing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Off,
    Hint,
    #[serde(alias = "information")]
    Info,
    #[serde(alias = "warn")]
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Off => "off",
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Which verdicts fail a run (exit status 1): `--fail-on` on the command line, `fail-on`
/// in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Only contradicted figures fail the run.
    Contradicted,
    /// Contradicted and unsupported figures fail the run: anything flagged.
    #[default]
    Unsupported,
    /// Nothing fails the run; findings are reported all the same.
    Never,
}

impl FailOn {
    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Contradicted => "contradicted",
            FailOn::Unsupported => "unsupported",
            FailOn::Never => "never",
        }
    }
}

/// Severity per verdict. Contradictions are errors and unsupported figures warnings by
/// default; supported figures are not reported, unless other sources give the measure
/// other values (`disagreement`, info by default: the writer should know, but nothing in
/// the draft is wrong for it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Severities {
    pub contradicted: Severity,
    pub unsupported: Severity,
    pub supported: Severity,
    /// A supported figure that other sources state otherwise (the sources disagree).
    pub disagreement: Severity,
}

impl Default for Severities {
    fn default() -> Self {
        Severities {
            contradicted: Severity::Error,
            unsupported: Severity::Warning,
            supported: Severity::Off,
            disagreement: Severity::Info,
        }
    }
}

/// One corpus directory with the sources it contributes.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusDir {
    /// Relative to the config file's directory.
    pub path: PathBuf,
    /// Globs a source must match; empty means all `.txt` and `.md` files.
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// The corpus directories and source globs, ready for the corpus crate's open options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sources {
    pub dirs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

/// Where the sources are and where their index is kept, as every front end resolves it
/// ([`Config::corpus_plan`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusPlan {
    pub dirs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub index: PathBuf,
    /// `max-source-bytes`; `None` for the corpus crate's default.
    pub max_source_bytes: Option<u64>,
    /// The corpus in a search cluster (`opensearch+http://HOST:PORT/INDEX`) instead of
    /// the embedded index; `None` for the embedded one.
    pub backend: Option<String>,
}

/// Figures never to report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ignore {
    /// Figures ignored wherever they appear, as written (`"24/7"`, `"2026"`).
    pub figures: Vec<String>,
    /// Figures ignored when their sentence contains one of these phrases
    /// (case-insensitive), e.g. "according to our own survey".
    pub phrases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where the sources are. Default: `corpus/` next to the config file.
    pub corpus: Vec<CorpusDir>,
    /// Where the index is kept, relative to the config file. Default:
    /// `<first corpus dir>/.figcheck/index`.
    pub index: Option<PathBuf>,
    /// Globs of drafts `figcheck check` checks when given no files.
    pub drafts: Vec<String>,
    pub severity: Severities,
    /// Which verdicts fail `figcheck check`; `--fail-on` overrides it.
    #[serde(rename = "fail-on")]
    pub fail_on: FailOn,
    /// Room for approximate draft figures ("about 30,000", "nearly 300,000"), as a
    /// fraction of the figure: 0.05 is 5%. Unset, the claim language's default applies.
    pub tolerance: Option<f64>,
    /// Sources larger than this many bytes are skipped with a note. Unset, the corpus
    /// crate's default applies (10 MiB).
    #[serde(rename = "max-source-bytes")]
    pub max_source_bytes: Option<u64>,
    /// Drafts larger than this many bytes are refused with an error naming the file.
    /// Unset, [`DEFAULT_MAX_DRAFT_BYTES`].
    #[serde(rename = "max-draft-bytes")]
    pub max_draft_bytes: Option<u64>,
    /// Where the corpus is searched: `opensearch+http://HOST:PORT/INDEX` for an OpenSearch
    /// cluster (credentials only from the environment); unset, the embedded index.
    pub backend: Option<String>,
    pub ignore: Ignore,
    /// Set when loaded from a file: the directory relative paths are resolved against.
    #[serde(skip)]
    pub root: PathBuf,
    /// Set when loaded from a file.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            corpus: Vec::new(),
            index: None,
            drafts: Vec::new(),
            severity: Severities::default(),
            fail_on: FailOn::default(),
            tolerance: None,
            max_source_bytes: None,
            backend: None,
            max_draft_bytes: None,
            ignore: Ignore::default(),
            root: PathBuf::from("."),
            path: None,
        }
    }
}

/// The largest draft checked when the config sets no `max-draft-bytes`: no prose draft
/// is this long, and reading an endless file must stop somewhere.
pub const DEFAULT_MAX_DRAFT_BYTES: u64 = 10 * 1024 * 1024;

impl Config {
    /// Parses a config from text; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let mut message = e.to_string().trim_end().to_string();
            if let Some(help) = e
                .span()
                .and_then(|span| help_for(text, span.start, &message))
            {
                message.push_str("\nhelp: ");
                message.push_str(&help);
            }
            ConfigError::Invalid {
                path: path.display().to_string(),
                message,
            }
        })?;
        if let Some(t) = config.tolerance
            && !(0.0..=1.0).contains(&t)
        {
            return Err(ConfigError::Invalid {
                path: path.display().to_string(),
                message: format!("tolerance must be a fraction between 0 and 1, got {t}"),
            });
        }
        config.root = path
            .parent()
            .map(Path::to_path_buf)
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."));
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    /// The largest draft to check, in bytes: `max-draft-bytes`, or the default. Both
    /// front ends ask here, so they refuse the same drafts.
    pub fn draft_limit(&self) -> u64 {
        self.max_draft_bytes.unwrap_or(DEFAULT_MAX_DRAFT_BYTES)
    }

    /// Reads and parses the config file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Config::parse(&text, path)
    }

    /// The nearest `figcheck.toml` in `start` or a directory above it, loaded; `None`
    /// when there is none.
    pub fn discover(start: &Path) -> Result<Option<Config>, ConfigError> {
        for dir in start.ancestors() {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                return Config::load(&candidate).map(Some);
            }
        }
        Ok(None)
    }

    /// The config a front end working in `start` (an absolute directory: the current
    /// one, or the editor's workspace root) uses: the file at `explicit` if one is named
    /// (`--config`, the editor's `config` setting; it must exist), else the nearest
    /// `figcheck.toml` from `start` upwards, else the defaults, rooted at `start`.
    pub fn find(explicit: Option<&Path>, start: &Path) -> Result<Config, ConfigError> {
        if let Some(path) = explicit {
            return Config::load(path);
        }
        Ok(Config::discover(start)?.unwrap_or_else(|| Config {
            root: start.to_path_buf(),
            ..Config::default()
        }))
    }

    /// The same config with its directory (and the file's path) written relative to
    /// `dir`, so the paths it resolves read as a person in `dir` would type them
    /// (`corpus/…`, `../corpus/…`): how the command line shows them.
    pub fn seen_from(mut self, dir: &Path) -> Config {
        self.root = tidy(&relative_to(&self.root, dir));
        self.path = self.path.map(|p| tidy(&relative_to(&p, dir)));
        self
    }

    /// Where the sources and the index are. `dirs`, when given (`--corpus`, the editor's
    /// `corpus`), replace the config's corpus and its include/exclude globs, which
    /// belong to those directories; `index`, when given, replaces the config's. Without
    /// either, the index is `.figcheck/index` in the first corpus directory.
    pub fn corpus_plan(&self, dirs: &[PathBuf], index: Option<&Path>) -> CorpusPlan {
        let (dirs, include, exclude) = if dirs.is_empty() {
            let sources = self.sources();
            (sources.dirs, sources.include, sources.exclude)
        } else {
            (dirs.to_vec(), Vec::new(), Vec::new())
        };
        let dirs: Vec<PathBuf> = dirs.iter().map(|d| tidy(d)).collect();
        let index = match (index, &self.index) {
            (Some(index), _) => index.to_path_buf(),
            (None, Some(index)) => self.root.join(index),
            (None, None) => dirs
                .first()
                .map_or_else(|| self.root.clone(), Clone::clone)
                .join(".figcheck")
                .join("index"),
        };
        CorpusPlan {
            dirs,
            include,
            exclude,
            index: tidy(&index),
            max_source_bytes: self.max_source_bytes,
            backend: self.backend.clone(),
        }
    }

    /// The corpus directories, resolved against the config's directory; `corpus/` there
    /// when none are configured.
    pub fn corpus_dirs(&self) -> Vec<CorpusDir> {
        if self.corpus.is_empty() {
            return vec![CorpusDir {
                path: self.root.join("corpus"),
                include: Vec::new(),
                exclude: Vec::new(),
            }];
        }
        self.corpus
            .iter()
            .map(|c| CorpusDir {
                path: self.root.join(&c.path),
                ..c.clone()
            })
            .collect()
    }

    /// The corpus as the corpus crate opens it: the directories, resolved, and one
    /// include and one exclude list. The corpus crate applies a single pair of lists to
    /// every directory, so the lists of all `[[corpus]]` entries are pooled; with one
    /// directory (the usual case) that is exactly what the entry says.
    pub fn sources(&self) -> Sources {
        let dirs = self.corpus_dirs();
        Sources {
            include: dirs.iter().flat_map(|d| d.include.clone()).collect(),
            exclude: dirs.iter().flat_map(|d| d.exclude.clone()).collect(),
            dirs: dirs.into_iter().map(|d| d.path).collect(),
        }
    }

    /// The index directory, resolved: the configured one, or `.figcheck/index` inside the
    /// first corpus directory.
    pub fn index_dir(&self) -> PathBuf {
        match &self.index {
            Some(p) => self.root.join(p),
            None => self
                .corpus_dirs()
                .first()
                .map(|c| c.path.join(".figcheck").join("index"))
                .unwrap_or_else(|| PathBuf::from(".figcheck/index")),
        }
    }
}

/// `path` relative to `base` when both are absolute (`..` where needed), `path` itself
/// otherwise; `.` for the same directory.
pub fn relative_to(path: &Path, base: &Path) -> PathBuf {
    use std::path::Component;
    if !path.is_absolute() || !base.is_absolute() {
        return path.to_path_buf();
    }
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// A path without `.` components: `./corpus` reads `corpus`.
pub fn tidy(path: &Path) -> PathBuf {
    let out: PathBuf = path
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let rel = |p: &str, b: &str| relative_to(Path::new(p), Path::new(b));
        assert_eq!(rel("/a/b", "/a/b"), PathBuf::from("."));
        assert_eq!(rel("/a", "/a/b/c"), PathBuf::from("../.."));
        assert_eq!(rel("/a/x", "/a/b"), PathBuf::from("../x"));
        assert_eq!(rel("/a/b/c", "/a"), PathBuf::from("b/c"));
        assert_eq!(rel("rel", "/a"), PathBuf::from("rel"));
        assert_eq!(tidy(Path::new("./corpus")), PathBuf::from("corpus"));
        assert_eq!(tidy(Path::new(".")), PathBuf::from("."));
    }

    /// Both front ends resolve the corpus and the index here; the rules in one test.
    #[test]
    fn corpus_plan_overrides_and_defaults() {
        let none = Config::default();
        let plan = none.corpus_plan(&[], None);
        assert_eq!(plan.dirs, [PathBuf::from("corpus")]);
        assert_eq!(plan.index, PathBuf::from("corpus/.figcheck/index"));

        let text = "index = \"idx\"\n[[corpus]]\npath = \"wire\"\nexclude = [\"*.draft.md\"]\n";
        let file = Config::parse(text, Path::new("/news/figcheck.toml")).expect("valid");
        let plan = file.corpus_plan(&[], None);
        assert_eq!(plan.dirs, [PathBuf::from("/news/wire")]);
        assert_eq!(plan.exclude, ["*.draft.md"]);
        assert_eq!(plan.index, PathBuf::from("/news/idx"));
        // Given directories replace the config's, globs and all; its index stays.
        let plan = file.corpus_plan(&[PathBuf::from("/other")], None);
        assert_eq!(plan.dirs, [PathBuf::from("/other")]);
        assert!(plan.exclude.is_empty());
        assert_eq!(plan.index, PathBuf::from("/news/idx"));
        let plan = file.corpus_plan(&[], Some(Path::new("/tmp/i")));
        assert_eq!(plan.index, PathBuf::from("/tmp/i"));
        // Without an index anywhere, it lives in the first corpus directory in force.
        let plan = none.corpus_plan(&[PathBuf::from("./src/a"), PathBuf::from("b")], None);
        assert_eq!(plan.index, PathBuf::from("src/a/.figcheck/index"));

        let seen = file.seen_from(Path::new("/news/drafts"));
        assert_eq!(seen.root, PathBuf::from(".."));
        assert_eq!(seen.corpus_plan(&[], None).dirs, [PathBuf::from("../wire")]);
    }

    #[test]
    fn full_config_parses() {
        let text = r#"
drafts = ["drafts/**/*.md"]
tolerance = 0.05
fail-on = "contradicted"
[[corpus]]
path = "sources"
include = ["*.txt"]
exclude = ["old/*"]
[severity]
unsupported = "info"
disagreement = "warning"
[ignore]
figures = ["24/7"]
phrases = ["our own survey"]
"#;
        let c = Config::parse(text, Path::new("proj/figcheck.toml")).expect("valid");
        assert_eq!(c.severity.unsupported, Severity::Info);
        assert_eq!(c.severity.contradicted, Severity::Error);
        assert_eq!(c.severity.disagreement, Severity::Warning);
        assert_eq!(Severities::default().disagreement, Severity::Info);
        assert_eq!(c.corpus_dirs()[0].path, Path::new("proj/sources"));
        assert_eq!(c.index_dir(), Path::new("proj/sources/.figcheck/index"));
        assert_eq!(c.ignore.figures, vec!["24/7"]);
        assert_eq!(c.fail_on, FailOn::Contradicted);
        let sources = c.sources();
        assert_eq!(sources.dirs, vec![PathBuf::from("proj/sources")]);
        assert_eq!(sources.include, vec!["*.txt"]);
        assert_eq!(sources.exclude, vec!["old/*"]);
    }

    #[test]
    fn defaults_without_a_file() {
        let c = Config::parse("", Path::new("figcheck.toml")).expect("empty is valid");
        assert_eq!(c.fail_on, FailOn::Unsupported);
        assert_eq!(c.severity, Severities::default());
        assert_eq!(c.sources().dirs, vec![PathBuf::from("./corpus")]);
        assert!(Config::parse("fail-on = \"sometimes\"\n", Path::new("f")).is_err());
        let err = Config::parse("fail_on = \"never\"\n", Path::new("f")).expect_err("unknown");
        assert!(err.to_string().contains("fail_on"), "{err}");
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_file() {
        let err = Config::parse(
            "[severity]\nsevere = \"error\"\n",
            Path::new("x/figcheck.toml"),
        )
        .expect_err("unknown key");
        let msg = err.to_string();
        assert!(msg.contains("x/figcheck.toml"), "{msg}");
        assert!(msg.contains("severe"), "{msg}");
        let err = Config::parse("corpuss = []\n", Path::new("figcheck.toml")).expect_err("unknown");
        assert!(err.to_string().contains("corpuss"));
    }

    #[test]
    fn max_draft_bytes_is_a_byte_count() {
        let c = Config::parse("max-draft-bytes = 2048\n", Path::new("f")).expect("valid");
        assert_eq!(c.max_draft_bytes, Some(2048));
        assert!(Config::parse("max-draft-bytes = -1\n", Path::new("f")).is_err());
    }

    #[test]
    fn max_source_bytes_is_a_byte_count() {
        let c = Config::parse("max-source-bytes = 1048576\n", Path::new("f")).expect("valid");
        assert_eq!(c.max_source_bytes, Some(1_048_576));
        assert_eq!(Config::default().max_source_bytes, None);
        assert!(Config::parse("max-source-bytes = -1\n", Path::new("f")).is_err());
        assert!(Config::parse("max-source-bytes = \"10MB\"\n", Path::new("f")).is_err());
    }

    #[test]
    fn bad_values_are_errors() {
        assert!(Config::parse("[severity]\ncontradicted = \"loud\"\n", Path::new("f")).is_err());
        assert!(Config::parse("tolerance = 5\n", Path::new("f")).is_err());
    }

    /// A list written as one value gets the fix in a `help:` line.
    #[test]
    fn lists_written_as_one_value_are_explained() {
        let help = |text: &str| match Config::parse(text, Path::new("figcheck.toml")) {
            Err(e) => e
                .to_string()
                .split_once("\nhelp: ")
                .map(|(_, h)| h.to_string()),
            Ok(_) => panic!("{text:?} parsed"),
        };
        assert_eq!(
            help("[corpus]\npath = \"sources\"\n").as_deref(),
            Some(
                "corpus folders are a list: write [[corpus]] (two brackets) above each folder's path"
            )
        );
        assert_eq!(
            help("corpus = \"sources\"\n").as_deref(),
            Some(
                "corpus folders are a list of tables: write [[corpus]] on its own line and path = \"sources\" under it"
            )
        );
        assert_eq!(
            help("drafts = \"drafts/*.md\"\n").as_deref(),
            Some("drafts is a list: write drafts = [\"drafts/*.md\"]")
        );
        // Other errors keep the parser's message alone.
        assert_eq!(help("severty = 1\n"), None);
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().expect("tempdir");
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).expect("mkdir");
        assert!(Config::discover(&nested).expect("no error").is_none());
        std::fs::write(dir.path().join(FILE_NAME), "drafts = [\"*.md\"]\n").expect("write");
        let c = Config::discover(&nested).expect("ok").expect("found");
        assert_eq!(c.drafts, vec!["*.md"]);
        assert_eq!(c.root, dir.path());
    }
}
