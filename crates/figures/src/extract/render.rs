//! Writing a quantity back in the style it was read in (for suggestions).

use super::*;

/// Writes `value` in the style of `q`. See [`Quantity::render`].
pub(crate) fn render(q: &Quantity, value: f64) -> String {
    let st = &q.style;
    // "minus five percent": the sign is a word before the figure; written for negative
    // values only, with the magnitude after it.
    if let Some(prefix) = &st.prefix
        && let Some(word) = ["minus ", "negative ", "Minus ", "Negative "]
            .into_iter()
            .find(|w| prefix.starts_with(w))
    {
        let mut unsigned = q.clone();
        let rest = &prefix[word.len()..];
        unsigned.style.prefix = (!rest.is_empty()).then(|| rest.to_string());
        let body = render(&unsigned, value.abs());
        return if value < 0.0 {
            format!("{word}{body}")
        } else {
            body
        };
    }
    // "34 cents": money counted in a subunit is written in it.
    let value = match (q.kind, &st.suffix) {
        (Kind::Money, Some(suffix)) => value / money_code(suffix).1,
        _ => value,
    };
    // "2½": a whole number with a fraction glyph is written with one again when the value
    // has such a fraction, else in decimals.
    if let Some(suffix) = &st.suffix
        && suffix.chars().count() == 1
        && suffix.chars().all(|c| vulgar_fraction(c).is_some())
    {
        let prefix = st.prefix.as_deref().unwrap_or("");
        // "-2½" is minus two and a half: the sign goes before the whole mixed number.
        let sign = if value < 0.0 { "-" } else { "" };
        let whole = value.abs().trunc();
        let part = value.abs() - whole;
        // A large whole part leaves the fraction a few units in the last place off
        // ("200000000⅗" is 200000000.600000024): the nearest glyph within that is it.
        // The written glyph comes first: past 10^14 two glyphs may fit the same value
        // ("600000000000000⅗" is stored as …0.625, which is also ⅝).
        let slack = 1e-9f64.max(value.abs() * 8.0 * f64::EPSILON);
        let written = suffix.chars().next();
        let glyph = VULGAR_FRACTIONS
            .iter()
            .map(|&(g, v)| (g, (v - part).abs()))
            .filter(|&(_, off)| off < slack)
            .min_by(|a, b| {
                (Some(b.0) == written)
                    .cmp(&(Some(a.0) == written))
                    .then(a.1.total_cmp(&b.1))
            })
            .map(|(g, _)| g);
        return match glyph {
            Some(g) if whole == 0.0 && q.kind == Kind::Fraction => format!("{prefix}{sign}{g}"),
            Some(g) => format!("{prefix}{sign}{}{g}", format_number(whole, None, 0)),
            _ => format!(
                "{prefix}{}",
                format_number(value, st.separator, decimals_needed(value, 3))
            ),
        };
    }
    match q.kind {
        Kind::Date => return render_date(value),
        Kind::Time => return render_time(value, st),
        Kind::Duration => return render_duration(value, st),
        // "the 1990s": a decade keeps its "s"
        Kind::Year => {
            let decade = if st.suffix.as_deref() == Some("s") {
                "s"
            } else {
                ""
            };
            return format!("{}{decade}", value.round() as i64);
        }
        Kind::Ordinal => {
            let n = value.round() as u64;
            let prefix = st.prefix.clone().unwrap_or_default();
            // in words when read from words ("two hundredth"), up to where the words
            // run out (a trillion's trillions are written in digits)
            if st.words && (n < 100 || (prefix.is_empty() && n < 1_000_000_000_000_000)) {
                return format!(
                    "{prefix}{}",
                    if prefix.is_empty() {
                        ordinal_in_words(n)
                    } else {
                        cardinal_in_words(n)
                    }
                );
            }
            let suffix = st.suffix.clone().unwrap_or_default();
            if suffix.is_empty() {
                return format!("{prefix}{n}");
            }
            if !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
                return format!("{prefix}{n}{suffix}"); // 3위
            }
            return format!("{prefix}{n}{}", english_ordinal_suffix(n));
        }
        // "one in five", "1 in 4": another share as the same count of a count
        Kind::Fraction
            if let Some(written) = st
                .suffix
                .as_deref()
                .and_then(|s| super::one_in::render_one_in(value, s, st.words)) =>
        {
            return written;
        }
        Kind::Fraction if st.words => {
            if let Some(words) = fraction_in_words(value) {
                return words.to_string();
            }
            if let Some(words) = parts_in_words(value) {
                return words;
            }
            return format_number(value, None, decimals_needed(value, 3));
        }
        Kind::Fraction => {
            if let Some(den) = st.suffix.as_deref().and_then(|s| s.strip_prefix('/'))
                && let Some(written) = with_slash(value, den)
            {
                return written;
            }
            return format_number(value, None, decimals_needed(value, 3));
        }
        // "twice" and "thrice" are whole figures on their own, with no "times" after.
        Kind::Multiplier if st.words && st.suffix.is_none() => {
            let n = value.round();
            if (value - n).abs() < 1e-9 && (n == 2.0 || n == 3.0) {
                return if n == 2.0 { "twice" } else { "thrice" }.to_string();
            }
            return format!(
                "{} times",
                format_number(value, None, decimals_needed(value, 3))
            );
        }
        _ => {}
    }
    // "half a percentage point": a fraction of one unit, in words; another value drops
    // the article ("0.7 percentage point").
    if st.words
        && let Some(rest) = st.suffix.as_deref().and_then(|s| s.strip_prefix(" a "))
    {
        return match fraction_in_words(value) {
            Some("half") => format!("half a {rest}"),
            _ => format!(
                "{} {rest}",
                format_number(value, None, decimals_needed(value, 3))
            ),
        };
    }
    // "a quarter million", "half a million": a fraction of the written scale, in words.
    if st.words
        && let Some(scale) = &st.scale
        && let Some(factor) = scale_factor(scale)
        && let Some(words) = fraction_in_words(value / factor)
    {
        return format!(
            "{}{words}{scale}{}",
            st.prefix.as_deref().unwrap_or(""),
            st.suffix.as_deref().unwrap_or("")
        );
    }
    let (mantissa, scale) = match &st.scale {
        Some(s) => rescale(value, s),
        None => (value, String::new()),
    };
    let body = if st.words && mantissa.fract() == 0.0 && (0.0..1e15).contains(&mantissa) {
        cardinal_in_words(mantissa as u64)
    } else {
        let decimals =
            decimals_needed(mantissa, 3).max(st.decimals.min(decimals_needed(mantissa, 6)));
        // A figure too short to show its thousands separator ("$24") says nothing about
        // whether its writer groups digits: a long value is grouped ("$22,400,000", not
        // "$22400000"). One written long without a separator ("12345") stays so.
        let separator = st
            .separator
            .or_else(|| (q.value.abs() < 10_000.0 && mantissa.abs() >= 10_000.0).then_some(','));
        format_number(mantissa, separator, decimals)
    };
    format!(
        "{}{}{}{}",
        st.prefix.as_deref().unwrap_or(""),
        body,
        scale,
        st.suffix.as_deref().unwrap_or("")
    )
}

/// Picks the scale (in the written family: words or abbreviations) that suits `value`.
pub(super) fn rescale(value: f64, written: &str) -> (f64, String) {
    let joiner: String = written
        .chars()
        .take_while(|c| *c == ' ' || *c == '-')
        .collect();
    let word = &written[joiner.len()..];
    let families: [&[(&str, f64)]; 4] = [
        &[
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
        ],
        &[("k", 1e3), ("m", 1e6), ("bn", 1e9), ("tn", 1e12)],
        &[("K", 1e3), ("M", 1e6), ("B", 1e9), ("T", 1e12)],
        &[("k", 1e3), ("mn", 1e6), ("bn", 1e9), ("trn", 1e12)],
    ];
    if let Some(&(_, factor)) = [("만", 1e4), ("억", 1e8), ("조", 1e12)]
        .iter()
        .find(|(w, _)| *w == word)
    {
        let family = [("만", 1e4), ("억", 1e8), ("조", 1e12)];
        let best = family
            .iter()
            .rev()
            .find(|(_, f)| value.abs() >= *f)
            .copied()
            .unwrap_or(("", 1.0));
        let _ = factor;
        return (value / best.1, format!("{joiner}{}", best.0));
    }
    if matches!(word, "dozen" | "dozens") {
        return (value / 12.0, written.to_string());
    }
    let lower = word.to_ascii_lowercase();
    let family = families
        .iter()
        .find(|f| f.iter().any(|(w, _)| *w == word))
        .or_else(|| families.iter().find(|f| f.iter().any(|(w, _)| *w == lower)))
        .copied()
        .unwrap_or(families[0]);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.len() > 1;
    let mut best = family[0];
    for &(w, f) in family {
        if value.abs() >= f {
            best = (w, f);
        }
    }
    let mut name = best.0.to_string();
    if capitalised {
        let mut c = name.chars();
        if let Some(first) = c.next() {
            name = first.to_uppercase().chain(c).collect();
        }
    }
    (value / best.1, format!("{joiner}{name}"))
}

/// The common fractions a writer spells out, for rendering a fraction written in words.
pub(super) fn fraction_in_words(v: f64) -> Option<&'static str> {
    let table: [(f64, &str); 7] = [
        (0.5, "half"),
        (1.0 / 3.0, "a third"),
        (2.0 / 3.0, "two thirds"),
        (0.25, "a quarter"),
        (0.75, "three quarters"),
        (0.2, "a fifth"),
        (0.1, "a tenth"),
    ];
    table
        .iter()
        .find(|(f, _)| (f - v).abs() < 1e-6)
        .map(|(_, w)| *w)
}

pub(super) fn decimals_needed(v: f64, max: u8) -> u8 {
    for d in 0..=max {
        let f = 10f64.powi(i32::from(d));
        if ((v * f).round() - v * f).abs() < 1e-6 * f.max(1.0) {
            return d;
        }
    }
    max
}

pub(super) fn format_number(v: f64, separator: Option<char>, decimals: u8) -> String {
    let s = format!("{:.*}", usize::from(decimals), v.abs());
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    match separator {
        Some(sep) => {
            let n = int.len();
            for (k, c) in int.chars().enumerate() {
                if k > 0 && (n - k) % 3 == 0 {
                    out.push(sep);
                }
                out.push(c);
            }
        }
        None => out.push_str(int),
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

pub(super) fn cardinal_in_words(n: u64) -> String {
    if n < 20 {
        return lexicon::SMALL_WORDS[n as usize].to_string();
    }
    if n < 100 {
        let t = lexicon::TENS_WORDS[(n / 10) as usize];
        return if n.is_multiple_of(10) {
            t.to_string()
        } else {
            format!("{t}-{}", lexicon::SMALL_WORDS[(n % 10) as usize])
        };
    }
    if n < 1000 {
        let hundreds = format!("{} hundred", lexicon::SMALL_WORDS[(n / 100) as usize]);
        return if n.is_multiple_of(100) {
            hundreds
        } else {
            format!("{hundreds} {}", cardinal_in_words(n % 100))
        };
    }
    // "two million", "one billion three hundred million": each group of three digits with
    // its scale word, as the scanner reads them.
    let mut out = Vec::new();
    let mut rest = n;
    for (factor, word) in [
        (1_000_000_000_000u64, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if rest >= factor {
            if rest / factor >= 1000 {
                return n.to_string();
            }
            out.push(format!("{} {word}", cardinal_in_words(rest / factor)));
            rest %= factor;
        }
    }
    if rest > 0 {
        out.push(cardinal_in_words(rest));
    }
    out.join(" ")
}

pub(super) fn ordinal_in_words(n: u64) -> String {
    if n < 20 {
        return lexicon::ORDINAL_WORDS[n as usize].to_string();
    }
    if n < 100 {
        return if n.is_multiple_of(10) {
            lexicon::TENS_ORDINALS[(n / 10) as usize].to_string()
        } else {
            format!(
                "{}-{}",
                lexicon::TENS_WORDS[(n / 10) as usize],
                lexicon::ORDINAL_WORDS[(n % 10) as usize]
            )
        };
    }
    // "one hundred twenty-fifth", "two hundredth", "one billionth": the cardinal's words
    // with the last made an ordinal, as the scanner reads them
    let rest = n % 100;
    if rest == 0 {
        // "hundredth", not "one hundredth", which reads as a fraction
        let words = cardinal_in_words(n);
        format!("{}th", words.strip_prefix("one ").unwrap_or(&words))
    } else {
        format!("{} {}", cardinal_in_words(n - rest), ordinal_in_words(rest))
    }
}

/// A fraction other than [`fraction_in_words`]' as its parts, the way the scanner reads
/// one: "a billionth", "three sevenths" (a numerator of one to nine over a denominator
/// it has a word for). `None` for any other value.
fn parts_in_words(v: f64) -> Option<String> {
    [3u32, 4, 5, 6, 7, 8, 9, 10, 100]
        .into_iter()
        .map(f64::from)
        .chain([1e3, 1e6, 1e9, 1e12])
        .find_map(|den| {
            let num = (v * den).round();
            if !(1.0..=9.0).contains(&num) || (num / den - v).abs() > 1e-12 * den.max(1.0) * v {
                return None;
            }
            let one = match den {
                4.0 => "quarter".to_string(),
                1e3 => "thousandth".to_string(),
                1e6 => "millionth".to_string(),
                1e9 => "billionth".to_string(),
                1e12 => "trillionth".to_string(),
                d => ordinal_in_words(d as u64),
            };
            Some(if num == 1.0 {
                format!("a {one}")
            } else {
                format!("{} {one}s", lexicon::SMALL_WORDS[num as usize])
            })
        })
}

/// A fraction read as "1/5" is written back with a slash: over the draft's denominator
/// when that makes a whole numerator ("2/5"), else over the smallest that does ("1/3"),
/// else not at all (the caller writes a decimal).
fn with_slash(value: f64, written_den: &str) -> Option<String> {
    let written: u32 = written_den.parse().ok()?;
    std::iter::once(written)
        .chain(2..=12)
        .chain([100])
        .find_map(|den| {
            let num = value * f64::from(den);
            ((num - num.round()).abs() < 1e-6 && num.round() >= 0.0)
                .then(|| format!("{}/{den}", num.round()))
        })
}

pub(super) fn render_date(value: f64) -> String {
    let v = value.round() as u32;
    let (y, m, d) = (v / 10000, (v / 100) % 100, v % 100);
    let month = lexicon::MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("");
    match (y, d) {
        (0, _) => format!("{month} {d}"),
        (_, 0) => format!("{month} {y}"),
        _ => format!("{month} {d}, {y}"),
    }
}

/// A duration as a stopwatch shows it, "2:11:05" or "0:38", with the seconds' decimals as
/// written. Worked out in whole units of the last decimal, so 59.999 seconds to two
/// decimals is "1:00.00", never "0:60.00".
pub(super) fn render_duration(value: f64, st: &Style) -> String {
    let decimals = usize::from(st.decimals.min(3));
    let per_second = 10u64.pow(decimals as u32);
    let units = (value.abs() * per_second as f64).round() as u64;
    let (whole, fraction) = (units / per_second, units % per_second);
    let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60);
    let sign = if value < 0.0 && units > 0 { "-" } else { "" };
    let seconds = if decimals > 0 {
        format!("{s:02}.{fraction:0decimals$}")
    } else {
        format!("{s:02}")
    };
    if h > 0 {
        format!("{sign}{h}:{m:02}:{seconds}")
    } else {
        format!("{sign}{m}:{seconds}")
    }
}

/// "1:34 PM", "9 a.m.", "14:30": minutes after midnight written back on the clock the
/// writer used, with the marker in their spelling ("p.m." stays "p.m.", "PM" stays "PM").
pub(super) fn render_time(value: f64, st: &Style) -> String {
    let minutes = value.round().rem_euclid(24.0 * 60.0) as u32;
    let (h, m) = (minutes / 60, minutes % 60);
    let Some(marker) = st.suffix.as_deref() else {
        return format!("{h}:{m:02}");
    };
    let pm = h >= 12;
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let marker: String = marker
        .chars()
        .map(|c| match (c, pm) {
            ('a' | 'p', true) => 'p',
            ('a' | 'p', false) => 'a',
            ('A' | 'P', true) => 'P',
            ('A' | 'P', false) => 'A',
            (other, _) => other,
        })
        .collect();
    if m == 0 && st.decimals == 0 {
        format!("{h12}{marker}")
    } else {
        format!("{h12}:{m:02}{marker}")
    }
}
