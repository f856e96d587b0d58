//! The attribution cases from the engine's specification, against the bundled corpus.
//! Each one is a way a number-matcher goes wrong: a value that is in the corpus but
//! belongs to another entity, another measure, or another scale.

use figcheck_check::{Engine, Finding, Verdict};
use figcheck_corpus::Corpus;

mod common;
use figcheck_figures::Format;

fn corpus() -> Corpus {
    common::bundled_corpus()
}

fn check(engine: &Engine<'_>, draft: &str) -> Vec<Finding> {
    engine.check_text(draft, Format::Markdown)
}

fn one<'f>(findings: &'f [Finding], text: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.figure.text == text)
        .unwrap_or_else(|| {
            panic!(
                "no figure {text:?} in {:?}",
                findings.iter().map(|f| &f.figure.text).collect::<Vec<_>>()
            )
        })
}

#[test]
fn wrong_count_is_contradicted_with_the_sourced_value() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "Korea installed 31,600 industrial robots last year.");
    let f = one(&f, "31,600");
    assert_eq!(f.verdict, Verdict::Contradicted);
    assert_eq!(f.suggestion.as_deref(), Some("30,600"));
    assert!(
        f.evidence[0]
            .quote
            .contains("Korea installed 30,600 industrial robots")
    );
    assert!(f.evidence[0].source.ends_with("003_57944011cd868486.txt"));
}

#[test]
fn another_countrys_value_is_not_support() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "the United States installed 44,500 robots");
    let f = one(&f, "44,500");
    assert_eq!(f.verdict, Verdict::Contradicted);
    assert_eq!(f.suggestion.as_deref(), Some("34,200"));
}

#[test]
fn another_models_score_is_not_support() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "HyperCLOVA X SEED Think scores 23");
    let f = one(&f, "23");
    assert_eq!(f.verdict, Verdict::Contradicted);
    assert_eq!(f.suggestion.as_deref(), Some("24"));
}

#[test]
fn wrong_scale_is_contradicted_in_the_drafts_words() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "Upstage's Solar Open has 100 million parameters");
    let f = one(&f, "100 million");
    assert_eq!(f.verdict, Verdict::Contradicted);
    assert_eq!(f.suggestion.as_deref(), Some("100 billion"));
}

#[test]
fn counts_and_ranks_in_one_sentence_are_supported() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "Korea released five notable models, third after the US");
    assert_eq!(one(&f, "five").verdict, Verdict::Supported);
    assert_eq!(one(&f, "third").verdict, Verdict::Supported);
}

#[test]
fn hedged_figures_are_supported_within_their_hedge() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "some 295 thousand robots went to China");
    assert_eq!(one(&f, "295 thousand").verdict, Verdict::Supported);
    let f = check(&e, "Korea installed about 30,000 industrial robots.");
    assert_eq!(one(&f, "30,000").verdict, Verdict::Supported);
    let f = check(&e, "China installed nearly 300,000 robots.");
    assert_eq!(one(&f, "300,000").verdict, Verdict::Supported);
    let f = check(&e, "Korea had more than 1,000 robots per 10,000 workers.");
    assert_eq!(one(&f, "1,000").verdict, Verdict::Supported);
}

#[test]
fn same_value_for_another_measure_is_not_support() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "Korea's AI market grew 4.8 percentage points");
    assert_ne!(one(&f, "4.8 percentage points").verdict, Verdict::Supported);
}

#[test]
fn figures_nobody_states_are_unsupported() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(&e, "Samsung plans a 70-billion parameter model");
    assert_eq!(one(&f, "70-billion").verdict, Verdict::Unsupported);
}

#[test]
fn model_names_are_not_figures() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(
        &e,
        "LG's Exaone 4.0 broke into the top 10, and Mi:dm K 2.5 Pro did not.",
    );
    assert!(
        f.iter()
            .all(|f| !f.figure.text.contains("4.0") && !f.figure.text.contains("2.5"))
    );
}

#[test]
fn the_index_path_gives_the_same_verdicts_as_the_exhaustive_one() {
    let c = corpus();
    let exhaustive = Engine::new(&c);
    let indexed = Engine::new(&c).with_exhaustive_limit(0);
    let draft = "Korea installed 31,600 industrial robots. The United States installed 44,500 robots. \
                 HyperCLOVA X SEED Think scores 23. Korea's AI market was about $9.06 billion.";
    let a: Vec<_> = check(&exhaustive, draft)
        .into_iter()
        .map(|f| (f.figure.text, f.verdict, f.suggestion))
        .collect();
    let b: Vec<_> = check(&indexed, draft)
        .into_iter()
        .map(|f| (f.figure.text, f.verdict, f.suggestion))
        .collect();
    assert_eq!(a, b);
}

#[test]
fn figures_after_a_determiner_and_dates_named_after_them_are_found() {
    let c = corpus();
    let e = Engine::new(&c);
    // The source writes "This 236-billion parameter open-weights model…".
    let f = check(
        &e,
        "LG's K-EXAONE is a 236-billion parameter open-weights model.",
    );
    assert_eq!(one(&f, "236-billion").verdict, Verdict::Supported);
    // The source's "according to a June 1 report by the Posco Research Institute".
    let f = check(
        &e,
        "According to a June 1 report by the Posco Research Institute, Korea ranked third.",
    );
    assert_eq!(one(&f, "June 1").verdict, Verdict::Supported);
}

#[test]
fn a_clause_naming_another_model_does_not_blur_the_measure() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(
        &e,
        "HyperCLOVA X SEED Think scores 23, while Motif-2-12.7B also scores 24.",
    );
    assert_eq!(one(&f, "23").verdict, Verdict::Contradicted);
    assert_eq!(one(&f, "24").verdict, Verdict::Supported);
}

#[test]
fn a_name_after_a_preposition_is_not_the_figures_owner() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = check(
        &e,
        "LG's K-EXAONE scores 32 on the Intelligence Index and is a 236-billion parameter open-weights model.",
    );
    assert_eq!(one(&f, "32").verdict, Verdict::Supported);
    assert_eq!(one(&f, "236-billion").verdict, Verdict::Supported);
}

#[test]
fn a_figure_no_writer_slips_to_is_no_better_match() {
    // "…fifth in the world behind … the United States (34,200)": the exact value, the
    // United States' own. The patents sentence says "world" too, but its 4.68 per 100,000
    // is no count of robots a writer could have meant, so it must not outweigh the match.
    let c = corpus();
    let e = Engine::new(&c);
    let claim = figcheck_claims::parse("\"United States\" world = 34,200").expect("a claim");
    assert_eq!(e.evaluate(&claim).verdict, Verdict::Supported);
}

/// A word counts as near a figure only when it is near on both sides: in the source's
/// sentence within a few words of its figure, and among the claim's nearest words. A word
/// of another clause of the draft ("revenue rose …, and expenses came to $317.9 million")
/// shares the sentence but is not what the figure measures.
#[test]
fn near_words_are_near_on_both_sides() {
    let corpus = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "sources/trade.txt".into(),
        text: "Exports rose 12% in March.".into(),
    }])
    .expect("corpus");
    let engine = Engine::new(&corpus).with_explanations(4);
    let near = |claim: &str| {
        let claim = figcheck_claims::parse(claim).expect("claim parses");
        let (_, considered) = engine.explain(&claim);
        considered
            .first()
            .map(|c| c.features.near_coverage)
            .expect("a candidate")
    };
    // "exports" nearest the claim's figure, and beside the source's
    assert!(near("exports fell = 12%") > 0.0);
    // "exports" four words away in the claim: it is in the sentence, not near the figure
    assert_eq!(near("imports fell sharply again exports = 12%"), 0.0);
}

/// A value in a sentence that shares none of the claim's measure words, when the sources
/// state that measure elsewhere, neither supports nor corrects it: "22 years" in a
/// nurse's quote is no counterpart to "raises over three years".
#[test]
fn a_wordless_value_contradicts_nothing() {
    let c = figcheck_corpus::Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "courier.txt".into(),
        text: "The contract raises wages 7% immediately, a cumulative increase of about 15%. \
               Starting pay for a new graduate nurse rises from $38.50 to $41.20 an hour. \
               Northgate estimates the contract will cost $96 million over its three years. \
               \"This is the first contract in my 22 years here,\" said Carla Mendes, a nurse at \
               Northgate."
            .into(),
    }])
    .expect("index");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Northgate's raises add up to about 15% over three years, and starting pay rises by \
         $2.70 an hour.",
    );
    let three = one(&f, "three");
    assert_ne!(three.verdict, Verdict::Contradicted, "{}", three.claim);
}

/// The owner's own counterpart is suggested before a likelier one, but not one that says
/// much less of the claim's measure: the Authority's "6th-lowest" bill is its figure, yet
/// no answer to "third-largest utility".
#[test]
fn the_owners_counterpart_must_speak_to_the_measure() {
    let c = Corpus::from_docs(vec![
        figcheck_corpus::SourceDoc {
            path: "corpus/report.md".into(),
            text: "The Authority delivers water to about 1.4 million residents in 23 cities \
                   and towns. By population served, it is the fourth-largest water utility \
                   in the state.\n"
                .into(),
        },
        figcheck_corpus::SourceDoc {
            path: "corpus/article.md".into(),
            text: "Even after the increase, the Authority's typical bill will stay below the \
                   regional median of $81.20, according to a survey by the Regional \
                   Utilities Council, which ranked the Authority 6th-lowest of the 14 \
                   largest utilities in the region.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The Authority is the third-largest water utility in the state by population served.",
    );
    let f = one(&f, "third");
    assert_eq!(f.verdict, Verdict::Contradicted, "{f:?}");
    assert_eq!(f.suggestion.as_deref(), Some("fourth"));
}

#[test]
fn a_lead_in_and_a_sentence_opening_are_no_name_the_sources_use_in_lower_case() {
    // Written for this test.
    use figcheck_corpus::SourceDoc;
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/article.md".into(),
        text: "The airport logged 1,130 noise complaints in 2025, up from 740 in 2024, \
               and 62% of them came from Fairview. \
               Aircraft operations, counting every takeoff and landing, rose 4.1% to 61,800."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "**Noise.** Complaints rose to 1,130 from 740, a jump of 390.\n\n\
         **Noise.** Complaints rose to 1,130 from 704.\n",
    );
    let found: Vec<&Finding> = f.iter().filter(|f| f.figure.text == "740").collect();
    assert_eq!(found.len(), 1, "{f:?}");
    assert_eq!(found[0].verdict, Verdict::Supported, "{f:?}");
    let wrong = one(&f, "704");
    assert_ne!(wrong.verdict, Verdict::Supported, "{wrong:?}");
}

/// "They start at $15.40 an hour and are seeking $21": the $15.40 the draft states beside
/// $21 is its own figure's source, not $21's counterpart; the union's $19 is suggested.
/// The verdict was contradicted either way; only the value shown was wrong.
#[test]
fn a_value_the_draft_states_beside_the_figure_is_suggested_last() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/wages.txt".into(),
        text: "Brightline pickers start at $15.40 an hour. The union is seeking $19, and \
               Brightline has offered $16.10, rising to $17.20 in 2028.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Meanwhile, 410 Brightline pickers voted to strike. They start at $15.40 an hour and \
         are seeking $21.\n",
    );
    assert_eq!(one(&f, "$15.40").verdict, Verdict::Supported);
    let wanted = one(&f, "$21");
    assert_eq!(wanted.verdict, Verdict::Contradicted);
    assert_eq!(wanted.suggestion.as_deref(), Some("$19"), "{wanted:#?}");
}

/// Of counterparts about as probable, the value nearest the claim's is suggested: a
/// writer's slip lands near the value it misstates ("$2.57" for $2.75, not the $2.25 the
/// fare rises from).
#[test]
fn of_counterparts_about_as_probable_the_nearest_value_is_suggested() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/fares.txt".into(),
        text: "The base fare for a city bus ride rises from $2.25 to $2.75 in July, the \
               transit board said.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(&e, "The base bus fare rises to $2.57 in July.\n");
    let fare = one(&f, "$2.57");
    assert_eq!(fare.verdict, Verdict::Contradicted);
    assert_eq!(fare.suggestion.as_deref(), Some("$2.75"), "{fare:#?}");
}

#[test]
fn a_bare_count_of_millions_may_be_an_amount_of_money_said_aloud() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/release.txt".into(),
        text: "The largest state grant, $11.2 million, goes to the Harlow Creek cooperative \
               for a battery. The county has 2.4 million residents."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The state grant kicks in about eleven million for the Harlow Creek battery.",
    );
    assert_eq!(one(&f, "eleven million").verdict, Verdict::Supported);
    // a count of something is no amount of money
    let f = check(&e, "The county has about 11.2 million residents.");
    assert_ne!(one(&f, "11.2 million").verdict, Verdict::Supported);
}

/// An amount per period, restated beside the draft's own monthly figure: the source's
/// "$54 more a year" backs "$54 a year" though the two sentences share no other word,
/// and the sentence that holds the monthly "$4.50" (the draft's companion, which it
/// covers best) is that figure's source, not a counterpart of the yearly one.
#[test]
fn an_amount_for_the_same_period_is_backed_beside_a_companions_sentence() {
    // Written for this test.
    let c = Corpus::from_docs(vec![
        figcheck_corpus::SourceDoc {
            path: "corpus/report.md".into(),
            text: "The board approved a 3.8% rate increase. It will raise the average \
                   residential bill of $118.40 a month by about $4.50.\n"
                .into(),
        },
        figcheck_corpus::SourceDoc {
            path: "corpus/article.md".into(),
            text: "\"On a fixed income, $54 more a year is a week of groceries,\" said a \
                   retired bus driver.\n"
                .into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Rates rise 3.8% in April: about $4.50 more a month on the average bill, or $54 a year.",
    );
    let yearly = one(&f, "$54");
    assert_eq!(yearly.verdict, Verdict::Supported, "{}", yearly.claim);
    // the same amount for another period is no support
    let f = check(
        &e,
        "Rates rise 3.8% in April: about $54 more a month on the average bill.",
    );
    let monthly = one(&f, "$54");
    assert_ne!(monthly.verdict, Verdict::Supported, "{}", monthly.claim);
}

/// A capitalised word opening a source's sentence ("Turnout was 91%") is taken for a
/// name when the source never writes it in lower case; when the draft's claim has it as
/// a measure word ("on a turnout of 91%"), it names no one, and the figure is not
/// someone else's, though the claim's owner has another percentage in the sources.
#[test]
fn a_measure_word_opening_the_source_sentence_is_no_owner() {
    let corpus = figcheck_corpus::Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/market.md".into(),
        text: "Dock workers at the Harlow Fish Market voted 140 to 52 on Monday to approve \
               the contract, which raises the Harlow Fish Market's wages 11%.\n\n\
               Turnout was 91%, the highest in a decade.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let engine = Engine::new(&corpus);
    let f = check(
        &engine,
        "At the Harlow Fish Market, workers approved the contract on a turnout of 91%.",
    );
    assert_eq!(one(&f, "91%").verdict, Verdict::Supported);
}

/// The owner's own sentence states the value, in none of the draft's words: a far less
/// probable other value is then no contradiction, and the owner's exact value says what
/// it measures by itself (the FAA's 75% is the FAA's share however the draft words it).
#[test]
fn the_owners_exact_value_outweighs_a_weak_counterpart() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/release.txt".into(),
        text: "The Federal Aviation Administration (FAA) will pay $48.4 million, or 75% of \
               the cost, through its Airport Improvement Program. The state grant covers \
               $9.7 million, or 15%, and the Airport Authority will pay the remaining \
               $6.4 million, about 10%. The runway will be 8,000 feet long."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "The project, which lengthens the main runway by 1,800 feet to 8,000, is funded \
         75% by the FAA and 15% by the state, with the rest from the authority.",
        figcheck_figures::Format::Plain,
    );
    let share = f
        .iter()
        .find(|f| f.figure.text == "75%")
        .expect("the 75% is read");
    assert_eq!(share.verdict, Verdict::Supported, "{share:?}");
    // the state's 15% is not the FAA's
    let f = e.check_text(
        "The project, which lengthens the main runway by 1,800 feet to 8,000, is funded \
         15% by the FAA.",
        figcheck_figures::Format::Plain,
    );
    let share = f
        .iter()
        .find(|f| f.figure.text == "15%")
        .expect("the 15% is read");
    assert_ne!(share.verdict, Verdict::Supported, "{share:?}");
}

#[test]
fn a_line_labelled_with_the_owner_states_its_value() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/release.txt".into(),
        text: "The Harbor Commission approved the financing plan for the new pier on Monday.\n\n\
               Sources of funds:\n\n\
               - Harbor bonds: $61.0 million (63.5%)\n\
               - State economic development grant: $9.5 million (9.9%)\n\
               - Calder County: $5.0 million (5.2%)\n\
               - Private partners: $20.5 million (21.4%)\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "The state is giving $9.5 million and Calder County $5 million.",
        Format::Plain,
    );
    let county = one(&f, "$5 million");
    assert_eq!(county.verdict, Verdict::Supported, "{county:?}");
}

#[test]
fn a_line_labelled_with_the_owner_is_the_owners() {
    // fresh5-dev's fresh-i-2: "…and Kestrel Point $3.8 million" against the release's
    // "- Kestrel Point: $3.8 million …" among the other grants' lines and prose.
    let case = common::JsonCase::fresh("fresh5-dev", "fresh-i-2");
    let e = Engine::new(&case.corpus);
    let draft = &case.draft;
    let at = draft
        .find("Kestrel Point $3.8 million")
        .expect("the clause")
        + "Kestrel Point ".len();
    let f = e.check_text(draft, case.format);
    let grant = f
        .iter()
        .find(|f| f.figure.start == at)
        .expect("the $3.8 million is read");
    assert_eq!(grant.verdict, Verdict::Supported, "{grant:?}");
}

#[test]
fn transposed_digits_point_to_the_value_they_came_from_though_sources_disagree() {
    let c = Corpus::from_docs(vec![
        figcheck_corpus::SourceDoc {
            path: "corpus/article.txt".into(),
            text: "The council voted to replace Ridgeway Field, which opened in 1962.".into(),
        },
        figcheck_corpus::SourceDoc {
            path: "corpus/history.txt".into(),
            text: "The club's old rival ground, Ridgeway Field, opened in 1958.".into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text("Ridgeway Field opened in 1926.", Format::Plain);
    let year = one(&f, "1926");
    assert_eq!(year.verdict, Verdict::Contradicted, "{year:?}");
    assert_eq!(year.suggestion.as_deref(), Some("1962"), "{year:?}");
}

/// A small count the draft copies from a sentence of prose together with that sentence's
/// other figures: "three" in "voted 212 to 87 for a three-year deal", from "voted 212 to
/// 87 … to approve a three-year contract", where two other sentences say "three years"
/// of something else.
#[test]
fn a_small_count_copied_with_its_sentences_figures_is_backed() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.md".into(),
        text: "Dock workers at the Gannet Bay fish market voted 212 to 87 on Wednesday to \
               approve a three-year contract, ending a month of strike talk.\n\n\
               The base wage of the market's handlers rises to $23.57 an hour.\n\n\
               The manager said the contract would add about $1.9 million to labor costs \
               over three years.\n\n\
               \"Eleven percent over three years does not keep up with rent,\" one \
               worker said.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Handlers backed a three-year deal 212 to 87 that lifts their base wage.",
    );
    let three = one(&f, "three");
    assert_eq!(three.verdict, Verdict::Supported, "{}", three.claim);
}

/// A press release's dateline dates what it says happened "today": "On February 11 the
/// division cut the quota" is stated by a release dated February 11 that says the division
/// "today set" the limits for a year "which begins May 1".
#[test]
fn a_date_is_the_today_of_a_dated_release() {
    // Written for this test.
    let release = |today: &str| {
        Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
            path: "corpus/release.md".into(),
            text: format!(
                "FOR IMMEDIATE RELEASE\n\nFebruary 11, 2026\n\nThe State Division of Marine \
                 Fisheries {today} set commercial catch limits for the fishing year, which \
                 begins May 1, cutting the inshore cod quota for a third straight year.\n"
            ),
        }])
        .expect("the test corpus indexes")
    };
    let dated = release("today");
    let e = Engine::new(&dated);
    let f = check(
        &e,
        "On February 11 the fisheries division cut the cod quota again.",
    );
    let day = one(&f, "February 11");
    assert_eq!(day.verdict, Verdict::Supported, "{}", day.claim);
    let f = check(
        &e,
        "On February 12 the fisheries division cut the cod quota again.",
    );
    assert_ne!(one(&f, "February 12").verdict, Verdict::Supported);
    // without "today", the dateline dates the release, not the cut
    let undated = release("last month");
    let e = Engine::new(&undated);
    let f = check(
        &e,
        "On February 11 the fisheries division cut the cod quota again.",
    );
    assert_ne!(one(&f, "February 11").verdict, Verdict::Supported);
}

/// A weekday in a dated release is the last such day before its dateline: "voted 6-1 on
/// Tuesday" in a release of Thursday, February 12, 2026 is the draft's "February 10",
/// found through the $18 million the draft copies beside it; its "today" is the dateline's.
#[test]
fn a_weekday_is_dated_by_the_release_that_names_it() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/release.md".into(),
        text: "FOR IMMEDIATE RELEASE\n\nThursday, February 12, 2026\n\nThe zoo will build a \
               marine exhibit after the City Council voted 6-1 on Tuesday to issue $18 \
               million in bonds for the project.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The City Council voted 6-1 on Tuesday, February 10, to borrow $18 million.",
    );
    let day = one(&f, "February 10");
    assert_eq!(day.verdict, Verdict::Supported, "{}", day.claim);
    // the Monday before is no Tuesday
    let f = check(
        &e,
        "The City Council voted 6-1 on Monday, February 9, to borrow $18 million.",
    );
    assert_ne!(one(&f, "February 9").verdict, Verdict::Supported);
    // "today" in a sentence with no date of its own is the dateline's day
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/campaign.md".into(),
        text: "Tuesday, December 1, 2026\n\nThe orchestra today opened the public phase of a \
               $48 million capital campaign to renovate its hall.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(&e, "The $48 million campaign went public on Dec. 1.");
    let day = one(&f, "Dec. 1");
    assert_eq!(day.verdict, Verdict::Supported, "{}", day.claim);
    let f = check(&e, "The $48 million campaign went public on Dec. 2.");
    assert_ne!(one(&f, "Dec. 2").verdict, Verdict::Supported);
}

/// A sentence opening with a bare common noun and its verb is about that noun, however
/// far a later figure stands from it: "Herring was the largest catch … yet earned only
/// $6.9 million" is herring's $6.9 million, the value in herring's row.
#[test]
fn a_figure_far_from_the_noun_its_sentence_opens_with_is_that_nouns() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/report.md".into(),
        text: "Table 1. Landings by species, 2025\n\n\
               | Species | Landings (tonnes) | Change from 2024 (%) | Value ($ million) |\n\
               |---|---|---|---|\n\
               | Lobster | 2,150 | -6.5 | 36.5 |\n\
               | Atlantic cod | 1,620 | -22.5 | 7.3 |\n\
               | Atlantic herring | 9,870 | +9.3 | 6.9 |\n\
               | Silver hake | 2,310 | -3.1 | 4.6 |\n\
               | Total | 21,760 | +2.3 | 101.9 |\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Herring was the largest catch by weight at 9,870 tonnes, about 45% of the total, \
         yet earned only $6.9 million, down 4%, or roughly 70 cents a kilogram.",
    );
    let value = one(&f, "$6.9 million");
    assert_eq!(value.verdict, Verdict::Supported, "{}", value.claim);
}

/// A table's total row holds the 100% its other rows' shares add up to: never a
/// counterpart to a share the draft gives, whoever's.
#[test]
fn the_total_rows_hundred_percent_contradicts_no_share() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/report.md".into(),
        text: "Landings by species, 2025\n\n\
               | Species | Value ($ million) | Share of value (%) |\n\
               |---|---|---|\n\
               | Lobster | 36.5 | 35.8 |\n\
               | Sea scallops | 31.0 | 30.4 |\n\
               | Total | 101.9 | 100.0 |\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(&e, "The port had about 16% of the total share of value.");
    let share = one(&f, "16%");
    assert_ne!(share.suggestion.as_deref(), Some("100%"), "{share:?}");
    // a row's own share still corrects it
    let f = check(&e, "Lobster had a 40.8% share of value.");
    let share = one(&f, "40.8%");
    assert_eq!(share.verdict, Verdict::Contradicted, "{}", share.claim);
    assert_eq!(share.suggestion.as_deref(), Some("35.8%"));
}

/// A specific value copied with a specific companion of its sentence is backed whatever
/// its words: "reading rose 2.5 points to 41.8%" beside math's "33.5%", from "41.8% of
/// students met the standard in English language arts, … and 33.5% met it in math".
#[test]
fn a_specific_value_copied_with_a_specific_companion_is_backed() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.md".into(),
        text: "Superintendent Teresa Valdivia pointed to improving test scores. In spring \
               2025, 41.8% of Hollisford students met the state standard in English language \
               arts, up from 40.3% in 2024, and 33.5% met it in math, up from 31.9%. Both \
               remain below the state averages of 46.2% and 38.7%.\n\n\
               Statewide, third-grade reading proficiency, which the department tracks as an \
               early warning measure, was 44.1%, down from 44.8% a year earlier.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The test scores are the good news. Math proficiency rose 1.6 points to 33.5%, and \
         reading rose 2.5 points to 41.8%. But Hollisford still trails the state average in \
         math.",
    );
    let share = one(&f, "41.8%");
    assert_eq!(share.verdict, Verdict::Supported, "{}", share.claim);
    // without the companion, the reading figure is not plainly a copy
    let f = check(
        &e,
        "The test scores are the good news. Reading rose 2.5 points to 41.8%. But \
         Hollisford still trails the state average in math.",
    );
    let share = one(&f, "41.8%");
    assert_ne!(share.verdict, Verdict::Supported, "{}", share.claim);
    // a rounder value beside a specific one
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/update.md".into(),
        text: "On October 1, 2025, the official count day, Hollisford Unified enrolled 18,420 \
               students in its 24 schools, down 2.6% from 18,912 a year earlier.\n\n\
               Enrollment at Rivermead High fell 5.8% this fall, to 1,210, the steepest drop \
               of any high school in the district.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "**The bigger picture.**\n\n- Enrollment: 18,420 this fall, down 2.6%, the fourth \
         drop in a row\n",
    );
    let change = one(&f, "2.6%");
    assert_eq!(change.verdict, Verdict::Supported, "{}", change.claim);
}

/// A column of rates ("Students per teacher") holds no count: its cell corrects the
/// owner's rate, never a count of the same noun.
#[test]
fn a_column_of_rates_corrects_no_count() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/report.md".into(),
        text: "| School | Enrollment | Students per teacher |\n\
               |---|---|---|\n\
               | Hollisford High | 1,860 | 22.1 |\n\
               | Calloway Early College | 412 | 16.5 |\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(&e, "Calloway Early College added 30 students this year.");
    let count = one(&f, "30");
    assert_ne!(count.verdict, Verdict::Contradicted, "{count:?}");
    let f = check(&e, "Calloway Early College has 18.5 students per teacher.");
    let rate = one(&f, "18.5");
    assert_eq!(rate.verdict, Verdict::Contradicted, "{}", rate.claim);
    assert_eq!(rate.suggestion.as_deref(), Some("16.5"));
}

/// A capitalised word a sentence opens with, owning none of its figures, is a common noun
/// the claim keeps ("Bonds supply …"); a name that owns another clause's figure is still
/// left out of this one's words.
#[test]
fn the_word_a_sentence_opens_with_stays_in_an_unowned_claim() {
    let c = corpus();
    let e = Engine::new(&c);
    let claims = e.claims_of(
        "**Where does the money come from?** Bonds supply $110 million, to be repaid over \
         25 years.\n\nJapan installed 44,500 robots, and Korea installed 30,600.\n",
        Format::Markdown,
    );
    let words_of = |text: &str| common::claim_words(&claims, text);
    assert!(words_of("$110 million").contains(&"bonds".to_string()));
    assert!(!words_of("30,600").contains(&"japan".to_string()));
}

/// "Councilmembers Pieter Vos, 49, and Tomás Brennan, 66": two ages in each other's
/// place. The source writes each with a title ("Councilmember Tomás Brennan, 49"), which
/// is no part of the name: Brennan's own 49 is the counterpart, and Vos's 66 no support.
#[test]
fn a_title_before_a_sources_name_does_not_hide_the_owner() {
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.md".into(),
        text: "Councilmember Pieter Vos, 66, who owns a property management company, said \
               the increase would push visitors away. Councilmember Tomás Brennan, 49, said \
               he wanted a smaller increase, to 5.5%.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Councilmembers Pieter Vos, 49, and Tomás Brennan, 66, cast the votes against.",
    );
    let brennan = one(&f, "66");
    assert_eq!(brennan.verdict, Verdict::Contradicted, "{brennan:#?}");
    assert_eq!(brennan.suggestion.as_deref(), Some("49"));
}

/// A comparative compares the figure with a name only when "than" says which: "$1.9
/// million from the higher fares, … the Wexley Street lot" is no gap to Wexley Street,
/// and the lot's name is no owner of the fares' money.
#[test]
fn a_comparative_without_than_names_no_other_side() {
    let c = corpus();
    let e = Engine::new(&c);
    let claims = e.claims_of(
        "The plan should raise $3.1 million: $1.9 million from the higher fares and the \
         rest from a $30 rise in the pass at the Wexley Street lot.\n\nKestrel Air carried \
         264,000 more passengers than Tern Airways.\n",
        Format::Markdown,
    );
    let entities_of = |text: &str| {
        claims
            .iter()
            .find(|(f, _)| f.text == text)
            .map(|(_, c)| {
                c.entities()
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    assert!(!entities_of("$1.9 million").contains(&"Wexley Street".to_string()));
    assert!(entities_of("264,000").contains(&"Tern Airways".to_string()));
}

/// An age in apposition is its person's, whatever the sentence goes on to say: the draft's
/// "Mayor Celia Marchbank, 58, said the pool has opened for 86 summers" is backed by the
/// source's "Mayor Celia Marchbank, 58, said the median homeowner would pay $4 a month",
/// though a lifeguard's age stands in a sentence of the pool's summers. Another age of the
/// mayor's does not.
#[test]
fn a_persons_age_is_backed_by_that_persons_age_elsewhere() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.md".into(),
        text: "Mayor Celia Marchbank, 58, said the median homeowner would pay about $4 a \
               month.\n\nJaylen Osei, 19, a lifeguard at Riverside for three summers, said \
               the pool's 1962 filters fail several times a season.\n\n\"Linden Street Pool \
               has opened for 68 summers, and every one of them shows,\" said Mayor Celia \
               Marchbank.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "Linden Street lost visits. Mayor Celia Marchbank, 58, said the pool has opened for \
         86 summers.",
    );
    let age = one(&f, "58");
    assert_eq!(age.verdict, Verdict::Supported, "{}", age.claim);
    let f = check(
        &e,
        "Linden Street lost visits. Mayor Celia Marchbank, 57, said the pool has opened for \
         86 summers.",
    );
    assert_ne!(one(&f, "57").verdict, Verdict::Supported);
}

#[test]
fn an_owner_guessed_from_an_earlier_sentence_does_not_stand_against_the_drafts() {
    // From tests/fresh (fresh17-dev, written for figcheck): "The elevator" is the one at
    // Pell Junction, though the sentence before is the cooperative board's.
    let doc = |path: &str, text: &str| figcheck_corpus::SourceDoc {
        path: path.into(),
        text: text.into(),
    };
    let c = Corpus::from_docs(vec![
        doc(
            "corpus/meeting.txt",
            "Northfork Grain Cooperative, in Halvey County, opened a 4-million-bushel shuttle \
             elevator in 2021 for $19.8 million.\n",
        ),
        doc(
            "corpus/release.txt",
            "The Tamsen Valley Cooperative board of directors voted 8-1 on Monday to build a \
             $26.4 million shuttle-loading grain elevator at Pell Junction, on the Great \
             Plains & Western Railway 22 miles west of Orlin.\n\nThe elevator will store 4.5 \
             million bushels, receive 60,000 bushels an hour at harvest and load a 110-car \
             shuttle train in under 15 hours. Construction will begin in April 2026 and take \
             about 18 months, so the elevator should be ready for the fall 2027 harvest.\n\n\
             The cooperative's 1957 elevator in the town of Pell, which holds 600,000 bushels \
             and has no rail siding, will close when the new one opens. The project will add \
             eight full-time jobs. Pell County will rebuild 4.2 miles of road to carry up to \
             220 trucks a day at harvest.\n\n\"Our members west of the river have waited 20 \
             years for rail access,\" said board chair Ruth Ann Kessling. \"This elevator will \
             cut their freight costs by 15 to 20 cents a bushel.\"\n",
        ),
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "**Pell Junction elevator.** Brandvold presented the project: $26.4 million, 4.5 \
         million bushels of storage and a 110-car loadout, with construction from April 2026 \
         and about 18 months of work.",
    );
    assert_eq!(one(&f, "4.5 million").verdict, Verdict::Supported, "{f:#?}");
}

#[test]
fn the_speaker_of_a_figure_does_not_stand_against_the_drafts_owner() {
    // From tests/fresh (fresh6-dev, written for figcheck): the team's president says what
    // the team will charge; the draft gives the prices to the team.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.txt".into(),
        text: "Millhawks president Dana Whitcombe-Ruiz said the team would keep \
               general-admission tickets at $12 through 2027 and charge $15 at Foundry Park, \
               where 1,100 of the seats will be in suites, club areas and party decks. The \
               team drew 312,550 fans this season, its most ever.\n\nA poll by the Courier \
               and Calder State in September found 51% of city residents in favor of the \
               plan, 41% opposed and 8% undecided.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "A Courier-Calder State poll of 600 residents in September, with a margin of error \
         of 4 points, found 51% in favor and 41% opposed. The team says general-admission \
         seats will cost $15 at the new park, up from $12, and expects 360,000 fans in the \
         first season, about 15% more than this year. The park will include 36 suites and a \
         1,200-space garage.",
    );
    assert_eq!(one(&f, "$12").verdict, Verdict::Supported, "{f:#?}");
}

/// A campaign named in an appositive ("Encore Halverton, a $48 million capital
/// campaign") is what a later "the campaign" refers to, and what the appositive's
/// figure describes: neither is the sentence subject's (the orchestra's).
#[test]
fn a_campaign_named_in_an_appositive_owns_its_figures() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/release.txt".into(),
        text: "The Halverton Symphony Orchestra today opened the public phase of Encore \
               Halverton, a $48 million capital campaign to renovate Brantley Hall. During a \
               quiet phase that began in January 2025, the campaign raised $36.2 million, or \
               75.4% of its goal, from 1,940 donors.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The answer will come from Encore Halverton, a $48 million campaign that went public \
         on Monday with $36.2 million already pledged, more than two thirds of the goal.",
    );
    for figure in ["$48 million", "$36.2 million", "two thirds"] {
        let found = one(&f, figure);
        assert_eq!(found.verdict, Verdict::Supported, "{found:#?}");
    }
}

/// A sentence copied whole, its figures in their places, is no swap: the year the draft
/// dates "3.5%" with stands beside the source's 3.5%, though "immediately", the nearest
/// word to both, stands beside the 7%.
#[test]
fn a_sentence_copied_whole_is_no_swap() {
    // Written for this test.
    let c = Corpus::from_docs(vec![figcheck_corpus::SourceDoc {
        path: "corpus/article.txt".into(),
        text: "Nurses at Northgate Health's two largest hospitals voted to ratify a three-year \
               contract on Wednesday.\n\nThe contract raises wages 7% immediately, 4% in 2026 \
               and 3.5% in 2027, a cumulative increase of about 15%.\n"
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = check(
        &e,
        "The nurses have ratified a three-year contract.\n\nThe contract raises wages 7% \
         immediately, 4% in 2026 and 3.5% in 2027.",
    );
    for figure in ["7%", "4%", "3.5%"] {
        let found = one(&f, figure);
        assert_eq!(found.verdict, Verdict::Supported, "{found:#?}");
    }
}
