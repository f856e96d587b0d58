//! A figure checked against a table: the cell in the claim owner's row, under the header
//! that names the claim's measure, decides, whatever equal numbers stand elsewhere in
//! the table.
//!
//! The box score here is written for these tests: fictional players.

use figcheck_check::features::Owner;
use figcheck_check::{Engine, Finding, Role, Verdict};
mod common;
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

const BOX_SCORE: &str = "\
# Box score

| Player | Starting position | Minutes | Points | Three-pointers made | Rebounds | Assists | Steals |
|---|---|---|---|---|---|---|---|
| Odile Brand | F | 33 | 17 | 3 | 7 | 0 | 2 |
| Kasimir Holt | G | 29 | 7 | 1 | 3 | 3 | 17 |
";

fn corpus() -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: "corpus/box-score.md".into(),
        text: BOX_SCORE.into(),
    }])
    .expect("the test corpus indexes")
}

fn finding<'f>(findings: &'f [Finding], text: &str, nth: usize) -> &'f Finding {
    findings
        .iter()
        .filter(|f| f.figure.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no figure {text:?} (#{nth}) in {findings:?}"))
}

#[test]
fn the_owners_cell_for_the_measure_decides() {
    let c = corpus();
    let e = Engine::new(&c).with_explanations(usize::MAX);
    let f = e.check_text(
        "Odile Brand had 17 points, 17 rebounds and three assists.",
        Format::Markdown,
    );
    let points = finding(&f, "17", 0);
    assert_eq!(points.verdict, Verdict::Supported);
    assert!(points.considered.iter().any(|c| c.role == Role::OwnersCell));

    // Her row has a 17, under Points; her Rebounds cell says 7.
    let rebounds = finding(&f, "17", 1);
    assert_eq!(rebounds.verdict, Verdict::Contradicted, "{rebounds:?}");
    assert_eq!(rebounds.suggestion.as_deref(), Some("7"));
    assert!(
        rebounds
            .considered
            .iter()
            .any(|c| c.role == Role::OwnersCellAgainst)
    );

    // A three stands in her row (three-pointers) and in Holt's Assists; hers says 0.
    let assists = finding(&f, "three", 0);
    assert_eq!(assists.verdict, Verdict::Contradicted, "{assists:?}");
    assert_eq!(assists.suggestion.as_deref(), Some("zero"));
}

#[test]
fn the_owners_cell_supports_what_it_states() {
    let c = corpus();
    let e = Engine::new(&c).with_explanations(usize::MAX);
    // His Minutes cell, not the other 29s a box score may hold.
    let f = e.check_text("Kasimir Holt played 29 minutes.", Format::Markdown);
    let minutes = finding(&f, "29", 0);
    assert_eq!(minutes.verdict, Verdict::Supported);
    assert!(
        minutes
            .considered
            .iter()
            .any(|c| c.role == Role::OwnersCell)
    );
}

#[test]
fn a_number_word_in_a_header_is_no_evidence() {
    let c = corpus();
    let e = Engine::new(&c).with_explanations(usize::MAX);
    let f = e.check_text("Kasimir Holt had three steals.", Format::Markdown);
    let steals = finding(&f, "three", 0);
    assert_eq!(steals.verdict, Verdict::Contradicted, "{steals:?}");
    assert!(
        steals
            .considered
            .iter()
            .all(|c| !c.evidence.quote.starts_with("Player")),
        "the header row's Three- is no figure"
    );
}

#[test]
fn a_neighbours_measure_does_not_tie_a_figure_to_its_cell() {
    let c = corpus();
    let e = Engine::new(&c);
    // Holt's row has a 3 under Rebounds, the measure of the figure before; his Steals
    // cell says 17. "rebounds" is in the sentence for "three rebounds", not for the
    // steals.
    let f = e.check_text(
        "Holt was right behind her with seven points, three rebounds and three steals.",
        Format::Markdown,
    );
    let rebounds = finding(&f, "three", 0);
    assert_eq!(rebounds.verdict, Verdict::Supported, "{rebounds:?}");
    let steals = finding(&f, "three", 1);
    assert_ne!(steals.verdict, Verdict::Supported, "{steals:?}");
}

#[test]
fn a_surname_alone_finds_its_row() {
    let c = corpus();
    let e = Engine::new(&c);
    // The sources never write "Holt" alone, so it is no name the engine knows; it is
    // still the last word of one row's label, and that row's Steals cell says 17.
    let f = e.check_text(
        "Holt was right behind her with seven points and three steals.",
        Format::Markdown,
    );
    let steals = finding(&f, "three", 0);
    assert_eq!(steals.verdict, Verdict::Contradicted, "{steals:?}");
    assert_eq!(steals.suggestion.as_deref(), Some("seventeen"));
}

/// A table of changes: the owner's cell under "Change" holds the claim's fall as a
/// negative value. Fictional carriers, written for this test.
const CHANGES: &str = "\
Air cargo fell 2.5% to 31,400 tons.

| Airline | Passengers | Change from 2024 (%) | Market share (%) |
|---|---|---|---|
| Harbor Air | 912,000 | +5.2 | 37.8 |
| Pinewood Express | 262,000 | -3.0 | 10.9 |
";

#[test]
fn a_fall_is_the_owners_negative_cell_in_a_column_of_changes() {
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/traffic.md".into(),
        text: CHANGES.into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    for (draft, verdict) in [
        (
            "Pinewood Express, whose traffic fell 3.0%, is shrinking.",
            Verdict::Supported,
        ),
        ("Harbor Air grew 5.2% last year.", Verdict::Supported),
        // another owner's row holds the fall
        (
            "Harbor Air, whose traffic fell 3.0%, is shrinking.",
            Verdict::Contradicted,
        ),
    ] {
        let f = e.check_text(draft, Format::Markdown);
        let pct = f
            .iter()
            .find(|f| f.figure.text.ends_with('%'))
            .expect("a percentage");
        assert_eq!(pct.verdict, verdict, "{draft}: {pct:?}");
    }
    // said to be a share, not a change: the owner's change cell is no support
    let f = e.check_text("Pinewood Express had a share of 3.0%.", Format::Markdown);
    assert_ne!(f[0].verdict, Verdict::Supported, "{f:?}");
}

/// The verdict on the draft's first percentage.
fn percentage_verdict(e: &Engine, draft: &str) -> Verdict {
    let f = e.check_text(draft, Format::Markdown);
    f.iter()
        .find(|f| f.figure.text.ends_with('%'))
        .expect("a percentage")
        .verdict
}

#[test]
fn a_sentence_about_a_common_noun_finds_the_row_it_labels_in_a_column_of_changes() {
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/port.md".into(),
        text: "The Port of Halvering handled 8.42 million tons of barge freight in 2025, \
               down 3.7% from 8.74 million tons in 2024 and the lowest total since 2019.\n\n\
               Table 1. Tonnage by commodity, 2025\n\n\
               | Commodity | Tons (thousands) | Change from 2024 (%) | Share of tonnage (%) |\n\
               |---|---|---|---|\n\
               | Grain | 3,150 | -7.1 | 37.4 |\n\
               | Aggregates | 1,690 | +5.0 | 20.1 |\n\
               | Coal | 1,460 | -15.1 | 17.3 |\n\
               | Total | 8,420 | -3.7 | 100.0 |\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let verdict = |draft: &str| percentage_verdict(&e, draft);
    // "grain" written in lower case elsewhere is a common noun, no one's name
    let draft = |change: &str| {
        format!(
            "Grain, the port's largest cargo, fell {change} to 3.15 million tons. Farmers \
             trucked their grain to the river."
        )
    };
    assert_eq!(verdict(&draft("7.1%")), Verdict::Supported);
    // another row's change is not the grain's
    assert_ne!(verdict(&draft("15.1%")), Verdict::Supported);
}

#[test]
fn a_label_of_two_nouns_is_named_by_the_claims_words() {
    // Written for this test: a market's sales by category.
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/market.md".into(),
        text:
            "| Category | Vendor sales ($ million) | Change from 2024 (%) | Share of sales (%) |\n\
               |---|---|---|---|\n\
               | Produce | 9.42 | +4.1 | 20.3 |\n\
               | Crafts and goods | 3.60 | -5.2 | 7.8 |\n\
               | All stalls | 46.30 | +5.5 | 100.0 |\n"
                .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let verdict = |draft: &str| percentage_verdict(&e, draft);
    let draft = |change: &str| {
        format!("Of all the categories, only the sales of crafts and goods fell, by {change}.")
    };
    assert_eq!(verdict(&draft("5.2%")), Verdict::Supported);
    assert_ne!(verdict(&draft("4.1%")), Verdict::Supported);
}

#[test]
fn a_percentage_of_the_total_is_the_market_share_column() {
    // Written for this test: fictional airlines.
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/traffic.md".into(),
        text: "\
| Airline | Passengers | Change from 2024 (%) | Market share (%) | On-time arrivals (%) | Routes |
|---|---|---|---|---|---|
| Kestrel Air | 912,000 | +5.2 | 37.8 | 81.4 | 9 |
| Tern Airways | 648,000 | +11.5 | 26.9 | 77.9 | 7 |
| Gannet Jet | 455,000 | +14.3 | 18.9 | 84.6 | 6 |
| All airlines | 2,412,000 | +7.8 | 100.0 | 81.2 | 30 |

Kestrel Air remains the largest carrier, though its market share slipped to 37.8% from 38.7%.
"
        .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "Kestrel Air carried 912,000 passengers, about 38% of the total, on 120 flights a \
         week.\n\nTern Airways carried 648,000 passengers, about 31% of the total.\n",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "38%", 0).verdict, Verdict::Supported, "{f:?}");
    assert_ne!(finding(&f, "31%", 0).verdict, Verdict::Supported, "{f:?}");
}

#[test]
fn only_a_total_right_after_a_percentage_makes_it_a_share() {
    let c = corpus();
    let e = Engine::new(&c);
    let claims = e.claims_of(
        "Kestrel Air carried about 38% of the total.\n\n\
         The state's grants total $21.4 million this year, up 27% from last year.\n\n\
         The state's 12 grants total $21.4 million, up 28% from last year.\n\n\
         Kestrel Air carried 37.8% of all passengers.\n",
        Format::Markdown,
    );
    let words_of = |text: &str| common::claim_words(&claims, text);
    assert!(words_of("38%").contains(&"share".to_string()));
    assert!(!words_of("27%").contains(&"share".to_string()));
    // a total before the figure, however near, is what was totalled
    assert!(!words_of("28%").contains(&"share".to_string()));
    assert!(words_of("37.8%").contains(&"share".to_string()));
}

/// A draft names a club by its city, as game reports do; the box score labels its row
/// with the club's name, and the prose gives the whole name once.
#[test]
fn a_city_owns_what_the_club_named_after_it_has() {
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/game.md".into(),
        text: "\
# Game

The Harbor City Gulls played the Ridge Falcons in Ridge on Tuesday, December 27, 2016.

| Team | Rebounds | Assists |
|---|---|---|
| Gulls | 46 | 22 |
| Falcons | 32 | 19 |
"
        .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "Harbor City grabbed 32 rebounds and handed out 22 assists.",
        Format::Markdown,
    );
    let rebounds = finding(&f, "32", 0);
    assert_eq!(rebounds.verdict, Verdict::Contradicted, "{rebounds:?}");
    assert_eq!(rebounds.suggestion.as_deref(), Some("46"));
    assert_eq!(finding(&f, "22", 0).verdict, Verdict::Supported);
}

/// A log counts "Visits"; a draft writes of the same count as visitors. The doer and its
/// deed are one unit, so the log's cell is the figure's support, and a report's yearly
/// count of visitors is no counterpart to it.
#[test]
fn visitors_are_counted_by_a_column_of_visits() {
    // Written for this test: a state's service centers.
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/log.md".into(),
            text: "| Month | Visits | Visits, year to date |\n\
                   |---|---|---|\n\
                   | May | 161,700 | 786,700 |\n\
                   | June | 154,400 | 941,100 |\n\
                   | January to June | 941,100 | |\n\n\
                   January to June 2025: 1,003,600 visits.\n"
                .into(),
        },
        SourceDoc {
            path: "corpus/report.md".into(),
            text: "The department's 24 service centers served 1,904,000 visitors in person, \
                   down 5.8% from 2,022,000."
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "The centers served 941,100 visitors over those months, down 6.2% from 1,003,600 a \
         year earlier.",
        Format::Plain,
    );
    assert_eq!(
        finding(&f, "941,100", 0).verdict,
        Verdict::Supported,
        "{f:#?}"
    );
}

/// A month that labels a row is no one's name: "May, Saturday visits: 9,100" is not
/// another owner's figure for a draft whose paragraph is about one center. (With more
/// sources that name the center, that owner had outweighed the cell.)
#[test]
fn a_month_labelling_a_row_is_no_other_owner() {
    // Written for this test: a state's service centers.
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/log.md".into(),
        text: "| Month | Visits | Saturday visits |\n\
               |---|---|---|\n\
               | April | 158,300 | 9,400 |\n\
               | May | 161,700 | 9,100 |\n\n\
               The busiest day was Monday, March 2, with 8,910 visitors; the longest wait \
               was at Harbor Point.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c).with_explanations(usize::MAX);
    let f = e.check_text(
        "At Harbor Point the center served 2,140 Saturday customers in May. The statewide \
         log shows 9,100 Saturday visits that month.",
        Format::Plain,
    );
    let count = finding(&f, "9,100", 0);
    assert_eq!(count.verdict, Verdict::Supported, "{f:#?}");
    let cell = count
        .considered
        .iter()
        .find(|c| c.evidence.text == "9,100")
        .expect("the May row's cell is weighed");
    assert_ne!(cell.features.owner, Owner::Other, "{cell:#?}");
}
