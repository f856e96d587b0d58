//! The common noun a sentence opens with as its subject: "Herring was the largest catch
//! by weight at 9,870 tonnes, about 45% of the total, yet earned only $6.9 million". No
//! name owns the figures of such a sentence, and the noun may stand too far from a
//! later figure to be among its nearest words, yet every figure of the main clause is
//! about it.

use super::*;

/// The distance an opening subject is given among a figure's terms: none, which no other
/// word has (the figure itself is no term), so that a claim can keep it on top of the
/// measure's nearest words rather than in place of one.
pub const SUBJECT_DISTANCE: u16 = 0;

/// The token index of the common noun opening the sentence as the subject of a verb
/// right after it ("Herring was", "Cod fell"), when the figure at `fig`
/// stands in the main clause that noun opens: not after a semicolon or a conjunction
/// that opens a clause of its own ("…; other species rose 9.3%"), nor after "and" with a
/// subject and verb of its own ("…, and lobster made up $251 million").
pub(super) fn opening_subject(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Option<usize> {
    // A bare noun only ("Herring", "Turnout", "Diesel"): "The company reported" opens
    // with a noun every sentence of a filing is about.
    let k = 0;
    let Some(Tok::Word {
        text,
        possessive: false,
        ..
    }) = toks.get(k)
    else {
        return None;
    };
    // "Grain, the port's largest cargo, fell 7.1%": an aside set off by commas may stand
    // between the noun and its verb.
    let verb_at = match toks.get(k + 1) {
        Some(Tok::Punct(',')) => toks
            .iter()
            .enumerate()
            .skip(k + 2)
            .take(APPOSITIVE_TOKENS)
            .find(|(_, t)| matches!(t, Tok::Punct(_) | Tok::Figure))
            .filter(|(_, t)| matches!(t, Tok::Punct(',')))
            .map_or(k + 1, |(j, _)| j + 1),
        _ => k + 1,
    };
    let verb = matches!(toks.get(verb_at), Some(Tok::Word { text: v, .. }) if is_verb(v));
    // A bare plural names who acted ("Patients waited a median 38 minutes"), not what the
    // figure measures; a bare singular is a mass noun, the measure's own ("Revenue rose",
    // "Turnout was").
    let plural = text.ends_with('s') && !text.ends_with("ss");
    if !verb
        || plural
        || verb_at >= fig
        || runs.iter().any(|r| r.first <= k && k <= r.last)
        || !is_content_word(&text.to_lowercase())
    {
        return None;
    }
    let clause_opened = toks[verb_at + 1..fig]
        .iter()
        .enumerate()
        .any(|(j, t)| match t {
            Tok::Punct(';') => true,
            Tok::Word { text: w, .. } => {
                matches!(*w, "while" | "whereas" | "but" | "although" | "though")
                    || (*w == "and"
                        && matches!(
                            (toks.get(verb_at + 1 + j + 1), toks.get(verb_at + 1 + j + 2)),
                            (Some(Tok::Word { text: n, .. }), Some(Tok::Word { text: v, .. }))
                                if is_content_word(&n.to_lowercase()) && is_verb(v)
                        ))
            }
            _ => false,
        });
    (!clause_opened).then_some(k)
}

/// How many tokens an aside between an opening noun and its verb may run ("Grain, the
/// port's largest cargo, fell").
const APPOSITIVE_TOKENS: usize = 8;

/// Whether a word is plainly a verb in the past or present tense, as one right after a
/// sentence's subject is: a form of "be" or "have", a common irregular past, or a
/// regular past in "-ed".
fn is_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "had"
            | "fell"
            | "rose"
            | "grew"
            | "made"
            | "got"
            | "took"
            | "paid"
            | "brought"
            | "sold"
            | "won"
            | "lost"
            | "spent"
            | "drew"
            | "hit"
            | "cut"
            | "slid"
            | "stood"
            | "came"
            | "went"
            | "remains"
            | "remained"
    ) || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(sentence: &str, figure: &str) -> Option<String> {
        let at = sentence.find(figure).expect("figure in sentence");
        let toks = tokenize(sentence, 0..sentence.len(), &[], at..at + figure.len());
        let fig = toks.iter().position(|t| matches!(t, Tok::Figure))?;
        opening_subject(&toks, &[], fig).map(|k| match &toks[k] {
            Tok::Word { text, .. } => (*text).to_owned(),
            _ => String::new(),
        })
    }

    #[test]
    fn a_common_noun_opening_the_sentence_before_its_verb_is_the_subject() {
        let s = "Herring was the largest catch at 9,870 tonnes, yet earned only $6.9 million.";
        assert_eq!(subject(s, "$6.9 million").as_deref(), Some("Herring"));
        let s = "The company reported a net profit of $8 million.";
        assert_eq!(subject(s, "$8 million"), None);
        // an aside set off by commas between the noun and its verb
        let s = "Grain, the port's largest cargo, fell 7.1% to 3.15 million tons.";
        assert_eq!(subject(s, "7.1%").as_deref(), Some("Grain"));
        // but not the first of a list of nouns
        let s = "Grain, coal and sand fell 7.1% to 3.15 million tons.";
        assert_eq!(subject(s, "7.1%"), None);
    }

    #[test]
    fn a_clause_with_a_subject_of_its_own_is_not_the_openers() {
        let s = "Cod fell 22.5% to 1,260 tonnes; other species rose 9.3%.";
        assert_eq!(subject(s, "9.3%"), None);
        let s = "Cod fell 22.5%, and lobster made up $251 million.";
        assert_eq!(subject(s, "$251 million"), None);
        // no verb after the opening word: an adjective
        let s = "Statewide landings were worth $642 million.";
        assert_eq!(subject(s, "$642 million"), None);
        // a bare plural: who acted
        let s = "Patients waited a median 38 minutes to see a clinician, a drop of 9 minutes.";
        assert_eq!(subject(s, "9 minutes"), None);
    }
}
