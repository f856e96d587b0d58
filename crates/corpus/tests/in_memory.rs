//! The in-memory corpus: figures, searches and word weights over small documents.

use figcheck_corpus::{Corpus, CorpusError, Found, SourceDoc};
use figcheck_figures::Kind;

const ROBOTS: &str = "Robots and Money\n\
Korea installed 30,600 industrial robots last year. \
The United States installed 34,200 robots.\n\
Korea’s AI market was estimated at about $9.06 billion.\n";

const NOTES_MD: &str =
    "# Notes\n\nThe Stanford index   counted 87 notable models.\n\n```\nlet robots = 777;\n```\n";

fn corpus() -> Corpus {
    Corpus::from_docs(vec![
        SourceDoc {
            path: "src/robots.txt".into(),
            text: ROBOTS.into(),
        },
        SourceDoc {
            path: "src/notes.md".into(),
            text: NOTES_MD.into(),
        },
    ])
    .expect("in-memory corpus builds")
}

fn words(ws: &[&str]) -> Vec<String> {
    ws.iter().map(|w| w.to_string()).collect()
}

fn texts(found: &[Found]) -> Vec<String> {
    found.iter().map(|f| f.figure.text.clone()).collect()
}

#[test]
fn figures_carry_position_sentence_and_source() {
    let c = corpus();
    let all = c.figures().unwrap();
    let fig = all
        .iter()
        .find(|f| f.text == "30,600")
        .expect("30,600 is a source figure");
    assert_eq!(fig.source, "src/robots.txt");
    assert_eq!((fig.line, fig.column), (2, 17));
    assert_eq!(&ROBOTS[fig.start..fig.end], "30,600");
    assert_eq!(fig.quantity.value, 30600.0);
    assert_eq!(
        fig.sentence,
        "Korea installed 30,600 industrial robots last year."
    );

    // Whitespace in the quote is collapsed.
    let models = all.iter().find(|f| f.text == "87").expect("87 is a figure");
    assert_eq!(models.source, "src/notes.md");
    assert_eq!(
        models.sentence,
        "The Stanford index counted 87 notable models."
    );
}

#[test]
fn figures_are_grouped_by_source_in_text_order() {
    let c = corpus();
    let all = c.figures().unwrap();
    let order: Vec<(&str, usize)> = all.iter().map(|f| (f.source.as_str(), f.start)).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|&(s, start)| (s != "src/robots.txt", start));
    assert_eq!(order, sorted);
}

#[test]
fn markdown_code_is_not_a_source_of_figures_or_passages() {
    let c = corpus();
    assert!(c.figures().unwrap().iter().all(|f| f.text != "777"));
    assert!(c.search_passages(&words(&["let"]), 10).unwrap().is_empty());
}

#[test]
fn search_figures_by_context_words() {
    let c = corpus();
    let hits = c
        .search_figures(&words(&["industrial", "robots"]), &[], 10)
        .unwrap();
    assert_eq!(texts(&hits).first().map(String::as_str), Some("30,600"));
    let hits = c
        .search_figures(&words(&["United States"]), &[], 10)
        .unwrap();
    assert_eq!(texts(&hits).first().map(String::as_str), Some("34,200"));
    // Words are split and lowercased as the index was.
    let hits = c.search_figures(&words(&["STANFORD"]), &[], 10).unwrap();
    assert_eq!(texts(&hits), vec!["87"]);
    assert!(
        c.search_figures(&words(&["zeppelin"]), &[], 10)
            .unwrap()
            .is_empty()
    );
    assert!(c.search_figures(&[], &[], 10).unwrap().is_empty());
    assert!(
        c.search_figures(&words(&["robots"]), &[], 0)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn search_figures_filters_by_kind() {
    let c = corpus();
    let hits = c
        .search_figures(&words(&["korea", "market", "robots"]), &[Kind::Money], 10)
        .unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|f| f.figure.quantity.kind == Kind::Money));
    assert_eq!(texts(&hits)[0], "$9.06 billion");

    let both = c
        .search_figures(&words(&["korea"]), &[Kind::Money, Kind::Number], 10)
        .unwrap();
    let kinds: Vec<Kind> = both.iter().map(|f| f.figure.quantity.kind).collect();
    assert!(kinds.contains(&Kind::Money) && kinds.contains(&Kind::Number));
}

#[test]
fn search_figures_respects_the_limit() {
    let c = corpus();
    let hits = c
        .search_figures(&words(&["installed", "robots"]), &[], 1)
        .unwrap();
    assert_eq!(hits.len(), 1);
}

#[test]
fn figures_in_range_is_numeric() {
    let c = corpus();
    let hits = c
        .figures_in_range(Some(Kind::Number), 30_000.0, 31_000.0)
        .unwrap();
    assert_eq!(texts(&hits), vec!["30,600"]);
    let hits = c.figures_in_range(None, 9.0e9, 9.1e9).unwrap();
    assert_eq!(texts(&hits), vec!["$9.06 billion"]);
    // Bounds are inclusive.
    let hits = c.figures_in_range(None, 34_200.0, 34_200.0).unwrap();
    assert_eq!(texts(&hits), vec!["34,200"]);
    // The wrong kind finds nothing; so do reversed or NaN bounds.
    assert!(
        c.figures_in_range(Some(Kind::Percent), 0.0, 1e12)
            .unwrap()
            .is_empty()
    );
    assert!(
        c.figures_in_range(None, 31_000.0, 30_000.0)
            .unwrap()
            .is_empty()
    );
    assert!(c.figures_in_range(None, f64::NAN, 1.0).unwrap().is_empty());
    // Everything, in the stable order.
    let all = c
        .figures_in_range(None, f64::NEG_INFINITY, f64::INFINITY)
        .unwrap();
    assert_eq!(all.len() as u64, c.figure_count());
    assert_eq!(all.len(), c.figures().unwrap().len());
    assert!(all.windows(2).all(|w| w[0].order < w[1].order));
}

#[test]
fn search_passages_finds_sentences_with_their_place() {
    let c = corpus();
    let found = c.search_passages(&words(&["market"]), 5).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, "src/robots.txt");
    assert_eq!((found[0].line, found[0].column), (3, 1));
    assert_eq!(
        found[0].text,
        "Korea’s AI market was estimated at about $9.06 billion."
    );

    let found = c
        .search_passages(&words(&["united", "states", "robots"]), 5)
        .unwrap();
    assert_eq!(found[0].text, "The United States installed 34,200 robots.");
    assert_eq!((found[0].line, found[0].column), (2, 53));

    // The heading line, with no final period, is a passage of its own.
    let found = c.search_passages(&words(&["money"]), 5).unwrap();
    assert_eq!(found[0].text, "Robots and Money");
}

#[test]
fn word_weights_favour_rare_words() {
    let c = corpus();
    let common = c.word_weight("robots");
    let rare = c.word_weight("stanford");
    assert!(
        common < rare,
        "robots {common} should weigh less than stanford {rare}"
    );
    assert_eq!(c.word_weight("zeppelin"), 1.0);
    for w in ["robots", "korea", "the", "stanford", "installed"] {
        let weight = c.word_weight(w);
        assert!((0.0..=1.0).contains(&weight), "{w}: {weight}");
    }
    // Capitals are forgiven.
    assert_eq!(c.word_weight("Stanford"), rare);
    // A word the index splits weighs as its most telling part.
    assert_eq!(c.word_weight("stanford-robots"), rare);
}

#[test]
fn results_do_not_depend_on_the_build() {
    let a = corpus();
    let b = corpus();
    let q = words(&["korea", "robots", "installed", "market"]);
    assert_eq!(
        a.search_figures(&q, &[], 10).unwrap(),
        b.search_figures(&q, &[], 10).unwrap()
    );
    assert_eq!(
        a.search_passages(&q, 10).unwrap(),
        b.search_passages(&q, 10).unwrap()
    );
    assert_eq!(a.figures().unwrap(), b.figures().unwrap());
}

#[test]
fn duplicate_paths_are_refused() {
    let doc = SourceDoc {
        path: "a.txt".into(),
        text: "One 1.".into(),
    };
    let err = Corpus::from_docs(vec![doc.clone(), doc]).unwrap_err();
    assert!(matches!(err, CorpusError::DuplicateSource { .. }));
    assert!(err.to_string().contains("a.txt"));
}

#[test]
fn an_empty_corpus_answers_nothing() {
    let c = Corpus::from_docs(Vec::new()).unwrap();
    assert!(c.figures().unwrap().is_empty());
    assert!(
        c.search_figures(&words(&["robots"]), &[], 5)
            .unwrap()
            .is_empty()
    );
    assert!(
        c.search_passages(&words(&["robots"]), 5)
            .unwrap()
            .is_empty()
    );
    assert_eq!(c.word_weight("robots"), 1.0);
}
