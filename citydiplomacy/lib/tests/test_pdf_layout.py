"""PDF layout: headings stay with what follows them, table cells break lines between words only, and in
Persian a chart's categories (years) run right to left, as on the page."""

import io

from pypdf import PdfReader

from citydiplomacy.lib.pdf import Document, bar_chart, register_fonts


def pages_of(pdf, *needles):
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return [next(i for i, text in enumerate(pages) if needle in text) for needle in needles]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page():
    for filler in range(38, 56):  # wherever the heading falls, it moves with its table
        doc = Document("Layout", rtl=False)
        for n in range(filler):
            doc.paragraph(f"Line {n} of the text before the heading.")
        doc.heading("HEADINGMARK")
        doc.table(["name", "count"], [["FIRSTROW", "1"], ["second", "2"]])
        heading_page, row_page = pages_of(doc.build(), "HEADINGMARK", "FIRSTROW")
        assert heading_page == row_page, filler


def test_table_cells_break_between_words_not_inside_them():
    doc = Document("Layout", rtl=False)
    word = "Internationalization"
    doc.table(
        ["a", "b", "c", "d", "e", "f", "g", "h"], [[f"{word} office", "1", "2", "3", "4", "5", "6", "7"]]
    )
    text = PdfReader(io.BytesIO(doc.build())).pages[0].extract_text()
    assert word in text


def test_in_persian_the_years_of_a_chart_run_right_to_left():
    font, _bold = register_fonts()

    def positions(rtl):
        from reportlab.graphics.shapes import Group, String

        chart = bar_chart(["1401", "1402", "1403"], [1, 2, 3], width=400, height=150, rtl=rtl, font=font)
        found = {}

        def walk(node, dx=0):
            if isinstance(node, String):
                if node.text in {"1401", "1402", "1403"}:
                    found[node.text] = dx + node.x
            elif isinstance(node, Group):
                shift = dx + (node.transform[4] if node.transform else 0)
                for child in node.contents:
                    walk(child, shift)
            elif hasattr(node, "draw"):  # a widget (an axis): what it draws
                walk(node.draw(), dx)

        walk(chart.contents[0].draw())
        return [found[year] for year in ("1401", "1402", "1403")]

    rtl, ltr = positions(True), positions(False)
    assert rtl == sorted(rtl, reverse=True)  # the first year on the right
    assert ltr == sorted(ltr)
