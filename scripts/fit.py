#!/usr/bin/env python3
"""Fits the engine's decision weights (crates/check/src/weights.rs) to the development sets.

    cargo build --release -p figcheck && python3 scripts/fit.py [--write] [--binary PATH]

For every labelled draft figure of the development sets (never the blind ones) it runs
`figcheck explain --json`, which prints every candidate source figure the engine weighed
with its features (crates/check/src/features.rs). Two logistic models are fitted over
those features by Newton's method with a little L2:

* support: is an agreeing source figure the claim's fact? Positives: for a figure labelled
  supported, its best-covered agreeing candidate. Negatives: every agreeing candidate of a
  figure labelled wrong (the value recurs there for something else).
* contradict: is a disagreeing source figure the claim's counterpart? Positives: for a
  figure labelled contradicted, the candidates stating the labelled source value.
  Negatives: the other disagreeing candidates, and those of figures labelled supported
  or unsupported.

Then the thresholds are chosen by replaying the engine's decision on the dumped features
(the replay is exact, since features do not depend on the weights, except that it sees a
derivation only where the engine used one). With --write the result
replaces weights.rs; figcheck itself stays deterministic and model-free at run time.

Where a rule the replay does not model decided a figure (a copied figure, the owner's own
exact value), the committed weights' replay differs from the engine's verdict; those
figures are held at the engine's verdict, so the replay of the committed weights is exact.

--tune N searches from the committed weights on the replayed objective itself, one weight
or threshold at a time (see tune()); a move is kept only if it adds no false alarm and no
false green on the sets as weighted. --current prints the committed weights' replay.
--sets names the development sets (a blind set is refused).
Standard library only.
"""

import argparse
import collections
import concurrent.futures
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402  (the sets and their loaders are the quality harness's)

ROOT = quality.ROOT
FIT_SETS = ["devset", "holdout", "fresh-dev", "summedits-dev"]
WEIGHTS = os.path.join(ROOT, "crates", "check", "src", "weights.rs")
FEATURES = os.path.join(ROOT, "crates", "check", "src", "features.rs")
# How much a set counts in the fit and the threshold choice, per figure: the hand-written
# sets are few but carefully labelled; SummEdits is large, automatic and noisy.
SET_WEIGHT = {"devset": 3.0, "holdout": 3.0, "fresh-dev": 3.0, "summedits-dev": 1.0}


def set_weight(name):
    """Hand-labelled sets (every freshN-dev) count as the first ones do; the automatic ones
    (summedits, accuracy) once."""
    if name in SET_WEIGHT:
        return SET_WEIGHT[name]
    return 3.0 if re.fullmatch(r"fresh\d+-dev", name) else 1.0

NEGATIVES_PER_FIGURE = 6
L2 = 0.5
# verdict.rs's OWNER_PREFERENCE: the claim owner's counterpart is suggested first unless it
# is this many times less probable than the best.
OWNER_PREFERENCE = 2.0
# verdict.rs's CONFIDENT_COUNTERPART: a less probable counterpart gives way to arithmetic.
CONFIDENT_COUNTERPART = 0.5


def feature_names():
    text = open(FEATURES, encoding="utf-8").read()
    block = text[text.index("pub const NAMES"):]
    block = block[block.index("[", block.index("=")) + 1:block.index("];")]
    return [w.strip().strip('"') for w in block.split(",") if w.strip()]


def vector(features, names):
    """The same squashing as PairFeatures::vector."""
    squash = lambda n, half: n / (n + half)
    owner = features["owner"]
    unit = features["unit"]
    values = {
        "coverage": features["coverage"],
        "near_coverage": features["near_coverage"],
        "words_hit": squash(features["words_hit"], 2.0),
        "no_known_words": 0.0 if features["known_words"] else 1.0,
        "owner_claim_unnamed": float(owner == "claim_unnamed"),
        "owner_same": float(owner == "same"),
        "owner_mentioned": float(owner == "mentioned"),
        "owner_partial": float(owner == "partial"),
        "owner_unknown": float(owner == "unknown"),
        "owner_other": float(owner == "other"),
        "owner_other_unknown_name": float(owner == "other_unknown_name"),
        "unit_same": float(unit == "same"),
        "unit_in_sentence": float(unit == "in_sentence"),
        "unit_missing": float(unit == "missing"),
        "unit_source_only": float(unit == "source_only"),
        "unit_different": float(unit == "different"),
        "owner_elsewhere": float(features["owner_elsewhere"]),
        "exact_unrelated": float(features["exact"] and features["known_words"] and features["words_hit"] == 0),
        "specific": float(features["specific"]),
        "exact": float(features["exact"]),
        "small": float(features["small"] and not features["year"]),
        "small_loosely_tied": float(features["small"] and not features["year"] and features["coverage"] < 0.25),
        "year": float(features["year"]),
        "year_stated": float(features["year"] and features["value_stated"]),
        "rivals": squash(features["rivals"], 3.0),
        "outcovered": features["outcovered"],
        "companions": features.get("companions", 0.0),
        "close": float(features.get("close", False)),
    }
    missing = [n for n in names if n not in values]
    if missing:
        sys.exit("fit.py: features.rs names features this script cannot compute: %s" % missing)
    return [values[n] for n in names]


def explain_case(binary, case):
    tmp = tempfile.mkdtemp(prefix="figfit-")
    try:
        corpus, draft = quality.write_case(case, tmp)
        p = subprocess.run([binary, "explain", "--json", "--limit", "400", "--corpus", corpus, draft],
                           cwd=tmp, capture_output=True, timeout=120)
        if p.returncode != 0:
            return []  # no figure at all, or an error: nothing to learn from
        return json.loads(p.stdout.decode("utf-8"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def collect(binary, cases, jobs):
    """One record per labelled figure that figcheck reports: its label and candidates."""
    records = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for case, explained in zip(cases, pool.map(lambda c: explain_case(binary, c), cases)):
            text = case["draft"]["text"]
            for fig in case["figures"]:
                if fig["label"] == "ignore":
                    continue
                matched = quality.overlapping(explained, *quality.label_bytes(text, fig))
                if not matched:
                    continue
                records.append({"set": case["set"], "label": fig["label"],
                                "source_value": fig.get("source_value"),
                                "derived": quality.is_derived(fig), "reported": matched})
    return records


def is_source_value(candidate, source_value):
    return quality.right_value(candidate["evidence"]["text"], source_value)


def training_rows(records, names):
    support, contradict = [], []
    for r in records:
        w = set_weight(r["set"])
        wrong = r["label"] in quality.WRONG
        for e in r["reported"]:
            agreeing = [c for c in e["candidates"] if c["agreement"] == "agrees"]
            against = [c for c in e["candidates"]
                       if c["agreement"] == "disagrees" and c["role"] != "not_comparable"]
            best_first = lambda cs: sorted(cs, key=lambda c: -c["features"]["coverage"])
            if r["label"] == "supported" and r["derived"]:
                pass  # worked out, not copied: an agreeing figure there is a coincidence
            elif r["label"] == "supported" and agreeing:
                support.append((vector(best_first(agreeing)[0]["features"], names), 1.0, w))
            elif wrong:
                for c in best_first(agreeing)[:NEGATIVES_PER_FIGURE]:
                    support.append((vector(c["features"], names), 0.0, w))
            if r["label"] == "contradicted" and r["source_value"]:
                hits = [c for c in against if is_source_value(c, r["source_value"])]
                for c in hits[:1]:
                    contradict.append((vector(c["features"], names), 1.0, w))
                rest = [c for c in against if not is_source_value(c, r["source_value"])]
                for c in best_first(rest)[:NEGATIVES_PER_FIGURE]:
                    contradict.append((vector(c["features"], names), 0.0, w))
            elif r["label"] in ("supported", "unsupported"):
                for c in best_first(against)[:NEGATIVES_PER_FIGURE]:
                    contradict.append((vector(c["features"], names), 0.0, w))
    return support, contradict


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                if f:
                    for k in range(col, n + 1):
                        m[r][k] -= f * m[col][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


# Features whose weight may not be negative: more of the claim's measure words at a source
# figure never makes it less likely the claim's fact. Left free, the fit gives one of these
# correlated features a negative weight to offset another, and then the nearer of two
# figures in one sentence loses to the farther ("the internet (about 7 years)"). Likewise a
# source sentence that states the draft sentence's other figures too is never less likely
# the figure's source: left free, the support fit learns from swapped figures (a wrong value
# that is another figure of the same sentence) to distrust the very sentence it came from.
NON_NEGATIVE = ("coverage", "near_coverage", "words_hit", "companions")


def fit_logistic(rows, dims, iterations=25, non_negative=(), start=None, free=None):
    """Weighted L2 logistic regression by Newton's method; returns [bias] + weights.
    A weight in `non_negative` (indices into the weights) that would turn negative is held
    at 0 from then on (an active set). With `free` (indices into the weights), only those
    weights move and every other one, the bias included, stays at its value in `start`."""
    beta = list(start) if start else [0.0] * (dims + 1)
    held = set() if free is None else {i for i in range(dims + 1) if i - 1 not in free}
    for _ in range(iterations):
        grad = [0.0] * (dims + 1)
        hess = [[0.0] * (dims + 1) for _ in range(dims + 1)]
        for x, y, w in rows:
            z = [1.0] + x
            t = sum(bi * zi for bi, zi in zip(beta, z))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t))))
            g = w * (p - y)
            h = w * p * (1.0 - p)
            for i in range(dims + 1):
                if z[i]:
                    grad[i] += g * z[i]
                    hz = h * z[i]
                    row = hess[i]
                    for j in range(dims + 1):
                        if z[j]:
                            row[j] += hz * z[j]
        for i in range(1, dims + 1):
            grad[i] += L2 * beta[i]
            hess[i][i] += L2
        for i in held:
            grad[i] = 0.0
            for j in range(dims + 1):
                hess[i][j] = hess[j][i] = 0.0
            hess[i][i] = 1.0
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step)]
        for k in non_negative:
            if beta[k + 1] < 0.0:
                beta[k + 1] = 0.0
                held.add(k + 1)
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta


def probability(beta, x):
    t = beta[0] + sum(b * v for b, v in zip(beta[1:], x))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t))))


def scored(c, names, sup, con, key):
    """A candidate's two probabilities under `sup` and `con` (`key` names the pair),
    worked out once for the threshold search's hundreds of replays."""
    cached = c.get("_scored")
    if cached is None or cached[0] != key:
        x = c.get("_x")
        if x is None:
            x = c["_x"] = vector(c["features"], names)
        cached = (key, probability(sup, x), probability(con, x))
        c["_scored"] = cached
    return cached[1], cached[2]


def decide(e, names, sup, con, ts, tc, margin, key):
    """The engine's decision (verdict.rs) for one reported figure on its dumped features:
    (verdict, the suggested value or None)."""
    best_s, best_c = None, None
    against = [(scored(c, names, sup, con, key)[1], c) for c in e["candidates"]
               if c["agreement"] == "disagrees" and c["role"] != "not_comparable"]
    against = [(p, c) for p, c in against if p >= tc]
    owner_contradicted = any(c["features"]["owner"] == "same" for _, c in against)
    top = max((p for p, _ in against), default=0.0)
    if any(c["features"]["owner"] == "same" and p * OWNER_PREFERENCE >= top
           for p, c in against):
        against = [(p, c) for p, c in against if c["features"]["owner"] == "same"]
    for p, c in against:
        if best_c is None or p > best_c[0]:
            best_c = (p, c)
    for c in e["candidates"]:
        if c["agreement"] == "agrees":
            if owner_contradicted and c["features"]["owner"] in ("other", "other_unknown_name"):
                continue
            f = c["features"]
            if (f["words_hit"] == 0 and f["known_words"] and not f["specific"]
                    and f["measure_elsewhere"]
                    and not (f["year"] and f["owner"] == "same")):
                continue
            p = scored(c, names, sup, con, key)[0]
            if p >= ts and (best_s is None or p > best_s[0]):
                best_s = (p, c)
    if not e.get("range_attested", True):
        best_s = None
    if best_s and (not best_c
                   or best_s[0] + margin >= best_c[0]):
        return ("supported", None)
    if best_c and best_c[0] < CONFIDENT_COUNTERPART and e.get("derivation"):
        # The arithmetic outweighs a doubtful counterpart (verdict.rs). The replay sees a
        # derivation only where the engine used one, so this is not exact.
        return ("supported", None)
    if best_c:
        return ("contradicted", best_c[1]["evidence"]["text"])
    if e.get("derivation"):
        # Derivations use the features, not the weights: the engine's stands.
        return ("supported", None)
    return ("unsupported", None)


def freeze_rules(records, names, sup, con, thresholds):
    """Figures where the committed weights' replay is not the engine's verdict were decided
    by a rule the replay does not model (a copied figure, the owner's own exact value, a
    derivation): their verdict is held as the engine gave it, so that the replay of the
    committed weights is exact and a refit is judged only where the weights decide.
    Returns how many were held."""
    ts, tc, margin = thresholds
    key = ("committed",)
    held = 0
    for r in records:
        for e in r["reported"]:
            e.pop("_frozen", None)
            mine = decide(e, names, sup, con, ts, tc, margin, key)
            engine = e.get("verdict")
            if engine in ("supported", "contradicted", "unsupported") and mine[0] != engine:
                e["_frozen"] = (engine, e.get("suggestion"))
                held += 1
            elif engine == "contradicted":
                # The engine words its suggestion its own way; the same counterpart keeps it.
                e["_suggests"] = (mine[1], e.get("suggestion"))
    for r in records:
        for e in r["reported"]:
            for c in e["candidates"]:
                c.pop("_scored", None)
    return held


def engine_worded(e, verdict):
    said = e.get("_suggests")
    if verdict[0] == "contradicted" and said and said[0] == verdict[1]:
        return ("contradicted", said[1])
    return verdict


def tune(records, names, sup, con, thresholds, rounds, models=("support", "contradict"), log=print):
    """Coordinate search from the given weights on the replayed objective itself: each weight
    (and threshold) in turn is moved by a few step sizes, and a move is kept only when the
    objective on the sets improves by more than `MIN_GAIN`. What the logistic fit optimises
    (the likelihood of single candidates) is not what the decision needs (one verdict per
    figure from all its candidates); this closes that gap without leaving the fitted model's
    form. Non-negative features stay non-negative, the owner weights move only in their
    sense (MONOTONE), and no move may add false alarms or false greens."""
    sup, con = list(sup), list(con)
    ts, tc, margin = thresholds
    non_negative = {names.index(n) + 1 for n in NON_NEGATIVE}
    start = summary(replay(records, names, sup, con, ts, tc, margin))
    best, floor = objective(*start), start
    log("tune: start objective %.4f" % best)

    def better(s):
        # Never buys anything with false alarms or false greens: a move that adds either,
        # on the sets as weighted, is not kept however much else it gains.
        return (objective(*s) < best - MIN_GAIN
                and s[0] <= floor[0] + 1e-9 and s[2] <= floor[2] + 1e-9)

    for round_ in range(rounds):
        moved = 0
        for model, label in ((sup, "support"), (con, "contradict")):
            if label not in models:
                continue
            for k in range(len(model)):
                for step in TUNE_STEPS:
                    old = model[k]
                    model[k] = round(old + step, 4)
                    if k in non_negative and model[k] < 0.0:
                        model[k] = old
                        continue
                    if k > 0 and names[k - 1] in MONOTONE and (step > 0) != MONOTONE[names[k - 1]]:
                        model[k] = old
                        continue
                    tried = summary(replay(records, names, sup, con, ts, tc, margin))
                    if better(tried):
                        best, floor = objective(*tried), tried
                        moved += 1
                        log("  %s %s %+.2f -> %.4f" % (label, "bias" if k == 0 else names[k - 1], step, best))
                        break
                    model[k] = old
        for which in range(3):
            if ("support" not in models and which != 1) or ("contradict" not in models and which == 1):
                continue
            for step in (0.05, -0.05):
                trial = [ts, tc, margin]
                trial[which] = round(trial[which] + step, 2)
                if not 0.0 <= trial[which] <= 0.95 or (which == 1 and trial[1] < MIN_CONTRADICT):
                    continue
                tried = summary(replay(records, names, sup, con, *trial))
                if better(tried):
                    best, floor = objective(*tried), tried
                    ts, tc, margin = trial
                    moved += 1
                    log("  threshold %d %+.2f -> %.4f" % (which, step, best))
                    break
        log("tune: round %d moved %d, objective %.4f" % (round_ + 1, moved, best))
        if not moved:
            break
    return sup, con, (ts, tc, margin)


# Weights the search may move one way only, so that what it learns keeps the sense of the
# evidence: a candidate tied to the claim's own owner is never made less likely to be its
# fact or counterpart, nor one tied to another owner more likely. (Left free, a move that
# lowers owner_same buys a few right values on the sets by suggesting another owner's
# value to a claim whose own is stated: "the United States installed 44,500", source
# 34,200, answered with Korea's 30,600.) True: may only rise; False: may only fall.
MONOTONE = {"owner_same": True, "owner_mentioned": True, "owner_other": False,
            "owner_elsewhere": False}

# The least probability at which a counterpart may contradict: below one in ten, an
# "error: the source says …" is a guess, whatever it buys on the sets ("Korea also built
# 7,777 drones" contradicted by Korea's 31,600 robots at 0.05).
MIN_CONTRADICT = 0.10

# The tune search's step sizes, and the least objective gain a move must make to be kept
# (about one hand-labelled false alarm in a thousand figures): smaller gains are noise.
TUNE_STEPS = (0.5, -0.5, 0.2, -0.2)
MIN_GAIN = 0.0005


def replay(records, names, sup, con, ts, tc, margin):
    """The engine's decision (verdict.rs) on dumped features: per-set tallies."""
    tally = collections.defaultdict(lambda: collections.Counter())
    key = (tuple(sup), tuple(con))
    for r in records:
        verdicts = [e["_frozen"] if "_frozen" in e
                    else engine_worded(e, decide(e, names, sup, con, ts, tc, margin, key))
                    for e in r["reported"]]
        t = tally[r["set"]]
        flagged = any(v in quality.FLAGGING for v, _ in verdicts)
        if r["label"] == "supported":
            t["supported"] += 1
            t["false_alarms"] += flagged
            if r["derived"]:
                t["derived"] += 1
                t["derived_supported"] += not flagged
        else:
            t["wrong"] += 1
            t["flagged"] += flagged
            t["wrong_supported"] += any(v == "supported" for v, _ in verdicts)
            if r["label"] == "contradicted" and r["source_value"]:
                t["with_value"] += 1
                t["right_value"] += any(v == "contradicted" and quality.right_value(s, r["source_value"])
                                        for v, s in verdicts)
    return tally


def summary(tally):
    total = collections.Counter()
    for name, t in tally.items():
        total.update({k: v * set_weight(name) for k, v in t.items()})
    fa = total["false_alarms"] / max(total["supported"], 1)
    recall = total["flagged"] / max(total["wrong"], 1)
    ws = total["wrong_supported"] / max(total["wrong"], 1)
    rv = total["right_value"] / max(total["with_value"], 1)
    return fa, recall, ws, rv


def objective(fa, recall, ws, rv):
    # A false alarm costs most (a tool that cries wolf is switched off), a wrong figure
    # called supported nearly as much (a false green), a missed flag less.
    return 3.0 * fa + 2.0 * ws + (1.0 - recall) + 0.25 * (1.0 - rv)


def rust_model(doc, name, beta):
    weights = ", ".join("%.4f" % w for w in beta[1:])
    return ("/// %s\npub const %s: Model = Model {\n    bias: %.4f,\n    weights: [%s],\n};\n"
            % (doc, name, beta[0], weights))


def current_weights(names):
    """The committed models ([bias] + weights each) and thresholds, from weights.rs."""
    text = open(WEIGHTS, encoding="utf-8").read()

    def model(name):
        block = text[text.index("pub const %s: Model" % name):]
        bias = float(block[block.index("bias:") + 5:block.index(",", block.index("bias:"))])
        inner = block[block.index("[", block.index("weights:")) + 1:block.index("]")]
        weights = [float(w) for w in inner.replace("\n", " ").split(",") if w.strip()]
        if len(weights) != len(names):
            sys.exit("fit.py: weights.rs has %d %s weights for %d features; refit them all"
                     % (len(weights), name, len(names)))
        return [bias] + weights

    def constant(name):
        line = text[text.index("pub const %s: f32 =" % name):]
        return float(line[line.index("=") + 1:line.index(";")])

    return (model("SUPPORT"), model("CONTRADICT"),
            (constant("SUPPORT_THRESHOLD"), constant("CONTRADICT_THRESHOLD"),
             constant("PREFER_SUPPORT_MARGIN")))


def print_replay(records, names, sup, con, ts, tc, margin):
    for name, t in sorted(replay(records, names, sup, con, ts, tc, margin).items()):
        print("  %-14s false alarms %d/%d, flagged %d/%d, wrong supported %d, right value %d/%d"
              % (name, t["false_alarms"], t["supported"], t["flagged"], t["wrong"],
                 t["wrong_supported"], t["right_value"], t["with_value"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "figcheck"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sets", default=",".join(FIT_SETS),
                    help="comma-separated development sets to fit on (never a blind one)")
    ap.add_argument("--write", action="store_true", help="replace crates/check/src/weights.rs")
    ap.add_argument("--only", metavar="FEATURES",
                    help="comma-separated features: fit only their weights, keeping every other "
                         "weight and the thresholds as committed (a new feature's first fit, "
                         "without moving what the committed weights decide)")
    ap.add_argument("--keep-thresholds", action="store_true",
                    help="refit the weights but keep the committed thresholds")
    ap.add_argument("--tune", type=int, default=0, metavar="ROUNDS",
                    help="then search the weights and thresholds on the replayed objective, "
                         "starting from the committed ones (see tune())")
    ap.add_argument("--tune-models", default="support,contradict",
                    help="which models (and their thresholds) --tune moves")
    ap.add_argument("--current", action="store_true",
                    help="fit nothing: replay the committed weights and thresholds on the sets")
    args = ap.parse_args()
    names = feature_names()
    sets = quality.available_sets()
    fit_sets = [n.strip() for n in args.sets.split(",") if n.strip()]
    blind = [n for n in fit_sets if "blind" in n or n == "holdout2"]
    if blind:
        sys.exit("fit.py: %s are blind sets; they are looked at only to report" % blind)
    cases = [c for name in fit_sets if name in sets for c in sets[name]()]
    for c in cases:
        c.setdefault("set", "?")
    records = collect(args.binary, cases, args.jobs)
    committed = current_weights(names)
    held = freeze_rules(records, names, *committed)
    print("replay: %d reported figures decided by a rule the replay does not model; held as given"
          % held)
    support, contradict = training_rows(records, names)
    print("fit: %d labelled figures; support rows %d (%d positive), contradict rows %d (%d positive)"
          % (len(records), len(support), sum(y for _, y, _ in support),
             len(contradict), sum(y for _, y, _ in contradict)))
    non_negative = [names.index(n) for n in NON_NEGATIVE]
    if args.current or args.tune:
        sup, con, (ts, tc, margin) = committed
        if args.tune:
            sup, con, (ts, tc, margin) = tune(records, names, sup, con, (ts, tc, margin), args.tune,
                                             models=args.tune_models.split(","))
        fa, recall, ws, rv = summary(replay(records, names, sup, con, ts, tc, margin))
        print("thresholds: support %.2f, contradict %.2f, margin %.2f -> on the fit sets (weighted): "
              "false alarms %.3f, flag recall %.3f, wrong supported %.3f, right value %.3f"
              % (ts, tc, margin, fa, recall, ws, rv))
    else:
        if args.only:
            only = [n.strip() for n in args.only.split(",")]
            unknown = [n for n in only if n not in names]
            if unknown:
                sys.exit("fit.py: --only names unknown features: %s" % unknown)
            free = {names.index(n) for n in only}
            sup0, con0, thresholds = committed
            sup = fit_logistic(support, len(names), non_negative=non_negative, start=sup0, free=free)
            con = fit_logistic(contradict, len(names), non_negative=non_negative, start=con0, free=free)
        else:
            thresholds = committed[2]
            sup = fit_logistic(support, len(names), non_negative=non_negative)
            con = fit_logistic(contradict, len(names), non_negative=non_negative)
        for label, beta in (("support", sup), ("contradict", con)):
            print("%s: bias %+.2f  " % (label, beta[0])
                  + "  ".join("%s %+.2f" % (n, b) for n, b in zip(names, beta[1:])))
        best = None
        grid = [x / 20 for x in range(2, 20)]
        for ts in grid:
            for tc in grid:
                for margin in (0.0, 0.1, 0.2):
                    if (args.only or args.keep_thresholds) and (ts, tc, margin) != thresholds:
                        continue
                    s = summary(replay(records, names, sup, con, ts, tc, margin))
                    score = objective(*s)
                    if best is None or score < best[0]:
                        best = (score, ts, tc, margin, s)
        _, ts, tc, margin, (fa, recall, ws, rv) = best
        print("thresholds: support %.2f, contradict %.2f, margin %.1f -> on the fit sets (weighted): "
              "false alarms %.3f, flag recall %.3f, wrong supported %.3f, right value %.3f"
              % (ts, tc, margin, fa, recall, ws, rv))
    print_replay(records, names, sup, con, ts, tc, margin)
    if args.write and not args.current:
        body = ("//! Fitted weights for the decision (see `model.rs`), in `features::NAMES` order.\n"
                "//! Written by `scripts/fit.py --write` from the development sets (%s);\n"
                "//! refit rather than edit by hand.\n\n"
                "// Fitted numbers can land near a mathematical constant by chance.\n"
                "#![allow(clippy::approx_constant)]\n\nuse crate::model::Model;\n\n" % ", ".join(fit_sets)
                + rust_model("P(an agreeing source figure states the claim's fact).", "SUPPORT", sup)
                + "\n"
                + rust_model("P(a disagreeing source figure is the claim's counterpart: same owner, same measure).",
                             "CONTRADICT", con)
                + "\n/// An agreeing candidate at least this probable supports the claim.\n"
                + "pub const SUPPORT_THRESHOLD: f32 = %.2f;\n" % ts
                + "/// A disagreeing candidate at least this probable contradicts it (unless support wins).\n"
                + "pub const CONTRADICT_THRESHOLD: f32 = %.2f;\n" % tc
                + "/// How much more probable a contradicting candidate must be than the best agreeing one.\n"
                + "pub const PREFER_SUPPORT_MARGIN: f32 = %.2f;\n" % margin)
        with open(WEIGHTS, "w", encoding="utf-8") as f:
            f.write(body)
        print("wrote", os.path.relpath(WEIGHTS, ROOT), "(run cargo fmt)")


if __name__ == "__main__":
    main()
