"""PDF helpers for Persian documents: fonts, shaped right-to-left text, tables and bar charts. No Django here.

ReportLab draws glyphs in the order it is given them and knows nothing of Arabic-script joining, so every
Persian string is first reshaped (arabic_reshaper picks each letter's joined form) and then put in visual
order (python-bidi). A paragraph is wrapped into lines *before* reordering, so that the first words stay
on the first line.

Vazirmatn has the Persian, Arabic and Latin letters but no Cyrillic (nor Greek, nor some Latin ones): a run of
letters it lacks is drawn in DejaVu Sans instead, both shipped with the app (see scripts/vendor_assets.py).
"""

import io
import re
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .persian import to_persian_digits

VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor"
FONT_DIR = VENDOR / "vazirmatn"
FALLBACK_DIR = VENDOR / "dejavu"
FONT, FONT_BOLD = "Vazirmatn", "Vazirmatn-Bold"
# the font for what Vazirmatn cannot draw, regular and bold
FALLBACK = {FONT: "DejaVuSans", FONT_BOLD: "DejaVuSans-Bold"}
# python-bidi 0.6 reorders but does not mirror brackets; those in right-to-left runs are mirrored here.
_MIRROR = str.maketrans("()[]{}«»<>", ")(][}{»«><")
_MIRRORED = frozenset("()[]{}«»<>")
# python-bidi's debug report gives the embedding level of each UTF-8 byte as `Level(n)`
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


class FontMissing(RuntimeError):
    """The Vazirmatn or DejaVu Sans TTF files are not where the PDF needs them."""


def register_fonts(font_dir=None, fallback_dir=None):
    """Register Vazirmatn and its fallback (regular and bold) with ReportLab once; a clear error if files
    are missing."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT, FONT_BOLD
    font_dir, fallback_dir = Path(font_dir or FONT_DIR), Path(fallback_dir or FALLBACK_DIR)
    files = {
        FONT: font_dir / "Vazirmatn-Regular.ttf",
        FONT_BOLD: font_dir / "Vazirmatn-Bold.ttf",
        FALLBACK[FONT]: fallback_dir / "DejaVuSans.ttf",
        FALLBACK[FONT_BOLD]: fallback_dir / "DejaVuSans-Bold.ttf",
    }
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        raise FontMissing(
            "The PDF fonts are missing: {files}. Run `npm ci && python scripts/vendor_assets.py` "
            "to copy Vazirmatn and DejaVu Sans into the static vendor folder.".format(
                files=", ".join(missing)
            )
        )
    # the fallback first: a half-registered set (Vazirmatn without its fallback) is never taken as complete
    for name in (*FALLBACK.values(), FONT_BOLD, FONT):
        pdfmetrics.registerFont(TTFont(name, str(files[name])))
    # families, so that a paragraph's <font name=…> keeps its style's weight
    for regular, bold in ((FONT, FONT_BOLD), (FALLBACK[FONT], FALLBACK[FONT_BOLD])):
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return FONT, FONT_BOLD


@cache
def _characters(font):
    """The code points a registered TTF font has glyphs for."""
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def runs(text, font):
    """`text` cut into (run, font name) pieces: letters `font` lacks go to its fallback when that has them.

    Spaces, digits and punctuation between two fallback runs join them (a Russian phrase stays in one font);
    elsewhere they stay in `font`, so Persian text, its digits and its separators are drawn as before.
    """
    fallback = FALLBACK.get(font)
    if not text or fallback is None:
        return [(text, font)] if text else []
    own, other = _characters(font), _characters(fallback)
    kinds = []  # per character: font, fallback, or None (a space, digit or sign: its neighbours decide)
    for char in text:
        group = unicodedata.category(char)[0]
        if ord(char) not in own and ord(char) in other and group not in "CZ":
            kinds.append(fallback)
        else:
            kinds.append(font if group in "LM" else None)
    for index, kind in enumerate(kinds):
        if kind is None:
            before = next((k for k in reversed(kinds[:index]) if k), font)
            after = next((k for k in kinds[index + 1 :] if k), font)
            joins = before == after == fallback and ord(text[index]) in other
            kinds[index] = fallback if joins else font
    pieces = []
    for char, kind in zip(text, kinds, strict=True):
        if pieces and pieces[-1][1] == kind:
            pieces[-1][0] += char
        else:
            pieces.append([char, kind])
    return [tuple(piece) for piece in pieces]


def markup(text, font):
    """Paragraph markup of `text` (already in drawing order), with the fallback font around the runs that need it."""
    return "".join(
        escape(run) if name == font else f'<font name="{name}">{escape(run)}</font>'
        for run, name in runs(text, font)
    )


def text_width(text, font, size):
    """The width of `text` in points, each run measured in the font it is drawn in."""
    return sum(pdfmetrics.stringWidth(run, name, size) for run, name in runs(text, font))


def draw_string(canvas, x, y, text, font, size, *, anchor="left"):
    """Draw one line on a canvas at (x, y), anchored left, right or centre, runs of other scripts in the fallback."""
    pieces = runs(text, font)
    width = sum(pdfmetrics.stringWidth(run, name, size) for run, name in pieces)
    x -= {"left": 0, "centre": width / 2, "right": width}[anchor]
    for run, name in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)


def has_rtl(text):
    """Whether `text` holds right-to-left letters (Persian, Arabic, Hebrew) or Arabic-script digits."""
    return any(
        unicodedata.bidirectional(char) in ("R", "AL", "AN") or "\u06f0" <= char <= "\u06f9" for char in text
    )


def shape(text, rtl=True):
    """Logical text → joined letter forms in visual (left-to-right drawing) order, in a right-to-left (or
    left-to-right) paragraph. Text with no right-to-left letters (a Russian or English name) keeps its own
    order, as the pages show it."""
    text = "" if text is None else str(text)
    if not has_rtl(text):
        return text
    return _visual(_RESHAPER.reshape(text), "R" if rtl else "L")


def _levels(text, base_dir):
    report = get_display(text, base_dir=base_dir, debug=True)
    per_byte = [int(n) for n in _LEVEL.findall(report.split("levels:", 1)[1].split("paragraphs:", 1)[0])]
    levels, at = [], 0
    for char in text:
        levels.append(per_byte[at])
        at += len(char.encode())
    if at != len(per_byte):
        raise ValueError("the levels do not match the text")
    return levels


def _reorder(levels):
    """The logical indexes in visual order (rule L2 of the Unicode bidirectional algorithm)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    for level in range(max(levels, default=0), min(odd, default=1) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return order


def _visual(text, base_dir):
    """python-bidi's visual order, brackets and guillemets mirrored where they stand in a right-to-left run."""
    shown = get_display(text, base_dir=base_dir)
    if _MIRRORED.isdisjoint(text):
        return shown
    if base_dir == "R" and all(unicodedata.bidirectional(char) != "L" for char in text):
        return shown.translate(
            _MIRROR
        )  # no left-to-right letter: every bracket stands in a right-to-left run
    try:
        levels = _levels(text, base_dir)
    except (IndexError, ValueError):
        levels = None
    order = _reorder(levels) if levels else None
    if order is None or "".join(text[i] for i in order) != shown:
        return shown.translate(_MIRROR) if base_dir == "R" else shown  # not understood: by the base direction
    return "".join(text[i].translate(_MIRROR) if levels[i] % 2 else text[i] for i in order)


def number(value, *, rtl=True, digits=None, percent=False):
    """A number as a reader sees it: grouped thousands, Persian digits and separators in Persian."""
    if value is None or value == "":
        return "—"
    if percent:
        text = f"{float(value) * 100:.{digits if digits is not None else 1}f}".rstrip("0").rstrip(".") + "%"
    elif isinstance(value, float) or digits is not None:
        text = f"{float(value):,.{digits if digits is not None else 2}f}"
        text = text.rstrip("0").rstrip(".") if "." in text else text
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    if rtl:
        text = to_persian_digits(text).replace(",", "٬").replace(".", "٫").replace("%", "٪")
    return text


def wrap(text, font, size, width):
    """Split logical text into lines that fit `width` points (still in logical order)."""
    lines = []
    for raw in str(text or "").splitlines() or [""]:
        line = ""
        for word in raw.split():
            candidate = f"{line} {word}" if line else word
            if line and text_width(_RESHAPER.reshape(candidate), font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class Document:
    """A right-to-left (or left-to-right) A4 document built from headings, paragraphs, tables and charts."""

    def __init__(self, title, *, rtl=True, font_dir=None):
        self.font, self.bold = register_fonts(font_dir)
        self.rtl = rtl
        self.title = title
        self.story = []
        self.width = A4[0] - 30 * mm
        align = TA_RIGHT if rtl else TA_LEFT
        self.styles = {
            # headings keep with what follows them (never alone at the foot of a page)
            "title": ParagraphStyle(
                "title", fontName=self.bold, fontSize=15, leading=22, alignment=align, keepWithNext=1
            ),
            "heading": ParagraphStyle(
                "heading",
                fontName=self.bold,
                fontSize=12,
                leading=18,
                alignment=align,
                spaceBefore=8,
                keepWithNext=1,
            ),
            "body": ParagraphStyle("body", fontName=self.font, fontSize=9.5, leading=15, alignment=align),
            "cell": ParagraphStyle("cell", fontName=self.font, fontSize=8.5, leading=12, alignment=align),
            "head": ParagraphStyle("head", fontName=self.bold, fontSize=8.5, leading=12, alignment=align),
        }
        for style in self.styles.values():
            style.splitLongWords = 0  # lines break between words only, never inside one

    def _paragraph(self, text, style, width=None):
        style = self.styles[style]
        if self.rtl or has_rtl(str(text or "")):  # lines broken before they are put in visual order
            lines = wrap(text, style.fontName, style.fontSize, width or self.width)
            lines = [shape(line, self.rtl) for line in lines]
        else:
            lines = str(text or "").split("\n")
        return Paragraph("<br/>".join(markup(line, style.fontName) for line in lines), style)

    def heading(self, text, level=2):
        self.story.append(self._paragraph(text, "title" if level == 1 else "heading"))
        return self

    def paragraph(self, text):
        self.story.append(self._paragraph(text, "body"))
        return self

    def spacer(self, height=4 * mm):
        self.story.append(Spacer(1, height))
        return self

    def table(self, headers, rows, widths=None, *, numeric=()):
        """headers and rows in reading order; in RTL the first column is drawn on the right."""
        count = len(headers)
        widths = list(widths or [self.width / count] * count)
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        body = [[self._paragraph(h, "head", widths[i] - 14) for i, h in enumerate(headers)]]
        for row in rows:
            body.append([self._paragraph(cell, "cell", widths[i] - 14) for i, cell in enumerate(row)])
        if self.rtl:
            body = [list(reversed(r)) for r in body]
            widths = list(reversed(widths))
        table = Table(body, colWidths=widths, repeatRows=1, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
                ]
            )
        )
        self.story.append(table)
        return self

    def bar_chart(self, title, labels, values, *, horizontal=False, height=60 * mm):
        """A bar chart with shaped labels and numbers in the document's digits."""
        self.story.append(
            KeepTogether(
                [
                    self._paragraph(title, "heading"),
                    bar_chart(
                        labels,
                        values,
                        width=self.width,
                        height=height,
                        horizontal=horizontal,
                        rtl=self.rtl,
                        font=self.font,
                    ),
                ]
            )
        )
        return self

    def signatures(self, names, *, caption=""):
        """A row of signature boxes, one per name."""
        if not names:
            return self
        per_row = 3
        cells = [
            self._paragraph(f"{name}\n\n\n{caption}", "cell", self.width / per_row - 8) for name in names
        ]
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        if self.rtl:
            rows = [list(reversed(r)) for r in rows]
        table = Table(rows, colWidths=[self.width / per_row] * per_row)
        table.setStyle(
            TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 6)])
        )
        self.story.append(table)
        return self

    def build(self):
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            rightMargin=15 * mm,
            leftMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            title=self.title,
            author="City Diplomacy",
        )
        doc.build(self.story, onFirstPage=self._footer, onLaterPages=self._footer)
        return buffer.getvalue()

    def _footer(self, canvas, doc):
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.drawCentredString(A4[0] / 2, 8 * mm, number(doc.page, rtl=self.rtl))
        canvas.restoreState()


def bar_chart(labels, values, *, width, height, horizontal=False, rtl=True, font=FONT):
    """A Drawing with one bar per label; labels shaped, value labels in the document's digits."""
    drawing = Drawing(width, height)
    values = [v or 0 for v in values]
    if not values:
        drawing.add(String(width / 2, height / 2, "—", fontName=font, fontSize=10, textAnchor="middle"))
        return drawing
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (90, 10) if horizontal else (30, 30)
    chart.width = width - chart.x - 20
    chart.height = height - chart.y - 15
    chart.data = [values]
    chart.bars[0].fillColor = colors.HexColor("#2f6690")
    chart.categoryAxis.categoryNames = [shape(label, rtl) for label in labels]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    if horizontal:
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.labels.textAnchor = "end"
    elif rtl:
        # Persian: the categories (years) run right to left, as on the page; the value axis on the right
        chart.categoryAxis.reverseDirection = 1
        chart.valueAxis.joinAxis = chart.categoryAxis
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor, chart.valueAxis.labels.dx = "w", 5
        chart.x, chart.width = 15, width - 15 - 35
    if not horizontal:
        chart.categoryAxis.labels.angle = 45 if len(labels) > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: number(int(v) if float(v).is_integer() else v, rtl=rtl)
    chart.barLabelFormat = lambda v: number(v, rtl=rtl)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
