//! Text → [`Claim`]: the parser.
//!
//! Built from nom combinators over a [`LocatedSpan`], so every failure carries the byte
//! offset where it happened. Failures say what was *expected* in words; a claim is one
//! line and is usually typed by a person, so one precise message beats a list of
//! everything the grammar could have taken.

use std::borrow::Cow;

use figcheck_figures::quantity::Per;
use figcheck_figures::{Kind, Quantity, parse_quantity};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while};
use nom::character::complete::satisfy;
use nom::combinator::{map, opt, recognize};
use nom::error::{ErrorKind, ParseError as NomParseError};
use nom::multi::many0;
use nom::sequence::{pair, terminated};
use nom::{Err, IResult, Input, Parser};
use nom_locate::LocatedSpan;

use crate::error::{END_OF_CLAIM, ParseError};
use crate::help::{Help, operator_slip};
use crate::{Claim, Comparison, Partner, Term, Tolerance};

type Span<'a> = LocatedSpan<&'a str>;

type Res<'a, O> = IResult<Span<'a>, O, Failure<'a>>;

/// Words the grammar gives a meaning after the terms. `between` is never a bare term;
/// the others may be terms, since no term can follow the comparison.
pub(crate) const KEYWORDS: [&str; 13] = [
    "between", "and", "per", "within", "before", "after", "reached", "dated", "dateline", "with",
    "earlier", "counting", "in",
];

const EXPECTED_COMPARISON: &str = "a comparison (=, ~, <, <=, >, >=, !=, between)";
const EXPECTED_QUANTITY: &str = "a quantity (such as 31,600, $9.06 billion, 4.8% or 3rd)";

/// The optional parts after the quantity, in the order they must be written, as named
/// in messages. A message lists only those still possible at the point of failure.
const TAIL_PARTS: [&str; 12] = [
    "a unit word",
    "a rate (per 10,000 workers)",
    "a tolerance (±, +-, within)",
    "the other side of a pair (before 18, after 8)",
    "the end a change reached (reached)",
    "the year it is written for (dated 2022)",
    "a dateline (dateline)",
    "the figures stated with it (with 4 3.5)",
    "the figures of the sentence before (earlier 2,184)",
    "the names counted (counting Steve Carly)",
    "a scope (in \"glob\")",
    "the end of the claim",
];

/// "x, y or z" for the tail parts from index `from` on.
fn expected_tail(from: usize) -> String {
    let parts = &TAIL_PARTS[from.min(TAIL_PARTS.len() - 1)..];
    match parts.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Where parsing stopped and what would have been accepted there.
#[derive(Debug)]
struct Failure<'a> {
    at: Span<'a>,
    expected: Cow<'static, str>,
    /// Overrides the token quoted as found, when the token at `at` is not the problem
    /// (an unterminated quote is reported at the quote, but what is missing is at the end).
    found: Option<&'static str>,
    /// The slip recognised here, rendered as the error's `help:` line. Boxed: every
    /// parser returns a `Failure`, and most never carry one.
    help: Option<Box<Help>>,
}

impl<'a> Failure<'a> {
    fn new(at: Span<'a>, expected: impl Into<Cow<'static, str>>) -> Self {
        Failure {
            at,
            expected: expected.into(),
            found: None,
            help: None,
        }
    }

    fn with_help(mut self, help: Help) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    fn into_parse_error(self, src: &str) -> ParseError {
        let offset = self.at.location_offset();
        let mut error = ParseError::at(src, offset, self.expected);
        if let Some(found) = self.found {
            error.found = if found == END_OF_CLAIM {
                found.to_string()
            } else {
                format!("{found:?}")
            };
        }
        error.help = self.help.and_then(|help| help.render(src, offset));
        error
    }
}

impl<'a> NomParseError<Span<'a>> for Failure<'a> {
    fn from_error_kind(input: Span<'a>, kind: ErrorKind) -> Self {
        // Only reached by a bare nom primitive whose failure no parser here relabels;
        // kept readable rather than leaking nom's internal names.
        Failure::new(input, format!("valid claim syntax ({kind:?})"))
    }

    fn append(_input: Span<'a>, _kind: ErrorKind, other: Self) -> Self {
        other
    }
}

/// Parses one claim, e.g. `Korea "industrial robots" installed ~ 30,000 within 5%`.
///
/// The whole text must be one claim; surrounding whitespace is ignored. On failure the
/// error points at the first character that does not fit and says what would.
pub fn parse(src: &str) -> Result<Claim, ParseError> {
    // A claim is one line: inside one, a line break would end a figure's unit or words
    // where a space would not ("0\r\rpp" is a number, "0 pp" percentage points), so the
    // claim would print as another claim.
    let inner = src.trim();
    if let Some(k) = inner.find(['\n', '\r']) {
        let offset = src.len() - src.trim_start().len() + k;
        return Err(ParseError::at(
            src,
            offset,
            "the claim to end before a line break (a claim is one line)",
        ));
    }
    match claim(Span::new(src)) {
        Ok((_, claim)) => Ok(claim),
        Err(Err::Error(failure) | Err::Failure(failure)) => Err(failure.into_parse_error(src)),
        Err(Err::Incomplete(_)) => Err(ParseError::at(
            src,
            src.len(),
            expected_tail(TAIL_PARTS.len()),
        )),
    }
}

fn claim(input: Span<'_>) -> Res<'_, Claim> {
    let (input, _) = space(input)?;
    let (input, terms) = many0(terminated(term, space)).parse(input)?;
    let operator_at = input;
    if let Some((slip, fix)) = operator_slip(input.fragment()) {
        let start = input.location_offset();
        let mut failure = Failure::new(input, EXPECTED_COMPARISON).with_help(Help::Operator {
            start,
            end: start + slip.len(),
            fix,
        });
        failure.found = Some(slip);
        return Err(Err::Failure(failure));
    }
    let (input, operator) = comparison_operator(input).map_err(|_| {
        Err::Failure(Failure::new(input, EXPECTED_COMPARISON).with_help(Help::MissingComparison))
    })?;
    let operator_end = input;
    let (input, _) = space(input)?;
    let quantity_at = input;
    let (mut input, mut quantity) = quantity(input)?;
    let written = HedgeAt {
        operator: (
            operator_at.location_offset(),
            operator_end.location_offset(),
        ),
        quantity: (quantity_at.location_offset(), input.location_offset()),
    };
    let mut upper = None;
    if operator == Operator::Between {
        if quantity.hedge.is_some() || quantity.upper.is_some() {
            return Err(Err::Failure(Failure::new(
                quantity_at,
                "a lower bound without hedge words or ranges",
            )));
        }
        let (rest, _) = space(input)?;
        let (rest, _) = keyword("and")(rest)
            .map_err(|_| Err::Failure(Failure::new(rest, "\"and\" before the upper bound")))?;
        let (rest, _) = space(rest)?;
        let upper_at = rest;
        let (rest, bound) = self::quantity(rest)?;
        let lower_text = text_between(quantity_at, input);
        if let Some(lifted) = lower_in_style_of(lower_text, &quantity, &bound) {
            quantity = lifted;
        }
        check_upper_bound(&quantity, &bound, upper_at)?;
        input = rest;
        upper = Some((bound, upper_at));
    }

    // `next` is the first tail part still allowed, for the message if the claim goes on
    // with something else.
    let (last, last_at) = upper
        .as_ref()
        .map_or((&quantity, quantity_at), |(bound, at)| (bound, *at));
    let mut next = 1;
    let mut unit = last.unit.clone();
    if last.kind != Kind::Money && !consumed_unit(last, last_at, input) {
        next = 0;
        unit = None;
        let (rest, _) = space(input)?;
        // "one billion billion": a scale word is never the unit, which would print as
        // part of the number ("four billion three million billion" does not read back)
        if let Ok((rest, word)) = unit_word(rest)
            && !is_scale_word(word.fragment())
        {
            unit = Some(word.fragment().to_string());
            next = 1;
            input = rest;
        }
    }
    let (rest, _) = space(input)?;
    let (rest, per) = opt(rate).parse(rest)?;
    if per.is_some() {
        next = 2;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, tolerance) = opt(tolerance).parse(rest)?;
    if tolerance.is_some() {
        next = 3;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, partner) = opt(partner).parse(rest)?;
    if partner.is_some() {
        next = 4;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, reached) = opt(keyword("reached")).parse(rest)?;
    if reached.is_some() {
        next = 5;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, dated) = opt(dated).parse(rest)?;
    if dated.is_some() {
        next = 6;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, dateline) = opt(keyword("dateline")).parse(rest)?;
    if dateline.is_some() {
        next = 7;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, companions) = opt(values_after("with")).parse(rest)?;
    if companions.is_some() {
        next = 8;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, earlier) = opt(values_after("earlier")).parse(rest)?;
    if earlier.is_some() {
        next = 9;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, counted) = opt(counted).parse(rest)?;
    if counted.is_some() {
        next = 10;
        input = rest;
    }
    let (rest, _) = space(input)?;
    let (rest, scope) = opt(scope).parse(rest)?;
    if scope.is_some() {
        next = 11;
        input = rest;
    }
    let (input, _) = space(input)?;
    if !input.fragment().is_empty() {
        return Err(Err::Failure(Failure::new(input, expected_tail(next))));
    }

    let mut comparison = match (operator, upper) {
        (Operator::Plain(comparison), None) => {
            fold_into(comparison, &mut quantity, quantity_at, written)?
        }
        (_, Some((bound, _))) => Comparison::Between(bound),
        // Not reached: `between` reads its upper bound above or fails there.
        (Operator::Between, None) => {
            return Err(Err::Failure(Failure::new(
                quantity_at,
                "a lower and an upper bound",
            )));
        }
    };
    if quantity.kind != Kind::Money {
        quantity.unit = unit;
    }
    // Both bounds of a range count the same thing, at the same rate.
    if let Comparison::Between(bound) = &mut comparison {
        if bound.kind != Kind::Money {
            bound.unit.clone_from(&quantity.unit);
        }
        bound.per.clone_from(&per);
        bound.hedge = None;
        quantity.upper = Some(bound.value);
    }
    quantity.per = per;
    quantity.hedge = comparison.hedge();
    let claim = Claim {
        terms,
        comparison,
        quantity,
        tolerance,
        scope,
        counted: counted.unwrap_or_default(),
        partner,
        reached: reached.is_some(),
        dated,
        dateline: dateline.is_some(),
        companions: companions.unwrap_or_default(),
        earlier: earlier.unwrap_or_default(),
    };
    Ok((input, claim))
}

/// The comparison a plain operator makes once the quantity has been read: a hedge word
/// inside the quantity (`= about 30,000`) and a range (`= 20-30`) are folded into it, so
/// each meaning has one written form.
fn fold_into<'a>(
    comparison: Comparison,
    quantity: &mut Quantity,
    at: Span<'a>,
    written: HedgeAt,
) -> Result<Comparison, Err<Failure<'a>>> {
    if let Some(upper) = quantity.upper {
        if comparison != Comparison::Eq || quantity.hedge.is_some() {
            return Err(Err::Failure(Failure::new(
                at,
                format!(
                    "a single quantity after {} (write a range as `between A and B`)",
                    comparison.symbol()
                ),
            )));
        }
        let mut bound = quantity.clone();
        bound.value = upper;
        bound.upper = None;
        return Ok(Comparison::Between(bound));
    }
    let Some(hedge) = quantity.hedge else {
        return Ok(comparison);
    };
    let hedged = Comparison::from_hedge(Some(hedge));
    if comparison == Comparison::Eq || comparison == hedged {
        Ok(hedged)
    } else {
        Err(Err::Failure(
            Failure::new(
                at,
                format!(
                    "a quantity without \"{}\" (it means {}, which contradicts {})",
                    hedge_words(at, written).unwrap_or(hedge.as_str()),
                    hedged.symbol(),
                    comparison.symbol()
                ),
            )
            .with_help(Help::Hedge {
                operator: written.operator,
                quantity: written.quantity,
                means: hedged.symbol(),
            }),
        ))
    }
}

/// The hedge as the writer wrote it before the number (`top` in `top 3`), which may not be
/// the hedge's canonical name (`up to`). `None` for hedges written after the number.
fn hedge_words<'a>(at: Span<'a>, written: HedgeAt) -> Option<&'a str> {
    let text = at
        .fragment()
        .get(..written.quantity.1.saturating_sub(written.quantity.0))?;
    let number = text.find(|c: char| !(c.is_alphabetic() || c.is_whitespace()))?;
    Some(text[..number].trim()).filter(|words| !words.is_empty())
}

/// Where the operator and the quantity were written, byte ranges into the claim, for the
/// help under a hedge that contradicts its operator.
#[derive(Clone, Copy)]
struct HedgeAt {
    operator: (usize, usize),
    quantity: (usize, usize),
}

/// The lower bound of `between 20 and 30%` read as `20%`: writers give the sign, scale
/// or currency once, after the upper bound, and the figure extractor reads such ranges
/// the same way. `None` when the lower bound was written in full.
fn lower_in_style_of(lower_text: &str, lower: &Quantity, upper: &Quantity) -> Option<Quantity> {
    let written = &lower.style;
    let shared = &upper.style;
    let bare = !written.words
        && written.prefix.is_none()
        && written.suffix.is_none()
        && written.scale.is_none();
    if !bare || (shared.prefix.is_none() && shared.suffix.is_none() && shared.scale.is_none()) {
        return None;
    }
    let glued = format!(
        "{}{}{}{}",
        shared.prefix.as_deref().unwrap_or(""),
        lower_text.trim_end(),
        shared.scale.as_deref().unwrap_or(""),
        shared.suffix.as_deref().unwrap_or("")
    );
    read_quantity(&glued)
        .filter(|(lifted, len)| *len == glued.len() && lifted.kind == upper.kind)
        .map(|(lifted, _)| lifted)
}

/// The text from `start` up to `end`, both positions in the same input.
fn text_between<'a>(start: Span<'a>, end: Span<'a>) -> &'a str {
    let len = end
        .location_offset()
        .saturating_sub(start.location_offset());
    start.fragment().get(..len).unwrap_or("")
}

/// Bounds of `between` must be comparable and in order; otherwise the claim could never
/// hold, and saying so at the upper bound is more helpful than a claim nothing supports.
fn check_upper_bound<'a>(
    lower: &Quantity,
    upper: &Quantity,
    at: Span<'a>,
) -> Result<(), Err<Failure<'a>>> {
    let expected = if upper.kind != lower.kind {
        format!(
            "an upper bound of kind {}, like the lower bound",
            lower.kind.as_str()
        )
    } else if lower.kind == Kind::Money && upper.unit != lower.unit {
        format!(
            "an upper bound in {}, like the lower bound",
            lower.unit.as_deref().unwrap_or("the same currency")
        )
    } else if upper.hedge.is_some() || upper.upper.is_some() {
        "an upper bound without hedge words or ranges".to_string()
    } else if upper.value < lower.value {
        "an upper bound no smaller than the lower bound".to_string()
    } else {
        return Ok(());
    };
    Err(Err::Failure(Failure::new(at, expected)))
}

/// Whether the quantity parser already read the unit word (`30,000 robots` as one
/// quantity). Then the claim grammar must not look for another.
fn consumed_unit(quantity: &Quantity, start: Span<'_>, end: Span<'_>) -> bool {
    let Some(unit) = quantity.unit.as_deref() else {
        return false;
    };
    text_between(start, end)
        .trim_end()
        .strip_suffix(unit)
        .is_some_and(|before| before.ends_with(char::is_whitespace))
}

/// Spaces and tabs between tokens; none are required where the tokens cannot run
/// together (`Korea=5`).
fn space(input: Span<'_>) -> Res<'_, ()> {
    take_while(char::is_whitespace).map(|_| ()).parse(input)
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | ':' | '.')
}

/// A bare word: a letter, then letters, digits and `-'’:.`. Starting with a letter keeps
/// words apart from quantities (`30,000`, `$9`) and operators.
fn word(input: Span<'_>) -> Res<'_, Span<'_>> {
    recognize(pair(satisfy(char::is_alphabetic), take_while(is_word_char))).parse(input)
}

/// `kw` as a whole word, in any ASCII case.
fn keyword(kw: &'static str) -> impl Fn(Span<'_>) -> Res<'_, Span<'_>> {
    move |input| {
        let (rest, found) = word(input)?;
        if found.fragment().eq_ignore_ascii_case(kw) {
            Ok((rest, found))
        } else {
            Err(Err::Error(Failure::new(input, format!("\"{kw}\""))))
        }
    }
}

/// Whether `text` can be written as a bare term and read back as the same text.
pub(crate) fn is_bare_term(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_alphabetic)
        && chars.all(is_word_char)
        && !text.eq_ignore_ascii_case("between")
}

/// Whether a word scales the number before it ("billion", "bn"): never a unit, since
/// written after a number it is read as part of it.
fn is_scale_word(word: &str) -> bool {
    read_quantity(&format!("1 {word}")).is_some_and(|(q, len)| len > 1 && q.value != 1.0)
}

/// Whether `text` can be written as a unit word after a quantity and read back.
pub(crate) fn is_unit_word(text: &str) -> bool {
    is_bare_term(text)
        && text.chars().next().is_some_and(char::is_lowercase)
        && !text.chars().any(char::is_uppercase)
        && !KEYWORDS.iter().any(|kw| text.eq_ignore_ascii_case(kw))
}

/// A term: a bare word or a quoted phrase, `-` in front to exclude it.
fn term(input: Span<'_>) -> Res<'_, Term> {
    let (after_minus, minus) = opt(tag("-")).parse(input)?;
    let excluded = minus.is_some();
    if after_minus.fragment().starts_with('"') {
        let (rest, text) = quoted(after_minus)?;
        if text.trim().is_empty() {
            return Err(Err::Failure(Failure::new(
                after_minus,
                "a phrase between the quotes",
            )));
        }
        let term = Term {
            text,
            quoted: true,
            excluded,
        };
        return Ok((rest, term));
    }
    match word(after_minus) {
        Ok((rest, text)) if is_bare_term(text.fragment()) => {
            let term = Term {
                text: text.fragment().to_string(),
                quoted: false,
                excluded,
            };
            Ok((rest, term))
        }
        _ if excluded => Err(Err::Failure(Failure::new(
            after_minus,
            "a word or \"quoted phrase\" to exclude after -",
        ))),
        _ => Err(Err::Error(Failure::new(input, "a term"))),
    }
}

/// `"…"` with `\"` and `\\` escapes; returns the unescaped text.
fn quoted(input: Span<'_>) -> Res<'_, String> {
    let (body, _) = tag("\"").parse(input)?;
    let mut text = String::new();
    let mut chars = body.fragment().char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => {
                let (rest, _) = body.take_split(index + 1);
                return Ok((rest, text));
            }
            '\\' => match chars.next() {
                Some((_, escaped @ ('"' | '\\'))) => text.push(escaped),
                Some(_) => {
                    let (at, _) = body.take_split(index);
                    return Err(Err::Failure(Failure::new(
                        at,
                        "\\\" or \\\\ (the only escapes in quotes)",
                    )));
                }
                None => break,
            },
            c => text.push(c),
        }
    }
    Err(Err::Failure(Failure {
        at: input,
        expected: "a closing \" for the quote opened here".into(),
        found: Some(END_OF_CLAIM),
        help: None,
    }))
}

/// The operator as written; `between` still needs its bounds.
#[derive(Clone, Debug, PartialEq)]
enum Operator {
    Plain(Comparison),
    Between,
}

fn comparison_operator(input: Span<'_>) -> Res<'_, Operator> {
    use nom::branch::alt;
    let plain = |comparison: Comparison| move |_| Operator::Plain(comparison.clone());
    alt((
        alt((tag("<="), tag("≤"))).map(plain(Comparison::Le)),
        alt((tag(">="), tag("≥"))).map(plain(Comparison::Ge)),
        alt((tag("!="), tag("≠"))).map(plain(Comparison::Ne)),
        tag("=").map(plain(Comparison::Eq)),
        alt((tag("~"), tag("≈"))).map(plain(Comparison::Approx)),
        tag("<").map(plain(Comparison::Lt)),
        tag(">").map(plain(Comparison::Gt)),
        keyword("between").map(|_| Operator::Between),
    ))
    .parse(input)
}

/// A quantity, in exactly the forms the figure extractor reads. A fraction with a slash
/// ("1/9") is a figure in prose only when hedged, since unhedged it is as often a date;
/// after a claim's operator it is a quantity, as figcheck prints it (`~ 1/9`).
fn quantity(input: Span<'_>) -> Res<'_, Quantity> {
    let text = input.fragment();
    let fraction = || {
        const HEDGE: &str = "about ";
        let head = before_tail_keyword(text);
        let (mut q, len) = read_quantity(&format!("{HEDGE}{head}"))?;
        let len = len.checked_sub(HEDGE.len())?;
        (q.kind == Kind::Fraction && len > 0 && text.is_char_boundary(len)).then(|| {
            q.hedge = None;
            (q, len)
        })
    };
    // "1/9" reads as the number 1 and a stray "/9" unless read as the fraction it is
    let found = match (
        read_quantity(text),
        text.starts_with(|c: char| c.is_ascii_digit()),
    ) {
        (Some(plain), true) => match fraction() {
            Some(f) if f.1 > plain.1 => Some(f),
            _ => Some(plain),
        },
        (Some(plain), false) => Some(plain),
        (None, _) => fraction(),
    };
    match found {
        Some((quantity, len)) => {
            let (rest, _) = input.take_split(len);
            Ok((rest, quantity))
        }
        None => Err(Err::Failure(Failure::new(input, EXPECTED_QUANTITY))),
    }
}

/// `text` up to the first keyword of the claim's tail (`with`, `earlier`, `dated`, …),
/// which can be no part of a quantity in words: "a third with 2.7" is the fraction a
/// third and its companions, not "a third" as the ordinal of a noun after it, as prose
/// would read "a third round".
/// Of the [`KEYWORDS`], those a quantity may hold ("between 2 and 3", "5 per 1,000", "1 in
/// 5") are left out.
fn before_tail_keyword(text: &str) -> &str {
    let tail =
        |word: &str| KEYWORDS.contains(&word) && !matches!(word, "between" | "and" | "per" | "in");
    let end = text
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| tail(text[at + 1..].split(' ').next().unwrap_or("")))
        .unwrap_or(text.len());
    &text[..end]
}

/// [`parse_quantity`], refusing answers that would not slice `text` cleanly.
pub(crate) fn read_quantity(text: &str) -> Option<(Quantity, usize)> {
    let parsed = parse_quantity(text)?;
    let len = parsed.len;
    (len > 0 && text.is_char_boundary(len) && parsed.quantity.value.is_finite())
        .then_some((parsed.quantity, len))
}

/// A lowercase word naming what is counted (`robots`), not a keyword.
fn unit_word(input: Span<'_>) -> Res<'_, Span<'_>> {
    let (rest, found) = word(input)?;
    if is_unit_word(found.fragment()) {
        Ok((rest, found))
    } else {
        Err(Err::Error(Failure::new(input, "a unit word")))
    }
}

/// `per 10,000 workers`: what a rate is counted per. The base is a plain number; the
/// word after it, if any, is lowercase like a unit.
fn rate(input: Span<'_>) -> Res<'_, Per> {
    let (rest, _) = keyword("per")(input)?;
    let (rest, _) = space(rest)?;
    let plain_base = |(base, _): &(Quantity, usize)| {
        matches!(base.kind, Kind::Number | Kind::Year)
            && base.value > 0.0
            && base.hedge.is_none()
            && base.upper.is_none()
            && prints_as_digits(base.value)
    };
    // The base is a number; a currency name after it is the rate's unit, not money: a
    // claim printed from "per 0¾ sols" says "per 0.75 sols", which reads whole as 0.75
    // Peruvian soles (claim fuzzer). So when the whole reading is not a plain number, the
    // first word alone is tried.
    let base = read_quantity(rest.fragment())
        .filter(plain_base)
        .or_else(|| {
            let first = rest.fragment().split(char::is_whitespace).next()?;
            read_quantity(first).filter(plain_base)
        });
    let Some((base, len)) = base else {
        return Err(Err::Failure(Failure::new(
            rest,
            "a number after per (such as 10,000)",
        )));
    };
    let (rest, _) = rest.take_split(len);
    let (after_space, _) = space(rest)?;
    // "per 0.75 billion" reads as one number, so "per 0¾ billion" must not read as 0.75
    // of a unit called "billion" (claim fuzzer).
    match unit_word(after_space)
        .ok()
        .filter(|(_, w)| !is_scale_word(w.fragment()))
    {
        Some((rest, word)) => Ok((
            rest,
            Per {
                base: base.value,
                unit: Some(word.fragment().to_string()),
            },
        )),
        None => Ok((
            rest,
            Per {
                base: base.value,
                unit: None,
            },
        )),
    }
}

/// `±1%`, `+- 500`, `within 5%`.
fn tolerance(input: Span<'_>) -> Res<'_, Tolerance> {
    use nom::branch::alt;
    let (rest, intro) = alt((tag("±"), tag("+-"), keyword("within"))).parse(input)?;
    let (rest, _) = space(rest)?;
    match read_tolerance(rest.fragment()) {
        Some((tolerance, len)) => {
            let (rest, _) = rest.take_split(len);
            Ok((rest, tolerance))
        }
        None => Err(Err::Failure(Failure::new(
            rest,
            format!(
                "a number after {} (such as 1% or 500)",
                intro.fragment().to_lowercase()
            ),
        ))),
    }
}

/// Reads a tolerance amount at the start of `text`: a percentage is relative to the
/// claimed value, anything else is in base units (so `±0.5 percentage points` works).
/// Whether a value prints back as digits a figure may have. Rate bases and tolerances
/// are printed as plain numbers, so "202⅔" or "±0⅔" cannot be one (found by the claim
/// fuzzer: printed as 202.66666666666666, which no figure reads).
fn prints_as_digits(value: f64) -> bool {
    value
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .count()
        <= 15
}

pub(crate) fn read_tolerance(text: &str) -> Option<(Tolerance, usize)> {
    let (amount, len) = read_quantity(text)?;
    if amount.value < 0.0
        || amount.hedge.is_some()
        || amount.upper.is_some()
        || !prints_as_digits(amount.value)
    {
        return None;
    }
    let tolerance = match amount.kind {
        Kind::Percent => Tolerance::Relative(amount.value / 100.0),
        Kind::Number | Kind::Year | Kind::Money | Kind::PercentagePoints => {
            Tolerance::Absolute(amount.value)
        }
        Kind::Ordinal
        | Kind::Date
        | Kind::Multiplier
        | Kind::Fraction
        | Kind::Time
        | Kind::Duration => {
            return None;
        }
    };
    Some((tolerance, len))
}

/// `before 18` or `after 8`: the value written beside the claimed one as a pair, a plain
/// non-negative number.
fn partner(input: Span<'_>) -> Res<'_, Partner> {
    let (rest, follows) = alt((
        map(keyword("before"), |_| true),
        map(keyword("after"), |_| false),
    ))
    .parse(input)?;
    let (rest, _) = space(rest)?;
    match plain_number(rest) {
        Some((after, value)) => Ok((after, Partner { value, follows })),
        None => Err(Err::Failure(Failure::new(
            rest,
            "a plain number after before or after (such as before 18)",
        ))),
    }
}

/// `dated 2022`: the year a figure is written for, four digits.
fn dated(input: Span<'_>) -> Res<'_, u16> {
    let (rest, _) = keyword("dated")(input)?;
    let (after_space, _) = space(rest)?;
    let expected = || {
        Err::Failure(Failure::new(
            after_space,
            "a year after dated (such as dated 2022)",
        ))
    };
    let (after, digits) = take_while(|c: char| c.is_ascii_digit()).parse(after_space)?;
    let ends = after
        .fragment()
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    match digits.fragment().parse::<u16>() {
        // four digits, the first not 0: "dated 0999" would print back as "dated 999"
        Ok(year) if digits.fragment().len() == 4 && year >= 1000 && ends => Ok((after, year)),
        _ => Err(expected()),
    }
}

/// `with 4 3.5` (the values of the other figures stated in the figure's sentence) or
/// `earlier 2,184` (those of the sentence before): after the keyword `word`, each a plain
/// non-negative number, at least one.
fn values_after(word: &'static str) -> impl Fn(Span<'_>) -> Res<'_, Vec<f64>> {
    move |input| {
        let (mut rest, _) = keyword(word)(input)?;
        let mut values = Vec::new();
        loop {
            let (after_space, _) = space(rest)?;
            match plain_number(after_space) {
                Some((after, value)) => {
                    values.push(value);
                    rest = after;
                }
                None if values.is_empty() => {
                    let expected = if word == "with" {
                        "a plain number after with (such as with 4 3.5)"
                    } else {
                        "a plain number after earlier (such as earlier 2,184)"
                    };
                    return Err(Err::Failure(Failure::new(after_space, expected)));
                }
                None => return Ok((rest, values)),
            }
        }
    }
}

/// A plain non-negative number at the start of `input`, up to the next space (a word
/// after it is what comes next in the claim), and the input after it.
fn plain_number(input: Span<'_>) -> Option<(Span<'_>, f64)> {
    let plain = |(q, _): &(Quantity, usize)| {
        q.kind == Kind::Number
            && q.value >= 0.0
            && q.hedge.is_none()
            && q.upper.is_none()
            && q.unit.is_none()
            && q.per.is_none()
            && prints_as_digits(q.value)
    };
    let first = input
        .fragment()
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    let (q, len) = read_quantity(first).filter(plain)?;
    let (after, _) = input.take_split(len);
    Some((after, q.value))
}

/// `counting Steve Carly "SK Telecom"`: the names a count counts, each a bare word or a
/// quoted phrase. A bare `in` starts the scope instead.
fn counted(input: Span<'_>) -> Res<'_, Vec<String>> {
    let (mut rest, _) = keyword("counting")(input)?;
    let mut names = Vec::new();
    loop {
        let (after_space, _) = space(rest)?;
        if keyword("in")(after_space).is_ok() {
            break;
        }
        let name = if after_space.fragment().starts_with('"') {
            quoted(after_space)
        } else {
            word(after_space).map(|(r, w)| (r, w.fragment().to_string()))
        };
        match name {
            Ok((r, text)) if !text.trim().is_empty() && text != "between" => {
                names.push(text);
                rest = r;
            }
            _ => break,
        }
    }
    if names.is_empty() {
        return Err(Err::Failure(Failure::new(
            rest,
            "the names counted after counting (such as counting Steve Carly)",
        )));
    }
    Ok((rest, names))
}

/// `in "003_*"`, or a bare glob (`in 003_*`) for quick queries.
fn scope(input: Span<'_>) -> Res<'_, String> {
    let (rest, _) = keyword("in")(input)?;
    let (rest, _) = space(rest)?;
    let (after, glob) = if rest.fragment().starts_with('"') {
        quoted(rest)?
    } else {
        let (after, glob) = take_while(|c: char| !c.is_whitespace() && c != '"').parse(rest)?;
        (after, glob.fragment().to_string())
    };
    if glob.is_empty() {
        return Err(Err::Failure(Failure::new(
            rest,
            "a file-name glob after in (such as \"003_*\")",
        )));
    }
    Ok((after, glob))
}
