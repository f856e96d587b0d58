//! `Engine::check_text_while`: a check asks between figures whether it is still wanted,
//! and gives up at once when it is not (the language server abandons superseded versions).

use std::cell::Cell;

use figcheck_check::Engine;
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const DRAFT: &str = "Korea installed 30,600 robots, Japan 44,500 and China 295,000 in 2024.";

fn corpus() -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: "robots.txt".into(),
        text: DRAFT.into(),
    }])
    .expect("index")
}

#[test]
fn a_wanted_check_gives_what_check_text_gives() {
    let corpus = corpus();
    let engine = Engine::new(&corpus);
    let asked = Cell::new(0);
    let all = engine
        .check_text_while(DRAFT, Format::Plain, || {
            asked.set(asked.get() + 1);
            true
        })
        .expect("never told to stop");
    assert_eq!(all, engine.check_text(DRAFT, Format::Plain));
    assert!(all.len() >= 3);
    assert_eq!(asked.get(), all.len(), "asked once per figure");
}

#[test]
fn an_unwanted_check_stops_at_the_next_figure() {
    let corpus = corpus();
    let engine = Engine::new(&corpus);
    let asked = Cell::new(0);
    let stopped = engine.check_text_while(DRAFT, Format::Plain, || {
        asked.set(asked.get() + 1);
        asked.get() < 2
    });
    assert_eq!(stopped, None);
    assert_eq!(
        asked.get(),
        2,
        "no figure is weighed after the answer is no"
    );
}
