"""Scripts in PDFs: Cyrillic (and Greek, more Latin) drawn in the fallback font, Persian as before."""

import io
import unicodedata
from xml.sax.saxutils import escape

from bidi import get_display
from pypdf import PdfReader
from reportlab.pdfgen import canvas as pdfcanvas

from citydiplomacy.lib.pdf import (
    _RESHAPER,
    FALLBACK,
    FONT,
    FONT_BOLD,
    Document,
    draw_string,
    markup,
    register_fonts,
    runs,
    shape,
    text_width,
)

RUSSIAN = "Горячая линия для граждан"
PERSIAN = "سامانه پاسخگویی شهروندان"


def text_of(pdf):
    # pypdf gives right-to-left text back in logical order; NFKC maps the joined letter forms to plain letters
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))


def fonts_of(pdf):
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    names = {
        str(font.get_object()["/BaseFont"]).split("+")[-1] for font in page["/Resources"]["/Font"].values()
    }
    return names - {"/Helvetica"}  # ReportLab's initial font, never drawn with


def test_a_russian_title_comes_out_of_a_persian_and_an_english_pdf():
    for rtl in (True, False):
        doc = Document("Brochure", rtl=rtl)
        doc.heading(RUSSIAN, level=1)
        doc.paragraph(PERSIAN)
        doc.table(["نام", "Имя"], [["Москва", "۲٬۰۰۰"]])
        pdf = doc.build()
        text = text_of(pdf)
        assert RUSSIAN in text and "Москва" in text and "Имя" in text, rtl
        assert PERSIAN in text, rtl  # in an English document too: shaped, in its own order
        assert {"DejaVuSans", "DejaVuSans-Bold", "Vazirmatn-Regular", "Vazirmatn-Bold"} <= fonts_of(pdf)


def test_persian_text_is_drawn_as_before_in_vazirmatn_alone():
    register_fonts()
    line = shape("گزارش سال ۱۴۰۴ (۲٬۵۰۰ نفر)، ۱۲٫۵٪")
    assert runs(line, FONT) == [(line, FONT)]
    assert markup(line, FONT) == escape(line)
    doc = Document("گزارش")
    doc.heading("گزارش سال ۱۴۰۴")
    doc.paragraph(PERSIAN)
    pdf = doc.build()
    assert fonts_of(pdf) == {"Vazirmatn-Regular", "Vazirmatn-Bold"}
    text = text_of(pdf)
    assert PERSIAN in text
    # pypdf reverses a run of Persian digits (it counts them as right-to-left although they are drawn left to right)
    assert "۱۴۰۴" in text or "۴۰۴۱" in text


def test_persian_lines_are_put_in_visual_order_as_before():
    mirror = str.maketrans("()[]{}«»<>", ")(][}{»«><")
    for line in [
        "گزارش (۱۴۰۴) «سال» [۲٬۵۰۰]",
        "سفر به «عراق» و (ترکیه)، ۱۲٫۵٪",
        "۲٬۰۰۰",
        "— ۱۲",
        "قرارداد {x}",
    ]:
        before = get_display(_RESHAPER.reshape(line), base_dir="R").translate(mirror)  # the former shape()
        assert shape(line) == before, line


def test_left_to_right_names_keep_their_order_and_brackets_in_a_persian_pdf():
    title = "Умный город: система «Горячая линия» (Москва)"
    assert shape(title) == title
    # in a Persian line, only the brackets of the right-to-left runs are mirrored
    assert "(Москва)" in shape("سامانه (Москва) در تهران") and "(Asia)" in shape("شبکه CityNet (Asia)")
    assert shape("سامانه (Москва) در تهران").startswith(shape("در تهران"))
    doc = Document("Brochure")
    doc.heading(title, level=1)
    assert title in text_of(doc.build())


def test_runs_keep_a_phrase_in_one_font_and_the_weight_of_the_style():
    register_fonts()
    assert runs("Умный город, 2025", FONT) == [("Умный город", FALLBACK[FONT]), (", 2025", FONT)]
    assert runs(shape("شهر Москва"), FONT_BOLD) == [
        ("Москва", FALLBACK[FONT_BOLD]),
        (" " + shape("شهر"), FONT_BOLD),
    ]
    # Latin letters Vazirmatn has stay in it; Greek goes to the fallback
    assert runs("Łódź Ελλάδα", FONT) == [("Łódź ", FONT), ("Ελλάδα", FALLBACK[FONT])]
    assert markup("a<b Москва", FONT) == 'a&lt;b <font name="DejaVuSans">Москва</font>'


def test_cyrillic_is_measured_in_the_font_it_is_drawn_in():
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert text_width(RUSSIAN, FONT, 10) == stringWidth(RUSSIAN, FALLBACK[FONT], 10)
    # a long Russian text in a narrow Persian table cell wraps between words and loses none
    words = ("Система обращений граждан города " * 6).split()
    doc = Document("جدول")
    doc.table(["نام", "شرح"], [["Москва", " ".join(words)]], widths=[3, 1])
    text = text_of(doc.build())
    assert all(word in text for word in set(words))


def test_a_canvas_line_draws_each_run_in_its_font():
    register_fonts()
    buffer = io.BytesIO()
    canvas = pdfcanvas.Canvas(buffer)
    draw_string(canvas, 500, 700, shape("Иван Петров مهمان"), FONT_BOLD, 14, anchor="right")
    canvas.save()
    text = text_of(buffer.getvalue())
    assert "Иван Петров" in text and "مهمان" in text
