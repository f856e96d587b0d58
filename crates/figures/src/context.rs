//! What a figure is about: the words around it.
//!
//! A number alone proves nothing; "44,500" is Japan's robot count and not the United
//! States'. [`Context`] records, for one figure, the proper names it is *anchored* to and
//! the content words near it, nearest first. The check engine compares these between a
//! draft figure and a source figure to decide whether both speak of the same thing.
//!
//! Anchoring, in order:
//! 1. a figure in parentheses belongs to the name just before them: "Japan (44,500)";
//! 2. otherwise to the names before it in its clause (clauses end at , ; : — and
//!    parentheses): "the United States installed 34,200";
//! 3. otherwise to the names before it in the sentence, its subject:
//!    "Korea installed 30,600 robots, fourth globally…" anchors "fourth" to Korea.

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::extract::Figure;
use crate::lexicon;
use crate::position::{ceil_char_boundary, floor_char_boundary};

/// A content word near a figure, lowercased, with its distance in words (1 = adjacent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub word: String,
    pub distance: u16,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// Byte range of the sentence that holds the figure.
    pub sentence: Range<usize>,
    /// Proper names the figure belongs to, as written ("United States", "K-EXAONE").
    pub anchors: Vec<String>,
    /// Every proper name in the sentence, anchors included.
    pub entities: Vec<String>,
    /// Content words of the sentence other than anchors and figures, nearest first.
    pub terms: Vec<Term>,
}

/// How many bytes either side of a figure its context reads in a long sentence.
///
/// Words hundreds of characters away say nothing about whose figure this is, and reading
/// the whole sentence for every figure in it made contexts quadratic: one 12 KB sentence
/// of 1,600 figures took seconds. With the window, one context costs O(`WINDOW`) and a
/// text's contexts cost O(text).
pub const WINDOW: usize = 320;

/// The context of the figure at bytes `start..end` of `text`.
pub fn context_of(text: &str, start: usize, end: usize) -> Context {
    let figures = crate::extract(text, crate::Format::Plain);
    let reader = Reader::new(text, &figures);
    reader.context(start, end)
}

/// The contexts of many figures of one text, sharing the sentence split. `figures` are
/// the text's figures (any figure's span is left out of the others' terms).
///
/// Linear in the text: the sentence split and the word list are built once, and each
/// figure's context reads at most [`WINDOW`] bytes either side of it.
pub fn contexts(text: &str, figures: &[Figure]) -> Vec<Context> {
    let reader = Reader::new(text, figures);
    figures
        .iter()
        .map(|f| reader.context(f.start, f.end))
        .collect()
}

/// What every context of one text shares: its sentences, its figures in order, and the
/// words it writes in lower case.
struct Reader<'t> {
    text: &'t str,
    sentences: Vec<Range<usize>>,
    /// Figure spans sorted by start, so a window's figures are found by binary search.
    figures: Vec<Range<usize>>,
    /// Every word as written in the text, to tell a capitalised common word ("Robots
    /// rose…") from a name in O(1) rather than by searching the text for each sentence.
    words: HashSet<&'t str>,
    /// Body cells of the text's pipe tables: a cell's figure belongs to its row's label
    /// and measures its column's header.
    cells: Vec<crate::table::Cell>,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, figures: &[Figure]) -> Self {
        let mut spans: Vec<Range<usize>> = figures.iter().map(|f| f.start..f.end).collect();
        spans.sort_by_key(|r| (r.start, r.end));
        Reader {
            text,
            sentences: sentences(text),
            figures: spans,
            words: words_as_written(text),
            cells: if text.contains('|') {
                crate::table::cells(text)
            } else {
                Vec::new()
            },
        }
    }

    fn context(&self, start: usize, end: usize) -> Context {
        if let Some(cell) = crate::table::cell_at(&self.cells, start, end)
            && !cell.is_label
        {
            return table_context(cell);
        }
        let idx = self.sentences.partition_point(|s| s.end <= start);
        let sentence = self
            .sentences
            .get(idx)
            .filter(|s| s.start <= start)
            .cloned()
            .unwrap_or(start..end);
        let sentence = window(self.text, sentence, start, end);
        let first = self.figures.partition_point(|f| f.start < sentence.start);
        let others: Vec<Range<usize>> = self.figures[first..]
            .iter()
            .take_while(|f| f.start < sentence.end)
            .filter(|f| f.end <= sentence.end)
            .cloned()
            .collect();
        let earlier: Vec<Range<usize>> = self.sentences[..idx.min(self.sentences.len())]
            .iter()
            .rev()
            .take(3)
            .cloned()
            .collect();
        analyse(self, sentence, &earlier, &others, start..end)
    }
}

/// The context of a figure in a table cell: its row's label owns it, its column's
/// header says what it measures.
fn table_context(cell: &crate::table::Cell) -> Context {
    let label = cell
        .label
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let named = label.chars().any(char::is_alphabetic);
    let terms = cell
        .header
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().any(char::is_alphabetic) && !lexicon::is_stopword(w))
        .map(|word| Term { word, distance: 0 })
        .collect();
    let owners: Vec<String> = if named {
        vec![label.to_string()]
    } else {
        Vec::new()
    };
    Context {
        sentence: cell.row.clone(),
        entities: owners.clone(),
        anchors: owners,
        terms,
    }
}

/// `sentence` cut to at most [`WINDOW`] bytes either side of `start..end`, at word
/// boundaries; a sentence that fits is returned whole.
fn window(text: &str, sentence: Range<usize>, start: usize, end: usize) -> Range<usize> {
    let lo = start.saturating_sub(WINDOW).max(sentence.start);
    let hi = end.saturating_add(WINDOW).min(sentence.end);
    let lo = if lo > sentence.start {
        // Forward to the next word start, so no word is cut in half.
        let k = ceil_char_boundary(text, lo);
        text[k..start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(k, |(j, c)| k + j + c.len_utf8())
    } else {
        lo
    };
    let hi = if hi < sentence.end {
        let k = floor_char_boundary(text, hi);
        text[end..k]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(k, |(j, _)| end + j)
    } else {
        hi
    };
    lo..hi
}

/// The first `2 × WINDOW` bytes of a sentence (where its subject is), at a char boundary.
fn head(text: &str, r: Range<usize>) -> Range<usize> {
    let e = floor_char_boundary(text, r.end.min(r.start.saturating_add(2 * WINDOW)));
    r.start..e
}

/// The last `2 × WINDOW` bytes of a sentence (a question's end), at a char boundary.
fn tail(text: &str, r: Range<usize>) -> Range<usize> {
    let s = ceil_char_boundary(text, r.start.max(r.end.saturating_sub(2 * WINDOW)));
    s..r.end
}

/// Every word of `text` as written: runs of letters and digits, and the same runs joined
/// by the characters [`tokenize`] joins words with ("state-owned", "Mi:dm").
fn words_as_written(text: &str) -> HashSet<&str> {
    let mut out = HashSet::new();
    let mut run_start: Option<usize> = None;
    let mut joined_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        crate::work::step(1);
        if c.is_alphanumeric() {
            run_start.get_or_insert(k);
            joined_start.get_or_insert(k);
            let next = chars.peek().map(|&(_, n)| n);
            if next.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let e = k + c.len_utf8();
            if let Some(s) = run_start.take() {
                out.insert(&text[s..e]);
            }
            let joins = next.is_some_and(|n| matches!(n, '-' | ':' | '&' | '.' | '\'' | '’'))
                && text[e..].chars().nth(1).is_some_and(char::is_alphanumeric);
            if !joins && let Some(s) = joined_start.take() {
                out.insert(&text[s..e]);
            }
        }
    }
    out
}

/// Sentence ranges of `text`, in order, covering every non-blank stretch.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        crate::work::step(1);
        let c = b[i];
        // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files, some CMS exports).
        let line_end = c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n'));
        let boundary_end = match c {
            b'\n' | b'\r' if line_end => {
                // A blank line always ends a sentence; a single line break ends one unless
                // the text plainly runs on (lower-case or comma before, lower-case after).
                let before = text[start..i].trim_end();
                let after = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
                let runs_on = before
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_lowercase() || p == ',' || p == '-')
                    && after.chars().next().is_some_and(char::is_lowercase);
                (!runs_on).then_some(i)
            }
            b'.' | b'!' | b'?' => {
                let after = &text[i + 1..];
                let closing: usize = after
                    .chars()
                    .take_while(|c| "\"”’')".contains(*c))
                    .map(char::len_utf8)
                    .sum();
                let rest = &after[closing..];
                let spaced = rest.starts_with([' ', '\n', '\t', '\r']) || rest.is_empty();
                let next = rest.trim_start().chars().next();
                let opens = next.is_none_or(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "\"“‘'([".contains(n)
                });
                (spaced && opens && !(c == b'.' && is_abbreviation(&text[start..i])))
                    .then_some(i + 1 + closing)
            }
            _ => None,
        };
        if let Some(e) = boundary_end {
            push_trimmed(text, start..e, &mut out);
            start = e;
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Whether the text before a period ends with an abbreviation ("U.S", "Mr", "e.g").
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        // No abbreviation is longer than this; the bound keeps "1.1.1.1…" linear.
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // initials: "J. Smith"
    }
    matches!(
        word.as_str(),
        "U.S"
            | "U.K"
            | "U.N"
            | "E.U"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "St"
            | "vs"
            | "e.g"
            | "i.e"
            | "etc"
            | "No"
            | "Inc"
            | "Co"
            | "Corp"
            | "Ltd"
            | "Jr"
            | "Sr"
            | "approx"
            | "est"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Fig"
    )
}

#[derive(Debug)]
enum Tok<'t> {
    Word {
        text: &'t str,
        possessive: bool,
    },
    /// Where the figure under study stands.
    Figure,
    /// Another figure in the sentence.
    Other,
    /// Clause punctuation: , ; : — – ( )
    Punct(char),
}

fn tokenize<'t>(
    text: &'t str,
    sentence: Range<usize>,
    others: &[Range<usize>],
    target: Range<usize>,
) -> Vec<Tok<'t>> {
    let mut toks = Vec::new();
    let mut next_other = 0;
    let s = &text[sentence.clone()];
    let mut it = s.char_indices().peekable();
    while let Some(&(k, c)) = it.peek() {
        crate::work::step(1);
        let abs = sentence.start + k;
        // Empty spans would never advance the scan: only real figures are skipped over.
        if abs == target.start && target.end > target.start {
            toks.push(Tok::Figure);
            while it
                .peek()
                .is_some_and(|&(k2, _)| sentence.start + k2 < target.end)
            {
                it.next();
            }
            continue;
        }
        // `others` are sorted by start: step past those behind the scan, so the lookup
        // is O(1) amortised rather than a search per character.
        while others.get(next_other).is_some_and(|o| o.start < abs) {
            next_other += 1;
        }
        if let Some(o) = others[next_other..]
            .iter()
            .take_while(|o| o.start == abs)
            .find(|o| o.end > o.start)
        {
            toks.push(Tok::Other);
            while it
                .peek()
                .is_some_and(|&(k2, _)| sentence.start + k2 < o.end)
            {
                it.next();
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = k;
            while let Some(&(k2, c2)) = it.peek() {
                let joins = matches!(c2, '-' | ':' | '&' | '.' | '\'' | '’')
                    && s[k2 + c2.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if c2.is_alphanumeric() || (joins && k2 > k) {
                    end = k2 + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let mut w = &s[k..end];
            let mut possessive = false;
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stem) = w.strip_suffix(suffix)
                    && !stem.is_empty()
                {
                    w = stem;
                    possessive = true;
                    break;
                }
            }
            toks.push(Tok::Word {
                text: w,
                possessive,
            });
            continue;
        }
        if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') {
            toks.push(Tok::Punct(c));
        }
        it.next();
    }
    toks
}

fn is_namelike(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_uppercase() || (first.is_lowercase() && w.chars().skip(1).any(char::is_uppercase)))
        && !lexicon::is_generic_capitalised(w)
        && lexicon::month(w).is_none()
}

/// Whether a sentence's first word is a name rather than a capitalised common word.
fn initial_is_name(words: &HashSet<&str>, w: &str, possessive: bool, next_namelike: bool) -> bool {
    if possessive || next_namelike {
        return true;
    }
    if w.chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return true;
    }
    let lower = w.to_lowercase();
    if lexicon::is_stopword(&lower)
        || lexicon::is_sentence_starter(w)
        || ["ly", "ing", "ed"].iter().any(|s| lower.ends_with(s))
    {
        return false;
    }
    // A word the text also uses in lower case is a common word.
    !words.contains(lower.as_str())
}

struct Run {
    name: String,
    /// Token index of its first and last word.
    first: usize,
    last: usize,
}

fn analyse(
    reader: &Reader<'_>,
    sentence: Range<usize>,
    earlier: &[Range<usize>],
    others: &[Range<usize>],
    target: Range<usize>,
) -> Context {
    let text = reader.text;
    let toks = tokenize(text, sentence.clone(), others, target);
    let fig = toks
        .iter()
        .position(|t| matches!(t, Tok::Figure))
        .unwrap_or(0);
    let runs = name_runs(reader, &toks);
    // Anchors.
    let mut before = fig;
    while before > 0 && matches!(&toks[before - 1], Tok::Word { text, .. } if is_hedge_word(text)) {
        before -= 1;
    }
    let owner = owner_after(&toks, &runs, fig);
    let anchors: Vec<String> = if !owner.is_empty() {
        // "50 for the United States and 35 for China": the owner is named right after.
        owner
    } else if before > 0 && matches!(toks[before - 1], Tok::Punct('(')) {
        let mut j = before - 1;
        while j > 0 && matches!(&toks[j - 1], Tok::Word { text, .. } if *text == "the") {
            j -= 1;
        }
        runs.iter()
            .filter(|r| {
                r.last + 1 == before - 1 || (j > 0 && r.last + 1 == j) || r.last + 2 == before
            })
            .map(|r| r.name.clone())
            .collect()
    } else {
        let clause_start = toks[..fig]
            .iter()
            .rposition(|t| matches!(t, Tok::Punct(_)))
            .map_or(0, |p| p + 1);
        // In its clause, a figure belongs to the nearest name before it, with the names
        // that own that one ("Naver’s HyperCLOVA X SEED Think … scores 24"): in "China at
        // 4.68 and the US at 6.95", 6.95 is the US's.
        let in_clause: Vec<String> = match runs.iter().rposition(|r| {
            r.first >= clause_start && r.last < fig && !after_preposition(&toks, r.first)
        }) {
            Some(nearest) => {
                let mut first = nearest;
                while first > 0
                    && runs[first - 1].first >= clause_start
                    && runs[first - 1].last + 1 == runs[first].first
                    && matches!(
                        toks[runs[first - 1].last],
                        Tok::Word {
                            possessive: true,
                            ..
                        }
                    )
                {
                    first -= 1;
                }
                runs[first..=nearest]
                    .iter()
                    .map(|r| r.name.clone())
                    .collect()
            }
            None => Vec::new(),
        };
        let relative = matches!(
            toks.get(clause_start),
            Some(Tok::Word {
                text: "which" | "who" | "whose" | "that",
                ..
            })
        );
        // "…second only to China, at 295,000": a clause of "at"/"with" and the figure
        // describes the name just before its comma.
        let appositive = match (toks.get(clause_start), clause_start.checked_sub(2)) {
            (
                Some(Tok::Word {
                    text: "at" | "with",
                    ..
                }),
                Some(k),
            ) if matches!(toks[clause_start - 1], Tok::Punct(',')) => runs
                .iter()
                .find(|r| r.last == k)
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        if !in_clause.is_empty() {
            in_clause
        } else if !appositive.is_empty() {
            appositive
        } else if relative {
            // "…trails Mi:dm K 2.5 Pro, which scores 25": the name the clause hangs on.
            runs.iter()
                .rfind(|r| r.last < clause_start)
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default()
        } else {
            // The sentence's subject: names before the figure that are not themselves
            // the anchor of a parenthesised figure.
            // The sentence's subject: names before the figure that are neither the
            // anchor of a parenthesised figure nor the object of a preposition ("scores
            // 24 on the Intelligence Index" does not make the index the subject).
            // The subject of the figure's own main clause: "X has 100 billion and scores
            // 21, while Y, with 23 billion parameters, scores 24" gives 23 billion to Y.
            let main_start = toks[..fig]
                .iter()
                .rposition(|t| {
                    matches!(
                        t,
                        Tok::Punct(';')
                            | Tok::Word {
                                text: "while" | "whereas" | "but" | "although" | "though",
                                ..
                            }
                    )
                })
                .map_or(0, |p| p + 1);
            let subject: Vec<String> = runs
                .iter()
                .filter(|r| r.first >= main_start && r.last < fig)
                .filter(|r| {
                    !matches!(
                        (toks.get(r.last + 1), toks.get(r.last + 2)),
                        (Some(Tok::Punct('(')), Some(Tok::Other))
                    )
                })
                .filter(|r| !after_preposition(&toks, r.first))
                .map(|r| r.name.clone())
                .collect();
            if !subject.is_empty() {
                // "…, according to a June 1 report by POSRI": the subject, and whoever
                // the clause names after the figure, unless it is a comparison's other
                // side ("fourth globally behind China").
                let mut anchors = subject;
                anchors.extend(named_after(&toks, &runs, fig));
                anchors
            } else {
                let after = if starts_with_pronoun(&toks) {
                    Vec::new()
                } else {
                    named_after(&toks, &runs, fig)
                };
                if !after.is_empty() {
                    after
                } else if refers_back(&toks) {
                    // "Its rate of increase…", "Launched in December 2020, the lab…":
                    // the subject of the nearest earlier sentence that has one.
                    earlier
                        .iter()
                        .map(|p| previous_subject(reader, head(text, p.clone())))
                        .find(|names| !names.is_empty())
                        .unwrap_or_default()
                } else {
                    Vec::new()
                }
            }
        }
    };

    // An answer under a question ("How many robots does Korea install? Nearly 40,000 a
    // year") is about what the question asks: its names and words count for the answer.
    let question = earlier
        .first()
        .filter(|q| text[q.start..q.end].trim_end().ends_with('?'))
        .cloned();
    let mut anchors = anchors;
    let mut borrowed_terms: Vec<Term> = Vec::new();
    if let Some(q) = question.filter(|_| anchors.is_empty()) {
        let qtoks = tokenize(text, tail(text, q.clone()), &[], 0..0);
        let qruns = name_runs(reader, &qtoks);
        anchors = qruns.iter().map(|r| r.name.clone()).collect();
        for (k, t) in qtoks.iter().enumerate() {
            let Tok::Word { text: w, .. } = t else {
                continue;
            };
            if qruns.iter().any(|r| r.first <= k && k <= r.last) {
                continue;
            }
            let lw = w.to_lowercase();
            if is_content_word(&lw) && !borrowed_terms.iter().any(|t| t.word == lw) {
                borrowed_terms.push(Term {
                    word: lw,
                    distance: QUESTION_DISTANCE,
                });
            }
        }
    }

    // Terms: every other content word, nearest first.
    let in_run = |k: usize| runs.iter().any(|r| r.first <= k && k <= r.last);
    let anchor_run = |k: usize| {
        runs.iter()
            .any(|r| r.first <= k && k <= r.last && anchors.contains(&r.name))
    };
    let mut terms: Vec<Term> = Vec::new();
    let mut word_pos = 0usize;
    let mut fig_word_pos = 0usize;
    let mut positions = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        if k == fig {
            fig_word_pos = word_pos;
        }
        positions.push(word_pos);
        if matches!(t, Tok::Word { .. } | Tok::Other | Tok::Figure) {
            word_pos += 1;
        }
    }
    for (k, t) in toks.iter().enumerate() {
        crate::work::step(1 + terms.len() + runs.len());
        let Tok::Word { text: w, .. } = t else {
            continue;
        };
        if anchor_run(k) {
            continue;
        }
        let lw = w.to_lowercase();
        if !is_content_word(&lw) {
            continue;
        }
        let _ = in_run(k);
        let distance = positions[k].abs_diff(fig_word_pos);
        let distance = u16::try_from(distance).unwrap_or(u16::MAX);
        match terms.iter_mut().find(|t| t.word == lw) {
            Some(t) => t.distance = t.distance.min(distance),
            None => terms.push(Term { word: lw, distance }),
        }
    }
    for t in borrowed_terms {
        if !terms.iter().any(|x| x.word == t.word) {
            terms.push(t);
        }
    }
    terms.sort_by_key(|t| t.distance);

    Context {
        sentence,
        anchors,
        entities: runs.into_iter().map(|r| r.name).collect(),
        terms,
    }
}

fn name_runs(reader: &Reader<'_>, toks: &[Tok<'_>]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // A short label ending in a colon opens the sentence ("Growth:", "Dates to remember:")
    // rather than naming anyone.
    let mut k = match toks.iter().position(|t| matches!(t, Tok::Punct(_))) {
        Some(p) if p <= 3 && matches!(toks[p], Tok::Punct(':')) => p + 1,
        _ => 0,
    };

    let first_word = toks[k..]
        .iter()
        .position(|t| matches!(t, Tok::Word { .. }))
        .map(|p| p + k);
    while k < toks.len() {
        let Tok::Word {
            text: w,
            possessive,
            ..
        } = toks[k]
        else {
            k += 1;
            continue;
        };
        let next_namelike =
            matches!(toks.get(k + 1), Some(Tok::Word { text: n, .. }) if is_namelike(n));
        let starts = is_namelike(w)
            && (Some(k) != first_word
                || initial_is_name(&reader.words, w, possessive, next_namelike));
        if !starts {
            k += 1;
            continue;
        }
        let first = k;
        let mut last = k;
        let mut name = w.to_string();
        let mut ended = possessive;
        while !ended {
            match (toks.get(last + 1), toks.get(last + 2)) {
                (
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                    _,
                ) if is_namelike(n)
                    || (lexicon::is_generic_capitalised(n)
                        && n.chars().next().is_some_and(char::is_uppercase)
                        && *n != "The"
                        && *n != "A") =>
                {
                    name.push(' ');
                    name.push_str(n);
                    last += 1;
                    ended = *p;
                }
                (
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                    _,
                ) if n.starts_with(|c: char| c.is_ascii_digit()) => {
                    // "Exaone 4.0", "Mi:dm K 2.5 Pro": numbers inside names
                    name.push(' ');
                    name.push_str(n);
                    last += 1;
                    ended = *p;
                }
                (
                    Some(Tok::Word { text: conn, .. }),
                    Some(Tok::Word {
                        text: n,
                        possessive: p,
                        ..
                    }),
                ) if matches!(*conn, "of" | "for" | "de" | "&") && is_namelike(n) => {
                    name.push(' ');
                    name.push_str(conn);
                    name.push(' ');
                    name.push_str(n);
                    last += 2;
                    ended = *p;
                }
                _ => break,
            }
        }
        // A trailing generic word is not part of the name ("Korea AI" → "Korea").
        runs.push(Run { name, first, last });
        k = last + 1;
    }
    runs
}

/// The names a sentence opens with, before its first plain word: "LG’s AI Research Lab
/// exemplifies…" → LG, AI Research Lab.
/// A sentence's subject, as a later sentence's "It"/"This model" refers back to it: the
/// names before its first figure (or in all of it), leaving out objects of prepositions.
/// "LG’s latest model, K-EXAONE, now scores 32" → LG, K-EXAONE.
fn previous_subject(reader: &Reader<'_>, sentence: Range<usize>) -> Vec<String> {
    let toks = tokenize(reader.text, sentence, &[], 0..0);
    let runs = name_runs(reader, &toks);
    let in_run = |k: usize| runs.iter().any(|r| r.first <= k && k <= r.last);
    let first_figure = toks
        .iter()
        .enumerate()
        .position(|(k, t)| {
            !in_run(k)
                && matches!(t, Tok::Word { text, .. } if text.starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(toks.len());
    runs.iter()
        .filter(|r| r.last < first_figure && !after_preposition(&toks, r.first))
        .map(|r| r.name.clone())
        .collect()
}

/// Whether the word at token `k` follows a preposition (skipping articles).
fn after_preposition(toks: &[Tok<'_>], k: usize) -> bool {
    // Walk back over articles and over a list of names ("from LG AI Research, Naver,
    // SK Telecom and NCSoft"): every name in the list is the preposition's object.
    let mut before = None;
    for t in toks[..k].iter().rev() {
        match t {
            Tok::Word { text, .. } if matches!(*text, "the" | "a" | "an" | "and" | "or") => {}
            Tok::Word { text, .. } if is_namelike(text) => {}
            Tok::Punct(',') => {}
            Tok::Word { text, .. } => {
                before = Some(*text);
                break;
            }
            _ => break,
        }
    }
    matches!(
        before,
        Some(
            "on" | "in"
                | "at"
                | "to"
                | "from"
                | "of"
                | "by"
                | "with"
                | "for"
                | "into"
                | "onto"
                | "across"
                | "via"
                | "under"
                | "over"
        )
    )
}

/// The first name after the figure in its clause ("1,000 AI experts within LG"), unless
/// a comparison word puts it on the other side ("third after the United States").
fn named_after(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Vec<String> {
    let clause_end = toks[fig..]
        .iter()
        .position(|t| matches!(t, Tok::Punct(_)))
        .map_or(toks.len(), |p| fig + p);
    runs.iter()
        .filter(|r| r.first > fig && r.last < clause_end)
        .take(1)
        .filter(|r| {
            let before = toks[fig + 1..r.first].iter().rev().find_map(|t| match t {
                Tok::Word { text, .. } if *text != "the" => Some(*text),
                _ => None,
            });
            !matches!(
                before,
                Some(
                    "behind"
                        | "after"
                        | "than"
                        | "of"
                        | "before"
                        | "trailing"
                        | "following"
                        | "like"
                        | "outside"
                        | "over"
                        | "on"
                        | "in"
                        | "across"
                )
            )
        })
        .map(|r| r.name.clone())
        .collect()
}

/// Whether a sentence leans on an earlier one for its subject: it opens with a pronoun
/// or determiner ("It", "This model", "The lab") or a participle ("Launched in…").
/// A list item or a labelled line ("Density: 1,012 robots…") does not.
fn refers_back(toks: &[Tok<'_>]) -> bool {
    match toks.iter().find(|t| matches!(t, Tok::Word { .. })) {
        Some(Tok::Word { text, .. }) => {
            starts_with_pronoun(toks)
                || (text.chars().next().is_some_and(char::is_uppercase)
                    && (text.ends_with("ed") || text.ends_with("ing")))
        }
        _ => false,
    }
}

fn starts_with_pronoun(toks: &[Tok<'_>]) -> bool {
    matches!(
        toks.iter().find(|t| matches!(t, Tok::Word { .. })),
        Some(Tok::Word {
            text: "It" | "Its" | "This" | "These" | "They" | "Their" | "That" | "The",
            ..
        })
    )
}

/// How far a question's words count from the figure in its answer: near enough to
/// say what is measured, farther than the answer's own words.
const QUESTION_DISTANCE: u16 = 4;

fn is_content_word(lw: &str) -> bool {
    !(lexicon::is_stopword(lw)
        || lexicon::small_number(lw).is_some()
        || lexicon::ordinal_word(lw).is_some()
        || is_hedge_word(lw)
        || lw.chars().all(|c| !c.is_alphabetic())
        || matches!(
            lw,
            "how" | "many" | "much" | "what" | "when" | "which" | "does" | "did"
        ))
}

/// The owner named right after a figure: "50 for the United States", "the 40 of China",
/// "1,000 AI experts within LG" — the figure, up to three words of what it counts, a
/// preposition of belonging, and a name.
fn owner_after(toks: &[Tok<'_>], runs: &[Run], fig: usize) -> Vec<String> {
    let mut k = fig + 1;
    let mut skipped = 0;
    while let Some(Tok::Word { text, .. }) = toks.get(k) {
        if matches!(*text, "for" | "of" | "within" | "at" | "from") {
            let mut j = k + 1;
            while matches!(toks.get(j), Some(Tok::Word { text: "the", .. })) {
                j += 1;
            }
            return runs
                .iter()
                .find(|r| r.first == j)
                .map(|r| vec![r.name.clone()])
                .unwrap_or_default();
        }
        if skipped == 3 || is_namelike(text) {
            break;
        }
        skipped += 1;
        k += 1;
    }
    Vec::new()
}

fn is_hedge_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "under"
            | "more"
            | "less"
            | "fewer"
            | "than"
            | "least"
            | "most"
            | "up"
            | "just"
            | "estimated"
            | "an"
            | "at"
    )
}

/// Canonical, lower-case form of a name for comparison: "the US" and "United States" are
/// one; "South Korea" is "korea".
pub fn canonical_name(name: &str) -> String {
    let lower = name.trim().trim_start_matches("the ").to_lowercase();
    lexicon::canonical_name(&lower).to_string()
}

/// Whether two names denote the same thing: equal after [`canonical_name`], or one's
/// words are all among the other's ("HyperCLOVA" and "HyperCLOVA X SEED Think").
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (canonical_name(a), canonical_name(b));
    if a == b {
        return true;
    }
    let Some((small, large)) = shorter_within(&a, &b) else {
        return false;
    };
    // "Korea" is not "Korea Telecom", nor "Stanford" the "Stanford AI Index": words that
    // make a name into an organisation or a publication keep the two apart.
    let distinguishing = COUNTRIES.contains(&small.join(" ").as_str())
        && large
            .iter()
            .filter(|w| !small.contains(w))
            .any(|w| ORGANISATION_WORDS.contains(w));
    small.first() == large.first() && !distinguishing
}

/// Whether every word of one name is among the other's, wherever they start: "the
/// Authority" and the "Cascade Valley Water Authority". Looser than [`same_name`].
pub fn words_within(a: &str, b: &str) -> bool {
    shorter_within(&canonical_name(a), &canonical_name(b)).is_some()
}

/// The two names' words, shorter first, when every word of the shorter is in the longer.
fn shorter_within<'n>(a: &'n str, b: &'n str) -> Option<(Vec<&'n str>, Vec<&'n str>)> {
    let wa: Vec<&str> = a.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let wb: Vec<&str> = b.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let (small, large) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    (!small.is_empty() && small.iter().all(|w| large.contains(w))).then_some((small, large))
}

/// Places whose name is often the first word of an organisation's ("Korea Telecom").
const COUNTRIES: [&str; 16] = [
    "korea",
    "china",
    "japan",
    "united states",
    "united kingdom",
    "france",
    "germany",
    "india",
    "taiwan",
    "singapore",
    "canada",
    "luxembourg",
    "israel",
    "italy",
    "spain",
    "australia",
];

const ORGANISATION_WORDS: [&str; 22] = [
    "telecom",
    "research",
    "institute",
    "university",
    "group",
    "electronics",
    "bank",
    "corporation",
    "corp",
    "inc",
    "lab",
    "labs",
    "foundation",
    "ministry",
    "agency",
    "council",
    "association",
    "index",
    "times",
    "post",
    "news",
    "telecommunications",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, extract};

    fn ctx(text: &str, fig: &str) -> Context {
        let figs = extract(text, Format::Plain);
        let f = figs.iter().find(|f| f.text == fig).expect("figure");
        contexts(text, &figs)[figs.iter().position(|g| g.start == f.start).unwrap_or(0)].clone()
    }

    const ROBOTS: &str = "Korea installed 30,600 industrial robots, fourth globally behind China (295,000), Japan (44,500) and the United States (34,200).";

    #[test]
    fn parenthesised_figures_belong_to_the_name_before() {
        assert_eq!(ctx(ROBOTS, "44,500").anchors, vec!["Japan"]);
        assert_eq!(ctx(ROBOTS, "34,200").anchors, vec!["United States"]);
        assert_eq!(ctx(ROBOTS, "295,000").anchors, vec!["China"]);
    }

    #[test]
    fn a_clause_of_at_and_a_figure_describes_the_name_before_its_comma() {
        let t = "Japan installed 44,500 robots. It was second only to China, at 295,000.";
        assert_eq!(ctx(t, "295,000").anchors, vec!["China"]);
        let t = "The market leader is Samsung, with 31% of sales.";
        assert_eq!(ctx(t, "31%").anchors, vec!["Samsung"]);
    }

    #[test]
    fn table_cells_belong_to_their_row_and_measure_their_column() {
        let t =
            "| Country | Robots installed |\n|---|---|\n| Japan | 44,500 |\n| Korea | 30,600 |\n";
        let c = ctx(t, "30,600");
        assert_eq!(c.anchors, vec!["Korea"]);
        assert!(c.terms.iter().any(|t| t.word == "robots"));
        assert!(!c.terms.iter().any(|t| t.word == "japan"));
    }

    #[test]
    fn words_within_is_looser_than_same_name() {
        assert!(words_within(
            "the Authority",
            "Cascade Valley Water Authority"
        ));
        assert!(!same_name(
            "the Authority",
            "Cascade Valley Water Authority"
        ));
        assert!(words_within("US", "United States Steel"));
        assert!(!words_within("Korea", "Japan"));
        assert!(!words_within("", "Japan"));
    }

    #[test]
    fn clause_and_subject_anchors() {
        assert_eq!(ctx(ROBOTS, "30,600").anchors, vec!["Korea"]);
        assert_eq!(ctx(ROBOTS, "fourth").anchors, vec!["Korea"]);
        let c = ctx(ROBOTS, "30,600");
        assert_eq!(c.terms[0].word, "installed");
        assert!(c.terms.iter().any(|t| t.word == "robots"));
    }

    #[test]
    fn possessives_split_names() {
        let t = "Naver’s HyperCLOVA X SEED Think takes a different approach with a smaller 32-billion parameter reasoning model that scores 24 on the Intelligence Index.";
        let c = ctx(t, "24");
        assert_eq!(c.anchors, vec!["Naver", "HyperCLOVA X SEED Think"]);
        assert!(c.terms.iter().any(|t| t.word == "index"));
    }

    #[test]
    fn sentences_split_at_stops_not_decimals_or_abbreviations() {
        let t = "The U.S. rate was 4.8 percent. Korea led.\nHeading line\nNext one";
        let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec![
                "The U.S. rate was 4.8 percent.",
                "Korea led.",
                "Heading line",
                "Next one"
            ]
        );
    }

    #[test]
    fn names_compare_through_aliases_and_subsets() {
        assert!(same_name("US", "the United States"));
        assert!(same_name("South Korea", "Korea"));
        assert!(same_name("HyperCLOVA", "HyperCLOVA X SEED Think"));
        assert!(!same_name("United States", "United Kingdom"));
        assert!(!same_name("Japan", "China"));
        assert!(!same_name("Korea", "Korea Telecom"));
        assert!(same_name("LG", "LG K-EXAONE"));
        assert!(same_name("Stanford", "Stanford University"));
    }
}
