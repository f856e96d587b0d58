//! The words of a comparison around a figure: a comparative or a preposition right after
//! it that makes it a gap, and the possessor on the other side of one that owns it.

use super::tests::ctx;

#[test]
fn a_comparative_after_a_figure_says_it_is_a_gap_but_a_bound_before_it_does_not() {
    let has_more = |t: &str, fig: &str| ctx(t, fig).terms.iter().any(|w| w.word == "more");
    assert!(has_more(
        "Kestrel Air carried 264,000 more passengers than Tern Airways.",
        "264,000"
    ));
    assert!(has_more("Rents rose $40 more than wages did.", "$40"));
    // a bound, or a comparative with no "than"
    assert!(!has_more(
        "Kestrel Air carried more than 264,000 passengers.",
        "264,000"
    ));
    assert!(!has_more("It added 40 more flights in June.", "40"));
    // punctuation ends the figure's phrase
    assert!(!has_more(
        "It carried 264,000, more than anyone expected.",
        "264,000"
    ));
}

#[test]
fn a_preposition_right_after_a_figure_says_it_is_a_gap() {
    let words = |t: &str, fig: &str| -> Vec<String> {
        ctx(t, fig).terms.into_iter().map(|w| w.word).collect()
    };
    let t = "Thale & Sons bid $5.86 million, $350,000 under the next.";
    assert!(words(t, "$350,000").contains(&"below".to_string()));
    let t = "The bid came in $120,000 over the estimate.";
    assert!(words(t, "$120,000").contains(&"above".to_string()));
    // not before the figure, nor a word away
    let t = "Children under 5 ride free.";
    assert!(!words(t, "5").contains(&"below".to_string()));
    let t = "It carried 40 passengers over the bridge.";
    assert!(!words(t, "40").contains(&"above".to_string()));
}

#[test]
fn the_possessor_on_the_other_side_of_a_comparison_owns_its_figure() {
    let t = "Corvane Construction won at $2,840,000, $625,000 under Marsh & Pike's $3,465,000.";
    assert_eq!(ctx(t, "$3,465,000").anchors, vec!["Marsh Pike"]);
    assert_eq!(ctx(t, "$2,840,000").anchors, vec!["Corvane Construction"]);
    let t = "Thale & Sons won at $5,860,000, well under Ardmore's $6,740,000.";
    assert_eq!(ctx(t, "$6,740,000").anchors, vec!["Ardmore"]);
    // a plural's possessive, written with the apostrophe alone
    let t = "Dunmore Paving won at $2,380,000, $560,000 under Brightline Roadworks' $2,940,000.";
    assert_eq!(ctx(t, "$2,940,000").anchors, vec!["Brightline Roadworks"]);
    // a closing quote after a word that does not end in "s" is no possessive
    let t = "Dunmore Paving won at $2,380,000, well under the 'Brightline' $2,940,000.";
    assert_eq!(ctx(t, "$2,940,000").anchors, vec!["Dunmore Paving"]);
}
