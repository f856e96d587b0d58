//! Words that are not names: stopwords, generic capitalised words, sentence starters.

/// Nouns for the parts a game, a contest or a year is divided into. An ordinal before
/// one names which part ("the fourth quarter", "the second half"): a measure word, as the
/// box score's header "Fourth quarter points" is, not a rank.
pub const PERIOD_NOUNS: &[&str] = &[
    "quarter",
    "half",
    "period",
    "inning",
    "round",
    "set",
    "leg",
    "stage",
    "lap",
    "semester",
    "trimester",
];

/// A period named by an ordinal and its noun, as one term: "fourth" and "Quarters" give
/// "fourth-quarter". `ordinal` is lower case; `None` when the two name no period.
pub(crate) fn period_term(ordinal: &str, noun: &str) -> Option<String> {
    super::ordinal_word(ordinal)?;
    let noun = noun.to_lowercase();
    let one = match noun.as_str() {
        "halves" => "half",
        n if PERIOD_NOUNS.contains(&n) => n,
        n => n
            .strip_suffix('s')
            .filter(|one| PERIOD_NOUNS.contains(one))?,
    };
    Some(format!("{ordinal}-{one}"))
}

/// The period a game's closing stretch names: "the final 12 minutes" of a basketball
/// game are its fourth quarter, as a box score's "Fourth quarter points" counts them.
/// `last` is the word before the figure (lower case), `figure` the figure as written
/// ("12", or "12 minutes" with its unit), `after` the word after it.
pub(crate) fn closing_period(last: &str, figure: &str, after: &str) -> Option<&'static str> {
    let (number, minutes) = figure.split_once(' ').unwrap_or((figure, after));
    (matches!(last, "final" | "last") && number == "12" && minutes.eq_ignore_ascii_case("minutes"))
        .then_some("fourth-quarter")
}

/// Whether a term names a period with its ordinal ("fourth-quarter", "second-half").
pub fn is_period_term(term: &str) -> bool {
    // `period_term` writes a lower-case ordinal and a singular period noun
    term.split_once('-').is_some_and(|(ordinal, noun)| {
        super::ordinal_word(ordinal).is_some() && PERIOD_NOUNS.contains(&noun)
    })
}

/// Words that end a unit phrase or never name what a figure counts.
pub(crate) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "than"
            | "that"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "not"
            | "no"
            | "so"
            | "such"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "how"
            | "why"
            | "all"
            | "each"
            | "every"
            | "both"
            | "either"
            | "neither"
            | "any"
            | "some"
            | "more"
            | "most"
            | "less"
            | "least"
            | "very"
            | "also"
            | "only"
            | "just"
            | "even"
            | "still"
            | "yet"
            | "now"
            | "then"
            | "there"
            | "here"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "until"
            | "per"
            | "via"
            | "their"
            | "they"
            | "them"
            | "our"
            | "we"
            | "us"
            | "you"
            | "your"
            | "his"
            | "her"
            | "he"
            | "she"
            | "i"
            | "my"
            | "me"
            | "if"
            | "because"
            | "though"
            | "although"
            | "however"
            | "according"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "up"
            | "down"
            | "out"
            | "off"
            | "across"
            | "among"
            | "between"
            | "within"
            | "without"
            | "through"
            | "during"
            | "against"
            | "behind"
            | "ahead"
            | "last"
            | "next"
            | "year"
            | "years"
            | "ago"
            | "earlier"
            | "later"
            | "already"
            | "again"
            | "said"
            | "says"
            | "say"
    )
}

/// Capitalised words that are common nouns or acronyms everyone uses, not names of who
/// or what a figure is about.
/// Words whose "'s" stands for "is" or "has", never for a possessive ("He's", "It's",
/// "There's", "That's").
pub(crate) fn contracts_is(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "it" | "that" | "there" | "here" | "what" | "who" | "where" | "let"
    )
}

pub(crate) fn is_generic_capitalised(w: &str) -> bool {
    matches!(
        w,
        "AI" | "LLM"
            | "LLMs"
            | "GPU"
            | "GPUs"
            | "CEO"
            | "GDP"
            | "PC"
            | "IT"
            | "R&D"
            | "I"
            | "A"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "Korean"
            | "Koreans"
            | "American"
            | "Americans"
            | "Chinese"
            | "Japanese"
            | "French"
            | "German"
            | "British"
            | "European"
            | "Asian"
            | "Indian"
    )
}

/// Canonical form of a place or organisation name, so "the US" and "the United States"
/// are one entity. Input and output are lower-case.
/// Titles news style abbreviates before a name, as written ("Col. Adaeze Marchbank",
/// "Sen. Ruiz"): no sentence ends at their full stop, and none is part of the name.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "Dr", "Col", "Gen", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Gov", "Sen", "Rep", "Rev",
    "Supt", "Det",
];

/// Titles a writer puts before a person's name, lower case and undotted ("Councilmember
/// Tomás Brennan", "Mayor Renata Solís", "Sen. Ruiz"): the person is the same whether
/// the title is written or not.
pub(crate) fn is_title(lower: &str) -> bool {
    TITLE_ABBREVIATIONS
        .iter()
        .any(|t| t.eq_ignore_ascii_case(lower))
        || matches!(
            lower,
            "mayor"
                | "councilmember"
                | "councilman"
                | "councilwoman"
                | "commissioner"
                | "alderman"
                | "alderwoman"
                | "supervisor"
                | "senator"
                | "representative"
                | "governor"
                | "president"
                | "chair"
                | "chairman"
                | "chairwoman"
                | "director"
                | "superintendent"
                | "sheriff"
                | "judge"
        )
}

pub(crate) fn canonical_name(lower: &str) -> &str {
    match lower {
        "us" | "u.s." | "u.s" | "usa" | "u.s.a." | "america" | "united states of america" => {
            "united states"
        }
        "uk" | "u.k." | "britain" | "great britain" => "united kingdom",
        "south korea" | "republic of korea" | "rok" | "s. korea" => "korea",
        "prc" | "mainland china" => "china",
        _ => lower,
    }
}

/// Whether a name is a country's: every ISO 3166 country by its name or alias (from the
/// `celes` crate), and the short forms [`canonical_name`] knows ("the US", "Korea").
pub(crate) fn is_country(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let canonical = canonical_name(&lower);
    canonical == "korea"
        || celes::Country::from_name(canonical).is_ok()
        || celes::Country::from_alias(canonical.replace([' ', '-', '.'], "")).is_ok()
}

/// Adjectives that open a sentence about a kind of thing, not a name: "Federal money
/// covers $98.5 million", "State officials said", "Residential rates rise 3.8%". Alone
/// (not before another capitalised word: "National Grid" is a name) they name nobody.
pub(crate) fn is_opening_adjective(w: &str) -> bool {
    matches!(
        w,
        "Federal"
            | "State"
            | "Local"
            | "National"
            | "Regional"
            | "Global"
            | "Total"
            | "Average"
            | "Annual"
            | "Overall"
            | "Public"
            | "Private"
            | "Domestic"
            | "Foreign"
            | "International"
            | "Residential"
            | "Commercial"
            | "Industrial"
            | "Rural"
            | "Urban"
            | "Statewide"
            | "Nationwide"
            | "Countywide"
            | "Citywide"
            | "Median"
            | "Net"
            | "Gross"
            | "Wholesale"
            | "Retail"
            | "Renewable"
            | "Monthly"
            | "Weekly"
            | "Quarterly"
    )
}

/// Capitalised words that commonly open a sentence without being names.
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "By"
            | "At"
            | "Since"
            | "Beyond"
            | "Unlike"
            | "Instead"
            | "While"
            | "Rather"
            | "Also"
            | "More"
            | "Most"
            | "Some"
            | "Many"
            | "Several"
            | "Few"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "Their"
            | "They"
            | "We"
            | "Our"
            | "His"
            | "Her"
            | "When"
            | "Where"
            | "What"
            | "Why"
            | "How"
            | "As"
            | "After"
            | "Before"
            | "During"
            | "From"
            | "For"
            | "With"
            | "Without"
            | "According"
            | "Despite"
            | "Although"
            | "Though"
            | "However"
            | "Meanwhile"
            // adverbs that sum up or join on: "Together the two zones produced 93"
            | "Together"
            | "Altogether"
            | "Overall"
            | "Moreover"
            | "Furthermore"
            | "Besides"
            | "Likewise"
            | "Otherwise"
            | "Nonetheless"
            | "Nevertheless"
            | "Thus"
            | "Therefore"
            | "Hence"
            | "Indeed"
            | "Again"
            | "Once"
            | "Whereas"
            | "Unless"
            | "Still"
            | "Yet"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Then"
            | "Now"
            | "Today"
            | "Last"
            | "Next"
            | "First"
            | "Second"
            | "Only"
            | "Both"
            | "Each"
            | "Every"
            | "All"
            | "No"
            // an answer: "Is the zoo growing? Yes. It drew …"
            | "Yes"
            | "Not"
            | "Even"
            | "Such"
            | "Other"
            | "Another"
            | "Here"
            | "There"
            | "If"
            | "Because"
            | "Over"
            | "Under"
            | "About"
            | "Around"
            | "Nearly"
            | "Almost"
            | "Just"
            | "Roughly"
            | "Top"
            | "Companies"
            | "Countries"
            | "Firms"
            | "Researchers"
            | "Analysts"
            | "Experts"
            | "Officials"
    )
}
