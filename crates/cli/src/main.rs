//! `figcheck`: checks the figures in a draft against a corpus of source documents.
//!
//! This binary is glue: it parses arguments, reads inputs, opens the corpus and hands
//! everything to the library crates, then maps the outcome to an exit status (0 nothing
//! flagged, 1 something flagged, 2 error).

mod claims;
mod commands;
mod corpus;
mod draft;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};

use crate::commands::Status;
use crate::output::{ColorChoice, OutputFormat};

const MAIN_HELP: &str = "\
Examples:
  figcheck check drafts/robots.md            check a draft against ./corpus
  figcheck check --corpus sources a.md b.md  check two drafts against ./sources
  figcheck query 'Korea installed = 30,600 robots'
  figcheck figures drafts/robots.md          list the figures figcheck sees

Exit status: 0 when every figure is supported, 1 when any figure is contradicted or
unsupported, 2 on an error (unreadable file, bad claim, unusable corpus).";

const CHECK_HELP: &str = "\
Each figure in the draft is stated as a claim, checked against the sources and reported:
  error[contradicted]   a source gives another value (shown, with a suggested fix)
  warning[unsupported]  no source states the figure
Supported figures are only listed with --verbose; the JSON output lists every figure.

Files ending in .claims hold one claim per line (see `figcheck query --help`); each is
evaluated and reported like a figure.

Examples:
  figcheck check drafts/robots.md
  figcheck check --corpus corpus --corpus more-sources drafts/*.md
  figcheck check --format json drafts/robots.md > report.json
  figcheck check facts.claims";

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
        output: OutputArgs,
        /// Also report supported figures, and every piece of evidence
        #[arg(long, short)]
        verbose: bool,
        /// Drafts (Markdown or plain text) or .claims files
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Lists the figures found in drafts, without checking them
    #[command(after_help = FIGURES_HELP)]
    Figures {
        #[command(flatten)]
        output: OutputArgs,
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Evaluates one claim against the corpus
    #[command(after_help = QUERY_HELP)]
    Query {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        output: OutputArgs,
        /// The claim, quoted for the shell: 'Korea installed = 30,600 robots'
        #[arg(value_name = "CLAIM")]
        claim: String,
    },
    /// Builds or refreshes the corpus index and prints what it holds
    #[command(after_help = INDEX_HELP)]
    Index {
        #[command(flatten)]
        corpus: CorpusArgs,
    },
}

#[derive(Args)]
pub(crate) struct CorpusArgs {
    /// Directory of source documents (.txt, .md); repeat for several
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: Vec<PathBuf>,
    /// Where to keep the index [default: <first corpus dir>/.figcheck/index]
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct OutputArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// When to colour human output (auto: when stdout is a terminal and NO_COLOR is unset)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(Status::Clean) => ExitCode::SUCCESS,
        Ok(Status::Flagged) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<Status> {
    match command {
        Command::Check {
            corpus,
            output,
            verbose,
            files,
        } => commands::check(&corpus, &output, verbose, &files),
        Command::Figures { output, files } => commands::figures(&output, &files),
        Command::Query {
            corpus,
            output,
            claim,
        } => commands::query(&corpus, &output, &claim),
        Command::Index { corpus } => commands::index(&corpus),
    }
}
