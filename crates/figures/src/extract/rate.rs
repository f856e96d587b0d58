//! Rates: "per 10,000 workers", "a year".

use super::*;

impl<'t> Scanner<'t> {
    /// "1,012 robots per 10,000 workers": the rate's denominator.
    pub(super) fn per_after(&self, f: &mut Found) {
        let mut i = f.end;
        // "**$18,000** a year": emphasis closed after the figure
        while matches!(self.peek(i), Some('*' | '_')) {
            i += 1;
        }
        if let Some(u) = &f.quantity.unit
            && let Some((w, _, we)) = self.next_word(i)
            && w == u
        {
            i = we;
            // "28,000 gallons of water a day", "500 barrels of oil a day": what the unit
            // holds, then the period
            if let Some(("of", _, oe)) = self.next_word(i)
                && let Some((noun, _, ne)) = self.next_word(oe)
                && noun.chars().all(|c| c.is_lowercase())
                && !lexicon::is_stopword(noun)
                && self.period_after(ne).is_some()
            {
                i = ne;
            }
        }
        let Some((w, _, we)) = self.next_word(i) else {
            return;
        };
        // "almost ten for every unit", "three for each 1,000 residents": "per" in words
        let (w, we) = match (w, self.next_word(we)) {
            ("for", Some(("every" | "each", _, after))) => ("per", after),
            _ => (w, we),
        };
        if w != "per" {
            let unit = self
                .period_after(i)
                .map(str::to_string)
                .or_else(|| match f.quantity.kind {
                    Kind::Money => self.measure_after(i),
                    // "610 crew, about four a vessel,": a count per one of a thing,
                    // "about eight to a site." too
                    Kind::Number if f.quantity.unit.is_none() => {
                        self.thing_after(i).or_else(|| match self.next_word(i) {
                            Some(("to", _, te)) => self.thing_after(te),
                            _ => None,
                        })
                    }
                    _ => None,
                });
            if let Some(unit) = unit {
                f.quantity.per = Some(Per {
                    base: 1.0,
                    unit: Some(unit),
                });
            }
            return;
        }
        let j = self.skip_ws(we);
        let (base, e) = match self.digits_at(j) {
            Some(d) => (d.value, d.end),
            None => match self.word_at(j) {
                Some((w2, e2)) => (
                    lexicon::small_number(w2).unwrap_or(1.0),
                    if lexicon::small_number(w2).is_some() {
                        e2
                    } else {
                        j
                    },
                ),
                None => return,
            },
        };
        // "per year": a period, though "year" is a stopword
        let unit = self.next_word(e).and_then(|(w, _, we)| {
            match lexicon::period_noun(&w.to_lowercase()) {
                Some(period) => Some(period.to_string()),
                None if lexicon::is_stopword(w) => None,
                // "per street tree": a noun before the noun that ends the phrase says
                // which kind of it; the last is what the rate is per
                None => Some(self.head_noun_after(w, we).to_string()),
            }
        });
        f.quantity.per = Some(Per { base, unit });
    }

    /// The noun a two-word phrase after "per" ends with, when its first word, `first`
    /// (ending at `end`), only says which kind: "tree" in "per street tree." A second word
    /// that does not end the phrase, or reads as a verb ("per hour worked"), leaves the
    /// first.
    fn head_noun_after<'w>(&'w self, first: &'w str, end: usize) -> &'w str {
        let Some((second, _, second_end)) = self.next_word(end) else {
            return first;
        };
        let ends_phrase = match self.next_word(second_end) {
            Some((third, _, _)) => lexicon::is_stopword(third),
            None => true,
        } || self.rest(second_end).starts_with(['.', ',', ';', ':', ')']);
        // (all lower case, so its endings are read as written)
        let plain_noun = second.chars().all(|c| c.is_ascii_lowercase())
            && second.len() > 2
            && !lexicon::is_stopword(second)
            && !second.ends_with("ed")
            && !second.ends_with("ing")
            && !second.ends_with("ly");
        if first.chars().all(|c| c.is_ascii_lowercase())
            && plain_noun
            && ends_phrase
            && self.rest(end).starts_with(' ')
        {
            second
        } else {
            first
        }
    }

    /// "$54 a year", "$4.50 more a month", "$41.20 an hour", "paid annually": the period
    /// an amount or count is reckoned per, read after the figure (and a "more" or
    /// "less"). Not a time before or after ("47.4% a year earlier", "a year ago").
    fn period_after(&self, i: usize) -> Option<&'static str> {
        let (mut w, _, mut we) = self.next_word(i)?;
        if matches!(w, "more" | "less" | "extra" | "fewer") {
            (w, _, we) = self.next_word(we)?;
        }
        let lw = w.to_lowercase();
        if let Some(period) = lexicon::period_adverb(&lw) {
            return Some(period);
        }
        if !matches!(lw.as_str(), "a" | "an" | "each" | "every") {
            return None;
        }
        let (p, _, pe) = self.next_word(we)?;
        let period = lexicon::period_noun(&p.to_lowercase())?;
        let then = self.next_word(pe).map(|(t, _, _)| t.to_lowercase());
        if then.as_deref().is_some_and(lexicon::is_time_reference) {
            return None;
        }
        Some(period)
    }

    /// "$3.92 a gallon", "about $25 a kilogram", "$4.50 a kg": the unit of measure a price
    /// is reckoned per, read after an amount of money, as written in lower case.
    fn measure_after(&self, i: usize) -> Option<String> {
        let (w, _, we) = self.next_word(i)?;
        if !matches!(w.to_lowercase().as_str(), "a" | "an") {
            return None;
        }
        let (u, _, _) = self.next_word(we)?;
        let lower = u.to_lowercase();
        if lexicon::singular_unit(u) || lexicon::unit_abbreviation(u) || lower == "kilo" {
            return Some(lower);
        }
        self.thing_after(i)
    }

    /// "At about $13,400 a seat, the park…", "$15 a ticket.", "about four a vessel,": the
    /// thing an amount or count is reckoned per, when its noun ends the clause ("$40 a
    /// piece of it" is no price per piece).
    fn thing_after(&self, i: usize) -> Option<String> {
        let (w, _, we) = self.next_word(i)?;
        if !matches!(w.to_lowercase().as_str(), "a" | "an") {
            return None;
        }
        let (u, _, ue) = self.next_word(we)?;
        let ends_clause = matches!(
            self.peek(ue),
            None | Some(',' | '.' | ';' | ':' | ')' | '\n' | '\r')
        );
        (ends_clause
            && u.len() >= 3
            && u.bytes().all(|b| b.is_ascii_lowercase())
            && !lexicon::is_stopword(u)
            && !lexicon::is_time_reference(u)
            && lexicon::period_noun(u).is_none())
        .then(|| u.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{figs, only};

    fn period(text: &str, written: &str) -> Option<String> {
        only(text, written).period().map(str::to_string)
    }

    #[test]
    fn a_rate_is_per_the_noun_its_phrase_ends_with() {
        let per = |text: &str, written: &str| {
            only(text, written)
                .per
                .and_then(|p| p.unit)
                .unwrap_or_default()
        };
        assert_eq!(
            per("It spent roughly $110 per street tree.", "$110"),
            "tree"
        );
        assert_eq!(per("It cost $8 per new member in March.", "$8"), "member");
        // a verb after the noun, or a noun that goes on, leaves the first
        assert_eq!(per("Pay was $20 per hour worked.", "$20"), "hour");
        assert_eq!(per("It cost $5 per capita, and more.", "$5"), "capita");
        assert_eq!(per("It paid $9 per child care center.", "$9"), "child");
    }

    #[test]
    fn what_a_unit_holds_stands_between_it_and_its_period() {
        assert_eq!(
            period("It leaks 28,000 gallons of water a day.", "28,000").as_deref(),
            Some("day")
        );
        assert_eq!(
            period("The field pumps 500 barrels of oil a day.", "500").as_deref(),
            Some("day")
        );
        // not a period of something else after the noun
        assert_eq!(
            period("It held 28,000 gallons of water for years.", "28,000"),
            None
        );
    }

    #[test]
    fn for_every_says_per() {
        let q = only("drew almost ten applications for every unit", "ten");
        let per = q.per.expect("a rate");
        assert_eq!((per.base, per.unit.as_deref()), (1.0, Some("unit")));
        // the denominator is no figure of its own, as after "per"
        let q = only("three for every 1,000 residents", "three");
        let per = q.per.expect("a rate");
        assert_eq!((per.base, per.unit.as_deref()), (1000.0, Some("residents")));
        // "for" alone is no rate: "paid $40 for every ticket" is, "$40 for tickets" not
        assert!(only("paid $40 for tickets", "$40").per.is_none());
    }

    #[test]
    fn so_many_to_a_thing_is_a_count_per_thing() {
        let q = only("Poll workers came about eight to a site.", "eight");
        let per = q.per.expect("a rate");
        assert_eq!((per.base, per.unit.as_deref()), (1.0, Some("site")));
        // not when the noun goes on into more of the clause
        assert!(only("It rose 12 to a record high.", "12").per.is_none());
    }

    #[test]
    fn an_amount_a_period_is_reckoned_per_that_period() {
        assert_eq!(
            period("It costs $54 a year.", "$54").as_deref(),
            Some("year")
        );
        assert_eq!(
            period("about $4.50 more a month", "$4.50").as_deref(),
            Some("month")
        );
        assert_eq!(
            period("**$18,000** a year: a director's pay", "$18,000").as_deref(),
            Some("year")
        );
        assert_eq!(
            period("Nurses earn $41.20 an hour.", "$41.20").as_deref(),
            Some("hour")
        );
        assert_eq!(
            period("It pays $1.9 million annually.", "$1.9 million").as_deref(),
            Some("year")
        );
        assert_eq!(period("$5 per year", "$5").as_deref(), Some("year"));
        // a rate of another base is no period
        let q = only("12 per 10,000 workers", "12");
        assert!(q.per_base() && q.period().is_none());
    }

    #[test]
    fn a_price_is_reckoned_per_the_unit_of_measure_after_it() {
        let per = |text: &str, written: &str| {
            only(text, written)
                .per
                .as_ref()
                .and_then(|p| p.unit.clone())
        };
        assert_eq!(
            per("Diesel averaged $3.92 a gallon.", "$3.92").as_deref(),
            Some("gallon")
        );
        assert_eq!(
            per("Scallops fetched about $25 a kilogram.", "$25").as_deref(),
            Some("kilogram")
        );
        assert_eq!(
            per("Cod sold for $4.50 a kg.", "$4.50").as_deref(),
            Some("kg")
        );
        // a price per one of anything counted, when the noun ends the clause
        assert_eq!(
            per(
                "At about $13,400 a seat, the park had better be full.",
                "$13,400"
            )
            .as_deref(),
            Some("seat")
        );
        assert_eq!(
            per("Tickets will cost $15 a ticket.", "$15").as_deref(),
            Some("ticket")
        );
        // a count per one of a thing, too
        assert_eq!(
            per("The crew come to about four a vessel, and more.", "four").as_deref(),
            Some("vessel")
        );
        // not a count, and not a word that is no unit
        assert_eq!(per("They landed 40 a kilogram short.", "40"), None);
        assert_eq!(per("It cost $40 a piece of it.", "$40"), None);
        assert_eq!(
            per("It raised $2 million a record sum.", "$2 million"),
            None
        );
    }

    #[test]
    fn a_time_before_or_after_is_no_period() {
        assert_eq!(period("up from 47.4% a year earlier", "47.4%"), None);
        assert_eq!(period("It had 2,000 staff a year ago.", "2,000"), None);
        assert_eq!(period("It costs $54 in a year.", "$54"), None);
        assert!(
            figs("51.0%, a year on year gain")
                .iter()
                .all(|f| f.quantity.per.is_none())
        );
    }
}
