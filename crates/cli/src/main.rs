//! `figcheck`: checks the figures in a draft against a corpus of source documents.
//!
//! This binary is glue: it parses arguments, reads `figcheck.toml`, reads inputs, opens
//! the corpus and hands everything to the library crates, then maps the outcome to an
//! exit status (0 nothing fails the run, 1 something does, 2 error).

mod claims;
mod commands;
mod corpus;
mod draft;
mod explain;
mod git;
mod globs;
mod output;
mod settings;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};

use crate::commands::Status;
use crate::output::{ColorChoice, FailOnArg, ListFormat, ReportFormat};

const MAIN_HELP: &str = "\
Examples:
  figcheck check drafts/robots.md            check a draft against ./corpus
  figcheck check --corpus sources a.md b.md  check two drafts against ./sources
  figcheck check                             check the drafts figcheck.toml names
  figcheck query 'Korea installed = 30,600 robots'
  figcheck figures drafts/robots.md          list the figures figcheck sees

Settings come from the nearest figcheck.toml in the current directory or above it (or
--config FILE); options on the command line override it. See docs/config.md.

Exit status: 0 when nothing fails the run, 1 when a figure is contradicted or unsupported
(see `figcheck check --fail-on`), 2 on an error (unreadable file, bad claim, bad config,
unusable corpus).";

const CHECK_HELP: &str = "\
Each figure in the draft is stated as a claim, checked against the sources and reported:
  error[contradicted]   a source gives another value (shown, with a suggested fix)
  warning[unsupported]  no source states the figure
Supported figures are only listed with --verbose; the JSON output lists every figure.
figcheck.toml can change each verdict's severity (error, warning, info, off).

Silence figures in the draft itself with HTML comments:
  <!-- figcheck-disable --> ... <!-- figcheck-enable -->
  <!-- figcheck-disable-next-line -->
  <!-- figcheck-ignore 30,600 -->            one figure, as written, on the next line
A suppression that silences nothing is reported as warning[unused-suppression].

Files ending in .claims hold one claim per line (see `figcheck query --help`); each is
evaluated and reported like a figure, and any the corpus does not support is an error.
With no FILE, the drafts listed by `drafts` in figcheck.toml are checked.

Formats: human (default), json (docs/json-output.md), sarif (GitHub code scanning),
github (workflow-command annotations), gitlab (Code Quality report).

Exit status: 0 when nothing fails the run, 1 when a reported figure at or above
--fail-on does, 2 on an error. Findings whose severity is info never fail the run.

Examples:
  figcheck check drafts/robots.md
  figcheck check --corpus corpus --corpus more-sources drafts/*.md
  figcheck check --format json drafts/robots.md > report.json
  figcheck check --format sarif --output figcheck.sarif
  figcheck check --format github --changed-since origin/main drafts/*.md
  figcheck check --fail-on contradicted drafts/robots.md
  figcheck check facts.claims";

const LSP_HELP: &str = "\
An editor starts this itself; a person rarely runs it by hand. The corpus comes from
the editor's figcheck settings (corpus, config, index), else from the figcheck.toml
found from the workspace root upwards (or the one named with --config), else from
corpus/ in the workspace root. Logs go to stderr (FIGCHECK_LOG=debug for more).

Examples:
  figcheck lsp                           what an editor runs
  figcheck --config newsroom.toml lsp    use this config unless the editor names one
  FIGCHECK_LOG=debug figcheck lsp        log every request to stderr

Editors: VS Code (editors/vscode), Neovim, Helix and Emacs; see docs/lsp.md.";

const QUERY_HELP: &str = "\
A claim names what a figure is about, compares, and gives the figure:
  Korea installed = 30,600 robots
  \"United States\" -Japan installed >= 30,000 robots
  Korea AI adoption ~ 18th within 1 in \"003_*\"
Comparisons: = ~ < <= > >= != and `between A and B`. Quote phrases; prefix words
that evidence must not mention with -; `in \"glob\"` limits the sources.

Exit status: 0 when the claim is supported, 1 when it is contradicted or unsupported,
2 when it does not parse.

Examples:
  figcheck query 'Korea installed = 30,600 robots'
  figcheck query --format json 'Korea robot density = 1,012'";

const EXPLAIN_HELP: &str = "\
For each figure at the place given, prints its claim, its verdict and the candidate
source figures the engine weighed, best first: what each did (supports, contradicts,
outweighed, too_weak, not_comparable, undecided), the model's probability that it speaks
of the same thing, and each feature's contribution to that probability.

Examples:
  figcheck explain drafts/robots.md:12       every figure on line 12
  figcheck explain drafts/robots.md:12:31    the figure at line 12, column 31
  figcheck explain --json drafts/robots.md   every figure, as JSON";

const FIGURES_HELP: &str = "\
Shows every figure the extractor finds, with its position, kind, value in base units and
unit, without checking anything (no corpus needed). In Markdown, code, URLs and front
matter are skipped.

Examples:
  figcheck figures drafts/robots.md
  figcheck figures --format json drafts/robots.md";

const INDEX_HELP: &str = "\
`check` and `query` keep the index up to date by themselves; run this to build it ahead
of time (in CI, say) or to see what the corpus holds. Unchanged files are reused.

Examples:
  figcheck index
  figcheck index --corpus sources --index /tmp/figcheck-index";

#[derive(Parser)]
#[command(
    name = "figcheck",
    version,
    about = "Checks the figures in a draft against a corpus of source documents",
    long_about = "Checks the figures in a draft against a corpus of source documents: for \
                  each figure, whether the sources support it, contradict it (with the \
                  source's value and where it says so) or leave it unsupported. Offline and \
                  deterministic.",
    after_help = MAIN_HELP
)]
struct Cli {
    /// Use this config file instead of looking for figcheck.toml from the current
    /// directory up
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Checks the figures in drafts against the corpus
    #[command(after_help = CHECK_HELP)]
    Check {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        output: ReportArgs,
        #[command(flatten)]
        gate: CheckArgs,
        /// Also report supported figures, and every piece of evidence
        #[arg(long, short)]
        verbose: bool,
        /// Drafts (Markdown or plain text) or .claims files [default: the drafts
        /// figcheck.toml lists]
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Lists the figures found in drafts, without checking them
    #[command(after_help = FIGURES_HELP)]
    Figures {
        #[command(flatten)]
        output: ListArgs,
        /// Drafts to read (Markdown or plain text); a file that cannot be read is
        /// reported and the others are still listed
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Evaluates one claim against the corpus
    #[command(after_help = QUERY_HELP)]
    Query {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        output: ReportArgs,
        /// The claim, quoted for the shell: 'Korea installed = 30,600 robots'. It may
        /// start with - (an excluded word) without `--` in front
        #[arg(value_name = "CLAIM", allow_hyphen_values = true)]
        claim: String,
    },
    /// Shows how the engine judged the figures at a place: every candidate source figure
    /// weighed, each feature's contribution, and why it won or lost
    #[command(after_help = EXPLAIN_HELP)]
    Explain {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Print JSON (every candidate with its features) instead of text
        #[arg(long)]
        json: bool,
        /// Show at most this many candidates per figure
        #[arg(long, default_value_t = 8, value_name = "N")]
        limit: usize,
        /// FILE, FILE:LINE or FILE:LINE:COL (1-based; COL in characters)
        #[arg(value_name = "FILE[:LINE[:COL]]")]
        target: String,
    },
    /// Builds or refreshes the corpus index and prints what it holds
    #[command(after_help = INDEX_HELP)]
    Index {
        #[command(flatten)]
        corpus: CorpusArgs,
    },
    /// Runs the language server on stdin/stdout, for editors (see docs/lsp.md)
    #[command(after_help = LSP_HELP)]
    Lsp,
}

#[derive(Args)]
pub(crate) struct CorpusArgs {
    /// Directory of source documents (text, Markdown, PDF, HTML, DOCX, ODT, CSV, XLSX,
    /// ODS); repeat for several [default: the config's corpus, or ./corpus]
    #[arg(long, value_name = "DIR")]
    pub corpus: Vec<PathBuf>,
    /// Where to keep the index [default: the config's index, or
    /// <first corpus dir>/.figcheck/index]
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
    /// Search the corpus in an OpenSearch cluster instead of the embedded index:
    /// opensearch+http://HOST:PORT/INDEX (or opensearch+https://…); `figcheck index`
    /// pushes the corpus dirs into it. Credentials from FIGCHECK_OPENSEARCH_USER and
    /// FIGCHECK_OPENSEARCH_PASSWORD [default: the config's backend]
    #[arg(long, value_name = "URL")]
    pub backend: Option<String>,
}

#[derive(Args)]
pub(crate) struct ReportArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// When to colour human output (auto: when stdout is a terminal and NO_COLOR is unset)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Write the report to FILE instead of stdout (the exit status is the same)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
    /// When to colour human output (auto: when stdout is a terminal and NO_COLOR is unset)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Which verdicts fail the run (exit 1): contradicted figures only, any flagged
    /// figure, or none [default: the config's fail-on, or unsupported]
    #[arg(long, value_enum, value_name = "VERDICT")]
    pub fail_on: Option<FailOnArg>,
    /// Report only figures on lines added or changed since this git revision (a branch,
    /// tag or commit: the pull request's base); new and untracked files count as changed
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Room for figures hedged "about" or "nearly", as a fraction (0.05 is 5%)
    /// [default: the config's tolerance, or 0.05]
    #[arg(long, value_name = "FRACTION")]
    pub tolerance: Option<f64>,
}

// A check allocates small strings and vectors by the thousand; mimalloc takes a sixth off
// the engine bench against glibc's malloc (the bench runs with it too).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Status::Clean) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::from(1),
        Ok(Status::Incomplete) => ExitCode::from(2),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<Status> {
    let config = cli.config.as_deref();
    match cli.command {
        Command::Check {
            corpus,
            output,
            gate,
            verbose,
            files,
        } => commands::check(config, &corpus, &output, &gate, verbose, &files),
        Command::Figures { output, files } => commands::figures(&output, &files),
        Command::Query {
            corpus,
            output,
            claim,
        } => commands::query(config, &corpus, &output, &claim),
        Command::Explain {
            corpus,
            json,
            limit,
            target,
        } => explain::explain(config, &corpus, json, limit, &target),
        Command::Index { corpus } => commands::index(config, &corpus),
        // Exit status 0 after shutdown and exit, 1 after exit alone, as LSP asks.
        Command::Lsp => {
            if let Some(path) = config
                && !path.is_file()
            {
                anyhow::bail!("{}: no such config file", path.display());
            }
            match figcheck_lsp::run_stdio(config)? {
                0 => Ok(Status::Clean),
                _ => Ok(Status::Failed),
            }
        }
    }
}
