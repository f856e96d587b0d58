use super::*;
use crate::{Format, LineIndex};

pub(super) fn figs(text: &str) -> Vec<Figure> {
    extract(text, Format::Plain)
}

/// The unit of the first figure written `figure` in `text`.
#[track_caller]
pub(super) fn unit_of(text: &str, figure: &str) -> Option<String> {
    figs(text)
        .into_iter()
        .find(|f| f.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure} in {text}"))
        .quantity
        .unit
}

/// Every figure of `text`: as written, its value, its upper end and its unit.
pub(super) fn read(text: &str) -> Vec<(String, f64, Option<f64>, Option<String>)> {
    figs(text)
        .into_iter()
        .map(|f| (f.text, f.quantity.value, f.quantity.upper, f.quantity.unit))
        .collect()
}

/// The only figure in `text`; its text must be `written`.
#[track_caller]
pub(super) fn only(text: &str, written: &str) -> Quantity {
    let f = figs(text);
    assert_eq!(
        f.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        vec![written],
        "figures of {text:?}"
    );
    let f = &f[0];
    // The byte span is exactly the written figure.
    assert_eq!(&text[f.start..f.end], written);
    f.quantity.clone()
}

#[track_caller]
pub(super) fn is(text: &str, written: &str, value: f64, kind: Kind) -> Quantity {
    let q = only(text, written);
    assert!(
        (q.value - value).abs() <= 1e-9 * value.abs().max(1.0),
        "{text:?}: value {} != {value}",
        q.value
    );
    assert_eq!(q.kind, kind, "{text:?}");
    q
}

#[track_caller]
pub(super) fn none(text: &str) {
    let f = figs(text);
    assert!(
        f.is_empty(),
        "{text:?} has figures {:?}",
        f.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_long_value_is_grouped_though_the_figure_was_too_short_to_show_it() {
    // "$24" for a source's $22.4 million was suggested as "$22400000".
    assert_eq!(figs("$24")[0].quantity.render(22_400_000.0), "$22,400,000");
    assert_eq!(figs("about 64")[0].quantity.render(9_480.0), "9480");
    // a figure written long without a separator keeps to that
    assert_eq!(figs("12345 visitors")[0].quantity.render(54_321.0), "54321");
    assert_eq!(figs("12,345")[0].quantity.render(54_321.0), "54,321");
}

#[test]
fn mixed_numbers_with_a_glyph_are_written_back_with_one() {
    // Found by the claim fuzzer: "0¼" was printed back as "0.25", another figure.
    for (text, value, back, other) in [
        ("2½ times", 2.5, "2½", "3¼"),
        ("0¼", 0.25, "0¼", "1.3"),
        ("¼ of it", 0.25, "¼", "1.3"),
        ("fell -0¾ points", -0.75, "-0¾", "1.3"),
        // Found by the claim fuzzer: a large whole part leaves the fraction inexact.
        ("200000000⅗", 200000000.6, "200000000⅗", "1.3"),
        // and past 10^14, where ⅗ and ⅝ are stored alike, the written glyph stays
        (
            "600000000000000⅗",
            600000000000000.6,
            "600000000000000⅗",
            "1.3",
        ),
    ] {
        let f = figs(text);
        assert_eq!(f[0].quantity.value, value, "{text}");
        assert_eq!(f[0].quantity.render(value), back, "{text}");
        let other_value = if other == "3¼" { 3.25 } else { 1.3 };
        assert_eq!(f[0].quantity.render(other_value), other, "{text}");
    }
}

#[test]
fn iso_dates_need_a_real_month_and_day() {
    assert!(is_iso_date("2025-06-01"));
    assert!(!is_iso_date("2891-31-28"));
    assert!(!is_iso_date("2025-06-00"));
    // "0rd" is no day of April (found by the claim fuzzer), nor is "32nd"
    for text in ["code 2891-31-28 here", "dz=Apr\t0rd ", "on June 32nd"] {
        for f in figs(text) {
            assert_ne!(f.quantity.kind, Kind::Date, "{text:?}: {:?}", f.text);
        }
    }
}

#[test]
fn leading_zeros_make_codes_not_figures() {
    assert!(figs("postcode 02139 and agent 007").is_empty());
    is("a ratio of 0.5 today", "0.5", 0.5, Kind::Number);
}

#[test]
fn more_digits_than_a_double_holds_are_no_figure() {
    assert!(figs("an id of 1234567890123456 here").is_empty());
    assert!(figs("= 888888888888.8888888888888888835 bn rs").is_empty());
    let f = figs("a debt of 123456789012345 won");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].quantity.value, 123_456_789_012_345.0);
}

#[test]
fn a_leading_zero_group_is_no_thousands_group() {
    // Found by the claim fuzzer: "-0,600" read as -600 with a comma printed back as
    // "-600", which reads back without one.
    for f in figs("a ratio of 0,600 and -0,600 today") {
        assert!(f.quantity.style.separator.is_none(), "{:?}", f.text);
    }
}

#[test]
fn digits_with_separators_and_decimals() {
    let q = is(
        "Korea installed 30,600 robots.",
        "30,600",
        30600.0,
        Kind::Number,
    );
    assert_eq!(q.style.separator, Some(','));
    assert_eq!(q.precision, 1.0);
    assert_eq!(q.unit.as_deref(), Some("robots"));
    let q = is("a rate of 14.31 in Korea", "14.31", 14.31, Kind::Number);
    assert_eq!(q.style.decimals, 2);
    assert_eq!(q.precision, 0.01);
    is("a yield of .25 on", ".25", 0.25, Kind::Number);
    let q = is(
        "it had 1\u{2009}012 robots",
        "1\u{2009}012",
        1012.0,
        Kind::Number,
    );
    assert_eq!(q.style.separator, Some('\u{2009}'));
    is(
        "it had 1\u{A0}012 robots",
        "1\u{A0}012",
        1012.0,
        Kind::Number,
    );
    is("it had 40 000 robots", "40 000", 40000.0, Kind::Number);
    is(
        "China has 1 414 021 100 people.",
        "1 414 021 100",
        1414021100.0,
        Kind::Number,
    );
}

#[test]
fn plain_spaces_join_groups_only_where_unambiguous() {
    // a lone digit before a space is a count of its own
    let f = figs("the top 3 500 firms");
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].text, "500");
    // a compound adjective after the group
    let f = figs("he won 3 100-metre races");
    assert!(f.iter().all(|f| f.quantity.value != 3100.0));
}

#[test]
fn scales_in_words_hyphens_and_letters() {
    let q = is(
        "236 billion parameters",
        "236 billion",
        2.36e11,
        Kind::Number,
    );
    assert_eq!(q.style.scale.as_deref(), Some(" billion"));
    assert_eq!(q.precision, 1e9);
    let q = is(
        "a 236-billion parameter model",
        "236-billion",
        2.36e11,
        Kind::Number,
    );
    assert_eq!(q.unit.as_deref(), Some("parameter"));
    is("a 236B model", "236B", 2.36e11, Kind::Number);
    is("worth 100M", "100M", 1e8, Kind::Number);
    let q = is("some 30.6 thousand", "30.6 thousand", 30600.0, Kind::Number);
    assert_eq!(q.precision, 100.0);
    assert_eq!(q.hedge, Some(Hedge::About));
    is("1.5 trillion", "1.5 trillion", 1.5e12, Kind::Number);
    is("with 3k stars", "3k", 3000.0, Kind::Number);
    // exact, not 16399999.999999998
    assert_eq!(only("16.4 million", "16.4 million").value, 16_400_000.0);
    is("35 lakh", "35 lakh", 3.5e6, Kind::Number);
}

#[test]
fn numbers_in_words() {
    let q = is("It released five models.", "five", 5.0, Kind::Number);
    assert!(q.style.words);
    assert_eq!(q.unit.as_deref(), Some("models"));
    is("twelve", "twelve", 12.0, Kind::Number);
    is("ten thousand", "ten thousand", 1e4, Kind::Number);
    is("forty-two", "forty-two", 42.0, Kind::Number);
    is("thirty one", "thirty one", 31.0, Kind::Number);
    is("a dozen", "a dozen", 12.0, Kind::Number);
    is(
        "two hundred and five",
        "two hundred and five",
        205.0,
        Kind::Number,
    );
    is(
        "two thousand and two hundred",
        "two thousand and two hundred",
        2200.0,
        Kind::Number,
    );
    is(
        "fewer than a thousand pandas",
        "a thousand",
        1000.0,
        Kind::Number,
    );
    is("two and a half", "two and a half", 2.5, Kind::Number);
    is(
        "five and a half million fish",
        "five and a half million",
        5.5e6,
        Kind::Number,
    );
    is("half a million people", "half a million", 5e5, Kind::Number);
    is(
        "a quarter million",
        "a quarter million",
        2.5e5,
        Kind::Number,
    );
    is("three lakh crore", "three lakh crore", 3e12, Kind::Number);
}

#[test]
fn fractions() {
    is("half of them", "half", 0.5, Kind::Fraction);
    is("a third of them", "a third", 1.0 / 3.0, Kind::Fraction);
    is(
        "two thirds of them",
        "two thirds",
        2.0 / 3.0,
        Kind::Fraction,
    );
    is(
        "three-quarters of them",
        "three-quarters",
        0.75,
        Kind::Fraction,
    );
    is("one eighth", "one eighth", 0.125, Kind::Fraction);
    is("a half", "a half", 0.5, Kind::Fraction);
    is("the result is ¾", "¾", 0.75, Kind::Fraction);
    is("it took 2½ years", "2½", 2.5, Kind::Number);
    // not fractions: a half of something named, and a year and a half (1.5 years, see
    // `and_a_half.rs`)
    none("the second half of the year");
    is(
        "for a year and a half.",
        "a year and a half",
        1.5,
        Kind::Number,
    );
}

#[test]
fn ranks() {
    is("Korea ranked 3rd", "3rd", 3.0, Kind::Ordinal);
    is("Korea came third", "third", 3.0, Kind::Ordinal);
    is("the 18th largest", "18th", 18.0, Kind::Ordinal);
    is("twenty-first", "twenty-first", 21.0, Kind::Ordinal);
    is(
        "one hundred twenty-fifth",
        "one hundred twenty-fifth",
        125.0,
        Kind::Ordinal,
    );
    is("two hundredth", "two hundredth", 200.0, Kind::Ordinal);
    let q = is("It is number three", "number three", 3.0, Kind::Ordinal);
    assert_eq!(q.style.prefix.as_deref(), Some("number "));
    // the verb is no rank
    is("the staff will number 370", "370", 370.0, Kind::Number);
    let q = is("in the top 10", "top 10", 10.0, Kind::Ordinal);
    assert_eq!(q.hedge, Some(Hedge::AtMost));
    // "first" and "second" only where a rank is meant
    none("It first gained attention in a second study.");
    is("Korea ranked first", "first", 1.0, Kind::Ordinal);
    // a first dated against a year, a few words on
    let f = figs("their first strike vote since 2012");
    assert_eq!(
        f.first().map(|f| (f.text.as_str(), f.quantity.kind)),
        Some(("first", Kind::Ordinal))
    );
    let f = figs("It was his second double-double in a row.");
    assert_eq!(
        f.first().map(|f| (f.text.as_str(), f.quantity.kind)),
        Some(("second", Kind::Ordinal))
    );
    // up to eight words on, with nothing but spaces between them
    let f = figs("she is the first woman to win a contested seat since 2011");
    assert_eq!(
        f.first().map(|f| (f.text.as_str(), f.quantity.kind)),
        Some(("first", Kind::Ordinal))
    );
    for text in [
        "the first in a very long line of candidates to run there since 2011",
        "she was the first, and since 2011 others followed",
    ] {
        assert!(
            figs(text).iter().all(|f| f.quantity.kind != Kind::Ordinal),
            "{text}"
        );
    }
    none("their first strike vote in years");
    none("the first of many since then");
    is("the second largest", "second", 2.0, Kind::Ordinal);
    let f = figs("It fell from 25th to 18th.");
    let got: Vec<(&str, f64, Kind)> = f
        .iter()
        .map(|f| (f.text.as_str(), f.quantity.value, f.quantity.kind))
        .collect();
    assert_eq!(
        got,
        vec![("25th", 25.0, Kind::Ordinal), ("18th", 18.0, Kind::Ordinal)]
    );
    none("the 3th"); // a wrong suffix is not a rank
    // "a third round" is the third round, not a fraction
    is("in a third round", "third", 3.0, Kind::Ordinal);
}

#[test]
fn percentages() {
    let q = is("grew 1.6% last year", "1.6%", 1.6, Kind::Percent);
    assert_eq!(q.style.suffix.as_deref(), Some("%"));
    is("88 percent of firms", "88 percent", 88.0, Kind::Percent);
    is("5 per cent", "5 per cent", 5.0, Kind::Percent);
    is("fifty percent", "fifty percent", 50.0, Kind::Percent);
    is("one percent", "one percent", 1.0, Kind::Percent);
    is(
        "rose 4.8 percentage points",
        "4.8 percentage points",
        4.8,
        Kind::PercentagePoints,
    );
    is("fell 2.1pp", "2.1pp", 2.1, Kind::PercentagePoints);
    is("fell -3.2% in", "-3.2%", -3.2, Kind::Percent);
    is(
        "need minus five percent",
        "minus five percent",
        -5.0,
        Kind::Percent,
    );
    // a margin of error is not a negative figure
    let f = figs("plus or minus 3 percentage points");
    assert_eq!(f[0].quantity.value, 3.0);
    let f = figs("rose from 60% to 100%");
    let got: Vec<(&str, f64)> = f
        .iter()
        .map(|f| (f.text.as_str(), f.quantity.value))
        .collect();
    assert_eq!(got, vec![("60%", 60.0), ("100%", 100.0)]);
    assert!(f.iter().all(|f| f.quantity.kind == Kind::Percent));
}

#[test]
fn money() {
    let q = is(
        "a $581.7 billion market",
        "$581.7 billion",
        5.817e11,
        Kind::Money,
    );
    assert_eq!(q.unit.as_deref(), Some("USD"));
    assert_eq!(q.precision, 1e8);
    let q = is("US$9 billion", "US$9 billion", 9e9, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("USD"));
    assert_eq!(q.style.prefix.as_deref(), Some("US$"));
    let q = is("cost £1,000", "£1,000", 1000.0, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("GBP"));
    let q = is("raised €3.2m", "€3.2m", 3.2e6, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("EUR"));
    let q = is("₩1 trillion", "₩1 trillion", 1e12, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("KRW"));
    let q = is("1 trillion won", "1 trillion won", 1e12, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("KRW"));
    let q = is("$9.06bn", "$9.06bn", 9.06e9, Kind::Money);
    assert_eq!(q.style.scale.as_deref(), Some("bn"));
    is("Give me 5 dollars", "5 dollars", 5.0, Kind::Money);
    let q = is("sold for $ 75 million", "$ 75 million", 7.5e7, Kind::Money);
    assert_eq!(q.style.prefix.as_deref(), Some("$ "));
    is(
        "a US $150 million loan",
        "US $150 million",
        1.5e8,
        Kind::Money,
    );
    is("for US$ 5", "US$ 5", 5.0, Kind::Money);
    let q = is("priced at USD115", "USD115", 115.0, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("USD"));
    is("priced at 115USD", "115USD", 115.0, Kind::Money);
    let q = is("nor is 10 €", "10 €", 10.0, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("EUR"));
    let q = is("the cost is 100元!", "100元", 100.0, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("CNY"));
    let q = is("shares fell 34 cents", "34 cents", 0.34, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("USD"));
    let q = is(
        "10,000 swiss francs",
        "10,000 swiss francs",
        1e4,
        Kind::Money,
    );
    assert_eq!(q.unit.as_deref(), Some("CHF"));
    let q = is("five million yen", "five million yen", 5e6, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("JPY"));
    is("It costs one dollar", "one dollar", 1.0, Kind::Money);
    is("Banknotes: 5 €", "5 €", 5.0, Kind::Money);
    // "3 USD50": the code is glued to the second amount
    let f = figs("give away 3 USD50 cards");
    assert_eq!(f.last().map(|f| f.text.as_str()), Some("USD50"));
    // "A" is an article here, not the Australian dollar's letter
    let q = is("A $5 fee", "$5", 5.0, Kind::Money);
    assert_eq!(q.unit.as_deref(), Some("USD"));
    // "no one won": not a sum in won
    none("no one won the vote");
    // "pounds" is money unless its clause weighs something
    let q = is(
        "361 million pounds",
        "361 million pounds",
        3.61e8,
        Kind::Money,
    );
    assert_eq!(q.unit.as_deref(), Some("GBP"));
    is("He paid ten pounds.", "ten pounds", 10.0, Kind::Money);
    is("She lost ten pounds.", "ten", 10.0, Kind::Number);
    is("The baby weighed 7.5 pounds.", "7.5", 7.5, Kind::Number);
    is("a baby weighing 8 pounds", "8", 8.0, Kind::Number);
    is("ten pounds of flour", "ten", 10.0, Kind::Number);
    is("30 pounds per square inch", "30", 30.0, Kind::Number);
}

#[test]
fn rates_ranges_and_dates() {
    let q = is(
        "1,012 robots per 10,000 workers",
        "1,012",
        1012.0,
        Kind::Number,
    );
    assert_eq!(q.unit.as_deref(), Some("robots"));
    let per = q.per.expect("a rate");
    assert_eq!(per.base, 10000.0);
    assert_eq!(per.unit.as_deref(), Some("workers"));
    let q = is("14.31 per 100,000 people", "14.31", 14.31, Kind::Number);
    let per = q.per.expect("a rate");
    assert_eq!(per.base, 100000.0);
    assert_eq!(per.unit.as_deref(), Some("people"));
    let q = is("between 20 and 30 firms", "20 and 30", 20.0, Kind::Number);
    assert_eq!(q.upper, Some(30.0));
    let q = is("20–30 firms", "20–30", 20.0, Kind::Number);
    assert_eq!(q.upper, Some(30.0));
    let q = is("from 1000 – 5000", "1000 – 5000", 1000.0, Kind::Number);
    assert_eq!(q.upper, Some(5000.0));
    let q = is("5k-20k", "5k-20k", 5000.0, Kind::Number);
    assert_eq!(q.upper, Some(20000.0));
    let q = is("grew 20-30%", "20-30%", 20.0, Kind::Percent);
    assert_eq!(q.upper, Some(30.0));
    let q = is("$5-10 million", "$5-10 million", 5e6, Kind::Money);
    assert_eq!(q.upper, Some(1e7));
    assert_eq!(q.unit.as_deref(), Some("USD"));
    // a day before its month, with an ordinal suffix or "of"
    let q = only("sign up before 31st August 2022", "31st August 2022");
    assert_eq!(
        (q.kind, q.render(q.value).as_str()),
        (Kind::Date, "August 31, 2022")
    );
    let q = only("on the 2nd of March 2024", "2nd of March 2024");
    assert_eq!(
        (q.kind, q.render(q.value).as_str()),
        (Kind::Date, "March 2, 2024")
    );
    assert_eq!(figs("the 2nd of the month")[0].quantity.kind, Kind::Ordinal);
    // an age group is a range; "Ages 5" at a line's start is no product's number
    let q = is(
        "children aged 5 to 17 got a shot",
        "5 to 17",
        5.0,
        Kind::Number,
    );
    assert_eq!(q.upper, Some(17.0));
    let q = is(
        "coverage among adults 18 to 64 rose",
        "18 to 64",
        18.0,
        Kind::Number,
    );
    assert_eq!(q.upper, Some(64.0));
    let listed = figs("- Ages 5 to 17: 36.5%");
    assert_eq!(listed[0].text, "5 to 17");
    assert_eq!(listed[0].quantity.upper, Some(17.0));
    // a span of time after a capitalised word is no product's number
    let young = figs("- Children 6 months to 4 years: 48.2%");
    assert_eq!(young[0].quantity.value, 6.0, "{young:?}");
    assert_eq!(young[0].quantity.unit.as_deref(), Some("months"));
    assert_eq!(figs("Exaone 4 scores 32")[0].quantity.value, 32.0);
    // a unit after the digits makes them a quantity, not a name's number
    let output = figs("Harlow produced 842 GWh and Ridgeline 767 GWh.");
    assert_eq!(output.len(), 2, "{output:?}");
    assert_eq!(output[1].quantity.unit.as_deref(), Some("GWh"));
    // "to" after another group word is a change's end, not a range
    assert!(
        figs("sales rose from 5 to 17")
            .iter()
            .all(|f| f.quantity.upper.is_none())
    );
    // a season's span with an en dash reads as the hyphen's does: its first year
    for text in ["the 2025–26 season", "the 2025-26 season"] {
        let years = figs(text);
        assert_eq!(years.len(), 1, "{text}: {years:?}");
        assert_eq!(years[0].quantity.kind, Kind::Year, "{text}");
    }
    // a score with an en dash keeps both sides
    assert_eq!(figs("a 5–3 win").len(), 2);
    // a score and a year span are not ranges of one figure
    assert!(figs("won 5-3").iter().all(|f| f.quantity.upper.is_none()));
    assert!(
        figs("in 2019-2020")
            .iter()
            .all(|f| f.quantity.upper.is_none())
    );
    is("In 2017 it grew", "2017", 2017.0, Kind::Year);
    is(
        "the quarter of 2021 earnings rose",
        "2021",
        2021.0,
        Kind::Year,
    );
    is(
        "strong results for Q3 2020 sales",
        "2020",
        2020.0,
        Kind::Year,
    );
    is("they sold 2000 robots", "2000", 2000.0, Kind::Number);
    // a possessive is no unit the year counts: "2024's 61-77", "beat 2019’s total"
    is(
        "an improvement on 2024's record",
        "2024",
        2024.0,
        Kind::Year,
    );
    let q = is("it beat 2019’s total", "2019", 2019.0, Kind::Year);
    assert_eq!(q.unit, None);
    is(
        "since December 2020",
        "December 2020",
        20201200.0,
        Kind::Date,
    );
    is("on June 1 the", "June 1", 601.0, Kind::Date);
    is(
        "on June 1, 2025 the",
        "June 1, 2025",
        20250601.0,
        Kind::Date,
    );
    // a short month with its period, as wire copy writes it
    is("HALVERTON, Dec. 1 — The", "Dec. 1", 1201.0, Kind::Date);
    is("voted on Nov. 17, and", "Nov. 17", 1117.0, Kind::Date);
    is(
        "opened Sept. 3, 2025 and",
        "Sept. 3, 2025",
        20250903.0,
        Kind::Date,
    );
    is("since Jan. 2025 the", "Jan. 2025", 20250100.0, Kind::Date);
    is("2000 robots", "2000", 2000.0, Kind::Number);
}

#[test]
fn multipliers() {
    is("ten times larger", "ten times", 10.0, Kind::Multiplier);
    is("grew twice", "twice", 2.0, Kind::Multiplier);
    is("a three-fold rise", "three-fold", 3.0, Kind::Multiplier);
    is("to grow threefold by", "threefold", 3.0, Kind::Multiplier);
    is("a tenfold rise", "tenfold", 10.0, Kind::Multiplier);
    is("forecast, and half of them", "half", 0.5, Kind::Fraction);
    is("a 10x rise", "10x", 10.0, Kind::Multiplier);
    // how often, at a clause's end, is a count of occasions
    is(
        "The park sold out 11 times, most of them in July.",
        "11",
        11.0,
        Kind::Number,
    );
    is("We met three times.", "three", 3.0, Kind::Number);
    // a factor however the clause ends
    is("Sales grew 11 times.", "11 times", 11.0, Kind::Multiplier);
    is("It is 11 times larger.", "11 times", 11.0, Kind::Multiplier);
}

#[test]
fn over_between_an_amount_and_a_stretch_of_time_is_a_span() {
    let hedge_of = |text: &str, written: &str| {
        figs(text)
            .into_iter()
            .find(|f| f.text == written)
            .map(|f| f.quantity.hedge)
    };
    assert_eq!(
        hedge_of("It will cost $69 million over three years.", "three"),
        Some(None)
    );
    assert_eq!(
        hedge_of("Raises add up to 15% over three years.", "three"),
        Some(None)
    );
    assert_eq!(
        hedge_of("The project took over three years.", "three"),
        Some(Some(Hedge::MoreThan))
    );
    assert_eq!(
        hedge_of("It has 12 stores and over 100 staff.", "100"),
        Some(Some(Hedge::MoreThan))
    );
}

#[test]
fn hedges() {
    let cases = [
        ("about 30,000", Hedge::About),
        ("roughly 30,000", Hedge::About),
        ("some 30,000", Hedge::About),
        ("nearly 30,000", Hedge::Nearly),
        ("almost 30,000", Hedge::Nearly),
        ("more than 30,000", Hedge::MoreThan),
        ("over 30,000", Hedge::MoreThan),
        ("at least 30,000", Hedge::AtLeast),
        ("fewer than 30,000", Hedge::LessThan),
        ("under 30,000", Hedge::LessThan),
        ("up to 30,000", Hedge::AtMost),
        ("as many as 30,000", Hedge::AtMost),
        ("for as long as 30,000", Hedge::AtMost),
        ("less than or equal to 30,000", Hedge::AtMost),
        ("exceeded 30,000", Hedge::MoreThan),
        ("north of 30,000", Hedge::MoreThan),
        ("south of 30,000", Hedge::LessThan),
        ("just shy of 30,000", Hedge::Nearly),
        ("x>30,000", Hedge::MoreThan),
        ("≥ 30,000", Hedge::AtLeast),
        ("30,000 or more", Hedge::AtLeast),
        ("30,000 or fewer", Hedge::AtMost),
    ];
    for (text, hedge) in cases {
        let f = figs(text);
        assert_eq!(f.len(), 1, "{text:?}");
        assert_eq!(
            f[0].text, "30,000",
            "{text:?}: the hedge is not in the span"
        );
        assert_eq!(f[0].quantity.hedge, Some(hedge), "{text:?}");
    }
    assert_eq!(only("30,000", "30,000").hedge, None);
}

#[test]
fn not_figures() {
    // Markdown structure: code, URLs, list markers, heading numbers, footnotes
    let md = "## 2. Results\n\n1. Korea had `42` robots, see <https://x.org/2020>.\n\nA claim.[^1]\n\n[^1]: Source.\n";
    assert!(extract(md, Format::Markdown).is_empty());
    none("see [12] for the method");
    // names and identifiers
    none("Exaone 4.0 and Motif-2-12.7B");
    none("Mi:dm K 2.5 Pro");
    none("the Pixel 7-8 leaks");
    // but a score after a team's name is the team's score: high before low
    let score = extract(
        "out-scoring the Heat 64-52 in the first half",
        Format::Plain,
    );
    assert_eq!(score.first().map(|f| f.text.as_str()), Some("64"));
    none("on SWE-bench");
    none("GPT-4 was released");
    none("install v1.2.3 first");
    none("call +1 555-123-4567");
    none("ISBN 978-3-16-148410-0");
    none("the server at 192.168.1.2");
    none("see https://example.org/2024/report");
    // a pronoun and measurements glued to their units
    none("one of the largest");
    none("a 180ml bottle");
    none("5G and 3D");
}

#[test]
fn positions_after_korean_and_emoji() {
    let text = "한국은 🤖 로봇 30,600대를 설치했다";
    let f = figs(text);
    assert_eq!(f.len(), 1);
    let start = f[0].start;
    // The counter 대 (machines) is part of the figure, as "th" is of "18th".
    assert_eq!(&text[start..f[0].end], "30,600대");
    assert_eq!(f[0].quantity.unit.as_deref(), Some("대"));
    // 한국은 (3 × 3 bytes) + space + 🤖 (4 bytes) + space + 로봇 (2 × 3) + space
    assert_eq!(start, 9 + 1 + 4 + 1 + 6 + 1);
    let p = LineIndex::new(text).position(text, start);
    assert_eq!(p.line, 1);
    // 3 + 1 + 1 + 1 + 2 + 1 = 9 characters before, the emoji 2 UTF-16 units
    assert_eq!(p.column, 10);
    assert_eq!(p.utf16_column, 11);
}

#[test]
fn korean_counters_scales_and_ranks() {
    let rank = only("한국은 AI 도입률 18위를 기록했다", "18위");
    assert_eq!((rank.kind, rank.value), (Kind::Ordinal, 18.0));
    assert_eq!(rank.render_value(25.0), "25위");
    let money = only("시장 규모는 9조 원이다", "9조 원");
    assert_eq!((money.kind, money.value), (Kind::Money, 9e12));
    assert_eq!(money.unit.as_deref(), Some("KRW"));
    assert_eq!(money.render_value(1.2e13), "12조 원");
    let count = only("모델 5개를 공개했다", "5개");
    assert_eq!((count.kind, count.value), (Kind::Number, 5.0));
    let big = only("로봇 3만 대", "3만");
    assert_eq!(big.value, 30000.0);
    assert!(figs("전화 +82 2 555 0134 로").is_empty());
}

#[test]
fn render_keeps_the_drafts_style() {
    let r = |written: &str, value: f64| only(written, written).clone().render_value(value);
    assert_eq!(r("31,600", 30600.0), "30,600");
    assert_eq!(r("100 million", 1e11), "100 billion");
    assert_eq!(r("$9.5bn", 9.06e9), "$9.06bn");
    assert_eq!(r("five", 50.0), "fifty");
    assert_eq!(r("3rd", 5.0), "5th");
    assert_eq!(r("34 cents", 0.5), "50 cents");
    assert_eq!(r("-3.2%", -1.5), "-1.5%");
    assert_eq!(r("minus five percent", -3.0), "minus three percent");
}

trait RenderValue {
    fn render_value(&self, value: f64) -> String;
}

impl RenderValue for Quantity {
    fn render_value(&self, value: f64) -> String {
        self.render(value)
    }
}

#[test]
fn the_window_another_figure_is_counted_in_is_no_figure() {
    let texts = |t: &str| -> Vec<String> { figs(t).into_iter().map(|f| f.text).collect() };
    assert_eq!(
        texts("The Hawks have now won four of their last five games."),
        ["four"]
    );
    assert_eq!(
        texts("He has combined for 45 points over his last two games."),
        ["45"]
    );
    assert!(!texts("They outscored them 30-17 over the final 12 minutes.").contains(&"12".into()));
    // a count of games that is no window, and a window of years, which sources state
    assert_eq!(texts("They won five games in a row."), ["five"]);
    assert_eq!(
        texts("Prices rose 3% over the past two years."),
        ["3%", "two"]
    );
}
