"""The rules under the issuer, the Tiêu ngữ and the subject as real offices draw them.

Word users draw these rules with Insert > Shapes > Line, and Word anchors the shape in
the paragraph the cursor was in: often not the text's own, but the "Số:" line or the
date line in the next row of the header table, an empty paragraph under the subject,
or the authority line of a quyết định, the shape sitting at the top of it. Older files
hold only VML; files converted from PDF hold a flat group of paths. These tests build
such headers in raw WordprocessingML (a two-row header table, lines anchored in the
second row) and check that each rule is found, measured and judged by its length.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from vnreport import check
from vnreport.conformance.findings import Finding, Severity
from vnreport.metrics import text_width
from vnreport.ooxml.drawings import drawn_lines

TNR = "Times New Roman"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_V = "urn:schemas-microsoft-com:vml"
_NS = f'xmlns:mc="{_MC}" xmlns:wp="{_WP}" xmlns:a="{_A}" xmlns:wps="{_WPS}" xmlns:v="{_V}"'

ISSUER = "SỞ CÔNG THƯƠNG"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SUBJECT = "Về việc công nhận kết quả huấn luyện kỹ thuật an toàn"
LEFT_CELL, RIGHT_CELL = 3600, 5760  # twips, as the header tables of the Sở write them
CELL_MARGIN = 108
TEXT_WIDTH = 12240 - 2 * 1440  # python-docx's Letter page less two 1-inch margins, twips
ISSUER_WIDTH = text_width(ISSUER, 13, bold=True) * 20
MOTTO_WIDTH = text_width(MOTTO, 14, bold=True) * 20
SUBJECT_WIDTH = text_width(SUBJECT, 14, bold=True) * 20


# --- builders ---------------------------------------------------------------------------


def _text(paragraph: Paragraph, text: str, *, size: float, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.name = TNR
    run.font.size = Pt(size)
    run.font.bold = bold


def _centre(paragraph: Paragraph) -> Paragraph:
    paragraph.alignment = 1
    return paragraph


def _anchor(length: float, x: float, *, y: float = 0, relative: str = "column") -> str:
    """A line shape drawn with Insert > Shapes > Line: DrawingML with its VML copy."""
    emu, left, top = round(length * 635), round(x * 635), round(y * 635)
    return (
        f'<w:r {nsdecls("w")} {_NS}><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{relative}"><wp:posOffset>{left}</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph">'
        f"<wp:posOffset>{top}</wp:posOffset></wp:positionV>"
        f'<wp:extent cx="{emu}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="7" name="Line 7"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{_WPS}"><wps:wsp><wps:cNvCnPr/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"/></wps:spPr>'
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f'</mc:Choice><mc:Fallback><w:pict><v:line style="position:absolute" '
        f'from="{x / 20}pt,{y / 20}pt" to="{(x + length) / 20}pt,{y / 20}pt"/>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _vml_line(length: float, x: float) -> str:
    """A line as Word 2003 wrote it: VML only."""
    return (
        f'<w:r {nsdecls("w")} {_NS}><w:pict><v:line style="position:absolute;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        f'from="{x / 20}pt,1pt" to="{(x + length) / 20}pt,1pt"/></w:pict></w:r>'
    )


def _flat_group(length: float) -> str:
    """An inline group of one flat path, as a PDF converted to Word holds a rule."""
    emu = round(length * 635)
    return (
        f'<w:r {nsdecls("w")} {_NS} xmlns:wpg="{_WPG}"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{emu}" cy="9525"/><wp:docPr id="9" name="Group 9"/>'
        f'<a:graphic><a:graphicData uri="{_WPG}"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr/>'
        "<wps:wsp><wps:cNvSpPr/><wps:spPr><a:custGeom><a:pathLst>"
        f'<a:path w="{emu}"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
        f'<a:lnTo><a:pt x="{emu}" y="0"/></a:lnTo></a:path></a:pathLst></a:custGeom>'
        '<a:ln w="9525"/></wps:spPr><wps:bodyPr/></wps:wsp></wpg:wgp></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


def _draw(paragraph: Paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


def _width(cell: object, twips: int) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    width = properties.find(qn("w:tcW"))
    if width is None:
        width = parse_xml(f"<w:tcW {nsdecls('w')}/>")
        properties.append(width)
    width.set(qn("w:w"), str(twips))
    width.set(qn("w:type"), "dxa")


class Header:
    """A Sở's header: a borderless two-row table, the issuer and the Quốc hiệu with the
    Tiêu ngữ in the first row, "Số:" and the date in the second, then the type name and
    the subject of a quyết định, its authority line, and a body."""

    def __init__(self) -> None:
        self.document = docx.Document()
        section = self.document.sections[0]
        section.left_margin = section.right_margin = Pt(72)
        table = self.document.add_table(rows=2, cols=2)
        for row in table.rows:
            _width(row.cells[0], LEFT_CELL)
            _width(row.cells[1], RIGHT_CELL)
        top, bottom = table.rows[0].cells, table.rows[1].cells
        parent = _centre(top[0].paragraphs[0])
        _text(parent, "UBND TỈNH LÀO CAI", size=13)
        self.issuer = _centre(top[0].add_paragraph())
        _text(self.issuer, ISSUER, size=13, bold=True)
        national = _centre(top[1].paragraphs[0])
        _text(national, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13, bold=True)
        self.motto = _centre(top[1].add_paragraph())
        _text(self.motto, MOTTO, size=14, bold=True)
        self.number = _centre(bottom[0].paragraphs[0])
        self.number.paragraph_format.space_before = Pt(12)
        _text(self.number, "Số:      /QĐ-SCT", size=13)
        self.date = _centre(bottom[1].paragraphs[0])
        _text(self.date, "Lào Cai, ngày 24 tháng 6 năm 2026", size=14)
        self.document.add_paragraph()
        _text(_centre(self.document.add_paragraph()), "QUYẾT ĐỊNH", size=14, bold=True)
        self.subject = _centre(self.document.add_paragraph())
        _text(self.subject, SUBJECT, size=14, bold=True)
        self.under_subject = _centre(self.document.add_paragraph())
        self.authority = _centre(self.document.add_paragraph())
        _text(self.authority, "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI", size=14, bold=True)
        body = self.document.add_paragraph()
        _text(body, "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ ngày 26/8/2024;", size=14)

    def save(self) -> bytes:
        stream = io.BytesIO()
        self.document.save(stream)
        return stream.getvalue()


def _centred(length: float, cell: int) -> float:
    """The offset from the column that centres a line ``length`` long in ``cell``."""
    return (cell - 2 * CELL_MARGIN - length) / 2


def _rules(data: bytes, rule: str) -> list[Finding]:
    return [finding for finding in check(data) if finding.rule == rule]


def _index(data: bytes, text: str) -> int:
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    for index, paragraph in enumerate(body.iter(qn("w:p"))):
        if text in "".join(node.text or "" for node in paragraph.iter(qn("w:t"))):
            return index
    raise AssertionError(text)


def _header(issuer: float = 0.4, motto: float = 1.0, subject: float = 0.4) -> Header:
    """A header whose rules are line shapes anchored in the next row (issuer: in the
    "Số:" line; Tiêu ngữ: in the date line) and in the empty paragraph under the
    subject, each the given fraction of its text's length."""
    header = Header()
    for paragraph, fraction, width, cell in (
        (header.number, issuer, ISSUER_WIDTH, LEFT_CELL),
        (header.date, motto, MOTTO_WIDTH, RIGHT_CELL),
    ):
        length = fraction * width
        _draw(paragraph, _anchor(length, _centred(length, cell), y=20))
    length = subject * SUBJECT_WIDTH
    _draw(header.under_subject, _anchor(length, (TEXT_WIDTH - length) / 2, y=60))
    return header


# --- tests ------------------------------------------------------------------------------


def test_rules_anchored_in_the_next_row_are_found_and_fit() -> None:
    """Lines anchored at the top of the "Số:" line and the date line, and in the empty
    paragraph under the subject, of the right lengths: no rule finding at all."""
    data = _header().save()
    findings = check(data)
    assert not [f for f in findings if f.rule in ("issuer.rule", "motto.rule", "subject.rule")]


@pytest.mark.parametrize("fraction", [0.57, 0.67])
def test_a_rule_too_long_under_the_issuer_is_a_length_finding(fraction: float) -> None:
    """The rule is there but longer than half the name: said as a length, not as "no
    rule", at the paragraph the line is anchored in, as an error."""
    data = _header(issuer=fraction).save()
    (finding,) = _rules(data, "issuer.rule")
    assert finding.found.startswith(f"a rule {fraction:.2f} × the text's length")
    assert ISSUER in finding.found
    assert "no rule" not in finding.found
    assert finding.paragraph == _index(data, "Số:")
    assert finding.severity is Severity.ERROR


def test_a_rule_too_short_under_the_motto_is_a_length_finding() -> None:
    data = _header(motto=0.6).save()
    (finding,) = _rules(data, "motto.rule")
    assert finding.found.startswith("a rule 0.60 × the text's length")
    assert finding.paragraph == _index(data, "Lào Cai")


def test_the_subjects_rule_at_the_top_of_the_authority_line() -> None:
    """A quyết định's subject rule anchored in the authority line under it, at its top."""
    header = _header()
    header.under_subject._p.getparent().remove(header.under_subject._p)
    length = 0.17 * SUBJECT_WIDTH
    _draw(header.authority, _anchor(length, (TEXT_WIDTH - length) / 2, y=80))
    data = header.save()
    (finding,) = _rules(data, "subject.rule")
    assert finding.found.startswith("a rule 0.17 × the text's length")
    assert finding.paragraph == _index(data, "GIÁM ĐỐC")


def test_a_line_low_in_the_next_paragraph_is_not_the_rule_above() -> None:
    """A line drawn under the "Số:" line's text (far down its paragraph) is not the
    issuer's: the issuer has no rule."""
    header = Header()
    length = 0.4 * ISSUER_WIDTH
    _draw(header.number, _anchor(length, _centred(length, LEFT_CELL), y=900))
    (finding,) = _rules(header.save(), "issuer.rule")
    assert finding.found == "no rule under it"


def test_a_line_in_the_other_column_is_not_the_issuers() -> None:
    """Under the issuer, only the cell below it counts: the date line's line is the
    Tiêu ngữ's."""
    header = Header()
    _draw(header.date, _anchor(MOTTO_WIDTH, _centred(MOTTO_WIDTH, RIGHT_CELL), y=20))
    findings = check(header.save())
    assert [f.found for f in findings if f.rule == "issuer.rule"] == ["no rule under it"]
    assert not [f for f in findings if f.rule == "motto.rule"]


def test_two_lines_in_one_paragraph_are_told_apart_by_where_they_are() -> None:
    """A header typed with tabs, no table: both rules drawn in the empty paragraph
    under it. Each text gets the line under it, measured against its own length."""
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Pt(72)
    for left, right, size in (
        ("UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13),
        (ISSUER, MOTTO, 14),
    ):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(1800 / 20), alignment=1)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(6500 / 20), alignment=1)
        _text(paragraph, f"\t{left}\t{right}", size=size, bold=True)
    lines = document.add_paragraph()
    issuer = text_width(ISSUER, 14, bold=True) * 20 * 0.4
    _draw(lines, _anchor(issuer, 1800 - issuer / 2, y=20))
    _draw(lines, _anchor(MOTTO_WIDTH, 6500 - MOTTO_WIDTH / 2, y=20))
    _text(_centre(document.add_paragraph()), "BÁO CÁO", size=14, bold=True)
    stream = io.BytesIO()
    document.save(stream)
    findings = check(stream.getvalue())
    assert not [f for f in findings if f.rule in ("issuer.rule", "motto.rule")]


def test_a_connector_of_no_width_is_no_rule() -> None:
    """A connector whose extent is 0 wide (it prints nothing) in the issuer's paragraph:
    the rule is the line in the "Số:" line, and that one is measured."""
    header = Header()
    nothing = _anchor(1600, 700, y=300).replace('<wp:extent cx="1016000"', '<wp:extent cx="0"')
    _draw(header.issuer, nothing)
    length = 0.6 * ISSUER_WIDTH
    _draw(header.number, _anchor(length, _centred(length, LEFT_CELL), y=20))
    (finding,) = _rules(header.save(), "issuer.rule")
    assert finding.found.startswith("a rule 0.60 ×")


def test_vml_only_and_flat_groups_are_lines() -> None:
    """A Word 2003 line (VML only) and a PDF-converted flat path group (inline) draw
    the rules under the issuer and the Tiêu ngữ."""
    header = Header()
    length = 0.4 * ISSUER_WIDTH
    _draw(header.number, _vml_line(length, _centred(length, LEFT_CELL)))
    empty = header.date.insert_paragraph_before()
    _centre(empty)
    _draw(empty, _flat_group(MOTTO_WIDTH))
    data = header.save()
    findings = check(data)
    assert not [f for f in findings if f.rule in ("issuer.rule", "motto.rule")]


def test_a_line_and_its_vml_copy_are_one_line() -> None:
    element = etree.fromstring(
        f"<w:p {nsdecls('w')}>{_anchor(2000, 500)}{_vml_line(900, 100)}</w:p>".encode()
    )
    lengths = sorted(line.length for line in drawn_lines(element))
    assert lengths == [900, 2000]


def test_a_rule_typed_after_a_line_break_is_said_to_be_typed() -> None:
    """Underscores typed on the issuer's paragraph after a line break: the rule is there,
    typed as characters (the finding says so), not missing."""
    header = Header()
    run = header.issuer.add_run()
    run.add_break()
    _text(header.issuer, "______", size=13)
    (finding,) = _rules(header.save(), "issuer.rule")
    assert finding.found.startswith("a rule typed as characters ('______'")
    assert finding.severity is Severity.ERROR


def test_a_name_on_two_lines_may_have_its_rule_measured_on_the_last() -> None:
    """ "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" on two lines: a rule under 0.3 of the longest
    line but 0.4 of the last, under which it is drawn, fits."""
    header = Header()
    for run in header.issuer.runs:
        run.text = ""
    _text(header.issuer, "ỦY BAN NHÂN DÂN", size=13, bold=True)
    header.issuer.runs[-1].add_break()
    _text(header.issuer, "TỈNH LÀO CAI", size=13, bold=True)
    last = text_width("TỈNH LÀO CAI", 13, bold=True) * 20
    longest = text_width("ỦY BAN NHÂN DÂN", 13, bold=True) * 20
    length = 0.4 * last
    assert length / longest < 0.30
    _draw(header.number, _anchor(length, _centred(length, LEFT_CELL), y=20))
    assert not _rules(header.save(), "issuer.rule")
