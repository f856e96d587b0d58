//! The example in `docs/config.md` is a valid config that means what the page says.

use std::path::{Path, PathBuf};

use figcheck_config::{Config, FailOn, Severity};

#[test]
fn the_documented_example_parses() {
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/config.md"))
            .expect("docs/config.md");
    let example = page
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a toml block");
    let c = Config::parse(example, Path::new("news/figcheck.toml")).expect("the example is valid");
    assert_eq!(c.fail_on, FailOn::Unsupported);
    assert_eq!(c.tolerance, Some(0.05));
    assert_eq!(c.severity.supported, Severity::Off);
    let sources = c.sources();
    assert_eq!(
        sources.dirs,
        [
            PathBuf::from("news/sources/wire"),
            PathBuf::from("news/sources/reports")
        ]
    );
    assert_eq!(sources.include, ["*.txt"]);
    assert_eq!(c.index_dir(), Path::new("news/.figcheck/index"));
    assert_eq!(c.ignore.phrases, ["according to our own survey"]);
}
