//! Reading a run of digits: grouping, decimals, significant digits.

use super::*;

/// Digits as written.
pub(super) struct Digits {
    pub(super) value: f64,
    pub(super) end: usize,
    pub(super) separator: Option<char>,
    pub(super) decimals: u8,
    pub(super) int_digits: usize,
    /// Place value of the last digit.
    pub(super) precision: f64,
}

/// The most significant digits a figure may have: what an `f64` round-trips exactly.
pub(super) const MAX_SIGNIFICANT_DIGITS: usize = 15;

pub(super) fn parse_digits(text: &str, i: usize, lim: usize) -> Option<Digits> {
    let s = text.get(i..lim)?;
    let mut int = String::new();
    let mut chars = s.char_indices().peekable();
    let mut end = 0;
    let mut separator = None;
    if let Some(len) = indian_grouping(s) {
        int = s[..len].chars().filter(char::is_ascii_digit).collect();
        end = len;
        separator = Some(',');
        chars = s[len..len].char_indices().peekable();
    }
    while let Some(&(k, c)) = chars.peek() {
        crate::work::step(1);
        if c.is_ascii_digit() {
            int.push(c);
            end = k + 1;
            chars.next();
        } else if is_group_sep(c) && !int.is_empty() && separator.is_none_or(|s| s == c) {
            // exactly three digits, then no digit
            let after = &s[k + c.len_utf8()..];
            let three = after.chars().take(3).filter(char::is_ascii_digit).count() == 3;
            let fourth = after.chars().nth(3).is_some_and(|d| d.is_ascii_digit());
            // "0,600" is no grouped number (in much of Europe it is 0.6): a leading
            // group never starts with zero.
            let first_group_ok = separator.is_some() || (int.len() <= 3 && !int.starts_with('0'));
            // A plain space joins groups only when the group ends the number cleanly:
            // "40 000 robots", not "3 100-metre races" or "5 100m".
            // A lone digit before a plain space ("the top 3 500 firms") is more often a
            // count of its own, so "1 234" needs a second group: "1 234 567".
            let spaced_ok = c != ' '
                || (!after
                    .chars()
                    .nth(3)
                    .is_some_and(|d| d.is_alphanumeric() || "-–/:%".contains(d))
                    && (separator.is_some()
                        || int.len() >= 2
                        || (after.chars().nth(3) == Some(' ')
                            && after.chars().skip(4).take(3).all(|d| d.is_ascii_digit())
                            && after.chars().skip(4).count() >= 3)));
            if three && !fourth && first_group_ok && spaced_ok {
                separator = Some(c);
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let int_digits = int.len();
    let mut frac = String::new();
    if s[end..].starts_with('.') && s[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        frac = s[end + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        end += 1 + frac.len();
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    // More significant digits than a double holds (15) cannot be compared or written back
    // faithfully: such a run is an identifier or data, not a writer's figure. (Found by the
    // claim fuzzer: "888888888888.888…835 bn" printed back as another number.)
    let significant = int
        .chars()
        .chain(frac.chars())
        .skip_while(|&c| c == '0')
        .count();
    // Nor more decimal places: ".000…0009" (270 zeros) has one significant digit but
    // was written back as "0" (found by the claim fuzzer).
    if significant > MAX_SIGNIFICANT_DIGITS || frac.len() > MAX_SIGNIFICANT_DIGITS {
        return None;
    }
    // "02139", "007", "0800": a leading zero before more digits makes a code (a postcode,
    // an ID, a clock time), not a quantity; read as one, it was written back without the
    // zero and changed kind (found by the claim fuzzer: "02000" a number, "2000" a year).
    if int.len() > 1 && int.starts_with('0') && int.chars().any(|c| c != '0') {
        return None;
    }
    let text_value = format!(
        "{}.{}",
        if int.is_empty() { "0" } else { &int },
        if frac.is_empty() { "0" } else { &frac }
    );
    let value: f64 = text_value.parse().ok()?;
    let decimals = u8::try_from(frac.len()).unwrap_or(u8::MAX);
    Some(Digits {
        value,
        end: i + end,
        separator,
        decimals,
        int_digits,
        precision: 10f64.powi(-i32::from(decimals)),
    })
}

/// The length of a number grouped the Indian way at the start of `s`: "12,34,567",
/// "1,50,000" (lakh and crore grouping: pairs of digits, then a group of three).
fn indian_grouping(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits_at = |k: usize| {
        let n = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        crate::work::step(n + 1);
        n
    };
    let first = digits_at(0);
    if !(1..=2).contains(&first) || b[0] == b'0' {
        return None;
    }
    let mut k = first;
    let mut pairs = 0;
    // Lakh and crore need at most five pairs ("1,00,00,00,00,000"); the bound keeps a
    // long run of "12,34,56,…" from being walked again at each of its digits.
    while b.get(k) == Some(&b',') && pairs <= 6 {
        let n = digits_at(k + 1);
        match n {
            2 => {
                pairs += 1;
                k += 3;
            }
            3 if pairs > 0 => {
                let end = k + 4;
                // "1,50,000.5" may go on with decimals; not with more digits or groups
                return (b.get(end).is_none_or(|c| !c.is_ascii_digit())
                    && !(b.get(end) == Some(&b',')
                        && b.get(end + 1).is_some_and(u8::is_ascii_digit)))
                .then_some(end);
            }
            _ => return None,
        }
    }
    None
}

pub(super) fn scale_factor(scale: &str) -> Option<f64> {
    let w = scale.trim_start_matches([' ', '-']);
    lexicon::scale_word(&w.to_ascii_lowercase()).or_else(|| lexicon::scale_suffix(w, true))
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::is;
    use crate::quantity::Kind;

    #[test]
    fn indian_grouping() {
        is(
            "a loan of 12,34,567.89 today",
            "12,34,567.89",
            1_234_567.89,
            Kind::Number,
        );
        is(
            "Rs 1,50,000 was paid",
            "Rs 1,50,000",
            150_000.0,
            Kind::Money,
        );
        // not Indian grouping: lists and Western groups stay as they were
        is(
            "It cost 1,234,567 in all",
            "1,234,567",
            1_234_567.0,
            Kind::Number,
        );
    }
}
