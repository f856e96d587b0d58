//! One form for words a draft and its source write differently but mean alike: irregular
//! inflections the Snowball stemmer leaves apart ("sold" and "sells", "children" and
//! "child") and British spellings of American words ("labour", "centre"). The stemmer
//! is applied after this, so every inflection of the base form meets too.

/// What sports writers call a box score's measures, with the column's word: "seven
/// boards" are seven rebounds, "11 dimes" eleven assists.
const BOX_SCORE_SLANG: &[(&str, &str)] = &[
    ("boards", "rebounds"),
    ("caroms", "rebounds"),
    ("reb", "rebounds"),
    ("rebs", "rebounds"),
    ("dimes", "assists"),
    ("ast", "assists"),
    ("swats", "blocks"),
    ("blk", "blocks"),
    ("stl", "steals"),
    ("pts", "points"),
    ("treys", "three-pointers"),
    // baseball: "19 homers" are the "19 home runs" a report writes, counted as "home"
    ("homers", "home"),
    ("homer", "home"),
];

/// Words news prose uses one for the other in a run of periods, with the one kept: "a
/// fifth straight year" is "the fifth consecutive year".
const IN_A_ROW: &[(&str, &str)] = &[("consecutive", "straight"), ("successive", "straight")];

/// Words news prose uses for one measure interchangeably, with the one kept: "the staff
/// will number 370" is the table's "Employees: 370", "15% of the membership" a share of
/// the members.
const ONE_MEASURE: &[(&str, &str)] = &[
    ("staff", "employees"),
    ("staffers", "employees"),
    ("workforce", "employees"),
    ("headcount", "employees"),
    ("membership", "members"),
    ("memberships", "members"),
];

/// Irregular past tenses, participles and plurals, each with its base form. Only words
/// that name a quantity's measure or change in news prose: a figure's sentence rarely
/// hangs on the others.
const IRREGULAR: &[(&str, &str)] = &[
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("paid", "pay"),
    ("built", "build"),
    ("children", "child"),
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("mice", "mouse"),
    ("teeth", "tooth"),
    ("feet", "foot"),
    ("geese", "goose"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("halves", "half"),
    ("analyses", "analysis"),
    ("crises", "crisis"),
    ("theses", "thesis"),
    ("indices", "index"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
];

/// British spellings at the start of a word, with the American: "labour", "labourers",
/// "centres", "programmes". Only stems no other English word starts with.
const BRITISH: &[(&str, &str)] = &[
    ("colour", "color"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("harbour", "harbor"),
    ("neighbour", "neighbor"),
    ("behaviour", "behavior"),
    ("honour", "honor"),
    ("rumour", "rumor"),
    ("vapour", "vapor"),
    ("endeavour", "endeavor"),
    ("flavour", "flavor"),
    ("humour", "humor"),
    ("odour", "odor"),
    ("tumour", "tumor"),
    ("centre", "center"),
    ("theatre", "theater"),
    ("metre", "meter"),
    ("kilometre", "kilometer"),
    ("centimetre", "centimeter"),
    ("millimetre", "millimeter"),
    ("litre", "liter"),
    ("programme", "program"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("aluminium", "aluminum"),
    ("tyre", "tire"),
    ("organis", "organiz"),
    ("realis", "realiz"),
    ("recognis", "recogniz"),
    ("hospitalis", "hospitaliz"),
    ("privatis", "privatiz"),
    ("modernis", "moderniz"),
    ("authoris", "authoriz"),
    ("criticis", "criticiz"),
    ("apologis", "apologiz"),
    ("travell", "travel"),
    ("cancell", "cancel"),
    ("modell", "model"),
    ("fulfil", "fulfill"),
    ("enrol", "enroll"),
];

/// The word in the form both sides are reduced to before stemming: its base form when it
/// is an irregular inflection, its American spelling when it is British, else itself.
/// Expects lower case.
pub(crate) fn common_form(word: &str) -> std::borrow::Cow<'_, str> {
    if let Some((_, base)) = IRREGULAR
        .iter()
        .chain(BOX_SCORE_SLANG)
        .chain(IN_A_ROW)
        .chain(ONE_MEASURE)
        .find(|(w, _)| *w == word)
    {
        return std::borrow::Cow::Borrowed(base);
    }
    for (british, american) in BRITISH {
        if let Some(rest) = word.strip_prefix(british) {
            // "enrol" in "enrolment", "enrols", but "enrolled" already doubles.
            if rest.starts_with(|c: char| c == american.chars().last().unwrap_or(' '))
                && american.len() > british.len()
            {
                return std::borrow::Cow::Owned(format!("{british}{rest}"));
            }
            return std::borrow::Cow::Owned(format!("{american}{rest}"));
        }
    }
    std::borrow::Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_periods_is_straight_however_written() {
        assert_eq!(common_form("consecutive"), "straight");
        assert_eq!(common_form("successive"), "straight");
        assert_eq!(common_form("straight"), "straight");
        assert_eq!(
            crate::vocabulary::stem("consecutive"),
            crate::vocabulary::stem("straight")
        );
    }

    #[test]
    fn words_for_one_measure_meet() {
        let stem = crate::vocabulary::stem;
        assert_eq!(stem("staff"), stem("employees"));
        assert_eq!(stem("membership"), stem("member"));
        assert_ne!(stem("staff"), stem("members"));
    }

    #[test]
    fn irregular_forms_take_their_base_form() {
        assert_eq!(common_form("sold"), "sell");
        assert_eq!(common_form("children"), "child");
        assert_eq!(common_form("sells"), "sells");
    }

    #[test]
    fn box_score_slang_takes_the_columns_word() {
        assert_eq!(common_form("boards"), "rebounds");
        assert_eq!(common_form("dimes"), "assists");
        assert_eq!(common_form("board"), "board");
        assert_eq!(common_form("homers"), "home");
    }

    #[test]
    fn british_spellings_take_the_american_one() {
        assert_eq!(common_form("labourers"), "laborers");
        assert_eq!(common_form("centres"), "centers");
        assert_eq!(common_form("programmes"), "programs");
        assert_eq!(common_form("organisations"), "organizations");
        assert_eq!(common_form("travelled"), "traveled");
        assert_eq!(common_form("enrolment"), "enrollment");
        assert_eq!(common_form("enrolled"), "enrolled");
        // words that only end alike are left alone
        assert_eq!(common_form("four"), "four");
        assert_eq!(common_form("tour"), "tour");
    }
}
