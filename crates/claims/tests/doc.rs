//! Keeps docs/claim-language.md honest: every line of its ```claim blocks must parse
//! (and print back to an equal claim), and every ```claim-error example must fail with
//! exactly the message written under it.

use figcheck_claims::{parse, parse_claims_file};

const DOC: &str = include_str!("../../../docs/claim-language.md");

/// The bodies of the fenced blocks whose info string is exactly `info`.
fn blocks(info: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for line in DOC.lines() {
        match current.as_mut() {
            None if line.trim_start().trim_start_matches('`').trim() == info
                && line.trim_start().starts_with("```") =>
            {
                current = Some(String::new());
            }
            Some(body) if line.trim_start().starts_with("```") => {
                found.push(std::mem::take(body));
                current = None;
            }
            Some(body) => {
                body.push_str(line);
                body.push('\n');
            }
            None => {}
        }
    }
    found
}

#[test]
fn every_documented_claim_parses_and_prints_back() {
    let blocks = blocks("claim");
    assert!(blocks.len() >= 3, "the doc lost its claim examples");
    let mut count = 0;
    for block in &blocks {
        for result in parse_claims_file(block) {
            let line = match result {
                Ok(line) => line,
                Err(error) => panic!("doc example does not parse:\n{}", error.render(block)),
            };
            let printed = line.claim.to_string();
            assert_eq!(
                parse(&printed).as_ref(),
                Ok(&line.claim),
                "doc example line {} prints as {printed:?}, which reads back differently",
                line.line
            );
            count += 1;
        }
    }
    assert!(count >= 20, "only {count} documented claims found");
}

#[test]
fn every_documented_error_is_the_error_given() {
    let blocks = blocks("claim-error");
    assert!(!blocks.is_empty(), "the doc lost its error examples");
    let mut count = 0;
    for block in &blocks {
        let lines: Vec<&str> = block.lines().collect();
        for pair in lines.chunks(2) {
            let [claim, message] = pair else {
                panic!("claim-error examples come in pairs: {pair:?}");
            };
            let message = message
                .strip_prefix("→ ")
                .unwrap_or_else(|| panic!("expected `→ message` under {claim:?}"));
            match parse(claim) {
                Ok(parsed) => panic!("{claim:?} is documented to fail but parses as {parsed}"),
                Err(error) => assert_eq!(error.to_string(), message, "for {claim:?}"),
            }
            count += 1;
        }
    }
    assert!(count >= 5);
}

#[test]
fn canonical_examples_print_as_written() {
    // The "How claims are printed" block is written in canonical form already.
    let canonical = blocks("claim")
        .into_iter()
        .find(|block| block.contains("±5% in \"003_*\""))
        .unwrap_or_default();
    assert!(!canonical.is_empty());
    for line in canonical.lines() {
        let claim = parse(line).unwrap_or_else(|e| panic!("{}", e.render(line)));
        assert_eq!(claim.to_string(), line);
    }
}
