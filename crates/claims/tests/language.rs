//! The claim language end to end: the examples it was designed around, its errors, and
//! what claims accept.

use figcheck_claims::{
    Claim, ClaimLine, Comparison, ParseError, Term, Tolerance, parse, parse_claims_file,
};
use figcheck_figures::{Hedge, Kind};

fn claim(src: &str) -> Claim {
    parse(src).unwrap_or_else(|error| panic!("{}", error.render(src)))
}

fn error(src: &str) -> ParseError {
    match parse(src) {
        Ok(claim) => panic!("{src:?} parsed as {claim}"),
        Err(error) => error,
    }
}

fn bare(text: &str) -> Term {
    Term {
        text: text.to_string(),
        quoted: false,
        excluded: false,
    }
}

fn quoted(text: &str) -> Term {
    Term {
        text: text.to_string(),
        quoted: true,
        excluded: false,
    }
}

fn excluded(mut term: Term) -> Term {
    term.excluded = true;
    term
}

#[test]
fn quoted_names_and_measures() {
    let c = claim(r#""K-EXAONE" "Intelligence Index" = 32"#);
    assert_eq!(c.terms, [quoted("K-EXAONE"), quoted("Intelligence Index")]);
    assert_eq!(c.comparison, Comparison::Eq);
    assert_eq!(c.quantity.value, 32.0);
    assert_eq!(c.tolerance, None);
    assert_eq!(c.scope, None);
}

#[test]
fn approximately_in_both_spellings() {
    let ascii = claim(r#"Korea "industrial robots" installed ~ 30,000"#);
    let unicode = claim(r#"Korea "industrial robots" installed ≈ 30,000"#);
    assert_eq!(ascii, unicode);
    assert_eq!(
        ascii.terms,
        [
            bare("Korea"),
            quoted("industrial robots"),
            bare("installed")
        ]
    );
    assert_eq!(ascii.comparison, Comparison::Approx);
    assert_eq!(ascii.quantity.hedge, Some(Hedge::About));
    assert_eq!(ascii.quantity.value, 30_000.0);
}

#[test]
fn money_with_relative_tolerance() {
    let c = claim(r#""AI market" Korea = $9.06 billion ±1%"#);
    assert_eq!(c.quantity.kind, Kind::Money);
    assert_eq!(c.quantity.value, 9.06e9);
    assert_eq!(c.quantity.unit.as_deref(), Some("USD"));
    assert_eq!(c.tolerance, Some(Tolerance::Relative(0.01)));
    assert_eq!(c.to_string(), r#""AI market" Korea = $9.06 billion ±1%"#);
}

#[test]
fn unit_word_goes_into_the_quantity() {
    let c = claim("Korea installed = 31,600 robots");
    assert_eq!(c.terms, [bare("Korea"), bare("installed")]);
    assert_eq!(c.quantity.unit.as_deref(), Some("robots"));
    assert_eq!(c.quantity.value, 31_600.0);
    assert_eq!(claim("Korea installed = 31,600").quantity.unit, None);
}

#[test]
fn everything_at_once() {
    let c = claim(r#""United States" -Japan installed >= 30,000 robots within 5% in "003_*""#);
    assert_eq!(
        c.terms,
        [
            quoted("United States"),
            excluded(bare("Japan")),
            bare("installed")
        ]
    );
    assert_eq!(c.comparison, Comparison::Ge);
    assert_eq!(c.quantity.unit.as_deref(), Some("robots"));
    assert_eq!(c.tolerance, Some(Tolerance::Relative(0.05)));
    assert_eq!(c.scope.as_deref(), Some("003_*"));
    assert_eq!(
        c.to_string(),
        r#""United States" -Japan installed >= 30,000 robots ±5% in "003_*""#
    );
    let quoted_exclusion = claim(r#"Korea -"United States" = 5"#);
    assert_eq!(quoted_exclusion.terms[1], excluded(quoted("United States")));
}

/// A fraction in words before the claim's tail, as `figcheck explain` prints such a claim:
/// "a third with 2.7 7" is a third and its companions, "an eighth earlier 10" an eighth
/// and the sentence before's figure; prose would read "a third round" as an ordinal.
#[test]
fn a_fraction_in_words_before_the_tail() {
    for (src, value, companions, earlier) in [
        (
            "rate ~ a third with 2.7 7",
            1.0 / 3.0,
            vec![2.7, 7.0],
            vec![],
        ),
        ("rate ~ an eighth earlier 10", 0.125, vec![], vec![10.0]),
        ("rate = two thirds dated 2024", 2.0 / 3.0, vec![], vec![]),
    ] {
        let c = claim(src);
        assert_eq!(c.quantity.kind, Kind::Fraction, "{src}");
        assert!((c.quantity.value - value).abs() < 1e-9, "{src}: {c}");
        assert_eq!(c.companions, companions, "{src}");
        assert_eq!(c.earlier, earlier, "{src}");
        // and it prints as it was written, so it reads back the same
        assert_eq!(claim(&c.to_string()), c, "{src}");
    }
}

#[test]
fn a_pair_names_its_other_side_before_the_names_counted() {
    let c = claim("\"Kawhi Leonard\" shooting = 8 before 18 in box-score.md");
    let partner = c.partner.expect("a partner");
    assert_eq!((partner.value, partner.follows), (18.0, true));
    assert_eq!(c.quantity.unit, None, "before is a keyword, not a unit");
    assert_eq!(
        c.to_string(),
        r#""Kawhi Leonard" shooting = 8 before 18 in "box-score.md""#
    );
    assert_eq!(claim(&c.to_string()), c);
    let c = claim("Hawks = 8 games after 1,250 counting A B");
    let partner = c.partner.expect("a partner");
    assert_eq!((partner.value, partner.follows), (1250.0, false));
    assert_eq!(c.quantity.unit.as_deref(), Some("games"));
    assert_eq!(claim(&c.to_string()), c);
    // before the relation, the keywords are words like any other
    assert_eq!(claim("after tax profit = 5").terms.len(), 3);
}

#[test]
fn counted_names_before_the_scope() {
    let c = claim(r#"plan meet = two friends counting Steve "Carly Ray" "in" in chats/*"#);
    assert_eq!(c.quantity.unit.as_deref(), Some("friends"));
    assert_eq!(c.counted, ["Steve", "Carly Ray", "in"]);
    assert_eq!(c.scope.as_deref(), Some("chats/*"));
    // A name that would not read back bare is quoted; so is one spelled like a keyword.
    assert_eq!(
        c.to_string(),
        r#"plan meet = two friends counting Steve "Carly Ray" "in" in "chats/*""#
    );
    assert_eq!(claim(&c.to_string()), c);
    let c = claim("= 4 products counting A B \"C+\" D");
    assert_eq!(c.counted, ["A", "B", "C+", "D"]);
    assert_eq!(claim(&c.to_string()), c);
    // Without the clause, nothing is counted.
    assert!(claim("Korea = 5").counted.is_empty());
}

#[test]
fn between_two_bounds() {
    let c = claim("Naver between 20 and 30");
    assert_eq!(c.terms, [bare("Naver")]);
    assert_eq!(c.quantity.value, 20.0);
    assert_eq!(c.quantity.upper, Some(30.0));
    let Comparison::Between(upper) = &c.comparison else {
        panic!("not between: {c:?}");
    };
    assert_eq!(upper.value, 30.0);
    assert_eq!(c.to_string(), "Naver between 20 and 30");
}

#[test]
fn between_shares_a_trailing_sign_or_scale() {
    let percent = claim("rate between 20 and 30%");
    assert_eq!(percent.quantity.kind, Kind::Percent);
    assert_eq!(percent.quantity.value, 20.0);
    assert_eq!(percent.to_string(), "rate between 20% and 30%");
    let scaled = claim("x between 1 and 2 billion");
    assert_eq!(scaled.quantity.value, 1e9);
    let money = claim("x between 5 and $9 billion");
    assert_eq!(money.quantity.kind, Kind::Money);
    assert_eq!(money.quantity.value, 5e9);
    let units = claim("x between 20 and 30 robots");
    assert_eq!(units.quantity.unit.as_deref(), Some("robots"));
    let Comparison::Between(upper) = &units.comparison else {
        panic!("not between");
    };
    assert_eq!(upper.unit.as_deref(), Some("robots"));
}

#[test]
fn percentage_points_ranks_and_words() {
    let pp = claim(r#"Korea "adoption rate" = 4.8 percentage points"#);
    assert_eq!(pp.quantity.kind, Kind::PercentagePoints);
    assert_eq!(pp.quantity.value, 4.8);
    let rank = claim("Korea ranked = 3rd");
    assert_eq!(rank.quantity.kind, Kind::Ordinal);
    assert_eq!(rank.quantity.value, 3.0);
    let gt = claim(r#"LG "AI experts" > 1,000"#);
    assert_eq!(gt.comparison, Comparison::Gt);
    assert_eq!(gt.quantity.value, 1000.0);
    assert_eq!(claim("Korea = five").quantity.value, 5.0);
    assert_eq!(claim("Korea = five").to_string(), "Korea = five");
    for (src, value) in [
        ("x = 236-billion parameters", 236e9),
        ("x = US$9 billion", 9e9),
        ("x = ₩1 trillion", 1e12),
        ("x = 1.6%", 1.6),
        ("x = 30.6 thousand", 30_600.0),
    ] {
        let c = claim(src);
        assert_eq!(c.quantity.value, value, "{src}");
        assert_eq!(c.to_string(), src);
    }
}

#[test]
fn trailing_zeros_are_kept_when_printed() {
    for src in [
        "x = $9.00 billion",
        "x = 4.80%",
        "x = 1.20 million",
        "x = 12,000.50",
        // found by the claim fuzzer: glyphs after large whole numbers
        "x = 200000000⅗",
        "x = 600000000000000⅗",
    ] {
        assert_eq!(claim(src).to_string(), src);
        assert_eq!(claim(&claim(src).to_string()), claim(src), "{src}");
    }
}

#[test]
fn operators_and_their_synonyms() {
    for (src, comparison) in [
        ("x = 5", Comparison::Eq),
        ("x ~ 5", Comparison::Approx),
        ("x ≈ 5", Comparison::Approx),
        ("x < 5", Comparison::Lt),
        ("x <= 5", Comparison::Le),
        ("x ≤ 5", Comparison::Le),
        ("x > 5", Comparison::Gt),
        ("x >= 5", Comparison::Ge),
        ("x ≥ 5", Comparison::Ge),
        ("x != 5", Comparison::Ne),
        ("x ≠ 5", Comparison::Ne),
        ("x=5", Comparison::Eq),
        ("x<=5", Comparison::Le),
    ] {
        assert_eq!(claim(src).comparison, comparison, "{src}");
    }
}

#[test]
fn hedge_words_become_comparisons() {
    let about = claim("Korea installed = about 30,000 robots");
    assert_eq!(about, claim("Korea installed ~ 30,000 robots"));
    assert_eq!(claim("x = more than 1,000").comparison, Comparison::Gt);
    assert_eq!(claim("x = at least 1,000").comparison, Comparison::Ge);
    assert_eq!(claim("x = nearly 1,000").comparison, Comparison::Approx);
    assert_eq!(claim("x ~ about 1,000").comparison, Comparison::Approx);
    assert_eq!(claim("x = 5").quantity.hedge, None);
}

#[test]
fn tolerance_forms() {
    assert_eq!(
        claim("x = 5 +- 1").tolerance,
        Some(Tolerance::Absolute(1.0))
    );
    assert_eq!(
        claim("x = 5 ± 0.5").tolerance,
        Some(Tolerance::Absolute(0.5))
    );
    assert_eq!(
        claim("x = 5 within 2%").tolerance,
        Some(Tolerance::Relative(0.02))
    );
    assert_eq!(
        claim("x = 4.8% ± 0.5 percentage points").tolerance,
        Some(Tolerance::Absolute(0.5))
    );
    assert_eq!(
        claim("x = 5 ±$1 billion").tolerance,
        Some(Tolerance::Absolute(1e9))
    );
    let odd = claim("x = 5 ±1.1%");
    assert_eq!(odd.to_string(), "x = 5 ±1.1%");
}

#[test]
fn rates() {
    let c = claim(r#"Korea "robot density" = 1,012 robots per 10,000 workers"#);
    assert_eq!(c.quantity.unit.as_deref(), Some("robots"));
    let per = c
        .quantity
        .per
        .clone()
        .unwrap_or_else(|| panic!("no rate: {c:?}"));
    assert_eq!(per.base, 10_000.0);
    assert_eq!(per.unit.as_deref(), Some("workers"));
    assert_eq!(
        c.to_string(),
        r#"Korea "robot density" = 1,012 robots per 10,000 workers"#
    );
    // A scale word after the base is no unit (found by the claim fuzzer: "per 0¾
    // billion" printed as "per 0.75 billion", which reads as one number).
    let err = error("= 1 per 0¾ billion");
    assert!(err.to_string().contains("billion"), "{err}");
}

#[test]
fn keywords_are_terms_before_the_comparison() {
    let c = claim(r#""AI market" in Korea = 5"#);
    assert_eq!(c.terms, [quoted("AI market"), bare("in"), bare("Korea")]);
    assert_eq!(c.to_string(), r#""AI market" in Korea = 5"#);
    // `between` always starts a relation, so as a term it must be quoted.
    let c = claim(r#""between" = 5"#);
    assert_eq!(c.to_string(), r#""between" = 5"#);
}

#[test]
fn escapes_in_phrases_and_scopes() {
    let c = claim(r#""say \"hi\" \\ bye" = 5 in "a\"b*""#);
    assert_eq!(c.terms, [quoted(r#"say "hi" \ bye"#)]);
    assert_eq!(c.scope.as_deref(), Some(r#"a"b*"#));
    assert_eq!(parse(&c.to_string()), Ok(c));
}

#[test]
fn no_terms_and_bare_scope() {
    let c = claim("= 236-billion parameters in 003_*");
    assert!(c.terms.is_empty());
    assert_eq!(c.scope.as_deref(), Some("003_*"));
    assert_eq!(c.to_string(), r#"= 236-billion parameters in "003_*""#);
}

#[test]
fn a_number_word_before_a_bare_scope_is_no_count_of_a_count() {
    // "one in 2*" is "one", in the sources "2*" matches (found by the round-trip test),
    // not the fraction "one in 2" with a stray "*".
    let c = claim("= one in 2*");
    assert_eq!(c.quantity.value, 1.0);
    assert_eq!(c.scope.as_deref(), Some("2*"));
    // The fraction still reads where the claim ends after it.
    assert_eq!(claim("= one in 2").quantity.value, 0.5);
}

#[test]
fn korean_text_counts_columns_in_characters() {
    let c = claim(r#""한국" = 5"#);
    assert_eq!(c.terms, [quoted("한국")]);
    let bare_korean = claim("한국 인공지능 = 5");
    assert_eq!(bare_korean.terms, [bare("한국"), bare("인공지능")]);

    let src = r#""한국" 5"#;
    let e = error(src);
    assert_eq!(e.offset, src.find('5').unwrap_or(0));
    assert_eq!(e.offset, 9);
    assert_eq!(e.column, 6);
    let src = "한국 = ";
    let e = error(src);
    assert_eq!((e.offset, e.column), (9, 6));
}

/// The slips a person makes typing a claim get the corrected claim in a `help:` line.
#[test]
fn slips_come_with_the_claim_corrected() {
    let cases = [
        (
            "Korea ranked >= top 3",
            "expected a quantity without \"top\" (it means <=, which contradicts >=), found \"top\"",
            "\"top 3\" already says <=; write it with =: Korea ranked = top 3, or drop the hedge: Korea ranked >= 3",
        ),
        (
            "Korea installed == 30,600",
            "expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"==\"",
            "the claim language writes == as =: Korea installed = 30,600",
        ),
        (
            "Korea installed =< 30,600",
            "expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"=<\"",
            "the claim language writes =< as <=: Korea installed <= 30,600",
        ),
        (
            "R&D spending = 5",
            "expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"&D\"",
            "put words with punctuation or symbols in double quotes: \"R&D\" spending = 5",
        ),
        (
            "LG \"AI experts\" < more than 1,000",
            "expected a quantity without \"more than\" (it means >, which contradicts <), found \"more\"",
            "\"more than 1,000\" already says >; write it with =: LG \"AI experts\" = more than 1,000, or drop the hedge: LG \"AI experts\" < 1,000",
        ),
    ];
    for (src, message, help) in cases {
        let e = error(src);
        assert!(e.to_string().ends_with(message), "{src}: {e}");
        assert_eq!(e.help.as_deref(), Some(help), "{src}");
        // Every suggested claim parses.
        for suggestion in help.split(": ").skip(1) {
            let claim = suggestion.split(", or drop the hedge").next().unwrap_or("");
            assert!(
                parse(claim).is_ok(),
                "{src}: suggestion {claim:?} does not parse"
            );
        }
    }
}

#[test]
fn missing_comparison_points_at_the_quantity() {
    let e = error("Korea installed 31,600");
    assert_eq!(e.offset, 16);
    assert_eq!(e.column, 17);
    assert_eq!(e.expected, "a comparison (=, ~, <, <=, >, >=, !=, between)");
    assert_eq!(e.found, "\"31,600\"");
    assert_eq!(
        e.to_string(),
        "column 17: expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"31,600\""
    );
    assert_eq!(
        e.render("Korea installed 31,600"),
        "column 17: expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"31,600\"\n  Korea installed 31,600\n                  ^\n  help: put a comparison before the figure: Korea installed = 31,600"
    );
}

#[test]
fn missing_quantity_at_the_end() {
    let e = error("Korea = ");
    assert_eq!(e.column, 9);
    assert!(e.expected.starts_with("a quantity"), "{e}");
    assert_eq!(e.found, "end of claim");
    let e = error("Korea = robots");
    assert_eq!(e.column, 9);
    assert_eq!(e.found, "\"robots\"");
}

#[test]
fn missing_tolerance_number() {
    let e = error("Korea = 5 ±");
    assert_eq!(e.column, 12);
    assert!(e.expected.starts_with("a number after ±"), "{e}");
    let e = error("Korea = 5 within robots");
    assert_eq!(e.column, 18);
    assert!(e.expected.starts_with("a number after within"), "{e}");
    let e = error("Korea = 5 ± 3rd");
    assert_eq!(e.column, 13);
}

#[test]
fn unterminated_quote_is_reported_at_the_quote() {
    let e = error(r#"Korea "industrial robots = 5"#);
    assert_eq!(e.column, 7);
    assert_eq!(e.offset, 6);
    assert_eq!(e.found, "end of claim");
    assert!(e.expected.contains("closing \""), "{e}");
    let e = error(r#"Korea = 5 in "003_*"#);
    assert_eq!(e.column, 14);
}

#[test]
fn other_errors_point_at_the_culprit() {
    let cases = [
        (r#"Korea "" = 5"#, 7, "a phrase between the quotes"),
        (
            "Korea - = 5",
            8,
            "a word or \"quoted phrase\" to exclude after -",
        ),
        (
            r#""a\x" = 5"#,
            3,
            "\\\" or \\\\ (the only escapes in quotes)",
        ),
        (
            "x = 5 in",
            9,
            "a file-name glob after in (such as \"003_*\")",
        ),
        ("x between 5 or 6", 13, "\"and\" before the upper bound"),
        ("x = 5 per", 10, "a number after per (such as 10,000)"),
        (
            "x = $5 billion robots",
            16,
            "a rate (per 10,000 workers), a tolerance (±, +-, within), the other side of a pair (before 18, after 8), the end a change reached (reached), the year it is written for (dated 2022), a dateline (dateline), the figures stated with it (with 4 3.5), the figures of the sentence before (earlier 2,184), the names counted (counting Steve Carly), a scope (in \"glob\") or the end of the claim",
        ),
        (
            "x = 5 ±1% robots",
            11,
            "the other side of a pair (before 18, after 8), the end a change reached (reached), the year it is written for (dated 2022), a dateline (dateline), the figures stated with it (with 4 3.5), the figures of the sentence before (earlier 2,184), the names counted (counting Steve Carly), a scope (in \"glob\") or the end of the claim",
        ),
        (
            "x = 8 before robots",
            14,
            "a plain number after before or after (such as before 18)",
        ),
        (
            "x = 8 after 18 robots",
            16,
            "the end a change reached (reached), the year it is written for (dated 2022), a dateline (dateline), the figures stated with it (with 4 3.5), the figures of the sentence before (earlier 2,184), the names counted (counting Steve Carly), a scope (in \"glob\") or the end of the claim",
        ),
        (
            "x = 8 with 4 robots",
            14,
            "the figures of the sentence before (earlier 2,184), the names counted (counting Steve Carly), a scope (in \"glob\") or the end of the claim",
        ),
        (
            "x = 8 earlier 4 robots",
            17,
            "the names counted (counting Steve Carly), a scope (in \"glob\") or the end of the claim",
        ),
        (
            "x = 8 with 4 earlier robots",
            22,
            "a plain number after earlier (such as earlier 2,184)",
        ),
        (
            "x = 8 with robots",
            12,
            "a plain number after with (such as with 4 3.5)",
        ),
        (
            "x = 2 counting",
            15,
            "the names counted after counting (such as counting Steve Carly)",
        ),
        (
            "x = 2 counting Steve in 003_* Carly",
            31,
            "the end of the claim",
        ),
        ("x = 5 in a b", 12, "the end of the claim"),
        (
            "x > about 5",
            5,
            "a quantity without \"about\" (it means ~, which contradicts >)",
        ),
        (
            "x between about 5 and 10",
            11,
            "a lower bound without hedge words or ranges",
        ),
        (
            "x between $1 billion and ₩2 trillion",
            26,
            "an upper bound in USD, like the lower bound",
        ),
    ];
    for (src, column, expected) in cases {
        let e = error(src);
        assert_eq!((e.column, e.expected.as_str()), (column, expected), "{src}");
    }
}

#[test]
fn equality_allows_the_written_precision() {
    let c = claim("x = $9.1 billion");
    assert!(c.accepts(9.06e9));
    assert!(c.accepts(9.149e9));
    assert!(!c.accepts(9.16e9));
    let c = claim("Korea installed = 31,600");
    assert!(c.accepts(31_600.0));
    assert!(c.accepts(31_600.4));
    assert!(!c.accepts(30_600.0));
    assert!(!c.accepts(f64::NAN));
    let ne = claim("Korea installed != 31,600");
    assert!(ne.accepts(30_600.0));
    assert!(!ne.accepts(31_600.0));
    let tolerant = claim("x = 31,600 ±5%");
    assert!(tolerant.accepts(30_600.0));
    assert!(!tolerant.accepts(29_000.0));
}

#[test]
fn approximately_defaults_to_five_percent() {
    let c = claim("x ~ 30,000");
    assert!(c.accepts(31_500.0));
    assert!(c.accepts(28_500.0));
    assert!(!c.accepts(31_600.0));
    let narrower = claim("x ~ 30,000 ±1%");
    assert!(narrower.accepts(30_300.0));
    assert!(!narrower.accepts(30_400.0));
    let coarse = claim("x ~ 30 thousand");
    assert!(coarse.accepts(30_499.0));
}

#[test]
fn order_comparisons_ignore_tolerance() {
    assert!(claim("x > 1,000").accepts(1001.0));
    assert!(!claim("x > 1,000").accepts(1000.0));
    assert!(claim("x >= 1,000").accepts(1000.0));
    assert!(claim("x < 1,000").accepts(999.0));
    assert!(!claim("x < 1,000 ±10%").accepts(1000.0));
    assert!(claim("x <= 1,000").accepts(1000.0));
}

#[test]
fn between_is_inclusive_and_widened_by_tolerance() {
    let c = claim("Naver between 20 and 30");
    assert!(c.accepts(20.0));
    assert!(c.accepts(30.0));
    assert!(!c.accepts(30.5));
    let widened = claim("Naver between 20 and 30 ±1");
    assert!(widened.accepts(19.0));
    assert!(widened.accepts(31.0));
    assert!(!widened.accepts(31.5));
}

#[test]
fn scope_matches_file_name_or_path() {
    let c = claim(r#"x = 5 in "003_*""#);
    assert!(c.in_scope("corpus/003_57944011cd868486.txt"));
    assert!(c.in_scope("003_57944011cd868486.txt"));
    assert!(!c.in_scope("corpus/000_9983ea760bc42378.txt"));
    let path = claim(r#"x = 5 in "corpus/00?_*""#);
    assert!(path.in_scope("corpus/003_5.txt"));
    assert!(!path.in_scope("other/003_5.txt"));
    assert!(claim("x = 5").in_scope("anything.txt"));
}

#[test]
fn entities_words_and_exclusions() {
    let c = claim(r#""United States" -Japan "AI market" installed LLMs K-EXAONE Mi:dm = 5"#);
    assert_eq!(c.entities(), ["United States", "K-EXAONE", "Mi:dm"]);
    assert_eq!(c.words(), ["ai market", "installed", "llms"]);
    assert_eq!(c.excluded(), ["Japan"]);
    let lg = claim(r#"LG "AI experts" > 1,000"#);
    assert_eq!(lg.entities(), ["LG"]);
    assert_eq!(lg.words(), ["ai experts"]);
}

#[test]
fn claims_files() {
    let file = "\u{feff}# robots\nKorea installed = 31,600 robots   # the 2024 figure\n\n  \nKorea installed 31,600\n\"#1 brand\" = 5 # a hash inside quotes is text\n";
    let results = parse_claims_file(file);
    assert_eq!(results.len(), 3);
    let first: &ClaimLine = results[0].as_ref().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.line, 2);
    assert_eq!(first.claim, claim("Korea installed = 31,600 robots"));
    let bad = results[1]
        .as_ref()
        .err()
        .unwrap_or_else(|| panic!("line 5 parsed"));
    assert_eq!(bad.line, 5);
    assert_eq!(bad.error.column, 17);
    assert_eq!(
        bad.to_string(),
        "line 5, column 17: expected a comparison (=, ~, <, <=, >, >=, !=, between), found \"31,600\""
    );
    assert!(
        bad.render(file)
            .contains("\n  Korea installed 31,600\n                  ^\n  help: ")
    );
    let third = results[2].as_ref().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(third.line, 6);
    assert_eq!(third.claim.terms, [quoted("#1 brand")]);
}

#[test]
fn claims_serialize() {
    fn assert_serde<T: serde::Serialize + serde::de::DeserializeOwned>() {}
    assert_serde::<Claim>();
    assert_serde::<ParseError>();
}

#[test]
fn a_claim_is_one_line() {
    // Found by the claim fuzzer: "0\r\rpp" read as a number, printed as "0 pp", which
    // reads as percentage points.
    for src in ["X = 0\r\rpp", "Korea\n= 30,600", "Korea = 30,600\r robots"] {
        let e = error(src);
        assert!(e.expected.contains("one line"), "{src:?}: {e}");
    }
    // Whitespace around the claim, line breaks included, is still ignored.
    assert_eq!(claim("\n Korea = 30,600 \r\n"), claim("Korea = 30,600"));
}

#[test]
fn quantities_in_words_print_in_words() {
    // Found by the claim fuzzer: "one billion AUD" printed as "1000000000 AUD", a more
    // precise claim than the one written.
    for src in [
        "X = two million robots",
        "X = one billion AUD",
        "X = one hundred robots",
        "X = three hundred twenty-one robots",
        "X = one\u{a0}billion AUD",
    ] {
        let c = claim(src);
        let printed = c.to_string();
        assert_eq!(claim(&printed), c, "{src:?} printed as {printed:?}");
    }
}
