#!/usr/bin/env python3
"""Writes the two bundled articles (corpus/) as sources in the formats sources really come in.

    python3 scripts/make-format-corpus.py OUTDIR

Real source folders hold PDFs, saved web pages, Word documents and spreadsheets, not clean
text. The tests of the source readers need such files with known content, so this script
builds them from the bundled plain-text articles, by hand and with the standard library
only, into OUTDIR (created if missing):

  report.pdf          article 000 as a research institute report: PDF 1.4, Letter pages in
                      two columns (left then right), a running header "AI Race Report" and a
                      footer "Page N", the first line as a Helvetica-Bold title on page 1,
                      paragraphs hard-wrapped (words never split), WinAnsi (cp1252) text,
                      uncompressed content streams, an exact xref table.
  press-release.html  article 003 as a saved agency web page: nav menu, style and script
                      with numbers that are not article text, the article as <h1>/<h2>/<p>
                      with inline markup, then the figures table, then a footer.
  briefing.docx       article 000 as a Word document: each paragraph split over two or more
                      runs (at a space, mid-sentence), the title in style Title, then the
                      figures table as a <w:tbl>.
  figures.csv         the figures table (below): headers in the first row, row labels in
                      the first column, numbers in plain digits.
  figures.xlsx        the same table in a sheet named "Figures" (shared strings, numeric
                      cells).

The output is byte-for-byte the same on every run: no dates, no random ids, zip entries
stamped 1980-01-01 in a fixed order.
"""

# The figures table. Every value is stated in article 003 (corpus/003_57944011cd868486.txt);
# article 000 gives figures per model (Intelligence Index scores, parameter counts), not per
# country, so none of its values fit this table. The sentence each value comes from:
#
#   Industrial robots installed (the article gives no year for these counts):
#     Korea 30600, China 295000, Japan 44500, United States 34200 --
#     "Korea installed 30,600 industrial robots, fourth globally behind China (295,000),
#      Japan (44,500) and the United States (34,200)."
#   Robot density (robots per 10,000 workers):
#     Korea 1012 --
#     "By robot density—robots per 10,000 workers—Korea remained number one at 1,012."
#   Notable AI models launched (last year):
#     Korea 5 ("five"), United States 50, China 30 --
#     "On model development, Korea released five “notable” large language models (LLMs)
#      last year, ranking third after the United States (50) and China (30)."
#   AI patent filings per 100,000 people:
#     Korea 14.31, Luxembourg 12.25, China 6.95, United States 4.68 --
#     "Korea also led the world for the second straight year in AI patent filings relative
#      to population, at 14.31 per 100,000 people, ahead of Luxembourg (12.25), China (6.95)
#      and the US (4.68)."

import argparse
import csv
import html
import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE_REPORT = CORPUS / "000_9983ea760bc42378.txt"  # the AI race article: PDF and DOCX
ARTICLE_PRESS = CORPUS / "003_57944011cd868486.txt"  # the Stanford AI Index article: HTML

TABLE_CAPTION = "Robots, notable AI models and AI patents by country"
TABLE_HEADERS = [
    "Country",
    "Industrial robots installed",
    "Robot density (robots per 10,000 workers)",
    "Notable AI models launched (last year)",
    "AI patent filings per 100,000 people",
]
TABLE_ROWS = ["Korea", "China", "Japan", "United States", "Luxembourg"]
# (row, column, value, words of article 003 that state it): checked against the article.
FIGURES = [
    ("Korea", 1, "30600", "Korea installed 30,600 industrial robots"),
    ("China", 1, "295000", "behind China (295,000)"),
    ("Japan", 1, "44500", "Japan (44,500)"),
    ("United States", 1, "34200", "the United States (34,200)"),
    ("Korea", 2, "1012", "robots per 10,000 workers—Korea remained number one at 1,012"),
    ("Korea", 3, "5", "Korea released five “notable” large language models (LLMs) last year"),
    ("United States", 3, "50", "ranking third after the United States (50)"),
    ("China", 3, "30", "and China (30)"),
    ("Korea", 4, "14.31", "at 14.31 per 100,000 people"),
    ("Luxembourg", 4, "12.25", "ahead of Luxembourg (12.25)"),
    ("China", 4, "6.95", "China (6.95)"),
    ("United States", 4, "4.68", "and the US (4.68)"),
]
NUMBER_WORDS = {"five": "5"}

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- shared


def read_article(path):
    """The article's lines; an empty string stands for a blank line (a section break)."""
    return [line.rstrip() for line in path.read_text(encoding="utf-8").split("\n")]


def looks_like_heading(line):
    """A short line without a sentence's final punctuation: a section heading."""
    return 0 < len(line) <= 90 and not line.endswith((".", "!", "?", ":", ".”"))


def figures_table():
    """The table as rows of strings, headers first; '' where the article gives no value."""
    text = ARTICLE_PRESS.read_text(encoding="utf-8")
    cells = {}
    for row, column, value, quote in FIGURES:
        if quote not in text:
            sys.exit(f"quote not found in {ARTICLE_PRESS.name}: {quote!r}")
        stated = quote.replace(",", "")
        for word, digits in NUMBER_WORDS.items():
            stated = stated.replace(word, digits)
        if value not in stated:
            sys.exit(f"value {value} not in its quote {quote!r}")
        cells[(row, column)] = value
    table = [list(TABLE_HEADERS)]
    for row in TABLE_ROWS:
        table.append([row] + [cells.get((row, c), "") for c in range(1, len(TABLE_HEADERS))])
    return table


def write_zip(path, members):
    """A zip of (name, text) members in the given order, with fixed timestamps and modes."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))


XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def relationships(rels):
    """A .rels part from (id, type, target) triples."""
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return f'{XML_DECL}<Relationships xmlns="{REL_NS}">{items}</Relationships>'


def content_types(overrides):
    """[Content_Types].xml: defaults for .rels and .xml, one override per (part, type)."""
    items = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (
        f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


# ---------------------------------------------------------------- PDF

PAGE_W, PAGE_H = 612, 792  # US Letter
MARGIN = 72
GUTTER = 24
COLUMN_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2
BODY_SIZE, LEADING = 10, 13
TITLE_SIZE, TITLE_LEADING = 16, 20
BODY_TOP = 714  # first baseline of a column below the running header
BODY_BOTTOM = 80  # no baseline below this (the footer sits at 40)
PARAGRAPH_GAP = 6
SECTION_GAP = 12  # for a blank line of the source

# Helvetica advance widths (1/1000 em) for ' ' .. '~', from the standard AFM metrics.
HELVETICA_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
OTHER_WIDTHS = {"’": 222, "‘": 222, "“": 333, "”": 333, "—": 1000, "–": 556}
BOLD_FACTOR = 1.1  # Helvetica-Bold is a little wider; overestimate rather than overflow


def text_width(text, size, bold=False):
    """Approximate width in points of text set in Helvetica (or Helvetica-Bold)."""
    units = 0
    for ch in text:
        code = ord(ch)
        units += HELVETICA_WIDTHS[code - 32] if 32 <= code <= 126 else OTHER_WIDTHS.get(ch, 556)
    return units * size / 1000 * (BOLD_FACTOR if bold else 1)


def wrap(text, width, size, bold=False):
    """Greedy line breaking at spaces; a word is never split."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def pdf_string(text):
    """A PDF literal string of text in cp1252 (WinAnsiEncoding), '?' for what it lacks."""
    raw = text.encode("cp1252", errors="replace")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def num(value):
    """A coordinate as PDF writes it: at most two decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def show(font, size, x, y, text):
    """One line of text as its own BT ... ET block."""
    return b"BT /%s %d Tf %s %s Td " % (font.encode(), size, num(x).encode(), num(y).encode()) + \
        pdf_string(text) + b" Tj ET\n"


def layout_report(lines):
    """Places the article on pages; returns one list of show() commands per page.

    The first line is the title, across page 1. The rest fills the left column top to
    bottom, then the right one, then the next page. A heading is kept with the two lines
    after it; the gap owed before a paragraph is dropped at the top of a column.
    """
    title, body = lines[0], lines[1:]
    pages = [[]]
    y = BODY_TOP
    for line in wrap(title, PAGE_W - 2 * MARGIN, TITLE_SIZE, bold=True):
        pages[0].append(show("F2", TITLE_SIZE, MARGIN, y, line))
        y -= TITLE_LEADING
    y -= 14  # first body baseline on page 1
    column, gap = 0, 0
    for paragraph in body:
        if not paragraph:
            gap = SECTION_GAP
            continue
        heading = looks_like_heading(paragraph)
        if heading:
            gap = max(gap, SECTION_GAP)
        for n, line in enumerate(wrap(paragraph, COLUMN_W, BODY_SIZE, bold=heading)):
            keep = 3 if heading and n == 0 else 1  # lines that must fit in this column
            if y - gap - (keep - 1) * LEADING < BODY_BOTTOM:
                column += 1
                if column == 2:
                    pages.append([])
                    column = 0
                y, gap = BODY_TOP, 0
            y -= gap
            x = MARGIN + column * (COLUMN_W + GUTTER)
            pages[-1].append(show("F2" if heading else "F1", BODY_SIZE, x, y, line))
            y -= LEADING
            gap = 0
        gap = 2 if heading else PARAGRAPH_GAP
    return pages


def page_stream(commands, number):
    """The content stream of one page: running header and rule, text, footer."""
    header = show("F1", 9, MARGIN, PAGE_H - 48, "AI Race Report")
    rule = b"0.5 w %d %d m %d %d l S\n" % (MARGIN, PAGE_H - 54, PAGE_W - MARGIN, PAGE_H - 54)
    footer_text = f"Page {number}"
    footer = show("F1", 9, (PAGE_W - text_width(footer_text, 9)) / 2, 40, footer_text)
    return header + rule + b"".join(commands) + footer


def write_pdf(path, lines):
    """report.pdf: objects 1 catalog, 2 pages, 3-4 fonts, 5 info, then page and contents."""
    pages = layout_report(lines)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (AI Race Report) /Author (Research Institute) >>",
    ]
    for i, commands in enumerate(pages):
        contents = first_page + 2 * i + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contents} 0 R >>".encode()
        )
        stream = page_stream(commands, i + 1).rstrip(b"\n")  # the EOL before endstream is not data
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return len(pages)


# ---------------------------------------------------------------- HTML

PRESS_TITLE = "Korea Ranks 3rd Globally in Notable AI Model Launches, Stanford Index Shows"
PRESS_KICKER = "Economy & Tech"
PRESS_PHOTO = "Industrial robotic arms operating on an automated smart factory assembly line"
PRESS_NOTE_END = "South Korea ranked third"  # the first paragraph after the editor's note
# Inline markup, each wrapped around the first occurrence of its words in a paragraph.
PRESS_INLINE = [
    ("Why it matters.", "<strong>", "</strong>"),
    ("Background.", "<strong>", "</strong>"),
    ("What to watch next.", "<strong>", "</strong>"),
    ("Posco Research Institute (POSRI)", '<a href="https://www.posri.re.kr/en">', "</a>"),
    ("Stanford University’s 2026 AI Index", '<a href="https://hai.stanford.edu/ai-index">', "</a>"),
    ("physical AI", "<em>", "</em>"),
    ("30,600", "<strong>", "</strong>"),
    ("SWE-bench", '<a href="https://www.swebench.com/">', "</a>"),
    ("only 7 of 87", "<em>", "</em>"),
]

HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="POSRI reads the Stanford AI Index: Korea is third for notable AI models.">
<meta property="article:published_time" content="2026-06-02T09:00:00+09:00">
<title>{title} | K-Brief</title>
<style>
  body {{ max-width: 760px; margin: 0 auto; padding: 0 16px; font: 17px/1.6 Georgia, serif; }}
  nav ul {{ list-style: none; padding: 0; }}
  nav li {{ display: inline-block; margin-right: 24px; }}
  aside {{ border-left: 4px solid #2a6; padding-left: 12px; }}
  table {{ border-collapse: collapse; margin: 24px 0; }}
  th, td {{ border: 1px solid #999; padding: 4px 10px; }}
</style>
<script>
  var views = 48213;
  var shares = 1207;
  window.kbAds = {{ slot: "top-728x90", refresh: 30 }};
</script>
</head>
<body>
<header>
  <a class="logo" href="/">K-Brief</a>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/top">Top 10 stories</a></li>
      <li><a href="/markets">Markets</a></li>
      <li><a href="/subscribe">Subscribe for $1 a week</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
"""

HTML_FOOT = """</article>
</main>
<footer>
  <p>&copy; 2026 K-Brief. All rights reserved.</p>
  <p>Contact: +82 2 555 0199</p>
</footer>
</body>
</html>
"""


def inline_markup(paragraph_html, used):
    """Wraps the first occurrence of each not yet used PRESS_INLINE phrase in its markup."""
    for phrase, open_tag, close_tag in PRESS_INLINE:
        escaped = html.escape(phrase, quote=False)
        if phrase not in used and escaped in paragraph_html:
            paragraph_html = paragraph_html.replace(escaped, open_tag + escaped + close_tag, 1)
            used.add(phrase)
    return paragraph_html


def html_table(table):
    """The figures table as <table> with <caption>, <thead> and <tbody>."""
    esc = lambda s: html.escape(s, quote=False)
    out = ["<table>", f"  <caption>{esc(TABLE_CAPTION)}</caption>", "  <thead>", "    <tr>"]
    out += [f"      <th>{esc(h)}</th>" for h in table[0]]
    out += ["    </tr>", "  </thead>", "  <tbody>"]
    for row in table[1:]:
        out.append("    <tr>")
        out += [f"      <td>{esc(cell)}</td>" for cell in row]
        out.append("    </tr>")
    out += ["  </tbody>", "</table>"]
    return "\n".join(out) + "\n"


def write_html(path, lines, table):
    """press-release.html: the article inside a page of navigation, scripts and footer."""
    paragraphs = [line for line in lines if line]
    title_at = paragraphs.index(PRESS_TITLE)
    esc = lambda s: html.escape(s, quote=False)
    body, used, in_note = [], set(), False
    for index, paragraph in enumerate(paragraphs):
        if index < title_at:
            assert paragraph == PRESS_KICKER, paragraph
            body.append(f'<p class="kicker"><a href="/economy-tech">{esc(paragraph)}</a></p>')
        elif index == title_at:
            body.append(f"<h1>{esc(paragraph)}</h1>")
        elif paragraph.startswith("By "):
            body.append(f'<p class="byline">{esc(paragraph)}</p>')
        elif paragraph == PRESS_PHOTO:
            body.append('<figure>\n  <img src="/img/smart-factory-robots.jpg" alt="">\n'
                        f"  <figcaption>{esc(paragraph)}</figcaption>\n</figure>")
        elif paragraph.startswith("Editor’s Note"):
            body.append(f'<aside class="editors-note">\n<h2>{esc(paragraph)}</h2>')
            in_note = True
        else:
            if in_note and paragraph.startswith(PRESS_NOTE_END):
                body.append("</aside>")
                in_note = False
            if looks_like_heading(paragraph):
                body.append(f"<h2>{esc(paragraph)}</h2>")
            else:
                body.append(f"<p>{inline_markup(esc(paragraph), used)}</p>")
    missing = [p for p, _, _ in PRESS_INLINE if p not in used]
    if missing or in_note:
        sys.exit(f"inline markup not placed: {missing}")
    page = HTML_HEAD.format(title=esc(PRESS_TITLE)) + "\n".join(body) + "\n" + html_table(table)
    path.write_bytes((page + HTML_FOOT).encode("utf-8"))


# ---------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORD_STYLES = f"""{XML_DECL}<w:styles xmlns:w="{W_NS}">\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
<w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
<w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>\
<w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>\
</w:styles>"""


def split_runs(text):
    """Cuts text at spaces into 2 to 4 pieces of about equal length (the space stays left)."""
    pieces = 2 if len(text) < 200 else 3 if len(text) < 500 else 4
    cuts, start = [], 0
    for k in range(1, pieces):
        target = len(text) * k // pieces
        space = text.rfind(" ", start, target + 1)
        if space < start:
            space = text.find(" ", target)
        if space == -1:
            break
        cuts.append(space + 1)
        start = space + 1
    bounds = [0] + cuts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


def docx_paragraph(text, style=None):
    """A <w:p> whose text is spread over several runs; every other run carries a language."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs = []
    for i, piece in enumerate(split_runs(text)):
        rpr = '<w:rPr><w:lang w:val="en-GB"/></w:rPr>' if i % 2 else ""
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(piece)}</w:t></w:r>')
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def docx_table(table):
    """The figures table as a <w:tbl>, one run per cell, <w:p/> for an empty cell."""
    widths = [1800] + [1900] * (len(table[0]) - 1)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    borders = "".join(border.format(side) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = []
    for r, row in enumerate(table):
        cells = []
        for width, cell in zip(widths, row):
            bold = "<w:rPr><w:b/></w:rPr>" if r == 0 else ""
            para = f"<w:p><w:r>{bold}<w:t>{xml_escape(cell)}</w:t></w:r></w:p>" if cell else "<w:p/>"
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{para}</w:tc>')
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>" + "\n".join(rows) + "</w:tbl>")


def write_docx(path, lines, table):
    """briefing.docx: title, headings and paragraphs of the article, then the table."""
    paragraphs = [line for line in lines if line]
    body = [docx_paragraph(paragraphs[0], "Title")]
    for paragraph in paragraphs[1:]:
        body.append(docx_paragraph(paragraph, "Heading1" if looks_like_heading(paragraph) else None))
    body.append(docx_paragraph(f"Table 1. {TABLE_CAPTION}", "Caption"))
    body.append(docx_table(table))
    body.append("<w:p/>")  # Word always ends a body with a paragraph after a table
    section = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" '
               'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    document = f'{XML_DECL}<w:document xmlns:w="{W_NS}"><w:body>\n' + "\n".join(body) + \
        f"\n{section}</w:body></w:document>"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    write_zip(path, [
        ("[Content_Types].xml", content_types([
            ("/word/document.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ])),
        ("_rels/.rels", relationships([("rId1", REL_OFFICE, "word/document.xml")])),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", relationships([("rId1", rel, "styles.xml")])),
        ("word/styles.xml", WORD_STYLES),
    ])


# ---------------------------------------------------------------- CSV


def write_csv(path, table):
    """figures.csv: RFC 4180 (CRLF line ends, quotes only where needed), UTF-8 without BOM."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- XLSX

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XLSX_STYLES = f"""{XML_DECL}<styleSheet xmlns="{S_NS}">\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def column_letter(index):
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def write_xlsx(path, table):
    """figures.xlsx: one sheet "Figures"; text as shared strings, numbers as numeric cells."""
    strings, string_index, string_refs = [], {}, 0
    rows = []
    for r, row in enumerate(table, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column_letter(c)}{r}"
            if value == "":
                continue
            if is_number(value):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in string_index:
                    string_index[value] = len(strings)
                    strings.append(value)
                string_refs += 1
                cells.append(f'<c r="{ref}" t="s"><v>{string_index[value]}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    last = f"{column_letter(len(table[0]) - 1)}{len(table)}"
    sheet = (f'{XML_DECL}<worksheet xmlns="{S_NS}" xmlns:r="{R_NS}"><dimension ref="A1:{last}"/>'
             '<cols><col min="1" max="1" width="16" customWidth="1"/>'
             f'<col min="2" max="{len(table[0])}" width="24" customWidth="1"/></cols>'
             "<sheetData>" + "".join(rows) + "</sheetData></worksheet>")
    shared = (f'{XML_DECL}<sst xmlns="{S_NS}" count="{string_refs}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{xml_escape(s)}</t></si>" for s in strings) + "</sst>")
    workbook = (f'{XML_DECL}<workbook xmlns="{S_NS}" xmlns:r="{R_NS}"><sheets>'
                '<sheet name="Figures" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    write_zip(path, [
        ("[Content_Types].xml", content_types([
            ("/xl/workbook.xml", sml + "sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", sml + "worksheet+xml"),
            ("/xl/sharedStrings.xml", sml + "sharedStrings+xml"),
            ("/xl/styles.xml", sml + "styles+xml"),
        ])),
        ("_rels/.rels", relationships([("rId1", REL_OFFICE, "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", relationships([
            ("rId1", rel + "worksheet", "worksheets/sheet1.xml"),
            ("rId2", rel + "sharedStrings", "sharedStrings.xml"),
            ("rId3", rel + "styles", "styles.xml"),
        ])),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", XLSX_STYLES),
    ])


# ---------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path, help="folder to write the five files into")
    out = parser.parse_args().outdir
    out.mkdir(parents=True, exist_ok=True)

    report, press = read_article(ARTICLE_REPORT), read_article(ARTICLE_PRESS)
    table = figures_table()
    pages = write_pdf(out / "report.pdf", report)
    write_html(out / "press-release.html", press, table)
    write_docx(out / "briefing.docx", report, table)
    write_csv(out / "figures.csv", table)
    write_xlsx(out / "figures.xlsx", table)

    size = lambda name: (out / name).stat().st_size
    print(f"report.pdf          {size('report.pdf'):6d} bytes  {ARTICLE_REPORT.name}, {pages} pages in two columns")
    print(f"press-release.html  {size('press-release.html'):6d} bytes  {ARTICLE_PRESS.name} as a web page, with the table")
    print(f"briefing.docx       {size('briefing.docx'):6d} bytes  {ARTICLE_REPORT.name} in split runs, with the table")
    print(f"figures.csv         {size('figures.csv'):6d} bytes  {len(table) - 1} rows x {len(table[0]) - 1} columns")
    print(f"figures.xlsx        {size('figures.xlsx'):6d} bytes  the same table, sheet \"Figures\"")


if __name__ == "__main__":
    main()
