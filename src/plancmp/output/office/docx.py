"""Word documents (python-docx): the page, the styles and the tables every document shares.

Set as Chinese official documents are (GB/T 9704-2012): A4, a 156 × 225 mm text block,
the title in 小标宋, headings in 黑体 and 楷体, body in 仿宋 三号, page numbers `— 1 —`.
The fonts are named as Windows names them, and each is declared in the document's font
table with its GB2312 character set, its family and its English name, so that Word and
WPS put a like font in place of a missing one (宋体 for 方正小标宋简体) and LibreOffice
asks fontconfig for a Chinese one. Only what Word, WPS and LibreOffice all read is used:
styles, tables, inline images, sections and a PAGE field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from plancmp.output.sheet import text_width
from plancmp.output.table import Table

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import ParagraphStyle
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph


class FontFace(NamedTuple):
    """A Chinese font as the font table declares it."""

    name: str
    english: str
    panose: str
    family: str
    pitch: str


TITLE_FONT = FontFace(
    "方正小标宋简体", "FZXiaoBiaoSong-B05S", "02010600030101010101", "roman", "variable"
)
HEADING_FONT = FontFace("黑体", "SimHei", "02010609060101010101", "modern", "fixed")
SUBHEADING_FONT = FontFace("楷体", "KaiTi", "02010609060101010101", "modern", "fixed")
BODY_FONT = FontFace("仿宋", "FangSong", "02010609060101010101", "modern", "fixed")
TABLE_FONT = FontFace("宋体", "SimSun", "02010600030101010101", "auto", "variable")
FACES = (TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT, TABLE_FONT)
LATIN_FONT = "Times New Roman"

BODY_PT, TITLE_PT, TABLE_PT, SMALL_TABLE_PT = 16, 22, 10.5, 9
"""三号, 二号, 五号, 小五."""
TABLE_STYLE, HEADER_STYLE, META_STYLE = "表格文字", "表格标题行", "说明文字"
STYLE_IDS = {TABLE_STYLE: "TableText", HEADER_STYLE: "TableHeader", META_STYLE: "Note"}
"""Our styles' ids in the file: ASCII, as Word's own are (the names people see are Chinese)."""
WIDE_TABLE = 8
"""Tables with more columns than this get the smaller type."""
MARGINS_MM = (37, 26, 35, 28)
"""Top, right, bottom, left: GB/T 9704's text block of 156 × 225 mm on A4."""
HEADER_FILL, HIGHLIGHT_FILL = "DDE6F0", "FFF4D6"


def new_document() -> Document:
    """An empty A4 document with the styles, fonts and page numbers above."""
    import docx

    doc = docx.Document()
    _page(doc)
    _styles(doc)
    _font_table(doc)
    _page_numbers(doc)
    return doc


def _page(doc: Document) -> None:
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, right, bottom, left = (Mm(x) for x in MARGINS_MM)
    section.top_margin, section.right_margin = top, right
    section.bottom_margin, section.left_margin = bottom, left
    section.footer_distance = Mm(25)


def text_width_emu(doc: Document) -> int:
    """The width of the text block, in EMU."""
    section = doc.sections[-1]
    assert section.page_width and section.left_margin and section.right_margin
    return int(section.page_width - section.left_margin - section.right_margin)


def _styles(doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    _defaults(doc)
    body = _style(doc, "Normal", BODY_FONT, BODY_PT)
    body.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    body.paragraph_format.line_spacing = Pt(28)
    body.paragraph_format.space_after = Pt(0)
    _first_line_indent(body, 2, BODY_PT)
    levels = (
        (1, TITLE_FONT, TITLE_PT),
        (2, HEADING_FONT, BODY_PT),
        (3, SUBHEADING_FONT, BODY_PT),
        (4, BODY_FONT, BODY_PT),
    )
    for level, face, size in levels:
        style = _style(doc, f"Heading {level}", face, size, bold=level == 4)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12 if level > 1 else 0)
        style.paragraph_format.space_after = Pt(12 if level == 1 else 0)
    title: ParagraphStyle = doc.styles["Heading 1"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _first_line_indent(title, 0, TITLE_PT)
    for name, face in ((TABLE_STYLE, TABLE_FONT), (HEADER_STYLE, HEADING_FONT)):
        _plain(_style(doc, name, face, TABLE_PT, new=True))
    meta = _plain(_style(doc, META_STYLE, BODY_FONT, 12, new=True))
    meta.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    meta.paragraph_format.space_after = Pt(6)
    _plain(_style(doc, "Footer", TABLE_FONT, 14))


def _plain(style: ParagraphStyle) -> ParagraphStyle:
    """Single-spaced and not indented (tables, captions, the footer), unlike the body."""
    from docx.enum.text import WD_LINE_SPACING

    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _first_line_indent(style, 0, 0)
    return style


def _defaults(doc: Document) -> None:
    """Chinese by default, and no theme fonts anywhere: the template's theme would put
    a Japanese font (ＭＳ 明朝) on every Chinese character. Figures and Latin words are
    English (w:val): with Chinese there, LibreOffice breaks a line inside a number
    (`96` / `%`, `0.` / `3`) as it would between two Chinese characters."""
    from docx.oxml.ns import qn

    styles = doc.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
    (defaults,) = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr")
    _set_fonts(defaults, BODY_FONT.name)
    (lang,) = defaults.xpath("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _style(
    doc: Document, name: str, face: FontFace, size: float, bold: bool = False, new: bool = False
) -> ParagraphStyle:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style: ParagraphStyle = (
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH) if new else doc.styles[name]
    )
    if new:
        style.style_id = STYLE_IDS[name]
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
    style.font.size = Pt(size)
    style.font.bold = bold
    _set_fonts(style.element.get_or_add_rPr(), face.name)
    return style


def _set_fonts(rpr: object, east_asian: str) -> None:
    """Latin text in Times New Roman, Chinese in `east_asian` (w:rFonts)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = rpr.xpath("w:rFonts")  # type: ignore[attr-defined]
    fonts = found[0] if found else OxmlElement("w:rFonts")
    if not found:
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def _first_line_indent(style: ParagraphStyle, chars: int, size: float) -> None:
    """Indent the first line by `chars` characters (w:firstLineChars, which Word and WPS
    read; the points for those that do not)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.paragraph_format.first_line_indent = Pt(chars * size)
    (ind,) = style.element.get_or_add_pPr().xpath("w:ind")
    ind.set(qn("w:firstLineChars"), str(chars * 100))


def _font_table(doc: Document) -> None:
    """Declare the Chinese fonts (word/fontTable.xml): what a word processor reads to
    choose a substitute for a font that is not installed."""
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn

    part = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    root = parse_xml(part.blob)
    for face in FACES:
        font = OxmlElement("w:font", {qn("w:name"): face.name})
        for tag, value in (
            ("altName", face.english),
            ("panose1", face.panose),
            ("charset", "86"),
            ("family", face.family),
            ("pitch", face.pitch),
        ):
            font.append(OxmlElement(f"w:{tag}", {qn("w:val"): value}))
        root.append(font)
    part._blob = serialize_part_xml(root)  # a part python-docx keeps as bytes


def _page_numbers(doc: Document) -> None:
    """`— 1 —` centred at the foot of every page (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    field(paragraph, "PAGE", "1")
    paragraph.add_run(" —")


def field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field Word, WPS and LibreOffice update as they lay out the pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run(shown)
    char("end")


# --- tables ----------------------------------------------------------------------------------


def add_table(doc: Document, table: Table, highlight: frozenset[int] = frozenset()) -> WordTable:
    """A real Word table: the header row repeats on every page, no row splits across pages,
    columns as wide as their text asks (a column empty in every row left out, as on a
    terminal); the rows in `highlight` shaded."""
    from docx.shared import Pt

    keep = [j for j in range(len(table.columns)) if any(row[j] for row in table.rows)]
    keep = keep or list(range(len(table.columns)))
    columns = [table.columns[j] for j in keep]
    rows = [[row[j] for j in keep] for row in table.rows]
    word: WordTable = doc.add_table(rows=1 + len(rows), cols=len(columns))
    word.style = doc.styles["Table Grid"]
    _cell_margins(word, CELL_MARGIN_PT)
    size = SMALL_TABLE_PT if len(columns) > WIDE_TABLE else TABLE_PT
    # by id: python-docx looks a style object up anew for every paragraph (slow)
    header_id, body_id = (doc.styles[name].style_id for name in (HEADER_STYLE, TABLE_STYLE))
    for i, (row, cells) in enumerate(zip(word.rows, [columns, *rows], strict=True)):
        _row_properties(row._tr, header=i == 0)
        for cell, text in zip(row.cells, cells, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph._p.style = header_id if i == 0 else body_id
            if i == 0:
                shade(cell, HEADER_FILL)
            elif i - 1 in highlight:
                shade(cell, HIGHLIGHT_FILL)
            if not text:
                continue
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = i - 1 in highlight or None
    total = text_width_emu(doc) / EMU_PER_PT
    for column, width in zip(word.columns, column_widths(columns, rows, total, size), strict=True):
        column.width = Pt(width)
        for cell in column.cells:
            cell.width = Pt(width)
    word.autofit = False
    return word


CELL_MARGIN_PT = 2.8
"""Left and right inside each cell (Word's default is 5.4)."""
EMU_PER_PT = 12700
SHORT = 12
"""Cells up to this many half-width characters (绍兴市越城区, 2025, 约束性) never wrap."""


def column_widths(
    columns: Sequence[str], rows: Sequence[Sequence[str]], total: float, size: float
) -> list[float]:
    """Column widths in points that fill `total`. A column of short cells is at least as wide
    as its cells, so they never wrap (its name may); another is at least as wide as its
    longest number or Latin word and 4 Chinese characters. What is left goes to the
    columns by how much more their text would take."""
    char = size * 0.55  # a little over half the type size: bold and fallback fonts run wide
    pad = 2 * CELL_MARGIN_PT + 1.5
    natural, least = [], []
    for j, name in enumerate(columns):
        cells = [row[j] for row in rows]
        widest = max((_width(text) for text in cells), default=0)
        natural.append(max(widest, text_width(name)) * char + pad)
        if widest <= SHORT:
            least.append(max(widest, min(text_width(name), 4)) * char + pad)
        else:
            unbroken = max((_width(w) for text in cells for w in _WORDS.findall(text)), default=0)
            least.append(min(max(unbroken, 8) * char + pad, natural[-1]))
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    spare = total - sum(least)
    more = [n - m for n, m in zip(natural, least, strict=True)]
    return [m + spare * x / sum(more) for m, x in zip(least, more, strict=True)]


def _width(text: str) -> float:
    """Half-width characters `text` takes, a per cent sign as nearly two: it is 0.83 em
    wide in Times New Roman (1 em in bold, as the plan's own row is), not a digit's 0.5,
    and a column sized for `>90%` as four digits breaks the sign off onto a line of its own."""
    return text_width(text) + 0.9 * (text.count("%") + text.count("‰"))


_WORDS = re.compile(r"[^\s\u3000-\u303f\u3400-\u9fff\uff0c\uff1b\uff1a]+")
"""Runs of text a line does not break inside: numbers, Latin words (Chinese breaks anywhere)."""


def _cell_margins(word: WordTable, points: float) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(round(points * 20)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    word._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _row_properties(tr: object, header: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    for tag in ("w:cantSplit", "w:tblHeader") if header else ("w:cantSplit",):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        properties.append(element)


def shade(cell: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


# --- a document of tables ---------------------------------------------------------------------


def write_tables(tables: Sequence[Table], path: Path, titled: bool = True) -> None:
    """A Word document of titled tables (one per table command), with its notes below."""
    doc = new_document()
    if any(len(t.columns) > WIDE_TABLE for t in tables):
        landscape(doc)
    for table in tables:
        if titled and table.title:
            doc.add_heading(table.title, level=2)
        add_table(doc, table)
        for line in table.notes if titled else ():
            doc.add_paragraph(line, style=META_STYLE)
    doc.save(str(path))


def landscape(doc: Document) -> None:
    """Turn the page for a wide table, keeping the margins at the page's edges."""
    from docx.enum.section import WD_ORIENT

    section = doc.sections[-1]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    top, right, bottom, left = (
        section.top_margin,
        section.right_margin,
        section.bottom_margin,
        section.left_margin,
    )
    section.top_margin, section.right_margin = left, top
    section.bottom_margin, section.left_margin = right, bottom
