#!/usr/bin/env python3
"""Labelled figure-checking cases from the Shared Task on Evaluating Accuracy (training part).

Data: the training partition of the Shared Task on Evaluating Accuracy in data-to-text generation
(Thomson & Reiter, INLG 2021; github.com/ehudreiter/accuracySharedTask), released under CC0 1.0.
It is read in place and never copied into this repository. Default directory:
`../shared/eval/accuracy-shared-task` relative to the repository root; override with the
FIGCHECK_ACCURACY_DIR environment variable or the first command-line argument. Files used:
  shared_task.jsonl  60 games: per-player box score and both teams' line scores (Rotowire JSON)
  games.csv          TEXT_ID, GENERATED_TEXT (tokens joined by single spaces), DATE (MM_DD_YY), ...
  gsml.csv           every error marked in those texts: DOC_TOKEN_START/END (1-based, inclusive,
                     indexing GENERATED_TEXT split on " "), TYPE, CORRECTION

One case per game ("figcheck eval case v1", see the shared eval README), id `acc-S001` ..., set
`accuracy`:
  draft    GENERATED_TEXT detokenized here (", " "." attached, "(" and ")" hug their contents,
           "-" joins its neighbours: "113 - 107" -> "113-107", "'s" "n't" "'" attached, '"' alternates
           opening/closing), with a token -> code-point map so labels land on exact spans.
  sources  `game.md`: one sentence (date and its weekday, teams, home city, final score) and a team table
           (line score); `box-score.md`: one table per team, a row per player with minutes played
           (rows of players who did not play, all "N/A", are skipped). Only keys present are shown.
           With FIGCHECK_ACCURACY_SOURCES=csv the tables are CSV files instead (team-totals.csv,
           box-score-<team>.csv; game.md keeps the sentence), read by figcheck's CSV reader.

What counts as a figure (one rule, applied to the tokens of GENERATED_TEXT):
  * a token of digits (`38`, `2.5`) or a digit ordinal (`17th`); a following `percent` or `%`
    token is part of it. Digits glued to letters (`3Pt`, `76ers`) are not figures.
  * a number word zero ... nineteen, twenty ... ninety, hundred, thousand, dozen, with `-` runs
    (`twenty - five`) kept as one figure; not `one` after `no`/`each`/`the` or before
    `of the` / `another` (pronoun uses).
  * an ordinal word first ... tenth (`second on the team`, `his third double-double`,
    `third quarter`), except `first half`, `second half`, `second unit` (the bench), `at first`.
  * not figures: `a`/`an`/`pair` (even when the annotators corrected them), `double-double`,
    `double-digit`, `triple-double`.
  A score or record ("113-107", "32-18", "4-7 FG", "20-of-43") is two figures, one per side:
  annotators mark the wrong side only, and each side is a value of its own in the tables.

Labels: a figure with any token inside a gsml annotation of TYPE NUMBER is `contradicted` with
`source_value` = the CORRECTION when that is a number (digits or a number/ordinal word, e.g.
`zero`, `6`, `third`; `sixteen-point` gives `sixteen`), else `flag` (empty correction, `zeroth`,
`no`). Inside an annotation of another TYPE (NAME, WORD, CONTEXT, NOT_CHECKABLE, OTHER) it is
`ignore` (its value may be right, but the sentence around it is wrong). Every other figure is
`supported`: the shared task marks every error, so an unmarked number is correct.

Usage: python3 scripts/accuracy_cases.py [DATA_DIR] > cases.jsonl   (prints counts on stderr)
Standard library only.
"""
import csv
import datetime
import io
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(ROOT, os.pardir, "shared", "eval", "accuracy-shared-task")
ENV = "FIGCHECK_ACCURACY_DIR"
SOURCES_ENV = "FIGCHECK_ACCURACY_SOURCES"
SET = "accuracy"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = set(UNITS + TENS + ["hundred", "thousand", "dozen"])
ORDINALS = set("first second third fourth fifth sixth seventh eighth ninth tenth".split())
DIGITS = re.compile(r"\d+(?:\.\d+)?")
DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
NO_SPACE_BEFORE = {",", ".", ")", ";", ":", "!", "?", "%", "'s", "'", "n't", "'re", "'ve", "'d", "'m", "'ll"}


def data_dir(arg=None):
    return os.path.normpath(arg or os.environ.get(ENV) or DEFAULT_DIR)


# ---------------------------------------------------------------- draft


def detokenize(tokens):
    """(text, spans): spans[i] is the code-point [start, end) of tokens[i] in text."""
    out, spans, pos = [], [], 0
    quote_open = False
    prev = None
    for tok in tokens:
        if tok == '"':
            space = not quote_open and prev is not None and prev not in ("-", "(")
            quote_open = not quote_open
        else:
            space = prev is not None and not (
                tok in NO_SPACE_BEFORE or tok == "-" or prev in ("-", "(")
                or (prev == '"' and quote_open))
        if space:
            out.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(out), spans


def _is_number_word(tok):
    return tok.lower() in NUMBER_WORDS


def figure_tokens(tokens):
    """[(first token, last token)] of every figure, per the rule in the module docstring."""
    figs, i, n = [], 0, len(tokens)
    low = [t.lower() for t in tokens]
    while i < n:
        t, lt = tokens[i], low[i]
        nxt = low[i + 1] if i + 1 < n else ""
        prv = low[i - 1] if i else ""
        if DIGITS.fullmatch(t) or DIGIT_ORDINAL.fullmatch(t):
            j = i + 1 if nxt in ("percent", "%") and DIGITS.fullmatch(t) else i
            figs.append((i, j))
            i = j + 1
            continue
        if _is_number_word(t):
            if lt == "one" and (prv in ("no", "each", "the") or nxt == "another"
                                or (nxt == "of" and i + 2 < n and low[i + 2] == "the")):
                i += 1
                continue
            j = i
            while j + 2 < n and low[j + 1] == "-" and _is_number_word(tokens[j + 2]):
                j += 2
            if j + 1 < n and low[j + 1] in ("percent", "%"):
                j += 1
            figs.append((i, j))
            i = j + 1
            continue
        if lt in ORDINALS:
            if not ((lt in ("first", "second") and nxt == "half") or (lt == "second" and nxt == "unit")
                    or (lt == "first" and prv == "at")):
                figs.append((i, i))
        i += 1
    return figs


def correction_value(corr):
    """The number a CORRECTION states ("6", "zero", "third", "sixteen-point" -> "sixteen"), or None."""
    c = corr.strip()
    if not c:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?%?", c):
        return c
    words = c.lower().split("-")
    # a number word run, optionally followed by one hyphenated noun ("sixteen-point")
    k = 0
    while k < len(words) and (words[k] in NUMBER_WORDS or (k == 0 and words[k] in ORDINALS)):
        k += 1
    if k == 0 or len(words) - k > 1 or " " in c:
        return None
    return "-".join(c.split("-")[:k])


# ---------------------------------------------------------------- sources


PLAYER_COLUMNS = [
    ("START_POSITION", "Starting position"), ("MIN", "Minutes"), ("PTS", "Points"),
    ("FGM", "Field goals made"), ("FGA", "Field goal attempts"), ("FG_PCT", "Field goal %"),
    ("FG3M", "Three-pointers made"), ("FG3A", "Three-point attempts"), ("FG3_PCT", "Three-point %"),
    ("FTM", "Free throws made"), ("FTA", "Free throw attempts"), ("FT_PCT", "Free throw %"),
    ("OREB", "Offensive rebounds"), ("DREB", "Defensive rebounds"), ("REB", "Rebounds"),
    ("AST", "Assists"), ("STL", "Steals"), ("BLK", "Blocks"), ("TO", "Turnovers"),
    ("PF", "Personal fouls"),
]
TEAM_COLUMNS = [
    ("TEAM-CITY", "City"), ("TEAM-WINS", "Wins"), ("TEAM-LOSSES", "Losses"),
    ("TEAM-PTS_QTR1", "First quarter points"), ("TEAM-PTS_QTR2", "Second quarter points"),
    ("TEAM-PTS_QTR3", "Third quarter points"), ("TEAM-PTS_QTR4", "Fourth quarter points"),
    ("TEAM-PTS", "Total points"), ("TEAM-FG_PCT", "Field goal %"), ("TEAM-FG3_PCT", "Three-point %"),
    ("TEAM-FT_PCT", "Free throw %"), ("TEAM-REB", "Rebounds"), ("TEAM-AST", "Assists"),
    ("TEAM-TOV", "Turnovers"),
]


def _cell(v):
    v = "" if v is None or v == "N/A" else str(v)
    return v.replace("|", "\\|")


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _team(line, name_key="TEAM-NAME"):
    return " ".join(x for x in (line.get("TEAM-CITY"), line.get(name_key)) if x)


def render_box_score(game):
    box = game["box_score"]
    names = box.get("PLAYER_NAME", {})
    cols = [(k, h) for k, h in PLAYER_COLUMNS if k in box]
    parts = ["# Box score", ""]
    for side in ("vis", "home"):
        line = game.get(side + "_line", {})
        city = line.get("TEAM-CITY") or game.get(side + "_city")
        rows = []
        for idx in sorted(names, key=int):
            if box.get("TEAM_CITY", {}).get(idx) != city:
                continue
            if box.get("MIN", {}).get(idx, "N/A") == "N/A":
                continue
            rows.append([names[idx]] + [box[k].get(idx) for k, _ in cols])
        parts += ["## %s players" % (_team(line) or city), "", _table(["Player"] + [h for _, h in cols], rows), ""]
    return "\n".join(parts)


def _csv(header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(["" if c is None or c == "N/A" else c for c in row])
    return out.getvalue()


def render_csv_sources(game, date):
    """The same tables as CSV files, as a statistics office would publish them: the game's
    sentence in game.md, the line scores in team-totals.csv, and one box-score CSV per team."""
    sentence = render_game(game, date).split("\n\n")[1]
    vis, home = game.get("vis_line", {}), game.get("home_line", {})
    cols = [(k, h) for k, h in TEAM_COLUMNS if k in vis or k in home]
    totals = _csv(["Team"] + [h for _, h in cols],
                  [[ln.get("TEAM-NAME")] + [ln.get(k) for k, _ in cols] for ln in (vis, home)])
    sources = [{"name": "game.md", "text": "# Game\n\n%s\n" % sentence},
               {"name": "team-totals.csv", "text": totals}]
    box = game["box_score"]
    names = box.get("PLAYER_NAME", {})
    pcols = [(k, h) for k, h in PLAYER_COLUMNS if k in box]
    for side in ("vis", "home"):
        line = game.get(side + "_line", {})
        city = line.get("TEAM-CITY") or game.get(side + "_city")
        rows = [[names[i]] + [box[k].get(i) for k, _ in pcols] for i in sorted(names, key=int)
                if box.get("TEAM_CITY", {}).get(i) == city and box.get("MIN", {}).get(i, "N/A") != "N/A"]
        slug = re.sub(r"[^a-z0-9]+", "-", (_team(line) or city or side).lower()).strip("-")
        sources.append({"name": "box-score-%s.csv" % slug, "text": _csv(["Player"] + [h for _, h in pcols], rows)})
    return sources


def render_game(game, date):
    vis, home = game.get("vis_line", {}), game.get("home_line", {})
    when = ""
    if date:
        when = " on %s, %s %d, %d" % (date.strftime("%A"), date.strftime("%B"), date.day, date.year)
    where = " in %s" % home["TEAM-CITY"] if home.get("TEAM-CITY") else ""
    sentence = "The %s played the %s%s%s" % (_team(vis), _team(home), where, when)
    if vis.get("TEAM-PTS") and home.get("TEAM-PTS"):
        sentence += "; the final score was %s %s, %s %s" % (home.get("TEAM-NAME"), home["TEAM-PTS"],
                                                             vis.get("TEAM-NAME"), vis["TEAM-PTS"])
    sentence += "."
    cols = [(k, h) for k, h in TEAM_COLUMNS if k in vis or k in home]
    rows = [[ln.get("TEAM-NAME")] + [ln.get(k) for k, _ in cols] for ln in (vis, home)]
    table = _table(["Team"] + [h for _, h in cols], rows)
    return "# Game\n\n%s\n\n## Team totals\n\n%s\n" % (sentence, table)


# ---------------------------------------------------------------- cases


def load(directory):
    with open(os.path.join(directory, "shared_task.jsonl"), encoding="utf-8") as f:
        games = {}
        for raw in f:
            if raw.strip():
                g = json.loads(raw)
                games[g["shared_task_text_id"]] = g
    with open(os.path.join(directory, "games.csv"), encoding="utf-8", newline="") as f:
        texts = {r["TEXT_ID"]: r for r in csv.DictReader(f)}
    notes = {}
    with open(os.path.join(directory, "gsml.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            notes.setdefault(r["TEXT_ID"].replace(".txt", ""), []).append(r)
    return games, texts, notes


def source_format():
    """`md` (the default: Markdown tables) or `csv` (the tables as CSV files), from
    FIGCHECK_ACCURACY_SOURCES: the same games read through figcheck's CSV reader."""
    fmt = os.environ.get(SOURCES_ENV, "md")
    if fmt not in ("md", "csv"):
        raise ValueError("%s must be md or csv, not %r" % (SOURCES_ENV, fmt))
    return fmt


def cases(directory=None, stats=None):
    """Yields one case per game, in TEXT_ID order."""
    directory = data_dir(directory)
    games, texts, notes = load(directory)
    for tid in sorted(texts):
        row, game = texts[tid], games[tid]
        tokens = row["GENERATED_TEXT"].split(" ")
        text, spans = detokenize(tokens)
        ann = {}  # token index -> annotation
        for a in notes.get(tid, []):
            s, e = int(a["DOC_TOKEN_START"]) - 1, int(a["DOC_TOKEN_END"])
            if " ".join(tokens[s:e]) != a["TOKENS"]:
                raise ValueError("%s: annotation %s does not match tokens %r" % (tid, a["ANNOTATION_ID"], tokens[s:e]))
            for k in range(s, e):
                ann[k] = a
        figures, used = [], set()
        for i, j in figure_tokens(tokens):
            start, end = spans[i][0], spans[j][1]
            fig = {"start": start, "end": end, "text": text[start:end]}
            hit = next((ann[k] for k in range(i, j + 1) if k in ann), None)
            if hit is None:
                fig["label"] = "supported"
            elif hit["TYPE"] == "NUMBER":
                used.add(hit["ANNOTATION_ID"])
                value = correction_value(hit["CORRECTION"])
                if value is not None:
                    fig["label"], fig["source_value"] = "contradicted", value
                    fig["note"] = "marked NUMBER, corrected to %r" % hit["CORRECTION"]
                else:
                    fig["label"] = "flag"
                    fig["note"] = "marked NUMBER, correction %r" % hit["CORRECTION"]
                if hit.get("COMMENT"):
                    fig["note"] += "; annotator: %s" % hit["COMMENT"]
            else:
                fig["label"] = "ignore"
                fig["note"] = "inside a %s error %r (the sentence is wrong)" % (hit["TYPE"], hit["TOKENS"])
            figures.append(fig)
        if stats is not None:
            for a in notes.get(tid, []):
                if a["TYPE"] == "NUMBER" and a["ANNOTATION_ID"] not in used:
                    stats.setdefault("NUMBER marks on no figure", []).append(a["TOKENS"])
        date = None
        try:
            date = datetime.datetime.strptime(row.get("DATE") or game.get("day", ""), "%m_%d_%y").date()
        except ValueError:
            pass
        yield {
            "id": "acc-%s" % tid, "set": SET,
            "sources": render_csv_sources(game, date) if source_format() == "csv" else
                       [{"name": "game.md", "text": render_game(game, date)},
                        {"name": "box-score.md", "text": render_box_score(game)}],
            "draft": {"name": "draft.txt", "text": text},
            "figures": figures,
            "origin": "accuracy-shared-task/%s" % tid,
        }


def main(argv):
    stats = {}
    counts = {}
    n = 0
    for case in cases(argv[1] if len(argv) > 1 else None, stats):
        n += 1
        for f in case["figures"]:
            assert case["draft"]["text"][f["start"]:f["end"]] == f["text"]
            counts[f["label"]] = counts.get(f["label"], 0) + 1
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
    missed = stats.get("NUMBER marks on no figure", [])
    print("%d cases; figures %s; %d NUMBER marks on no figure (%s)" % (
        n, counts, len(missed), ", ".join(sorted(set(missed)))), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
