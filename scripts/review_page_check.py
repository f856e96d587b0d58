#!/usr/bin/env python3
"""Checks the review page as headless Chromium rendered it (scripts/test-review-page.sh).

    review_page_check.py REPORT.json DOM.html SCREENSHOT.png

REPORT.json is `figcheck check --format json` on the same drafts; DOM.html is what
`chromium --dump-dom` printed after loading the page; SCREENSHOT.png is the page as
Chromium drew it. Asserts that the DOM holds one highlight per figure with the verdict
the JSON gives, a note with the source quote for each flagged figure, and the counts in
the summary; and that the screenshot shows the verdict colours, so the page's styles
were applied. Exits non-zero with the reasons on any mismatch.
"""

import json
import struct
import sys
import zlib
from html.parser import HTMLParser


class Page(HTMLParser):
    """The parts of the DOM the checks need: marks, notes, quotes and summary counts."""

    def __init__(self):
        super().__init__()
        self.marks = []  # (verdict, text)
        self.notes = []  # verdict
        self.quotes = []
        self.counts = {}
        self._open = []  # (tag, kind) of elements being read
        self._text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        kind = None
        if tag == "mark" and "fig" in cls:
            kind = ("mark", a.get("data-verdict"))
        elif tag == "blockquote" and "quote" in cls:
            kind = ("quote", None)
        elif tag == "div" and "note" in cls and a.get("data-verdict"):
            self.notes.append(a["data-verdict"])
        elif tag == "li" and a.get("data-count") is not None:
            self.counts[cls[0] if cls else ""] = int(a["data-count"])
        self._open.append((tag, kind))
        if kind:
            self._text = []

    def handle_endtag(self, tag):
        while self._open:
            open_tag, kind = self._open.pop()
            if kind and kind[0] == "mark":
                self.marks.append((kind[1], "".join(self._text)))
            elif kind and kind[0] == "quote":
                self.quotes.append("".join(self._text))
            if open_tag == tag:
                break

    def handle_data(self, data):
        self._text.append(data)


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit(f"{path}: expected 8-bit RGB(A), not interlaced")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            upleft = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                line[i] = (line[i] + pred) & 0xFF
        rows.append([tuple(line[i : i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return width, height, rows


def main():
    report_path, dom_path, png_path = sys.argv[1:4]
    report = json.load(open(report_path, encoding="utf-8"))
    page = Page()
    page.feed(open(dom_path, encoding="utf-8").read())
    problems = []

    figures = [f for file in report["files"] for f in file["figures"]]
    want_marks = [(f["verdict"], f["text"]) for f in figures]
    if sorted(page.marks) != sorted(want_marks):
        problems.append(f"highlights {sorted(page.marks)} != figures {sorted(want_marks)}")
    flagged = [f for f in figures if f["verdict"] != "supported"]
    if sorted(page.notes) != sorted(f["verdict"] for f in flagged):
        problems.append(f"notes {page.notes} != flagged verdicts")
    for f in flagged:
        evidence = f.get("evidence") or []
        if evidence and evidence[0]["quote"] not in page.quotes:
            problems.append(f"no quote for {f['text']}: {evidence[0]['quote']!r}")
    summary = report["summary"]
    for key in ("figures", "contradicted", "unsupported", "supported"):
        if page.counts.get(key) != summary[key]:
            problems.append(f"summary {key}: page {page.counts.get(key)}, JSON {summary[key]}")

    width, height, rows = png_pixels(png_path)
    colours = {
        "contradicted": (198, 40, 40),
        "unsupported": (178, 106, 0),
        "supported": (46, 125, 50),
    }
    seen = set()
    for row in rows[: min(height, 400)]:
        seen.update(row)
    for verdict, rgb in colours.items():
        if summary[verdict] and rgb not in seen:
            problems.append(f"screenshot: no {verdict} colour {rgb} in the summary bar")
    if len(seen) < 16:
        problems.append("screenshot: almost blank")

    if problems:
        print("review page check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print(
        f"review page: {len(page.marks)} highlights, {len(page.notes)} notes, "
        f"{len(page.quotes)} quotes, summary {summary['figures']} figures; "
        f"screenshot {width}x{height} shows every verdict colour"
    )


if __name__ == "__main__":
    main()
