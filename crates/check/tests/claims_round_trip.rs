//! Every claim the engine states for a draft figure must print as claim-language text
//! that parses back to the same claim: that is what lets a writer copy a claim from the
//! output into `figcheck query` and get the same verdict.

use figcheck_check::Engine;
use figcheck_figures::Format;

mod common;

#[test]
fn engine_claims_print_and_parse_back_unchanged() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let corpus = common::bundled_corpus();
    let engine = Engine::new(&corpus);

    let mut drafts = vec![
        format!("{root}/examples/draft.md"),
        format!("{root}/tests/bench/draft-2000.md"),
    ];
    for entry in std::fs::read_dir(format!("{root}/tests/devset")).expect("devset") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") && !path.ends_with("README.md") {
            drafts.push(path.display().to_string());
        }
    }
    let mut checked = 0;
    let mut failures = Vec::new();
    for draft in &drafts {
        let text = std::fs::read_to_string(draft).expect("draft");
        for finding in engine.check_text(&text, Format::Markdown) {
            let printed = finding.claim.to_string();
            match figcheck_claims::parse(&printed) {
                Ok(parsed) if parsed == finding.claim => {}
                Ok(parsed) => failures.push(format!(
                    "{draft}: {printed:?} parsed back differently:\n  stated {:?}\n  parsed {:?}",
                    finding.claim.quantity, parsed.quantity
                )),
                Err(e) => failures.push(format!("{draft}: {printed:?} does not parse: {e}")),
            }
            // And evaluating the printed claim gives the same verdict.
            if let Ok(parsed) = figcheck_claims::parse(&printed) {
                let again = engine.evaluate(&parsed);
                if again.verdict != finding.verdict {
                    failures.push(format!(
                        "{draft}: {printed:?} was {:?} in the draft but {:?} as a query",
                        finding.verdict, again.verdict
                    ));
                }
            }
            checked += 1;
        }
    }
    assert!(
        checked > 200,
        "expected the drafts to hold many figures, saw {checked}"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} claims failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
