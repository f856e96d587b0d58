use super::*;
use crate::{Format, extract};

pub(super) fn ctx(text: &str, fig: &str) -> Context {
    let figs = extract(text, Format::Plain);
    let f = figs.iter().find(|f| f.text == fig).expect("figure");
    contexts(text, &figs)[figs.iter().position(|g| g.start == f.start).unwrap_or(0)].clone()
}

const ROBOTS: &str = "Korea installed 30,600 industrial robots, fourth globally behind China (295,000), Japan (44,500) and the United States (34,200).";

#[test]
fn parenthesised_figures_belong_to_the_name_before() {
    assert_eq!(ctx(ROBOTS, "44,500").anchors, vec!["Japan"]);
    assert_eq!(ctx(ROBOTS, "34,200").anchors, vec!["United States"]);
    assert_eq!(ctx(ROBOTS, "295,000").anchors, vec!["China"]);
}

#[test]
fn both_sides_of_a_record_in_brackets_belong_to_the_team_before() {
    let t = "DeMar DeRozan led the way for the Raptors (44-29) with 18 points.";
    assert_eq!(ctx(t, "44").anchors, vec!["Raptors"]);
    assert_eq!(ctx(t, "29").anchors, vec!["Raptors"]);
    assert_eq!(ctx(t, "18").anchors, vec!["DeMar DeRozan"]);
}

#[test]
fn a_player_line_belongs_to_the_player_not_the_team_or_the_last_sentence() {
    let t = "Blake Griffin led the way for the Clippers with 43 points on 15-of-26 shooting. \
             The Knicks were led by Arron Afflalo, who went 13-for-19 from the field to score \
             31 points, while also adding seven rebounds.";
    for fig in ["43", "15", "26"] {
        assert_eq!(ctx(t, fig).anchors, vec!["Blake Griffin"], "{fig}");
    }
    // a comma before "with" changes nothing
    let comma = "DeMarcus Cousins led the way for the Kings, with 31 points on 11-of-20 shooting.";
    for fig in ["31", "11", "20"] {
        assert_eq!(ctx(comma, fig).anchors, vec!["DeMarcus Cousins"], "{fig}");
    }
    for fig in ["13", "19", "31"] {
        assert_eq!(ctx(t, fig).anchors, vec!["Arron Afflalo"], "{fig}");
    }
    // a clause with no subject of its own: the sentence's, not the sentence before's
    let seven = ctx(t, "seven").anchors;
    assert!(seven.contains(&"Arron Afflalo".to_owned()), "{seven:?}");
    assert!(!seven.contains(&"Blake Griffin".to_owned()), "{seven:?}");
}

#[test]
fn a_score_after_a_name_gives_each_side_to_its_team() {
    let t =
        "The Hawks got off to a quick start, out-scoring the Wizards 29-18 in the first quarter.";
    assert_eq!(ctx(t, "29").anchors, vec!["Hawks"]);
    assert_eq!(ctx(t, "18").anchors, vec!["Wizards"]);
    let t = "The Celtics beat the Lakers, 113-107, at home.";
    assert_eq!(ctx(t, "113").anchors, vec!["Celtics"]);
    assert_eq!(ctx(t, "107").anchors, vec!["Lakers"]);
    // a record in brackets between the name and the score
    let t = "The Thunder (50-22) defeated the visiting Utah Jazz (35-37) 113-91 on Friday.";
    assert_eq!(ctx(t, "113").anchors, vec!["Thunder"]);
    assert_eq!(ctx(t, "91").anchors, vec!["Utah Jazz"]);
    // "by a … margin" between the name and the score
    let t = "The Suns battled back, outscoring the Pelicans by a 34-18 margin.";
    assert_eq!(ctx(t, "34").anchors, vec!["Suns"]);
    assert_eq!(ctx(t, "18").anchors, vec!["Pelicans"]);
    // a tally after the name of what was voted on: both sides are the voters'
    let t = "The Senate passed the Parks Forward Act 29-9 on Thursday.";
    assert_eq!(ctx(t, "29").anchors, vec!["Senate"]);
    assert_eq!(ctx(t, "9").anchors, vec!["Senate"]);
    // made and attempted after a label: the player's, not a score of "FG"
    let t = "Hayward scored 20, while Favors had seven points (3-8 FG, 1-1 FT).";
    let one = ctx(t, "1").anchors;
    assert!(one.contains(&"Favors".to_owned()), "{one:?}");
    assert!(!one.contains(&"Hayward".to_owned()), "{one:?}");
}

#[test]
fn a_contest_score_with_no_team_before_it_leaves_its_second_side_unowned() {
    let t = "The Timberwolves jumped out to a 33-19 lead after one quarter.";
    assert_eq!(ctx(t, "33").anchors, vec!["Timberwolves"]);
    assert!(
        ctx(t, "19").anchors.is_empty(),
        "{:?}",
        ctx(t, "19").anchors
    );
    // a team whose name opens with digits, its record in brackets, then the score
    let t = "The Grizzlies (31-12) defeated the Philadelphia 76ers (8-36) 101-83 on Friday.";
    assert_eq!(ctx(t, "36").anchors, vec!["Philadelphia 76ers"]);
    assert_eq!(ctx(t, "101").anchors, vec!["Grizzlies"]);
    assert_eq!(ctx(t, "83").anchors, vec!["Philadelphia 76ers"]);
}

#[test]
fn a_clause_of_at_and_a_figure_describes_the_name_before_its_comma() {
    let t = "Japan installed 44,500 robots. It was second only to China, at 295,000.";
    assert_eq!(ctx(t, "295,000").anchors, vec!["China"]);
    let t = "The market leader is Samsung, with 31% of sales.";
    assert_eq!(ctx(t, "31%").anchors, vec!["Samsung"]);
}

#[test]
fn table_cells_belong_to_their_row_and_measure_their_column() {
    let t = "| Country | Robots installed |\n|---|---|\n| Japan | 44,500 |\n| Korea | 30,600 |\n";
    let c = ctx(t, "30,600");
    assert_eq!(c.anchors, vec!["Korea"]);
    assert!(c.terms.iter().any(|t| t.word == "robots"));
    assert!(!c.terms.iter().any(|t| t.word == "japan"));
}

#[test]
fn an_opening_phrase_names_the_owner_before_an_object_after_the_figure() {
    // "members" in lower case makes the opening "Members" a common noun
    let t = "Members of Brindlewood Credit Union voted 2,184 to 547 to merge into Tallow \
             Creek. All 18,400 members got a ballot.";
    assert_eq!(ctx(t, "547").anchors, vec!["Brindlewood Credit Union"]);
}

#[test]
fn a_title_before_a_name_is_no_part_of_it() {
    assert!(same_name("Tomás Brennan", "Councilmember Tomás Brennan"));
    assert!(same_name("Sen. Ruiz", "Ruiz"));
    assert!(same_name("Mayor Renata Solís", "Renata Solís"));
    assert!(!same_name("Councilmember Pieter Vos", "Tomás Brennan"));
    // a title alone is a word like any other
    assert_eq!(canonical_name("Mayor"), "mayor");
}

#[test]
fn words_within_is_looser_than_same_name() {
    assert!(words_within(
        "the Authority",
        "Cascade Valley Water Authority"
    ));
    assert!(!same_name(
        "the Authority",
        "Cascade Valley Water Authority"
    ));
    assert!(words_within("US", "United States Steel"));
    assert!(!words_within("Korea", "Japan"));
    assert!(!words_within("", "Japan"));
}

#[test]
fn clause_and_subject_anchors() {
    assert_eq!(ctx(ROBOTS, "30,600").anchors, vec!["Korea"]);
    assert_eq!(ctx(ROBOTS, "fourth").anchors, vec!["Korea"]);
    let c = ctx(ROBOTS, "30,600");
    assert_eq!(c.terms[0].word, "installed");
    assert!(c.terms.iter().any(|t| t.word == "robots"));
}

#[test]
fn possessives_split_names() {
    let t = "Naver’s HyperCLOVA X SEED Think takes a different approach with a smaller 32-billion parameter reasoning model that scores 24 on the Intelligence Index.";
    let c = ctx(t, "24");
    assert_eq!(c.anchors, vec!["Naver", "HyperCLOVA X SEED Think"]);
    assert!(c.terms.iter().any(|t| t.word == "index"));
}

#[test]
fn sentences_split_at_stops_not_decimals_or_abbreviations() {
    let t = "The U.S. rate was 4.8 percent. Korea led.\nHeading line\nNext one";
    let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
    assert_eq!(
        s,
        vec![
            "The U.S. rate was 4.8 percent.",
            "Korea led.",
            "Heading line",
            "Next one"
        ]
    );
    // a title before a name ends no sentence
    let t = "The gates will last 50 years, said the commander, Col. Adaeze Marchbank. Sen. Ruth Ellingsen agreed.";
    let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
    assert_eq!(
        s,
        vec![
            "The gates will last 50 years, said the commander, Col. Adaeze Marchbank.",
            "Sen. Ruth Ellingsen agreed."
        ]
    );
}

#[test]
fn a_hard_wrapped_sentence_runs_on_across_its_line_breaks() {
    let t = "Lake Harlan fell 13 points to\n45%, and Ridgeback fell 7.\nWater lost at the\nAuthority is 9.8%.\nIt admitted 31,400\npatients, up 5.4%.\nA heading\n\n- a list item\n- another";
    let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
    assert_eq!(
        s,
        vec![
            "Lake Harlan fell 13 points to\n45%, and Ridgeback fell 7.",
            "Water lost at the\nAuthority is 9.8%.",
            "It admitted 31,400\npatients, up 5.4%.",
            "A heading",
            "- a list item",
            "- another"
        ]
    );
}

#[test]
fn names_compare_through_aliases_and_subsets() {
    assert!(same_name("US", "the United States"));
    assert!(same_name("South Korea", "Korea"));
    assert!(same_name("HyperCLOVA", "HyperCLOVA X SEED Think"));
    assert!(!same_name("United States", "United Kingdom"));
    assert!(!same_name("Japan", "China"));
    assert!(!same_name("Korea", "Korea Telecom"));
    assert!(same_name("LG", "LG K-EXAONE"));
    assert!(same_name("Stanford", "Stanford University"));
    // initials with dots and without
    assert!(same_name("JJ Barea", "J.J. Barea"));
    assert!(same_name("U.S.", "the United States"));
    assert!(!same_name("J.J. Barea", "Jose Barea"));
}

#[test]
fn a_pronoun_with_a_contraction_is_no_name() {
    let t = "You'll arrive in Bedford at 6:55 PM.";
    let c = ctx(t, "6:55 PM");
    assert!(
        !c.anchors.iter().any(|a| a.starts_with("You")),
        "{:?}",
        c.anchors
    );
}

#[test]
fn a_name_at_a_figure_owns_it_after_a_preposition() {
    let t = "Patents: 14.31 filings per 100,000 people, ahead of Luxembourg at 12.52.";
    assert_eq!(ctx(t, "12.52").anchors, vec!["Luxembourg"]);
    let t = "Korea ranked fifth, behind Japan with 44,500 robots.";
    assert_eq!(ctx(t, "44,500").anchors, vec!["Japan"]);
}

#[test]
fn the_agent_of_led_by_is_the_sentence_subject() {
    let t = "The Raptors were led by DeMar DeRozan, who posted 31 points, which he supplemented with five rebounds.";
    assert_eq!(ctx(t, "five").anchors, vec!["DeMar DeRozan"]);
    // other prepositions' objects are still not owners
    let t = "The Raptors played in Toronto, and scored 31 points.";
    assert_eq!(ctx(t, "31").anchors, vec!["Raptors"]);
}

#[test]
fn comments_are_not_part_of_the_sentence() {
    let text = "The model <!-- figcheck-ignore 5 -- checked by phone --> scores 24 on the test.";
    let figs = extract(text, Format::Markdown);
    let context = contexts(text, &figs)
        .into_iter()
        .zip(&figs)
        .find(|(_, f)| f.text == "24")
        .map(|(c, _)| c)
        .expect("24 is a figure");
    let words: Vec<&str> = context.terms.iter().map(|t| t.word.as_str()).collect();
    assert!(words.contains(&"scores"), "{words:?}");
    assert!(
        !words
            .iter()
            .any(|w| w.contains("figcheck") || *w == "phone" || *w == "checked"),
        "{words:?}"
    );
    // Offsets are unchanged, so a multi-byte comment keeps the text after it aligned.
    let masked = without_comments("a <!-- ü → 5 -->\r\nb 7");
    assert_eq!(masked.len(), "a <!-- ü → 5 -->\r\nb 7".len());
    assert!(masked.ends_with("\r\nb 7"));
}

#[test]
fn a_sentence_opening_with_its_own_noun_phrase_is_about_the_names_in_it() {
    let t = "Yet the Authority has a plan. The recycled-water plant at Coyle Creek, which \
             would produce 25 million gallons a day, costs $340 million.";
    assert_eq!(ctx(t, "$340 million").anchors, ["Coyle Creek"]);
    // with no name of its own, it leans on the sentence before
    let t = "Yet the Authority has a plan. The plant, which would produce 25 million \
             gallons a day, costs $340 million.";
    assert_eq!(ctx(t, "$340 million").anchors, ["Authority"]);
    // a name well past the opening phrase is not its subject
    let t = "Moderna had a quarter. The company reported a third quarter decline in SARS-CoV-2 \
             vaccine sales and guided for sales of $5bn in 2023.";
    assert_eq!(ctx(t, "$5bn").anchors, ["Moderna"]);
    // a pronoun always does
    let t = "The Authority has a plan. It costs $340 million.";
    assert_eq!(ctx(t, "$340 million").anchors, ["Authority"]);
    // ... but an answer's "Yes." is no one it could refer to
    let t = "Is the zoo growing?\n\nYes. It drew 1,184,600 visits, a rise of 6.8%.";
    assert!(ctx(t, "6.8%").anchors.is_empty());
}

#[test]
fn a_name_after_outside_or_among_is_no_owner() {
    let t =
        "Exaone 4.0 became the only model from outside the US or China to break into the top 10.";
    assert_eq!(ctx(t, "top 10").anchors, vec!["Exaone 4.0"]);
    let t = "Naver ranked first among Seoul firms with 12 awards, ahead of Kakao.";
    assert_eq!(ctx(t, "12").anchors, vec!["Naver"]);
}

#[test]
fn a_back_reference_stops_at_a_heading() {
    let t = "Northgate Health had a good year.\n\nFinancial results\n\nOperating revenue rose 6.9% to $2.46 billion.\n\nEmergency care\n\nThe median wait fell to 38 minutes.\n";
    // "Operating revenue": an adjective, not a participle opening a phrase
    assert!(ctx(t, "$2.46 billion").anchors.is_empty());
    // "The median wait" refers back, but not past the heading
    assert!(ctx(t, "38").anchors.is_empty());
    // without the heading, the earlier sentence's subject
    let t = "Northgate Health had a good year. The median wait fell to 38 minutes.";
    assert_eq!(ctx(t, "38").anchors, vec!["Northgate Health"]);
    // a participle opening a phrase still refers back
    let t = "Northgate Health is the county's largest employer. Founded in 1911, it runs four hospitals.";
    assert_eq!(ctx(t, "1911").anchors, vec!["Northgate Health"]);
}

#[test]
fn the_noun_a_sentence_opens_with_refers_to_the_sentence_that_introduced_it() {
    // "The contract" is the one Acme signed, not the union's, named in between
    let t = "Acme Corp signed a new supply contract. The Harrow Union represents 1,860 \
             workers. The contract raises wages 7% immediately.";
    assert_eq!(ctx(t, "7%").anchors, vec!["Acme Corp"]);
    // an introduction with no name as its subject gives no owner, not the one in between
    let t = "The nurses voted to ratify a contract. The Harrow Union represents 1,860 \
             workers. The contract raises wages 7% immediately.";
    let anchors = ctx(t, "7%").anchors;
    assert!(anchors.is_empty(), "{anchors:?}");
    // a noun that no earlier sentence introduces leans on the nearest subject as before
    let t = "Acme Corp had a good year. The contract raises wages 7% immediately.";
    assert_eq!(ctx(t, "7%").anchors, vec!["Acme Corp"]);
    // a name after a title ends no sentence of its own to be a later one's subject
    let t = "Its gates were last replaced in 1987, said the district commander, Col. Adaeze \
             Marchbank.\n\nThe port employs 96 people.";
    let anchors = ctx(t, "96").anchors;
    assert!(anchors.is_empty(), "{anchors:?}");
}

#[test]
fn a_figure_between_a_determiner_and_a_name_describes_the_name() {
    let t = "Northgate Medical Center ran at 86% occupancy. The $465 million East Tower will add 144 beds.";
    assert_eq!(ctx(t, "$465 million").anchors, vec!["East Tower"]);
    let t = "Lindale voted on Tuesday. Its $96 million Harbor Plan passed.";
    assert_eq!(ctx(t, "$96 million").anchors, vec!["Harbor Plan"]);
}

#[test]
fn a_function_word_opening_the_sentence_is_not_part_of_the_name_after_it() {
    let t = "In Harrow County, coverage reached 46.4%.";
    assert_eq!(ctx(t, "46.4%").anchors, vec!["Harrow County"]);
    let t = "Yet Japan installed 44,500.";
    assert_eq!(ctx(t, "44,500").anchors, vec!["Japan"]);
}

#[test]
fn an_earlier_subject_is_read_with_its_figures_as_figures() {
    let t = "The contract will cost Northgate $69 million in all. It took over three years.";
    assert_eq!(ctx(t, "three").anchors, vec!["Northgate"]);
}

#[test]
fn a_share_of_a_possessive_name_belongs_to_the_subject() {
    let t = "Medicare still pays for more than 40% of Northgate's patient revenue.";
    assert_eq!(ctx(t, "40%").anchors, vec!["Medicare"]);
    let t = "Revenue was 50 for the United States and 35 for China.";
    assert_eq!(ctx(t, "35").anchors, vec!["China"]);
}

#[test]
fn a_gapped_conjunct_with_its_own_figure_is_another_owners() {
    let t = "Harlow Creek, a 1987 plant, produced 842 GWh and Ridgeline 767 GWh.";
    assert_eq!(ctx(t, "842").anchors, vec!["Harlow Creek"]);
    assert_eq!(ctx(t, "767").anchors, vec!["Ridgeline"]);
}

#[test]
fn an_adjective_opening_a_sentence_names_nobody() {
    let t = "Federal money covers $98.5 million of the cost.";
    assert!(ctx(t, "$98.5 million").anchors.is_empty());
    // before another capitalised word it may open a name
    let t = "National Grid spent $98.5 million.";
    assert_eq!(ctx(t, "$98.5 million").anchors, vec!["National Grid"]);
}

#[test]
fn the_agent_right_after_a_share_owns_it() {
    let t = "The Tri-County Landfill project is funded 75% by the Federal Highway Office and 15% by Marlow County.";
    assert_eq!(ctx(t, "75%").anchors, vec!["Federal Highway Office"]);
    assert_eq!(ctx(t, "15%").anchors, vec!["Marlow County"]);
    let t = "The new route comes as 236 ramp, baggage and cabin-cleaning workers employed by Dorrance Services weigh a strike.";
    assert_eq!(ctx(t, "236").anchors, vec!["Dorrance Services"]);
    // a participle after a comma describes the subject
    let t = "The rest of the pack scores between 21 and 24, led by Naver's Orca.";
    assert!(!ctx(t, "21 and 24").anchors.contains(&"Naver".to_string()));
    // a deadline is no agent
    let t = "Dunmore Mills cut output 12% by March.";
    assert_eq!(ctx(t, "12%").anchors, vec!["Dunmore Mills"]);
}

#[test]
fn an_abbreviation_compares_with_or_without_its_dot() {
    assert!(same_name("St Brendan", "St. Brendan Hospital"));
    assert!(words_within("St. Brendan", "St Brendan Hospital"));
    assert!(same_name("Acme Inc.", "Acme Inc"));
    assert!(!same_name("St. Brendan", "Westfield Hospital"));
}

#[test]
fn a_label_like_list_item_takes_the_words_of_the_line_over_the_list() {
    let words = |text: &str, fig: &str| -> Vec<String> {
        ctx(text, fig).terms.into_iter().map(|t| t.word).collect()
    };
    let t = "Coverage by age group\n\n- Children 6 months to 4 years: 48.2%\n- Ages 5 to 17: 36.5%\n- Ages 18 to 64: 41.3%, up from 37.6%";
    for fig in ["48.2%", "36.5%", "41.3%", "37.6%"] {
        let w = words(t, fig);
        assert!(w.contains(&"coverage".to_string()), "{fig}: {w:?}");
    }
    // an item that says what it measures keeps to its own words
    let chatty = "Quick facts for readers in a hurry:\n\n- the US released 50 notable models and China 30, against Korea's six.";
    let own = words(chatty, "six");
    assert!(!own.contains(&"hurry".to_string()), "{own:?}");
    // a sentence that is no list item borrows nothing
    let plain = words("Coverage by age group\n\nChildren reached 48.2%.", "48.2%");
    assert!(!plain.contains(&"coverage".to_string()), "{plain:?}");
}

#[test]
fn a_discourse_marker_says_nothing_of_the_measure() {
    let t = "In other words, more than 53% of the world's population uses it.";
    let c = ctx(t, "53%");
    assert!(
        !c.terms
            .iter()
            .any(|t| t.word == "words" || t.word == "other"),
        "{:?}",
        c.terms
    );
    assert!(
        c.terms.iter().any(|t| t.word == "population"),
        "{:?}",
        c.terms
    );
    // the same words outside the phrase still count
    let t = "The other 12 words were cut.";
    assert!(ctx(t, "12").terms.iter().any(|t| t.word == "words"));
}

#[test]
fn a_pronoun_with_is_contracted_refers_back() {
    // "He's" is "he is": no name, and the sentence is about the one before's subject.
    let t = "Roy Hibbert had 12 points. He's now averaging 10 points a game.";
    let c = ctx(t, "10");
    assert_eq!(c.anchors, vec!["Roy Hibbert"], "{c:?}");
    let t = "Roy Hibbert had 12 points. She is now averaging 10 points a game.";
    assert_eq!(ctx(t, "10").anchors, vec!["Roy Hibbert"]);
}

#[test]
fn a_connective_before_a_pronoun_still_refers_back() {
    // "Yet it …": the airline of the sentence before, whose 84.6% a rival's would not be.
    let t = "Pinecrest Express saw traffic fall 3.0% to 262,000. Yet it is the most punctual \
             airline, with 84.6% of arrivals on time.";
    assert_eq!(ctx(t, "84.6%").anchors, vec!["Pinecrest Express"]);
    let t = "Pinecrest Express saw traffic fall 3.0%. But its planes were full, at 91% of seats.";
    assert_eq!(ctx(t, "91%").anchors, vec!["Pinecrest Express"]);
    // A connective before a name of its own is no reference back.
    let t = "Pinecrest Express saw traffic fall 3.0%. Yet Coastal Jet grew 14.3%.";
    assert_eq!(ctx(t, "14.3%").anchors, vec!["Coastal Jet"]);
}

#[test]
fn the_base_of_a_comparison_owns_nothing_after_it() {
    // Riverside is what 13 is measured from; 33 is still the flagship's.
    let t = "Its flagship, Northgate Medical Center, ran at 86% occupancy, 13 points above \
             Riverside and 33 points above Westfield.";
    let c = ctx(t, "33");
    assert!(!c.anchors.iter().any(|a| a == "Riverside"), "{c:?}");
    assert!(c.entities.iter().any(|e| e == "Westfield"), "{c:?}");
}

#[test]
fn a_definite_noun_refers_to_the_name_it_ends() {
    // "The tower" is the East Tower named a sentence back, not that sentence's subject.
    let t = "The system will need 260 more nurses when the $465 million East Tower opens at \
             Northgate Medical Center in 2027, Whitaker said. The tower will add 144 beds to \
             the hospital.";
    assert_eq!(ctx(t, "144").anchors, vec!["East Tower"]);
}

#[test]
fn a_score_whose_subject_is_a_pronoun_gives_the_first_side_to_the_earlier_subject() {
    let t = "The Raptors got off to a hot start, out-scoring the Heat 64-52 in the first half. \
             They were also able to out-score the Heat 50-38 in the second half.";
    assert_eq!(ctx(t, "50").anchors, vec!["Raptors"]);
    assert_eq!(ctx(t, "38").anchors, vec!["Heat"]);
}

#[test]
fn a_team_with_its_record_in_brackets_is_still_the_subject() {
    let t = "However, the Celtics (42-35) were able to pull away, outscoring them by a 30-17 \
             margin over the final 12 minutes.";
    assert_eq!(ctx(t, "30").anchors, vec!["Celtics"]);
}

#[test]
fn an_ordinal_before_a_period_names_the_period_as_one_term() {
    let words = |c: &Context| -> Vec<String> { c.terms.iter().map(|t| t.word.clone()).collect() };
    let t =
        "The Raptors outscored the Heat 64-52 in the first half and 31-22 in the third quarter.";
    let w = words(&ctx(t, "64"));
    assert!(w.contains(&"first-half".to_string()), "{w:?}");
    assert!(!w.contains(&"first".to_string()), "{w:?}");
    // "third" is a figure of its own; its period is still the other figures' measure
    assert!(words(&ctx(t, "31")).contains(&"third-quarter".to_string()));
    // an ordinal before any other noun stays out
    let w = words(&ctx("It was his second double-double in 12 games.", "12"));
    assert!(!w.iter().any(|w| w.starts_with("second")), "{w:?}");
    // a table header names it too
    let table = "| Team | Fourth quarter points |\n|---|---|\n| Heat | 17 |\n";
    let figs = extract(table, Format::Markdown);
    let c = &contexts(table, &figs)[0];
    assert!(
        words(c).contains(&"fourth-quarter".to_string()),
        "{:?}",
        words(c)
    );
    assert!(words(c).contains(&"quarter".to_string()), "{:?}", words(c));
    // a game's final 12 minutes are its fourth quarter; other stretches are no period
    let t = "The Celtics outscored the Bulls by a 30-17 margin over the final 12 minutes.";
    assert!(words(&ctx(t, "30")).contains(&"fourth-quarter".to_string()));
    let t = "The Celtics outscored the Bulls by a 12-4 margin over the final five minutes.";
    let w = words(&ctx(t, "12"));
    assert!(!w.iter().any(|w| w.ends_with("-quarter")), "{w:?}");
}

#[test]
fn an_answer_borrows_the_words_of_its_question_in_bold_or_plain() {
    for t in [
        "**How many passengers used the airport last year?**\nAbout 2.4 million, a record.",
        "How many passengers used the airport last year? About 2.4 million, a record.",
    ] {
        let figs = extract(t, Format::Markdown);
        let c = &contexts(t, &figs)[0];
        let words: Vec<&str> = c.terms.iter().map(|t| t.word.as_str()).collect();
        assert!(words.contains(&"passengers"), "{t:?}: {words:?}");
    }
}

#[test]
fn a_capitalised_word_opening_an_answer_does_not_replace_the_questions_owner() {
    let t = "**Why does Lake Harlan matter?**\nBuilt in 1958, it holds 45,000 acre-feet.";
    let figs = extract(t, Format::Markdown);
    let i = figs
        .iter()
        .position(|f| f.text == "45,000")
        .expect("figure");
    assert_eq!(contexts(t, &figs)[i].anchors, vec!["Lake Harlan"]);
}

#[test]
fn initials_are_the_name_they_abbreviate() {
    assert!(same_name("FAA", "Federal Aviation Administration"));
    assert!(same_name("Federal Aviation Administration", "faa"));
    assert!(same_name("DOT", "the Department of Transportation"));
    assert!(!same_name("FAA", "Federal Aviation Agency Board"));
    assert!(!same_name("FA", "Federal Aviation Administration"));
    assert!(!same_name("F", "Federal"));
}

#[test]
fn a_gapped_clauses_common_noun_owns_its_figure_not_the_subject() {
    let t = "The FAA pays $48.4 million, the state $9.7 million and the authority $6.4 million.";
    assert_eq!(ctx(t, "$48.4 million").anchors, vec!["FAA"]);
    assert!(ctx(t, "$9.7 million").anchors.is_empty());
    assert!(ctx(t, "$6.4 million").anchors.is_empty());
    // no earlier figure, no gapping: the subject owns it
    let t = "The FAA, the agency, pays $48.4 million.";
    assert_eq!(ctx(t, "$48.4 million").anchors, vec!["FAA"]);
}

#[test]
fn the_subject_of_a_clause_joined_by_and_is_not_the_first_clauses_owner() {
    // Written for this test.
    let t = "Hollins County recorded 389 crashes last year, and three riders died.";
    assert!(ctx(t, "three").anchors.is_empty());
    // an object joined by "and" is still the subject's
    let t = "Hollins County recorded 389 crashes last year, and three deaths in all.";
    assert_eq!(ctx(t, "three").anchors, vec!["Hollins County"]);
}

#[test]
fn a_figure_restating_the_opening_noun_belongs_to_whom_the_clause_names() {
    // Written for this test.
    let t = "The governor announced $21.4 million in grants to 12 airports. \
             The largest grant, $9.7 million, goes to Merrow Valley Regional Airport.";
    assert_eq!(
        ctx(t, "$9.7 million").anchors,
        vec!["Merrow Valley Regional Airport"]
    );
    // an age set off by commas after a name is the name's
    let t = "Mendes, 51, a nurse at Northgate for 25 years, called it fair.";
    assert_eq!(ctx(t, "51").anchors, vec!["Mendes"]);
    // a pronoun still refers back
    let t = "Merrow Valley got a grant. It, $9.7 million, goes to the runway.";
    assert_eq!(ctx(t, "$9.7 million").anchors, vec!["Merrow Valley"]);
}

#[test]
fn a_sentence_opening_with_a_possessor_names_its_subject_anew() {
    // Written for this test.
    let t = "The FAA covers 75%, or $48.4 million. \
             The state's $9.7 million grant covers 15%.";
    assert!(
        ctx(t, "15%").anchors.is_empty(),
        "{:?}",
        ctx(t, "15%").anchors
    );
    // a plain definite noun still refers back
    let t = "The FAA covers 75%, or $48.4 million. The agency also pays 15% of the design.";
    assert_eq!(ctx(t, "15%").anchors, vec!["FAA"]);
}

#[test]
fn a_clause_opening_with_a_noun_and_a_preposition_is_about_the_names_in_it() {
    let t = "Ridgeline produced 767 GWh, while output at the Harlow Creek gas plant fell 9.6% \
             to 842 GWh.";
    assert_eq!(ctx(t, "9.6%").anchors, ["Harlow Creek"]);
    assert_eq!(ctx(t, "767").anchors, ["Ridgeline"]);
    // at a sentence's start, with every name listed in the phrase
    let t = "The union represents 1,860 nurses. Nurses at Riverside Community Hospital and \
             Westfield Hospital, who are not in the union, will receive a 5% raise.";
    assert_eq!(
        ctx(t, "5%").anchors,
        ["Riverside Community Hospital", "Westfield Hospital"]
    );
    // a pronoun is no such noun
    let t = "Most of the money went to Garnet County. Some at Harlow Creek got 5% more.";
    assert!(!ctx(t, "5%").anchors.contains(&"Harlow Creek".to_owned()));
}

#[test]
fn a_pronoun_refers_to_the_noun_phrase_just_before_not_a_name_further_back() {
    let t = "Medicare pays for 41% of revenue. The county's health department is doing its \
             part too. It gave about 285,000 flu doses this season.";
    assert!(ctx(t, "285,000").anchors.is_empty());
    // a sentence without a subject of its own is passed over
    let t = "Medicare pays for 41% of revenue. In 2024, things changed. It gave about 285,000 \
             flu doses this season.";
    assert_eq!(ctx(t, "285,000").anchors, ["Medicare"]);
}

#[test]
fn a_change_without_a_verb_after_though_is_the_subjects() {
    let t = "Harlow Creek, built in 1994, is still the largest source, though down 9.6%.";
    assert_eq!(ctx(t, "9.6%").anchors, ["Harlow Creek"]);
    // a clause with a subject of its own keeps it
    let t = "Harlow Creek is the largest source, though Ridgeline grew 4.2%.";
    assert_eq!(ctx(t, "4.2%").anchors, ["Ridgeline"]);
}

#[test]
fn a_figure_opening_a_line_before_a_colon_is_the_labels() {
    let t = "- **+38.6%**: Copper Flat, after 60 MW were added in April 2025.";
    assert_eq!(ctx(t, "38.6%").anchors, ["Copper Flat"]);
    // not when words stand before it
    let t = "Output rose 38.6%: Copper Flat led the gains.";
    assert!(ctx(t, "38.6%").anchors.is_empty());
}

#[test]
fn the_other_side_of_a_comparison_is_not_the_subjects() {
    let t = "Kettle Prairie reached 51.0%, 9.7 points above the statewide share of 41.3%.";
    assert!(ctx(t, "41.3%").anchors.is_empty());
    assert_eq!(ctx(t, "51.0%").anchors, ["Kettle Prairie"]);
    // a bound right after the comparison word is still the subject's
    let t = "Kettle Prairie kept its share above 41.3%.";
    assert_eq!(ctx(t, "41.3%").anchors, ["Kettle Prairie"]);
}

#[test]
fn a_long_wrapped_line_runs_on_into_a_capitalised_word() {
    let t = "Renewables supplied 51.0% of it against 47.4% a year earlier. Harlow\nCreek, a \
             1987 plant, produced 842 GWh.\nFinancial results\nOperating revenue rose 5.1%.";
    let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
    assert_eq!(
        s,
        vec![
            "Renewables supplied 51.0% of it against 47.4% a year earlier.",
            "Harlow\nCreek, a 1987 plant, produced 842 GWh.",
            "Financial results",
            "Operating revenue rose 5.1%."
        ]
    );
    assert_eq!(ctx(t, "842").anchors, ["Harlow Creek"]);
}

#[test]
fn a_quotation_is_its_speakers() {
    let t = "Northgate estimates the contract will cost $96 million. \"This is the first \
             contract in my 22 years here,\" said union president Carla Mendes.";
    assert_eq!(ctx(t, "22").anchors, ["Carla Mendes"]);
    let t = "Northgate estimates the contract will cost $96 million. \"It is the first in 22 \
             years,\" Carla Mendes said.";
    assert_eq!(ctx(t, "22").anchors, ["Carla Mendes"]);
    // a name after the quotation with no verb of saying is no speaker
    let t = "Northgate estimates the contract will cost $96 million. \"It is the first in 22 \
             years.\" Carla Mendes agreed.";
    assert!(!ctx(t, "22").anchors.contains(&"Carla Mendes".to_owned()));
}

#[test]
fn a_team_a_player_led_does_not_own_the_players_figures() {
    let t = "Enes Kanter paced the Pistons with 21 points, four rebounds and three steals.";
    for figure in ["21", "four", "three"] {
        assert_eq!(ctx(t, figure).anchors, vec!["Enes Kanter"], "{figure}");
    }
    let t = "James Harden led the Rockets with a 40-point, 15-assist double-double.";
    assert_eq!(ctx(t, "40").anchors, vec!["James Harden"]);
    // "behind Japan with 44,500": a name before "with" still owns the figure
    let t = "Korea ranked fifth, behind Japan with 44,500.";
    assert_eq!(ctx(t, "44,500").anchors, vec!["Japan"]);
}

#[test]
fn a_with_clause_gives_its_figure_after_at_to_the_name_it_opens_with() {
    let t =
        "Harlow Creek supplied two fifths, with the Ridgeline wind farm right behind at about 30%.";
    assert_eq!(ctx(t, "30%").anchors, vec!["Ridgeline"]);
    assert_eq!(ctx(t, "two fifths").anchors, vec!["Harlow Creek"]);
}

#[test]
fn a_day_of_the_week_is_neither_an_owner_nor_a_measure() {
    // a sentence run on past a bold lead-in, "On Monday" where a name might start
    let t = "**The vote.** On Monday, October 13, the council voted 7-2 to issue $58 million \
             in bonds.";
    let c = ctx(t, "$58 million");
    assert!(
        c.anchors.iter().all(|a| !a.contains("Monday")),
        "{:?}",
        c.anchors
    );
    assert!(c.terms.iter().all(|t| t.word != "monday"), "{:?}", c.terms);
    let t = "The Thunder beat the Heat 106-94 on Tuesday.";
    assert!(ctx(t, "94").terms.iter().all(|t| t.word != "tuesday"));
}

#[test]
fn a_tally_with_to_gives_the_larger_side_to_the_subject() {
    let t = "Lorna Beckett leads Sheriff Ray Tamsin 44,318 to 43,907, a gap of 0.47 points.";
    assert_eq!(ctx(t, "44,318").anchors, vec!["Lorna Beckett"]);
    assert_eq!(ctx(t, "43,907").anchors, vec!["Sheriff Ray Tamsin"]);
    // with no subject before the name, the name keeps both sides
    let t = "In Harrow: Martin Ostrowski 46,902 to 42,067.";
    assert_eq!(ctx(t, "46,902").anchors, vec!["Martin Ostrowski"]);
}

#[test]
fn a_later_clause_with_a_figure_of_its_own_lends_no_words() {
    let words = |c: &Context| -> Vec<String> { c.terms.iter().map(|t| t.word.clone()).collect() };
    let near = |c: &Context, w: &str| c.terms.iter().any(|t| t.word == w && t.distance <= 10);
    let t = "Spending rose about 13% while ballots rose 16%.";
    let c = ctx(t, "13%");
    assert!(
        near(&c, "spending") && !near(&c, "ballots"),
        "{:?}",
        words(&c)
    );
    // the earlier clause still says what an elliptical later one measures
    let c = ctx(t, "16%");
    assert!(
        near(&c, "ballots") && near(&c, "spending"),
        "{:?}",
        words(&c)
    );
    // a later clause with no figure is the figure's own: "while" only joins two statements
    let c = ctx(
        "Spending rose about 13% while ballot counts were late.",
        "13%",
    );
    assert!(near(&c, "ballot"), "{:?}", words(&c));
}
