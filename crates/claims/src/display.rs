//! [`Claim`] → text: the canonical written form.
//!
//! What is printed must parse back to an equal claim, because users copy the engine's
//! claims into queries and `.claims` files. So every part is printed in the one spelling
//! the parser reads back unchanged: ASCII operators, `±` for any tolerance, quotes only
//! where a bare word would not survive, and each quantity in its own written style.

use std::fmt::{self, Display, Formatter, Write};

use figcheck_figures::{Kind, Quantity, parse_quantity};

use crate::parse::{is_bare_term, is_unit_word, read_tolerance};
use crate::{Claim, Comparison, Term, Tolerance};

impl Display for Claim {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for term in &self.terms {
            write!(f, "{term} ")?;
        }
        match &self.comparison {
            Comparison::Between(upper) => write!(
                f,
                "between {} and {}",
                written(&self.quantity),
                written(upper)
            )?,
            comparison => write!(f, "{} {}", comparison.symbol(), written(&self.quantity))?,
        }
        let unit = match self.quantity.kind {
            Kind::Money => None,
            _ => self.quantity.unit.as_deref().filter(|u| is_unit_word(u)),
        };
        if let Some(unit) = unit {
            write!(f, " {unit}")?;
        }
        if let Some(per) = &self.quantity.per {
            write!(f, " per {}", plain_number(per.base))?;
            if let Some(unit) = per.unit.as_deref().filter(|u| is_unit_word(u)) {
                write!(f, " {unit}")?;
            }
        }
        if let Some(tolerance) = self.tolerance {
            write!(f, " ±{}", tolerance_amount(tolerance))?;
        }
        if let Some(partner) = self.partner {
            let side = if partner.follows { "before" } else { "after" };
            write!(f, " {side} {}", plain_number(partner.value))?;
        }
        if self.reached {
            f.write_str(" reached")?;
        }
        if let Some(year) = self.dated {
            write!(f, " dated {year}")?;
        }
        if self.dateline {
            f.write_str(" dateline")?;
        }
        if !self.companions.is_empty() {
            f.write_str(" with")?;
            for value in &self.companions {
                write!(f, " {}", plain_number(*value))?;
            }
        }
        if !self.earlier.is_empty() {
            f.write_str(" earlier")?;
            for value in &self.earlier {
                write!(f, " {}", plain_number(*value))?;
            }
        }
        if !self.counted.is_empty() {
            f.write_str(" counting")?;
            for name in &self.counted {
                f.write_char(' ')?;
                if is_bare_term(name) && !name.eq_ignore_ascii_case("in") {
                    f.write_str(name)?;
                } else {
                    write_quoted(f, name)?;
                }
            }
        }
        if let Some(scope) = &self.scope {
            f.write_str(" in ")?;
            write_quoted(f, scope)?;
        }
        Ok(())
    }
}

impl Display for Term {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.excluded {
            f.write_char('-')?;
        }
        if self.quoted || !is_bare_term(&self.text) {
            write_quoted(f, &self.text)
        } else {
            f.write_str(&self.text)
        }
    }
}

/// The quantity written in its own style: `$9.06 billion` stays `$9.06 billion` rather
/// than becoming 9060000000.
///
/// [`Quantity::render`] is made for writing *another* value in a figure's style, so it
/// drops zeros the new value does not need: `4.80%` comes back as `4.8%`, which reads as
/// a less precise claim. When its text does not read back as the same quantity, the
/// written decimals are restored from the style.
fn written(quantity: &Quantity) -> String {
    let rendered = quantity.render(quantity.value);
    if reads_back_as(&rendered, quantity) {
        return rendered;
    }
    // "4:38" alone reads as a time of day; with its hours, "0:04:38", as a duration.
    if quantity.kind == Kind::Duration
        && let Some((minutes, seconds)) = rendered.split_once(':')
        && !seconds.contains(':')
    {
        let text = format!("0:{minutes:0>2}:{seconds}");
        if reads_back_as(&text, quantity) {
            return text;
        }
    }
    let style = &quantity.style;
    if !style.words {
        let decimals = usize::from(style.decimals);
        // The scale's factor is not stored, but the precision is one unit of the last
        // written decimal of the scaled mantissa: 0.01 billion for `$9.06 billion`.
        // So is a subunit's: 0.01 dollar for `0.06000¢`, whose value is in dollars.
        let subunit = quantity.kind == Kind::Money && style.suffix.is_some();
        let factor = if style.scale.is_some() || subunit {
            quantity.precision * 10f64.powi(i32::from(style.decimals))
        } else {
            1.0
        };
        if factor > 0.0 && factor.is_finite() {
            let mantissa = quantity.value / factor;
            let text = format!(
                "{}{}{}{}",
                style.prefix.as_deref().unwrap_or(""),
                grouped(&format!("{mantissa:.decimals$}"), style.separator),
                style.scale.as_deref().unwrap_or(""),
                style.suffix.as_deref().unwrap_or("")
            );
            if reads_back_as(&text, quantity) {
                return text;
            }
        }
    }
    rendered
}

/// Whether `text` is exactly one quantity that means and is written like `quantity`.
fn reads_back_as(text: &str, quantity: &Quantity) -> bool {
    parse_quantity(text).is_some_and(|parsed| {
        let back = parsed.quantity;
        parsed.len == text.len()
            && back.value == quantity.value
            && back.kind == quantity.kind
            && back.precision == quantity.precision
            && back.style == quantity.style
            && (quantity.kind != Kind::Money || back.unit == quantity.unit)
    })
}

/// `digits` (as formatted by `{:.n}`) with `separator` between groups of three.
fn grouped(digits: &str, separator: Option<char>) -> String {
    let Some(separator) = separator else {
        return digits.to_string();
    };
    let (sign, unsigned) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let mut out = String::from(sign);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A rate's base or a companion: whole numbers grouped by commas as people write them
/// (`10,000`), others in at most [`PRINTED_DIGITS`] significant digits, which the parser
/// reads as a figure would: a value worked out in binary (4 + 0.56 is
/// 4.5600000000000005) prints as the 4.56 it stands for.
fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return grouped(&format!("{value:.0}"), Some(','));
    }
    let shortest = value.to_string();
    if shortest.chars().filter(char::is_ascii_digit).count() <= PRINTED_DIGITS {
        return shortest;
    }
    format!("{:.*e}", PRINTED_DIGITS - 1, value)
        .parse::<f64>()
        .map_or(shortest, |rounded| rounded.to_string())
}

/// The most significant digits a printed plain number has (as many as a figure reads).
const PRINTED_DIGITS: usize = 15;

fn write_quoted(f: &mut Formatter<'_>, text: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            f.write_char('\\')?;
        }
        f.write_char(c)?;
    }
    f.write_char('"')
}

/// The shortest decimal that reads back as exactly this tolerance. Relative tolerances
/// are stored as fractions and printed as percentages, and `r * 100` is not always what
/// the writer typed (0.011 * 100 is 1.1000000000000001), so each candidate is checked by
/// reading it back the way the parser will.
fn tolerance_amount(tolerance: Tolerance) -> String {
    let (shown, suffix) = match tolerance {
        Tolerance::Relative(fraction) => (fraction * 100.0, "%"),
        Tolerance::Absolute(amount) => (amount, ""),
    };
    (0..=17)
        .map(|decimals| format!("{shown:.decimals$}{suffix}"))
        .find(|text| {
            read_tolerance(text).is_some_and(|(back, len)| back == tolerance && len == text.len())
        })
        .unwrap_or_else(|| format!("{shown}{suffix}"))
}
