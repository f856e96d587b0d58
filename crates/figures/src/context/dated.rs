//! The year a figure is written for: "55.8% in 2022", "$1.71 million in 2022",
//! "81,440 ballots in 2018". A value stated for one year is no evidence for the same
//! value written for another: "up from 58.4% in 2022" is not backed by a source's
//! "58.4% in 2018" beside "55.8% in 2022".

/// The year written right after the figure that ends at byte `end` of `text`, as "in"
/// and four digits, with at most [`UNIT_WORDS`] lower-case words of unit between
/// ("ballots", "percentage points"). `None` for anything else.
pub(super) fn dated(text: &str, end: usize) -> Option<u16> {
    let rest = text.get(end..)?;
    let mut words = rest.split(char::is_whitespace);
    // the text right after the figure, up to its first space, must be nothing
    if words.next() != Some("") {
        return None;
    }
    for _ in 0..=UNIT_WORDS {
        let word = words.next()?;
        if word == "in" {
            return year_at(words.next()?);
        }
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
    }
    None
}

/// How many words of unit may stand between a figure and "in" and its year.
const UNIT_WORDS: usize = 2;

/// A year of four digits opening `word`, with nothing but punctuation after it:
/// "2022", "2022,", "2022)".
fn year_at(word: &str) -> Option<u16> {
    let digits: &str = word.get(..4)?;
    let after = word.get(4..)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || after.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let year: u16 = digits.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::dated;

    fn year_after(text: &str, figure: &str) -> Option<u16> {
        let end = text.find(figure).map(|k| k + figure.len())?;
        dated(text, end)
    }

    #[test]
    fn a_year_written_after_a_figure_dates_it() {
        let t = "Turnout was 55.8% in 2022 (79,890 ballots) and 58.4% in 2018.";
        assert_eq!(year_after(t, "55.8%"), Some(2022));
        assert_eq!(year_after(t, "58.4%"), Some(2018));
        assert_eq!(
            year_after("It was 58.4% in 2018.\n\nNext", "58.4%"),
            Some(2018)
        );
        assert_eq!(
            year_after("It drew 81,440 ballots in 2018, a record.", "81,440"),
            Some(2018)
        );
    }

    #[test]
    fn other_words_or_numbers_after_in_date_nothing() {
        assert_eq!(year_after("It won 55% of the vote in 2022.", "55%"), None);
        assert_eq!(year_after("It rose 5% in March 2022.", "5%"), None);
        assert_eq!(year_after("There were 40 in 20 cities.", "40"), None);
        assert_eq!(year_after("A share of 12% in 2022s terms.", "12%"), None);
        assert_eq!(year_after("It cost $5 in 1850.", "$5"), None);
    }
}
