#!/usr/bin/env python3
"""Run figcheck over every labelled set and print one quality table.

Usage (from anywhere; paths are relative to the repository):
    python3 scripts/quality.py                      # every set, floors checked
    python3 scripts/quality.py --sets devset,holdout --no-floors
    python3 scripts/quality.py --sets summedits-dev --verbose summedits-dev

Sets, each turned into cases of the shared format ("figcheck eval case v1", see
tests/summedits/README.md) in memory:
  devset, holdout, holdout2   tests/<set>/*.md|*.txt with tests/<set>/labels.tsv, sources corpus/*.txt.
                              A label is located by its figure text on its 1-based line (repeated
                              rows of one line and figure take the occurrences in order).
  fresh-dev, fresh-blind      tests/fresh/*.jsonl when that folder exists; a case's set is its `set`.
  summedits-dev, -blind       tests/summedits/summedits.jsonl split by document: blind when
                              int(sha256(sources[0].text).hexdigest()[:8], 16) % 4 == 0.
  accuracy-dev, -blind        the Shared Task on Evaluating Accuracy (basketball reports, CC0), built in
                              memory by scripts/accuracy_cases.py when its data directory exists
                              (../shared/eval/accuracy-shared-task or $FIGCHECK_ACCURACY_DIR); split by
                              game: blind when int(sha256(game id).hexdigest()[:8], 16) % 3 == 0.

Each case runs as `BINARY check --format json --corpus TMP/corpus TMP/draft.(md|txt)` from a fresh
temporary directory TMP; exit 0 or 1 is normal, anything else (or a timeout, or unreadable JSON)
is a run error. A label matches every reported figure whose UTF-8 byte range overlaps its own;
"flagged" = some matching verdict is contradicted or unsupported. Labels `ignore` are not scored.

Metrics per set (the same definitions as the shared scorer, eval/score.py, plus three):
  flag recall       labels contradicted/unsupported/flag that are flagged
  false alarms      labels supported that are flagged
  wrong supported   labels contradicted/unsupported/flag with a matching verdict supported
  contradicted      labels contradicted with a matching verdict contradicted (contradicted-as-such)
  right value       labels contradicted with a source_value where a matching suggestion has the same
                    digits, or the same value after scale words (0.05% tolerance; a lone number
                    word counts as its value)
  coverage          labels supported/contradicted/unsupported with any matching reported figure
  derived supported labels supported that are derived from source values by arithmetic (category
                    or note containing "derived", or "derived": true) with a matching verdict supported
  run errors        cases whose run failed (they still count in the denominators)
  naive recall / FA the baseline on the same labels: flagged iff one of the figure's digit strings
                    (commas removed) is not among the sources' digit strings; number words never are.

Floors (tests/quality-floors.tsv) are regression alarms: the script exits 1 naming every metric
that misses its floor (--no-floors only reports). Exit 2 is a harness error (a label that cannot
be located, a missing binary, a bad option). Standard library only.
"""
import argparse
import collections
import concurrent.futures
import glob
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV_SETS = ["devset", "holdout", "holdout2"]
SUMMEDITS = os.path.join("tests", "summedits", "summedits.jsonl")
FRESH_DIR = os.path.join("tests", "fresh")
FLOORS = os.path.join("tests", "quality-floors.tsv")

FLAGGING = ("contradicted", "unsupported")
WRONG = ("contradicted", "unsupported", "flag")
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
NUMBER_WORDS = dict({w: n for n, w in enumerate(_UNITS, 1)},
                    **{w: 10 * n for n, w in enumerate(_TENS, 2)},
                    **{w: n for n, w in enumerate(_ORDINALS, 1)},
                    twice=2, dozen=12, half=0.5, zero=0)


class HarnessError(Exception):
    """The data cannot be read as labelled: the run is not trustworthy, so it stops."""


# ---------------------------------------------------------------- numbers


def digit_strings(s):
    return [m.replace(",", "").rstrip(".") for m in DIGITS.findall(s or "")]


def first_value(s):
    """The first number in s with a scale word right after it applied; a lone number word's value."""
    s = s or ""
    m = DIGITS.search(s)
    if m is None:
        # A lone number word, or one that ranks or multiplies: "third-largest", "five times".
        words = re.findall(r"[a-z]+", s.lower())
        ranked = len(words) == 2 and re.fullmatch(r"[a-z]+-[a-z]+est", s.strip().lower())
        times = len(words) == 2 and words[1] == "times"
        if words and words[0] in NUMBER_WORDS and (len(words) == 1 or ranked or times):
            return float(NUMBER_WORDS[words[0]])
        return None
    try:
        value = float(m.group().replace(",", ""))
    except ValueError:
        return None
    scale = re.match(r"\s?([A-Za-z]+)", s[m.end():])
    if scale and scale.group(1).lower() in SCALES:
        value *= SCALES[scale.group(1).lower()]
    return value


def right_value(suggestion, source_value):
    if not suggestion or not source_value:
        return False
    ds = digit_strings(suggestion)
    if ds and ds == digit_strings(source_value):
        return True
    a, b = first_value(suggestion), first_value(source_value)
    if a is None or b is None:
        return False
    return abs(a - b) <= 5e-4 * max(abs(a), abs(b), 1e-12)


# ---------------------------------------------------------------- loading sets


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def is_derived(fig):
    if fig.get("derived") is True:
        return True
    return any("derived" in str(fig.get(k) or "").lower() for k in ("category", "note"))


def _bounded(line, figure, i):
    """The occurrence at i does not cut into a longer number or word (ASCII letters and digits)."""
    before = line[i - 1] if i > 0 else ""
    after = line[i + len(figure)] if i + len(figure) < len(line) else ""
    ok_before = not (figure[0].isascii() and figure[0].isalnum() and before.isascii() and before.isalnum())
    ok_after = not (figure[-1].isascii() and figure[-1].isalnum() and after.isascii() and after.isalnum())
    return ok_before and ok_after


def _occurrences(line, figure):
    raw, i = [], line.find(figure)
    while i >= 0:
        raw.append(i)
        i = line.find(figure, i + 1)
    bounded = [i for i in raw if _bounded(line, figure, i)]
    return bounded, raw


def load_tsv_set(name):
    """tests/<name>/ drafts and labels.tsv as cases; every label located or a HarnessError."""
    folder = os.path.join(ROOT, "tests", name)
    sources = [{"name": os.path.basename(p), "text": read_text(p)}
               for p in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))]
    drafts = sorted(p for p in os.listdir(folder) if p.endswith((".md", ".txt")) and p != "README.md")
    texts = {d: read_text(os.path.join(folder, d)) for d in drafts}
    figures = collections.defaultdict(list)
    used = collections.Counter()  # (file, line, figure) -> occurrences taken so far
    problems = []
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    for n, row in enumerate(rows[1:], 2):
        if not row.strip() or row.startswith("#"):
            continue
        cols = row.split("\t") + [""] * 6
        file, line_no, figure, verdict, suggestion, category = cols[:6]
        where = "tests/%s/labels.tsv:%d" % (name, n)
        if file not in texts:
            problems.append("%s: no draft %r" % (where, file))
            continue
        if verdict not in ("supported", "contradicted", "unsupported", "flag", "ignore"):
            problems.append("%s: unknown verdict %r" % (where, verdict))
            continue
        text = texts[file]
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        try:
            k = int(line_no)
            line_start = starts[k - 1]
            if k < 1:
                raise IndexError
        except (ValueError, IndexError):
            problems.append("%s: %s has no line %r" % (where, file, line_no))
            continue
        line = text[line_start:starts[k] - 1] if k < len(starts) else text[line_start:]
        key = (file, k, figure)
        bounded, raw = _occurrences(line, figure) if figure else ([], [])
        pool = bounded if used[key] < len(bounded) else raw
        if used[key] >= len(pool):
            problems.append("%s: %r not found (occurrence %d) on line %d of %s: %r"
                            % (where, figure, used[key] + 1, k, file, line))
            continue
        start = line_start + pool[used[key]]
        used[key] += 1
        fig = {"start": start, "end": start + len(figure), "text": figure, "label": verdict,
               "category": category}
        if verdict == "contradicted" and suggestion:
            fig["source_value"] = suggestion
        figures[file].append(fig)
    if problems:
        raise HarnessError("\n".join(problems))
    return [{"id": "%s/%s" % (name, d), "set": name, "sources": sources,
             "draft": {"name": d, "text": texts[d]}, "figures": figures[d]} for d in drafts]


def load_jsonl(path):
    cases = []
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                case = json.loads(raw)
                text = case["draft"]["text"]
                for fig in case.get("figures", []):
                    if text[fig["start"]:fig["end"]] != fig["text"]:
                        raise HarnessError("%s:%d: figure %r is not at [%d, %d) of the draft"
                                           % (rel, n, fig["text"], fig["start"], fig["end"]))
            except (ValueError, KeyError, TypeError) as e:
                raise HarnessError("%s:%d: not a case (%s)" % (rel, n, e))
            cases.append(case)
    return cases


def summedits_part(case):
    digest = hashlib.sha256(case["sources"][0]["text"].encode("utf-8")).hexdigest()
    return "summedits-blind" if int(digest[:8], 16) % 4 == 0 else "summedits-dev"


def accuracy_part(case):
    game = case.get("origin", case["id"]).rsplit("/", 1)[-1]
    digest = hashlib.sha256(game.encode("utf-8")).hexdigest()
    return "accuracy-blind" if int(digest[:8], 16) % 3 == 0 else "accuracy-dev"


def available_sets():
    """Set name -> a function returning its cases, in the table's order."""
    sets = collections.OrderedDict()
    for name in TSV_SETS:
        if os.path.isfile(os.path.join(ROOT, "tests", name, "labels.tsv")):
            sets[name] = (lambda n=name: load_tsv_set(n))
    fresh = sorted(glob.glob(os.path.join(ROOT, FRESH_DIR, "*.jsonl")))
    if fresh:
        by_set = collections.OrderedDict()
        for path in fresh:
            for case in load_jsonl(path):
                by_set.setdefault(case.get("set") or "fresh", []).append(case)
        for name in sorted(by_set, key=lambda s: ("blind" in s, s)):
            sets[name] = (lambda cs=by_set[name]: cs)
    if os.path.isfile(os.path.join(ROOT, SUMMEDITS)):
        parts = {"summedits-dev": [], "summedits-blind": []}
        loaded = []

        def part(name):
            if not loaded:
                loaded.append(True)
                for case in load_jsonl(os.path.join(ROOT, SUMMEDITS)):
                    case = dict(case, set=summedits_part(case))
                    parts[case["set"]].append(case)
            return parts[name]

        for name in parts:
            sets[name] = (lambda n=name: part(n))
    if os.path.join(ROOT, "scripts") not in sys.path:
        sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import accuracy_cases
    if os.path.isfile(os.path.join(accuracy_cases.data_dir(), "games.csv")):
        acc = {"accuracy-dev": [], "accuracy-blind": []}
        acc_loaded = []

        def acc_part(name):
            if not acc_loaded:
                acc_loaded.append(True)
                try:
                    for case in accuracy_cases.cases():
                        case = dict(case, set=accuracy_part(case))
                        acc[case["set"]].append(case)
                except (ValueError, KeyError, OSError) as e:
                    raise HarnessError("accuracy cases (%s): %s" % (accuracy_cases.data_dir(), e))
            return acc[name]

        for name in acc:
            sets[name] = (lambda n=name: acc_part(n))
    return sets


# ---------------------------------------------------------------- running


def write_case(case, tmp):
    """Writes a case's sources into tmp/corpus/ and its draft beside it: (corpus, draft)."""
    corpus = os.path.join(tmp, "corpus")
    os.mkdir(corpus)
    for i, src in enumerate(case.get("sources", [])):
        name = os.path.basename(src.get("name") or "") or "source%d.txt" % i
        with open(os.path.join(corpus, name), "w", encoding="utf-8", newline="") as f:
            f.write(src["text"])
    draft = os.path.join(tmp, "draft.md" if case["draft"].get("name", "").endswith(".md") else "draft.txt")
    with open(draft, "w", encoding="utf-8", newline="") as f:
        f.write(case["draft"]["text"])
    return corpus, draft


def label_bytes(text, lab):
    """A label's code-point span as the UTF-8 byte span figcheck reports."""
    b0 = len(text[:lab["start"]].encode("utf-8"))
    return b0, b0 + len(text[lab["start"]:lab["end"]].encode("utf-8"))


def overlapping(figs, b0, b1):
    """The reported figures whose byte range overlaps b0..b1."""
    return [g for g in figs if g.get("byte_start", -1) < b1 and b0 < g.get("byte_end", -1)]


def run_case(binary, case, timeout):
    """(reported figures, None) or (None, error)."""
    tmp = tempfile.mkdtemp(prefix="figquality-")
    try:
        corpus, draft = write_case(case, tmp)
        try:
            p = subprocess.run([binary, "check", "--format", "json", "--corpus", corpus, draft],
                               cwd=tmp, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, "timeout after %gs" % timeout
        except OSError as e:
            return None, "cannot run %s: %s" % (binary, e)
        if p.returncode not in (0, 1):
            err = [x for x in p.stderr.decode("utf-8", "replace").splitlines() if x.strip()]
            return None, "exit %d: %s" % (p.returncode, " / ".join(err[:3])[:500] or "(no stderr)")
        try:
            files = json.loads(p.stdout.decode("utf-8")).get("files") or []
            return (files[0].get("figures") or []) if files else [], None
        except (ValueError, AttributeError, IndexError) as e:
            return None, "unreadable JSON (%s): %r" % (e, p.stdout[:200])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- scoring

METRICS = ["flag_recall", "false_alarms", "wrong_supported", "contradicted", "right_value",
           "coverage", "derived_supported", "naive_recall", "naive_false_alarms"]


class Tally:
    def __init__(self):
        self.hits = collections.Counter()
        self.over = collections.Counter()
        self.cases = self.errors = self.figures = 0

    def add(self, metric, hit):
        self.over[metric] += 1
        self.hits[metric] += bool(hit)

    def ratio(self, metric):
        return self.hits[metric] / self.over[metric] if self.over[metric] else None

    def cell(self, metric):
        if not self.over[metric]:
            return "n/a"
        return "%.3f (%d/%d)" % (self.ratio(metric), self.hits[metric], self.over[metric])

    def value(self, metric):
        return self.errors if metric == "run_errors" else self.ratio(metric)


def snippet(text, lab):
    """The draft around a labelled figure, on one line, for --verbose."""
    return text[max(0, lab["start"] - 60):lab["end"] + 40].replace("\n", " ")


def score_case(case, figs, tally, verbose_out):
    text = case["draft"]["text"]
    src_digits = set()
    for src in case.get("sources", []):
        src_digits.update(digit_strings(src["text"]))
    for lab in case.get("figures", []):
        label = lab["label"]
        if label == "ignore":
            continue
        tally.figures += 1
        match = overlapping(figs, *label_bytes(text, lab))
        verdicts = {g.get("verdict") for g in match}
        flagged = bool(verdicts & set(FLAGGING))
        ds = digit_strings(lab["text"])
        naive = any(d not in src_digits for d in ds)
        if label in WRONG:
            tally.add("flag_recall", flagged)
            tally.add("wrong_supported", "supported" in verdicts)
            tally.add("naive_recall", naive)
        if label == "supported":
            tally.add("false_alarms", flagged)
            tally.add("naive_false_alarms", naive)
            if is_derived(lab):
                tally.add("derived_supported", "supported" in verdicts)
        if label == "contradicted":
            tally.add("contradicted", "contradicted" in verdicts)
            if verbose_out is not None and flagged and "contradicted" not in verdicts:
                ctx = snippet(text, lab)
                verbose_out.append("NOT CONTRADICTED %s %r source_value=%r verdict=unsupported claim=%s\n    ...%s..." % (
                    case.get("id", "?"), lab["text"], lab.get("source_value"),
                    " | ".join(str(g.get("claim")) for g in match), ctx))
            if lab.get("source_value"):
                right = any(right_value(g.get("suggestion"), lab["source_value"]) for g in match)
                tally.add("right_value", right)
                if verbose_out is not None and not right and "contradicted" in verdicts:
                    sugg = ", ".join(str(g.get("suggestion")) for g in match)
                    ctx = snippet(text, lab)
                    verbose_out.append("WRONG VALUE %s %r source_value=%r suggestion=%s claim=%s\n    ...%s..." % (
                        case.get("id", "?"), lab["text"], lab["source_value"], sugg,
                        " | ".join(str(g.get("claim")) for g in match), ctx))
        if label in ("supported", "contradicted", "unsupported"):
            tally.add("coverage", bool(match))
            if verbose_out is not None and not match:
                ctx = snippet(text, lab)
                verbose_out.append("NOT FOUND %s %r label=%s\n    ...%s..." % (
                    case.get("id", "?"), lab["text"], label, ctx))
        if verbose_out is not None and ((label in WRONG and not flagged) or (label == "supported" and flagged)):
            got = ", ".join("%s %r" % (g.get("verdict"), g.get("text")) for g in match) or "unreported"
            sugg = ", ".join(str(g["suggestion"]) for g in match if g.get("suggestion"))
            claim = " | ".join(str(g.get("claim")) for g in match) or "-"
            sv = " source_value=%r" % lab["source_value"] if lab.get("source_value") else ""
            ctx = snippet(text, lab)
            verbose_out.append("%s %s %r label=%s%s verdict=%s%s claim=%s\n    ...%s..." % (
                "MISS" if label in WRONG else "FALSE ALARM", case.get("id", "?"), lab["text"], label, sv,
                got, " suggestion=" + sugg if sugg else "", claim, ctx))


# ---------------------------------------------------------------- floors


def read_floors(path):
    """[(set, metric, 'min'|'max', value)] from the floors file (tab-separated, '#' comments)."""
    floors = []
    if not os.path.isfile(path):
        return floors
    with open(path, encoding="utf-8") as f:
        for n, row in enumerate(f, 1):
            if not row.strip() or row.startswith("#"):
                continue
            cols = row.rstrip("\n").split("\t")
            if cols[0] == "set":
                continue  # header
            if len(cols) != 4 or cols[2] not in ("min", "max") or cols[1] not in METRICS + ["run_errors"]:
                raise HarnessError("%s:%d: expected set, metric, min|max, value: %r"
                                   % (os.path.relpath(path, ROOT), n, row.rstrip("\n")))
            floors.append((cols[0], cols[1], cols[2], float(cols[3])))
    return floors


def suggested_floors(name, tally):
    """Floors from this measurement: 0.02 below a ratio that should be high (rounded down to 0.01),
    0.02 above one that should be low (rounded up), no run errors."""
    out = []
    for metric in ("flag_recall", "right_value"):
        r = tally.ratio(metric)
        if r is not None:
            out.append((name, metric, "min", max(0.0, math.floor(round((r - 0.02) * 100, 6)) / 100)))
    for metric in ("false_alarms", "wrong_supported"):
        r = tally.ratio(metric)
        if r is not None:
            out.append((name, metric, "max", min(1.0, math.ceil(round((r + 0.02) * 100, 6)) / 100)))
    out.append((name, "run_errors", "max", 0))
    return out


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Sets whose name contains 'blind' are looked at only to report.")
    ap.add_argument("--sets", help="comma-separated set names (default: every set found)")
    ap.add_argument("--binary", default=os.path.join("target", "release", "figcheck"),
                    help="figcheck binary (default target/release/figcheck, relative to the repository)")
    ap.add_argument("--jobs", type=int, default=2, help="cases run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per case (default 120)")
    ap.add_argument("--verbose", metavar="SET", help="print every miss and false alarm of SET")
    ap.add_argument("--i-am-reporting", action="store_true",
                    help="allow --verbose on a blind set (to report, never while tuning)")
    ap.add_argument("--no-floors", action="store_true", help="report only; do not check tests/quality-floors.tsv")
    ap.add_argument("--print-floors", action="store_true",
                    help="print floor rows derived from this run (for raising floors after an improvement)")
    a = ap.parse_args()

    t0 = time.time()
    try:
        sets = available_sets()
        names = list(sets)
        if a.sets:
            names = [s.strip() for s in a.sets.split(",") if s.strip()]
            # fresh sets come and go with tests/fresh/: asking for one that is not there is no error
            skipped = [s for s in names if s not in sets and s.startswith("fresh")]
            if skipped:
                print("quality.py: no %s (no cases in %s); skipped" % (", ".join(skipped), FRESH_DIR))
            names = [s for s in names if s not in skipped]
            unknown = [s for s in names if s not in sets]
            if unknown:
                raise HarnessError("unknown set(s) %s; known: %s" % (", ".join(unknown), ", ".join(sets)))
        if a.verbose:
            if a.verbose not in names:
                raise HarnessError("--verbose %s: not among the sets run (%s)" % (a.verbose, ", ".join(names)))
            if "blind" in a.verbose and not a.i_am_reporting:
                raise HarnessError("--verbose %s: a blind set is looked at only to report; add --i-am-reporting "
                                   "if that is what you are doing (never while tuning)" % a.verbose)
        cases = [(name, case) for name in names for case in sets[name]()]
        floors = [] if a.no_floors else read_floors(os.path.join(ROOT, FLOORS))
    except HarnessError as e:
        print("quality.py: HARNESS ERROR\n%s" % e, file=sys.stderr)
        return 2

    binary = a.binary
    if not os.path.isabs(binary) and (os.sep in binary or "/" in binary):
        binary = os.path.join(ROOT, binary) if not os.path.exists(binary) else os.path.abspath(binary)
    elif not os.path.isabs(binary):
        binary = os.path.abspath(binary) if os.path.exists(binary) else (shutil.which(binary) or binary)
    if not os.path.isfile(binary):
        print("quality.py: HARNESS ERROR\nno binary at %s (cargo build --release -p figcheck)" % binary,
              file=sys.stderr)
        return 2

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = list(pool.map(lambda nc: run_case(binary, nc[1], a.timeout), cases))

    tallies = collections.OrderedDict((name, Tally()) for name in names)
    verbose_out = []
    for (name, case), (figs, err) in zip(cases, results):
        tally = tallies[name]
        tally.cases += 1
        if err:
            tally.errors += 1
            print("run error %s (%s): %s" % (case.get("id", "?"), name, err), flush=True)
            figs = []
        score_case(case, figs, tally, verbose_out if name == a.verbose else None)

    for line in verbose_out:
        print(line)
    if verbose_out:
        print()

    head = ["set", "cases", "figures", "flag recall", "false alarms", "wrong supported", "contradicted",
            "right value", "coverage", "derived supported", "run errors", "naive recall / FA"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, t in tallies.items():
        naive = "n/a"
        if t.over["naive_recall"] or t.over["naive_false_alarms"]:
            fmt = lambda m: "%.3f" % t.ratio(m) if t.ratio(m) is not None else "n/a"
            naive = "%s / %s" % (fmt("naive_recall"), fmt("naive_false_alarms"))
        row = [name, str(t.cases), str(t.figures)] + [t.cell(m) for m in (
            "flag_recall", "false_alarms", "wrong_supported", "contradicted", "right_value", "coverage",
            "derived_supported")] + [str(t.errors), naive]
        print("| " + " | ".join(row) + " |")

    if a.print_floors:
        print("\nfloors from this run:")
        for name, t in tallies.items():
            for row in suggested_floors(name, t):
                print("%s\t%s\t%s\t%s" % (row[0], row[1], row[2], ("%.2f" % row[3]) if row[1] != "run_errors"
                                          else "%d" % row[3]))

    missed = []
    for name, metric, bound, limit in floors:
        if name not in tallies:
            continue  # the set was not run
        got = tallies[name].value(metric)
        if got is None:
            continue
        if (bound == "min" and got < limit - 1e-9) or (bound == "max" and got > limit + 1e-9):
            missed.append("%s %s = %s, %s %s" % (name, metric.replace("_", " "),
                                                 ("%.3f" % got) if metric != "run_errors" else got,
                                                 "floor" if bound == "min" else "ceiling", limit))
    n = sum(t.cases for t in tallies.values())
    print("\ntime: %.1fs for %d cases (%d jobs)" % (time.time() - t0, n, a.jobs))
    if missed:
        print("\nquality.py: FLOORS MISSED (tests/quality-floors.tsv):", file=sys.stderr)
        for m in missed:
            print("  " + m, file=sys.stderr)
        return 1
    if floors:
        print("floors: all %d checked met" % sum(1 for f in floors if f[0] in tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
