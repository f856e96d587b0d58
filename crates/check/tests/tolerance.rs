//! `Engine::with_tolerance`: the room a configured tolerance gives figures hedged "about".

use figcheck_check::{Engine, Verdict};
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

fn corpus() -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: "robots.txt".into(),
        text: "Korea installed 30,600 industrial robots last year.".into(),
    }])
    .expect("index")
}

fn verdict(engine: &Engine<'_>, draft: &str) -> (Verdict, String) {
    let findings = engine.check_text(draft, Format::Plain);
    let f = findings.first().expect("a figure");
    (f.verdict, f.claim.to_string())
}

#[test]
fn hedged_figures_use_the_configured_room() {
    let corpus = corpus();
    let draft = "Korea installed about 28,500 industrial robots last year.";
    // 28,500 is 7% below 30,600: outside the default 5%.
    let (default, claim) = verdict(&Engine::new(&corpus), draft);
    assert_ne!(default, Verdict::Supported, "{claim}");
    assert!(!claim.contains('±'), "{claim}");
    let wide = Engine::new(&corpus).with_tolerance(Some(0.1));
    let (v, claim) = verdict(&wide, draft);
    assert_eq!(v, Verdict::Supported, "{claim}");
    assert!(claim.ends_with("±10%"), "the claim carries it: {claim}");
}

#[test]
fn exact_figures_and_none_are_unchanged() {
    let corpus = corpus();
    let draft = "Korea installed 30,600 industrial robots last year.";
    let wide = Engine::new(&corpus).with_tolerance(Some(0.5));
    let (v, claim) = verdict(&wide, draft);
    assert_eq!(v, Verdict::Supported);
    assert!(!claim.contains('±'), "only hedged figures get it: {claim}");
    let draft = "Korea installed 31,600 industrial robots last year.";
    let (v, _) = verdict(&wide, draft);
    assert_eq!(v, Verdict::Contradicted, "an exact figure is still exact");
    let none = Engine::new(&corpus).with_tolerance(None);
    let (v, _) = verdict(
        &none,
        "Korea installed about 28,500 industrial robots last year.",
    );
    assert_ne!(v, Verdict::Supported);
}

/// A bound just past the source's value is what a writer rounds to: "more than 40%" for
/// 41% is supported.
#[test]
fn a_bound_just_past_the_source_value_is_supported() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "report.txt".into(),
        text: "Medicare remained the largest payer, accounting for 41% of net patient revenue. \
               Commercial insurance provided 33%."
            .into(),
    }])
    .expect("index");
    let engine = Engine::new(&corpus);
    let (v, claim) = verdict(
        &engine,
        "Medicare still pays for more than 40% of Northgate's patient revenue.",
    );
    assert_eq!(v, Verdict::Supported, "{claim}");
}

/// Two maxima of one measure must be the same: "up to nine days" is not the source's
/// "as long as six days", though every value up to six is up to nine. Another kind of
/// bound is still implied by a tighter one.
#[test]
fn a_maximum_is_not_supported_by_a_smaller_maximum() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "storm.txt".into(),
        text: "The ice storm left 21,600 members without power, some for as long as six days."
            .into(),
    }])
    .expect("index");
    let engine = Engine::new(&corpus);
    let draft = "The ice storm left members without power for up to nine days.";
    let (v, claim) = verdict(&engine, draft);
    assert_eq!(v, Verdict::Contradicted, "{claim}");
    let (v, claim) = verdict(
        &engine,
        "The ice storm left members without power for up to six days.",
    );
    assert_eq!(v, Verdict::Supported, "{claim}");
}

/// Two minima of one measure: "over 80 stores" misstates the source's "over 100", though
/// every value over 100 is over 80; the bound copied, or cut to its leading digit ("more
/// than 1,000" for "more than 1,200"), is supported.
#[test]
fn a_minimum_far_below_the_sources_misstates_it() {
    // Written for this test.
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "plan.txt".into(),
        text: "We plan to build over 100 Autoway pre-owned stores, and more than 1,200 \
               people will work in them."
            .into(),
    }])
    .expect("index");
    let engine = Engine::new(&corpus);
    let (v, claim) = verdict(
        &engine,
        "The company plans to build over 80 Autoway pre-owned stores.",
    );
    assert_ne!(v, Verdict::Supported, "{claim}");
    let (v, claim) = verdict(
        &engine,
        "The company plans to build over 100 Autoway pre-owned stores.",
    );
    assert_eq!(v, Verdict::Supported, "{claim}");
    let (v, claim) = verdict(&engine, "More than 1,000 people will work in the stores.");
    assert_eq!(v, Verdict::Supported, "{claim}");
}

/// An amount a year is not an amount a month: "$20,000 a year" is neither supported nor
/// contradicted by "$1,500 a month", and "$18,000 a year" is that amount twelve times.
#[test]
fn amounts_of_two_periods_are_compared_through_the_year() {
    let corpus = Corpus::from_docs(vec![SourceDoc {
        path: "board.txt".into(),
        text: "Directors serve three-year terms and are paid $1,500 a month.".into(),
    }])
    .expect("index");
    let engine = Engine::new(&corpus);
    let (v, claim) = verdict(&engine, "Directors are paid $20,000 a year for a term.");
    assert_eq!(v, Verdict::Unsupported, "{claim}");
    assert!(claim.contains("per 1 year"), "{claim}");
    let findings = engine.check_text(
        "Directors are paid $18,000 a year for a term.",
        Format::Plain,
    );
    let f = findings.first().expect("a figure");
    assert_eq!(f.verdict, Verdict::Supported, "{}", f.claim);
    assert_eq!(
        f.derivation.as_deref(),
        Some("$1,500 a month × 12 = $18,000 a year")
    );
    let (v, claim) = verdict(&engine, "Directors are paid $1,800 a month for a term.");
    assert_eq!(v, Verdict::Contradicted, "{claim}");
}
