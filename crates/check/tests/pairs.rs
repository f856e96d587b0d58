//! Figures written as a pair ("8-of-18", "(5-9 FG)") against a table that states both
//! sides side by side, end to end through the engine.
//!
//! The box score here is written for these tests: two fictional players.

use figcheck_check::{Engine, Finding, Role, Verdict};
use figcheck_claims::parse;
use figcheck_corpus::{Corpus, SourceDoc};
use figcheck_figures::Format;

mod common;

const BOX_SCORE: &str = "\
# Box score

| Player | Minutes | Points | Field goals made | Field goal attempts | Rebounds | Assists |
|---|---|---|---|---|---|---|
| Mara Voss | 34 | 21 | 8 | 18 | 8 | 3 |
| Ines Calder | 30 | 12 | 5 | 9 | 4 | 8 |
";

fn corpus_of(path: &str, text: &str) -> Corpus {
    Corpus::from_docs(vec![SourceDoc {
        path: path.into(),
        text: text.into(),
    }])
    .expect("the test corpus indexes")
}

fn corpus() -> Corpus {
    corpus_of("corpus/box-score.md", BOX_SCORE)
}

fn finding<'f>(findings: &'f [Finding], text: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.figure.text == text)
        .unwrap_or_else(|| panic!("no figure {text:?} in {findings:?}"))
}

#[test]
fn both_sides_of_a_pair_the_table_states_are_supported_by_it() {
    let c = corpus();
    let e = Engine::new(&c).with_explanations(usize::MAX);
    for draft in [
        "Mara Voss scored 21 points on 8-of-18 shooting.",
        "Mara Voss had 21 points (8-18 FG) in 34 minutes.",
    ] {
        let f = e.check_text(draft, Format::Markdown);
        for side in ["8", "18"] {
            let found = finding(&f, side);
            assert_eq!(found.verdict, Verdict::Supported, "{draft}: {side}");
            assert!(
                found.considered.iter().any(|c| c.role == Role::Paired),
                "{draft}: {side} is supported by the pair, not by a lone number"
            );
            // The other side is the claim's partner, not one of its words.
            let stated = found.claim.to_string();
            assert!(!stated.contains("of-18"), "{stated}");
            // The partner is in the claim, so `figcheck query` gives the same verdict.
            let claim = parse(&found.claim.to_string()).expect("the claim parses");
            assert_eq!(claim, found.claim);
            assert_eq!(e.evaluate(&claim).verdict, Verdict::Supported, "{claim}");
        }
    }
}

#[test]
fn the_owners_pair_with_another_value_contradicts_a_side() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Mara Voss scored 21 points on 9-of-18 shooting.",
        Format::Markdown,
    );
    let nine = finding(&f, "9");
    assert_eq!(nine.verdict, Verdict::Contradicted);
    assert_eq!(nine.suggestion.as_deref(), Some("8"));
}

#[test]
fn a_pair_stated_for_someone_else_supports_neither_side() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Ines Calder scored 12 points on 8-of-18 shooting.",
        Format::Markdown,
    );
    for side in ["8", "18"] {
        assert_ne!(
            finding(&f, side).verdict,
            Verdict::Supported,
            "{side}: Mara Voss's pair is not Ines Calder's"
        );
    }
}

/// The ends of a change compare in the change's order, however each text writes them:
/// the same change is supported, and the draft that swaps its ends is contradicted, each
/// end with the value the source puts in its place.
#[test]
fn the_ends_of_a_change_swapped_are_contradicted() {
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/report.txt".into(),
        text: "The median time to see a clinician fell to 38 minutes, from 47 minutes in 2023."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "The median wait to see a clinician fell from 47 minutes to 38.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "47").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "38").verdict, Verdict::Supported);
    let f = e.check_text(
        "The median wait to see a clinician fell to 47 minutes from 38.",
        Format::Markdown,
    );
    let new = finding(&f, "47");
    assert_eq!(new.verdict, Verdict::Contradicted, "{new:#?}");
    assert_eq!(new.suggestion.as_deref(), Some("38"));
    let old = finding(&f, "38");
    assert_eq!(old.verdict, Verdict::Contradicted, "{old:#?}");
    assert_eq!(old.suggestion.as_deref(), Some("47"));
}

#[test]
fn a_tally_in_the_hundreds_holds_whoever_the_source_says_cast_it() {
    // Written for this test: the source names the union, the draft the employer's workers.
    let c = Corpus::from_docs(vec![SourceDoc {
        path: "corpus/article.md".into(),
        text: "About 240 workers employed by Quayside Services weigh a strike. Members of \
               the Harbour Workers Union voted 201-14 last week to authorize a walkout."
            .into(),
    }])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "Quayside Services workers voted 201-14 to authorize a strike.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "201").verdict, Verdict::Supported, "{f:?}");
    assert_eq!(finding(&f, "14").verdict, Verdict::Supported, "{f:?}");
    // (someone else's small pair stays no support:
    // `a_pair_stated_for_someone_else_supports_neither_side`)
}

#[test]
fn an_unnamed_pair_does_not_outweigh_the_owners_own_value() {
    // From tests/fresh (fresh17-dev, written for figcheck): the farmer states his haul;
    // a report's unnamed pair shares one side with the draft's change.
    let doc = |path: &str, text: &str| SourceDoc {
        path: path.into(),
        text: text.into(),
    };
    let c = Corpus::from_docs(vec![
        doc(
            "corpus/meeting.txt",
            "Caleb Ostrander, 29, hauls corn 34 miles to Orlin. \"Pell Junction is 9 miles \
             from my bins,\" he said. \"That's two more loads a day at harvest.\"",
        ),
        doc(
            "corpus/report.txt",
            "People and safety\n\nTamsen Valley employed 312 full-time staff and hired 140 \
             seasonal workers for harvest. Recordable injuries fell to 9 from 14, and the \
             Caddo elevator passed 1,000 days without a lost-time injury in June.",
        ),
        doc(
            "corpus/release.txt",
            "The board also declared patronage refunds of $9.6 million for fiscal 2025, a \
             record. Of that, $3.84 million will be paid in cash, with checks mailed on \
             Friday, December 12, and $5.76 million will be kept as equity in members' \
             names. The average cash check will be about $2,085.",
        ),
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c).with_explanations(usize::MAX);
    let f = e.check_text(
        "- Caleb Ostrander said the elevator would cut his haul from 34 miles to 9, a \
         saving of 25 miles each way.",
        Format::Markdown,
    );
    let far = finding(&f, "34");
    assert_eq!(far.verdict, Verdict::Supported, "{far:#?}");
    assert!(far.considered.iter().all(|c| c.role != Role::PairedAgainst));
}

/// A box score with every shooting measure in columns: made, attempts and percentage.
const SHOOTING: &str = "\
# Box score

| Player | Points | Field goals made | Field goal attempts | Field goal % | Three-pointers made | Three-point attempts | Three-point % | Free throws made | Free throw attempts | Free throw % |
|---|---|---|---|---|---|---|---|---|---|---|
| Mara Voss | 21 | 8 | 18 | 44 | 1 | 5 | 20 | 4 | 4 | 100 |
| Ines Calder | 12 | 5 | 9 | 56 | 2 | 3 | 67 | 0 | 0 | 0 |
";

fn shooting_corpus() -> Corpus {
    corpus_of("corpus/box-score.md", SHOOTING)
}

#[test]
fn a_pair_is_read_from_the_columns_of_the_shooting_measure_the_draft_names() {
    let c = shooting_corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Mara Voss scored 21 points on 3-of-11 shooting, including 4-of-4 from long range.",
        Format::Markdown,
    );
    // Both sides wrong: the field-goal columns give the values, not some other pair.
    let made = finding(&f, "3");
    assert_eq!(made.verdict, Verdict::Contradicted);
    assert_eq!(made.suggestion.as_deref(), Some("8"));
    assert_eq!(finding(&f, "11").suggestion.as_deref(), Some("18"));
    // "4-of-4 from long range" is not her 4-of-4 from the free-throw line.
    let threes: Vec<&Finding> = f.iter().filter(|x| x.figure.text == "4").collect();
    assert_eq!(threes.len(), 2);
    assert!(threes.iter().all(|x| x.verdict == Verdict::Contradicted));
    assert_eq!(threes[0].suggestion.as_deref(), Some("1"));
    assert_eq!(threes[1].suggestion.as_deref(), Some("5"));
    // The measure is in the claim, so `figcheck query` gives the same verdict.
    let claim = parse(&made.claim.to_string()).expect("the claim parses");
    assert!(
        made.claim.to_string().contains("\"field goals\""),
        "{}",
        made.claim
    );
    assert_eq!(e.evaluate(&claim).verdict, Verdict::Contradicted);
}

#[test]
fn abbreviated_shooting_lines_and_percentages_are_read_by_measure() {
    let c = shooting_corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Ines Calder had 12 points (5-9 FG, 2-3 3Pt, 0-0 FT).",
        Format::Markdown,
    );
    for side in ["5", "9", "2", "3"] {
        assert_eq!(finding(&f, side).verdict, Verdict::Supported, "{side}");
    }
    let f = e.check_text(
        "Mara Voss shot 60 percent from the free throw line and 20 percent from three-point range.",
        Format::Markdown,
    );
    let free = finding(&f, "60 percent");
    assert_eq!(free.verdict, Verdict::Contradicted);
    assert_eq!(free.suggestion.as_deref(), Some("100 percent"));
    assert_eq!(finding(&f, "20 percent").verdict, Verdict::Supported);
}

#[test]
fn a_pair_in_brackets_after_a_team_is_its_record() {
    let c = corpus_of(
        "corpus/game.md",
        "# Game\n\n\
         | Team | City | Wins | Losses | First quarter points | Total points |\n\
         |---|---|---|---|---|---|\n\
         | Hawks | Atlanta | 35 | 22 | 24 | 101 |\n\
         | Magic | Orlando | 22 | 35 | 35 | 96 |\n",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "The Hawks (33-24) beat the Magic on Friday.",
        Format::Markdown,
    );
    let wins = finding(&f, "33");
    assert_eq!(wins.verdict, Verdict::Contradicted);
    assert_eq!(wins.suggestion.as_deref(), Some("35"));
    assert!(wins.claim.to_string().contains("record"), "{}", wins.claim);
    assert_eq!(finding(&f, "24").suggestion.as_deref(), Some("22"));
    let f = e.check_text("The Hawks (35-22) beat the Magic.", Format::Markdown);
    assert!(f.iter().all(|x| x.verdict == Verdict::Supported), "{f:?}");
}

#[test]
fn box_score_slang_names_the_column() {
    let c = corpus();
    let e = Engine::new(&c);
    let f = e.check_text(
        "Mara Voss grabbed eight boards and dished out three dimes.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "eight").verdict, Verdict::Supported);
    assert_eq!(finding(&f, "three").verdict, Verdict::Supported);
    let f = e.check_text("Mara Voss grabbed nine boards.", Format::Markdown);
    assert_eq!(finding(&f, "nine").suggestion.as_deref(), Some("eight"));
}

#[test]
fn the_other_side_of_a_pair_counts_among_the_companions_a_source_sentence_states() {
    // fresh6-dev's fresh-k-2 (an opinion column on a ballpark bond): "General admission
    // goes from $12 to $15, a 20% jump, and 1,100 of the 7,200 seats go to suites…"
    // against the newspaper's "keep general-admission tickets at $12 through 2027 and
    // charge $15 at Foundry Park, where 1,100 of the seats…", among its other sources.
    let case = common::JsonCase::fresh("fresh6-dev", "fresh-k-2");
    let e = Engine::new(&case.corpus);
    let draft = &case.draft;
    let at = draft.find("goes from $12 to $15").expect("the sentence") + "goes from ".len();
    let f = e.check_text(draft, case.format);
    let low = f
        .iter()
        .find(|f| f.figure.start == at)
        .expect("the $12 is read");
    assert_eq!(low.verdict, Verdict::Supported, "{low:?}");
}

/// A line score written for these tests: each team's points by quarter, and the row's
/// other counts beside them.
const LINE_SCORE: &str = "\
# Game

| Team | First quarter points | Second quarter points | Third quarter points | Fourth quarter points | Total points | Assists | Turnovers |
|---|---|---|---|---|---|---|---|
| Suns | 25 | 18 | 32 | 34 | 109 | 24 | 14 |
| Pelicans | 29 | 17 | 30 | 32 | 108 | 20 | 13 |
";

#[test]
fn a_quarters_score_is_read_from_that_quarters_column_alone() {
    let c = corpus_of("corpus/game.md", LINE_SCORE);
    let e = Engine::new(&c);
    // The Suns' "25 | 18" in the first two quarters is no pair against a fourth
    // quarter's 34-18: the fourth quarter's cell supports it.
    let f = e.check_text(
        "The Suns pulled away, outscoring the Pelicans by a 34-18 margin over the final 12 minutes.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "34").verdict, Verdict::Supported, "{f:?}");
    assert_eq!(finding(&f, "18").suggestion.as_deref(), Some("32"), "{f:?}");
    // The Suns' fourth-quarter cell, whose header the draft's words do not name ("margin",
    // "outscoring"), is theirs for the final 12 minutes: their 32 in the third quarter
    // is not.
    let f = e.check_text(
        "The Suns (30-22) were able to pull away in the second half, outscoring them by a \
         32-17 margin over the final 12 minutes.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "32").suggestion.as_deref(), Some("34"), "{f:?}");
    // Two cells side by side that measure nothing the draft names ("Assists |
    // Turnovers", 24 and 14) are no pair against 24-19: the Suns' first quarter is.
    let f = e.check_text(
        "The Pelicans pulled away, outscoring the Suns by a 24-19 margin in the first quarter.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "19").suggestion.as_deref(), Some("25"), "{f:?}");
}

#[test]
fn the_side_beside_one_teams_value_is_the_other_teams() {
    let c = corpus_of(
        "corpus/game.md",
        "\
| Team | Total points | Rebounds | Assists |
|---|---|---|---|
| Thunder | 113 | 46 | 22 |
| Heat | 96 | 32 | 19 |
",
    );
    let e = Engine::new(&c);
    let f = e.check_text(
        "Rebounding was the biggest factor for the Thunder, as they won that battle by a \
         46-34 margin.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "46").verdict, Verdict::Supported, "{f:?}");
    let other = finding(&f, "34");
    assert_eq!(other.suggestion.as_deref(), Some("32"), "{other:?}");
    let f = e.check_text(
        "Rebounding was the biggest factor, as the Thunder won that battle by a 46-32 margin.",
        Format::Markdown,
    );
    assert_eq!(finding(&f, "32").verdict, Verdict::Supported, "{f:?}");
}

/// "voted 6-0 to name it" against the minutes' "Approved 6-0.": a tally of two small
/// numbers with no owner of its own is still the claim's when both say it is a vote. Two
/// small numbers that only one calls a vote ("won 6-0") are not.
#[test]
fn a_small_tally_is_backed_where_both_say_it_is_a_vote() {
    let c = corpus_of(
        "corpus/minutes.txt",
        "The commission observed a moment of silence for Margit Lindahl, who died on \
         November 2 at 86. Commissioner Voss moved a resolution naming the grove of 120 bur \
         oaks that Ms. Lindahl planted in Carden Park in 1986 the Lindahl Grove; \
         Commissioner Qadri seconded. Approved 6-0.\n\nThe commission voted 4-2 to \
         recommend the amendments to the council, Vice Chair Hollis and Commissioner Voss \
         voting no.\n",
    );
    let e = Engine::new(&c);
    let draft = |what: &str| {
        format!("In 1986 she planted a grove of 120 bur oaks in the park. On Dec. 11 {what}.")
    };
    let f = e.check_text(
        &draft("the commission voted 6-0 to name it after her"),
        Format::Plain,
    );
    assert_eq!(finding(&f, "6").verdict, Verdict::Supported, "{f:#?}");
    assert_eq!(finding(&f, "0").verdict, Verdict::Supported, "{f:#?}");
    let f = e.check_text(&draft("the park's team won 6-0"), Format::Plain);
    assert_ne!(finding(&f, "6").verdict, Verdict::Supported, "{f:#?}");
}

/// Minutes written for this test: three motions, each carried in a sentence of its own.
const MINUTES: &str = "\
Roof contract

Three bids were opened on March 31. Director Osei moved to award the roof contract to \
Thale & Sons; Director Pruitt seconded. Carried 6-0.

Rent for 2027

Mr. Bale proposed raising base rent to $33.00 a square foot from $31.50. Director \
Ferreira said the increase would hurt the smallest vendors. Director Hargreave moved \
approval; Director Valcourt seconded. Carried 4-2, directors Ferreira and Osei voting no.

Parking rates

Director Pruitt moved to raise the garage's hourly rate to $2.50 from $2.00; Chair \
Whitcombe seconded. Carried 5-1, Director Ferreira voting no.
";

/// "Carried 4-2." after a motion is that motion's vote: a draft's tally is checked against
/// the vote whose motion its words describe, not against whichever vote has its numbers.
#[test]
fn a_tally_alone_is_the_vote_on_the_motion_before_it() {
    let c = corpus_of("corpus/minutes.txt", MINUTES);
    let e = Engine::new(&c);
    let f = e.check_text(
        "The board voted 4-2 to raise base rent to $33 a square foot.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "4").verdict, Verdict::Supported, "{f:#?}");
    assert_eq!(finding(&f, "2").verdict, Verdict::Supported, "{f:#?}");
    // not the parking rates' 5-1, though "Carried 6-0." says nothing of a roof itself
    for draft in [
        "The Public Market Authority voted 6-0 to award the roof contract to Thale & Sons.",
        "The authority's board voted 6-0 to hire the roofer.",
    ] {
        let f = e.check_text(draft, Format::Plain);
        assert_eq!(finding(&f, "6").verdict, Verdict::Supported, "{f:#?}");
        assert_eq!(finding(&f, "0").verdict, Verdict::Supported, "{f:#?}");
    }
}

/// A side of a vote's tally counts votes: the rent motion's words beside "Carried 4-2."
/// do not make its 2 a rent freeze's two years.
#[test]
fn a_tally_alone_backs_no_figure_but_a_vote() {
    let c = corpus_of("corpus/minutes.txt", MINUTES);
    let e = Engine::new(&c);
    let f = e.check_text(
        "Vendors asked for a base rent freeze of two years.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "two").verdict, Verdict::Unsupported, "{f:#?}");
}

/// A month beside a source's pair says which months it spans: the minutes' "fell to 31
/// minutes in February from 36 in January" is no pair to correct "from 36 minutes in
/// January to 22 in June" with, which the monthly log states row by row.
#[test]
fn a_pair_of_other_months_does_not_correct_a_change_between_two_named_months() {
    let log = "\
| Month | Visits | Average wait (minutes) |
|---|---|---|
| January | 151,200 | 36 |
| February | 148,600 | 31 |
| March | 166,900 | 27 |
| April | 158,300 | 24 |
| May | 161,700 | 23 |
| June | 154,400 | 22 |
";
    let minutes = "Mr. Raike reported that the service centers served 299,800 visitors \
in January and February and that the average wait fell to 31 minutes in February from 36 \
in January.";
    let c = Corpus::from_docs(vec![
        SourceDoc {
            path: "corpus/log.md".into(),
            text: log.into(),
        },
        SourceDoc {
            path: "corpus/minutes.txt".into(),
            text: minutes.into(),
        },
    ])
    .expect("the test corpus indexes");
    let e = Engine::new(&c);
    let f = e.check_text(
        "The average wait fell every month, from 36 minutes in January to 22 in June.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "22").verdict, Verdict::Supported, "{f:#?}");
    // the minutes' own months are still its pair
    let f = e.check_text(
        "The average wait fell to 33 minutes in February from 36 in January.",
        Format::Plain,
    );
    assert_eq!(finding(&f, "33").verdict, Verdict::Contradicted, "{f:#?}");
    assert_eq!(
        finding(&f, "33").suggestion.as_deref(),
        Some("31"),
        "{f:#?}"
    );
}
