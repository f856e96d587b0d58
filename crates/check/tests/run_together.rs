//! Two source sentences a writer ran into one: the value copied from the first with the
//! companions it carried over from the second is stated, not contradicted by another
//! value of the second. The sources are written for these tests.

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const RATE: &str =
    "The bonds carry an estimated interest rate of 4.6% and will be repaid over 30 years.";
const SERVICE: &str = "Annual debt service of about $3.6 million will come from three sources: \
    the team's lease payment of $1.2 million a year; an increase in the hotel tax from 6% to \
    7%, expected to raise $1.7 million a year; and a $2 surcharge on every ticket.";
const DRAFT: &str = "- Debt service: about $3.6 million a year for 30 years, at 4.6%.";

fn verdict_of_rate(source: String) -> Verdict {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/release.md".into(),
        text: source,
    }])
    .expect("the test corpus indexes");
    let findings = Engine::new(&corpus).check_text(DRAFT, Format::Markdown);
    findings
        .iter()
        .find(|f| f.figure.text == "4.6%")
        .unwrap_or_else(|| panic!("no 4.6% in {findings:?}"))
        .verdict
}

#[test]
fn a_value_copied_from_the_sentence_before_its_companions_is_stated() {
    let next_door = format!("The council approved the bonds on Monday. {RATE} {SERVICE}");
    assert_eq!(verdict_of_rate(next_door), Verdict::Supported);
}

#[test]
fn sentences_apart_they_were_not_run_together() {
    let filler = "The ballpark will seat 7,200 and open in April. ".repeat(4);
    let apart = format!("The council approved the bonds on Monday. {RATE} {filler}{SERVICE}");
    assert_ne!(verdict_of_rate(apart), Verdict::Supported);
}
