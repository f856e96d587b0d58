//! Number words and scales: "thirty", "twenty-fifth", "million", "bn".

/// Cardinal number words below twenty, and the tens.
pub(crate) fn small_number(word: &str) -> Option<f64> {
    Some(match word {
        "zero" | "nought" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub(crate) const SMALL_WORDS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub(crate) const TENS_WORDS: [&str; 10] = [
    "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Ordinal words, with their rank.
pub(crate) fn ordinal_word(word: &str) -> Option<f64> {
    Some(match word {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        // A misspelling common enough to appear in published headings ("Nineth Meeting").
        "nineth" => 9.0,
        _ => return tens_and_unit_in_one_word(word),
    })
}

/// "twentyfifth", "thirtyfirst": tens and an ordinal unit written as one word, as chat
/// and forms write them.
fn tens_and_unit_in_one_word(word: &str) -> Option<f64> {
    TENS_WORDS[2..].iter().zip(2..).find_map(|(tens, n)| {
        let unit = ordinal_word(word.strip_prefix(tens)?).filter(|v| (1.0..10.0).contains(v))?;
        Some(f64::from(n) * 10.0 + unit)
    })
}

pub(crate) const ORDINAL_WORDS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

pub(crate) const TENS_ORDINALS: [&str; 10] = [
    "",
    "tenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// Scale words and their factor. "hundred" only scales words ("two hundred"). Lakh and
/// crore are the Indian English scales (10⁵ and 10⁷): "35 lakh rupees". The plurals
/// ("three billions", as some writers and translations put it) scale a number before
/// them only: "billions of dollars" alone states no figure, since nothing reads a scale
/// without a number.
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "thousands" => 1e3,
        // with the spellings and shortenings Indian English writes: "12 lacs", "30 lkh",
        // "300 krores", "three hundred koti" ("cr" and "Kr" are left out: "3 cr" is as
        // often course credits, "300 kr" Scandinavian kronor)
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" | "krore" | "krores" | "koti" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// The plural scale words, which scale a number only when no "of" follows: "three
/// billions" is a figure, "2020 thousands of people" is a year and a crowd.
pub(crate) fn is_plural_scale(word: &str) -> bool {
    matches!(word, "thousands" | "millions" | "billions" | "trillions")
}

/// Abbreviated scales written after digits, with or without a space: `3k`, `$9.06bn`,
/// `100M`. Lower-case `m` and `b` are only read as scales after a currency sign, since
/// "3.2m" alone is as likely metres; so is the finance "MM" ("US$ 1MM"), since "35MM"
/// alone is film.
pub(crate) fn scale_suffix(s: &str, money: bool) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" => 1e6,
        "m" | "MM" if money => 1e6,
        "B" | "bn" | "bln" => 1e9,
        "b" if money => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        "T" if money => 1e12,
        _ => return None,
    })
}

/// Words after "A-B" that make it made and attempted shots, not a range: field goals,
/// free throws, three-pointers ("4-7 FG", "2-3 3Pt", "8-19 shooting").
pub(crate) const PAIR_LABELS: [&str; 7] = ["fg", "ft", "3pt", "3p", "3pm", "fgm", "shooting"];

/// Whether `rest` (the text after a number) opens, after spaces, with one of
/// [`PAIR_LABELS`]: "8-19 shooting", "(4-7 FG)". Reads one character more than the longest
/// label, which is enough to tell a label from a longer word.
pub(crate) fn pair_label_follows(rest: &str) -> bool {
    let word: String = rest
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take("shooting".len() + 1)
        .collect::<String>()
        .to_lowercase();
    PAIR_LABELS.contains(&word.as_str())
}

/// Words that make a high-first "A-B" a tally of votes or points: "a 7-2 vote", "by a
/// vote of 1,412-137", "voted 5-4", "a 5-4 ruling", "by a 34-18 margin", "ratified its
/// contract 1,412-137", and the minutes' "Carried 6-0.".
const TALLY_WORDS: [&str; 28] = [
    "vote", "votes", "voted", "outvoted", "ballot", "tally", "ruling", "decision", "verdict",
    "margin", "ratified", "ratify", "ratifies", "approved", "approval", "approve", "approves",
    "rejected", "rejects", "elected", "elects", "passed", "passes", "adopted", "adopts", "backs",
    "carried", "carries",
];

/// Whether `word` (lower case) names an "A-B" a tally: "voted", "approved", "ratified".
pub fn is_tally_word(word: &str) -> bool {
    TALLY_WORDS.contains(&word)
}

/// Words that name an "A-B" a contest's score with no team named before it: "won
/// 113-91", "a 33-19 lead", "a 101-83 win". Unlike a tally's, its two sides are two
/// sides' numbers, each stated in its own row of a box score. ("battle" is not one:
/// "took that battle, 46-32" leaves its measure to another sentence, and its second side
/// was flagged more often wrongly than rightly.)
const CONTEST_WORDS: [&str; 5] = ["lead", "win", "victory", "won", "defeat"];

/// Words that name an "A-B" a win-loss record: "the club went 76-62", "finished 40-42",
/// "a 15-9 record", "a 7-2 finish". Both sides are figures, the wins and the losses, as in
/// a record in brackets after a team's name.
const RECORD_WORDS: [&str; 5] = ["went", "finished", "finish", "record", "records"];

/// Whether the text around an "A-B" names it a win-loss record, as [`tally_word_near`]
/// does a tally, with [`RECORD_WORDS`].
pub(crate) fn record_word_near(before: &str, after: &str) -> bool {
    word_near(before, after, &RECORD_WORDS, false, false)
}

/// Whether `word` (lower case) names a margin between two sides: the noun after "a
/// one-point" in "a one-point game", "a one-goal lead".
pub(crate) fn margin_noun(word: &str) -> bool {
    matches!(
        word,
        "game" | "lead" | "margin" | "deficit" | "win" | "victory" | "loss" | "defeat" | "edge"
    )
}

/// How many words before a tally are read for one of [`TALLY_WORDS`]: "by a vote of
/// 1,412-137" puts the word two words back, "ratified a four-year contract 1,412-137"
/// four.
const TALLY_REACH: usize = 4;

/// Whether the text around an "A-B" names it a tally: `after` (the text after it) opens
/// with one of [`TALLY_WORDS`], or one of them is among the last [`TALLY_REACH`] words
/// of `before` (the text before it) with nothing but spaces between, or one comma right
/// before an "A-B" that ends its clause ("approved the budget, 5-2.", a newspaper's way).
/// A line break is a space ("voted\n201-14" in hard-wrapped text); a blank line is not.
/// Reads a bounded number of characters either way.
pub(crate) fn tally_word_near(before: &str, after: &str) -> bool {
    // the comma only where the tally ends its clause: not "After the vote, 5-3 was the
    // score"
    let ends_clause = after
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '\n' | '\r'));
    word_near(before, after, &TALLY_WORDS, ends_clause, true)
}

/// How far back (in bytes) an "A-B" listed after a tally looks for it.
const LISTED_REACH: usize = 240;

/// Whether an "A-B" is the next of a list of tallies its sentence opened with a tally
/// word: "voted 8-0 for the lane, 6-2 for a subsidy and 5-3 to raise the price" (the
/// "6-2" after a comma, the "5-3" after "and"). `before` is the text before it; reads at
/// most [`LISTED_REACH`] bytes of it, back to the sentence's start.
pub(crate) fn listed_after_a_tally(before: &str) -> bool {
    listed_tally_word(before).is_some()
}

/// The tally word (lower case) of the list an "A-B" after `before` continues (see
/// [`listed_after_a_tally`]).
pub(crate) fn listed_tally_word(before: &str) -> Option<String> {
    let lo = crate::position::ceil_char_boundary(before, before.len().saturating_sub(LISTED_REACH));
    let mut window = &before[lo..];
    // back to the sentence's start: a stop and a space, or a blank line
    if let Some(k) = window.rfind(". ").max(window.rfind("\n\n")) {
        window = &window[k + 1..];
    }
    let tail = window.trim_end();
    let listed = tail.ends_with(',')
        || tail
            .strip_suffix("and")
            .is_some_and(|t| t.ends_with([' ', '\n', ',']));
    if !listed {
        return None;
    }
    let is_pair = |w: &str| {
        w.split_once(['-', '–']).is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        })
    };
    let words: Vec<&str> = window
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '.')))
        .collect();
    let k = words
        .iter()
        .position(|w| is_tally_word(&w.to_lowercase()))?;
    words[k + 1..]
        .iter()
        .any(|w| is_pair(w))
        .then(|| words[k].to_lowercase())
}

/// Whether the text around an "A-B" names it a contest's score, as
/// [`tally_word_near`] does a tally, with [`CONTEST_WORDS`].
pub(crate) fn contest_word_near(before: &str, after: &str) -> bool {
    word_near(before, after, &CONTEST_WORDS, true, false)
}

/// With `comma`, one comma may stand right before the "A-B" ("the Celtics won, 110-106").
/// With `names_free`, a capitalised word is not counted in the reach.
fn word_near(
    before: &str,
    after: &str,
    words_of_kind: &[&str],
    comma: bool,
    names_free: bool,
) -> bool {
    let tally = |w: &str| words_of_kind.iter().any(|t| t.eq_ignore_ascii_case(w));
    let space = |c: char| matches!(c, ' ' | '\u{a0}' | '\t' | '\r' | '\n');
    let word_at = |s: &str| -> String {
        s.trim_start_matches(space)
            .chars()
            .take_while(|c| c.is_alphabetic())
            .take("decision".len() + 1)
            .collect()
    };
    let after = after.trim_start_matches(space);
    let next = word_at(after);
    if tally(&next) {
        return true;
    }
    // "a 7-2 council vote", "a 5-4 court ruling": one noun may say whose
    if next.chars().all(char::is_lowercase)
        && next.len() < after.len()
        && after[next.len()..].starts_with(' ')
        && tally(&word_at(&after[next.len()..]))
    {
        return true;
    }
    let mut words = 0;
    let mut word = String::new();
    let mut read = 0;
    let mut breaks = 0;
    let mut comma = comma;
    let mut colon_read = false;
    for c in before.chars().rev() {
        read += 1;
        if read > 48 {
            return false;
        }
        // a hyphenated word is one word: "four-year"
        if c.is_alphabetic() || (c == '-' && !word.is_empty()) {
            word.insert(0, c);
            continue;
        }
        if !word.is_empty() {
            if tally(&word) {
                return true;
            }
            // a name's words are one thing the tally is about: "passed the Parks Forward
            // Act 29-9" reaches back to "passed" as "passed the bill 29-9" does
            if !(names_free && word.starts_with(char::is_uppercase)) {
                words += 1;
            }
            word.clear();
            if words == TALLY_REACH {
                return false;
            }
        }
        if c == ',' && comma && words == 0 && word.is_empty() {
            comma = false;
            continue;
        }
        // a label's colon: "Council vote: 5-2 on May 19", "Record: 15-9"
        if c == ':' && !colon_read && words == 0 && word.is_empty() {
            colon_read = true;
            continue;
        }
        if c == '\n' {
            breaks += 1;
        }
        if !space(c) || breaks > 1 {
            return false;
        }
    }
    tally(&word)
}

/// What a "three-point" (or "two-point") names rather than counts: a kind of shot and
/// where it is taken from. "From three-point range" states no three of anything; "a
/// three-point lead" does.
pub(crate) const SHOT_KINDS: [&str; 12] = [
    "range",
    "line",
    "arc",
    "territory",
    "shot",
    "shots",
    "shooting",
    "attempt",
    "attempts",
    "percentage",
    "play",
    "plays",
];
