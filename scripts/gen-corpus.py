#!/usr/bin/env python3
"""Writes a synthetic newswire archive of N documents for scripts/bench-scale.sh.

    scripts/gen-corpus.py N OUT_DIR [--seed S] [--sources DIR]

Each document is about 5 KB of sentences drawn from two pools: the sentences of the
bundled sources (corpus/), and template sentences written for this script that state
figures about made-up places, firms and years. Every number in a drawn sentence is
replaced by another of the same shape (digit count, separators, decimals), so the archive
restates the bundled articles with other values: the distractors a real archive holds
(older articles giving other figures for the same measure). No downloaded data; the same
N and seed always write the same bytes. Documents go 1,000 to a subdirectory.
"""

import argparse
import os
import random
import re
import sys

TEMPLATES = [
    "{place} recorded {n} new business registrations in {year}, up {p}% on the year before.",
    "The {org} said its {thing} grew to {n} units, its highest level since {year}.",
    "Officials in {place} counted {n} visitors over the {season} holiday, {p}% fewer than forecast.",
    "{org} shares closed at ${d} on {weekday}, after the company reported revenue of ${b} billion.",
    "Rainfall in {place} reached {d} millimetres in {month}, against a long-run average of {d2}.",
    "The council approved a budget of ${b} million for {year}, including {n} new posts.",
    "{place} ranked {ord} of {n2} regions in the survey, with a score of {d} out of 100.",
    "About {n} people attended the {org} conference, which ran for {small} days.",
    "Exports of {thing} from {place} fell {p}% to {n} tonnes in the {quarter} quarter.",
    "The {org} employs {n} people across {small} sites, it said in its annual report for {year}.",
    "Unemployment in {place} stood at {d}% in {month}, down from {d2}% a year earlier.",
    "{org} plans to open {small} new plants by {year} at a cost of ${b} billion.",
    "A survey of {n} households in {place} found that {p}% owned at least one {thing}.",
    "The {org} index rose {d} points to {n} in {month}, its {ord} monthly gain in a row.",
    "{place} installed {n} {thing} last year, {ord} in the region.",
]
PLACES = ["Arlen", "Bexmoor", "Caldera Bay", "Dunmore", "Eastvale", "Fennick", "Grayport",
          "Halden", "Iverton", "Juniper Falls", "Kestrel", "Lowmarsh", "Marrow Hill",
          "Northam", "Oakridge", "Pellham", "Quarry Point", "Ravensworth", "Sallow",
          "Thornbury", "Upfield", "Vantor", "Westerleigh", "Yarrow", "Zell"]
ORGS = ["Arcadia Group", "Brightline", "Corvid Labs", "Delta Mutual", "Evergreen Rail",
        "Foxglove Energy", "Granite Bank", "Harbor Freight Lines", "Ironwood Mining",
        "Juno Telecom", "Kite Robotics", "Lumen Health", "Meridian Steel", "Nimbus Air",
        "Orchard Foods", "Pioneer Chips", "Quill Media", "Redwood Capital"]
THINGS = ["industrial robots", "electric buses", "solar panels", "wind turbines",
          "hospital beds", "data centres", "charging points", "container cranes",
          "fibre connections", "heat pumps"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SEASONS = ["spring", "summer", "autumn", "winter"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
QUARTERS = ["first", "second", "third", "fourth"]

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def reshape(match, rng):
    """Another number of the same shape: same digit count, separators and decimals."""
    text = match.group(0)
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        return str(rng.randint(1995, 2025))  # a year stays a year
    out = []
    first = True
    for c in text:
        if c.isdigit():
            out.append(str(rng.randint(1, 9) if first else rng.randint(0, 9)))
            first = False
        else:
            out.append(c)
            if c == ".":
                first = False
    return "".join(out)


def fill(template, rng):
    year = rng.randint(1995, 2025)
    return template.format(
        place=rng.choice(PLACES), org=rng.choice(ORGS), thing=rng.choice(THINGS),
        month=rng.choice(MONTHS), weekday=rng.choice(WEEKDAYS), season=rng.choice(SEASONS),
        ord=rng.choice(ORDINALS), quarter=rng.choice(QUARTERS), year=year,
        n=f"{rng.randint(100, 999_999):,}", n2=rng.randint(8, 60), small=rng.randint(2, 12),
        p=rng.randint(1, 60), d=f"{rng.uniform(1, 99):.1f}", d2=f"{rng.uniform(1, 99):.1f}",
        b=f"{rng.uniform(1, 99):.1f}",
    )


def source_sentences(sources):
    sentences = []
    for name in sorted(os.listdir(sources)):
        if not name.endswith((".txt", ".md")):
            continue
        with open(os.path.join(sources, name), encoding="utf-8") as f:
            text = f.read()
        for line in text.splitlines():
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()):
                if len(s) > 40 and NUMBER.search(s):
                    sentences.append(s)
    return sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sources", default="corpus")
    ap.add_argument("--bytes", type=int, default=5000, help="about this many bytes a document")
    args = ap.parse_args()

    pool = source_sentences(args.sources)
    if not pool:
        sys.exit(f"gen-corpus: no sentences with figures in {args.sources}")
    rng = random.Random(args.seed)
    total = 0
    for i in range(args.n):
        sub = os.path.join(args.out, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        paragraphs, size, para = [], 0, []
        while size < args.bytes:
            if rng.random() < 0.5:
                s = NUMBER.sub(lambda m: reshape(m, rng), rng.choice(pool))
            else:
                s = fill(rng.choice(TEMPLATES), rng)
            para.append(s)
            size += len(s) + 1
            if len(para) >= rng.randint(3, 6):
                paragraphs.append(" ".join(para))
                para = []
        if para:
            paragraphs.append(" ".join(para))
        body = f"Archive report {i}\n\n" + "\n\n".join(paragraphs) + "\n"
        data = body.encode("utf-8")
        with open(os.path.join(sub, f"doc_{i:07d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.n} documents, {total} bytes in {args.out}")


if __name__ == "__main__":
    main()
