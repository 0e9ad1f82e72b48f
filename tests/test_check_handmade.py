"""The checker on documents typed by hand (tests/handmade.py), not produced by vnreport:
the components it recognises, and exactly the findings it reports.

Findings are compared as ``(rule, paragraph, severity)`` triples, paragraph indexes
counting every paragraph of the body, table cells included, in reading order.
"""

from __future__ import annotations

import functools
import io
import re
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from lxml import etree

import handmade
from vnreport import check
from vnreport.conformance import Finding, Findings, Severity, inspect
from vnreport.conformance.anatomy import Anatomy, Span
from vnreport.conformance.fix import fix
from vnreport.errors import PackageError
from vnreport.ooxml.names import w
from vnreport.rules.doctypes import DocumentType

E, W = Severity.ERROR, Severity.WARNING
Triple = tuple[str, int | None, Severity]


@functools.cache
def build(name: str, **options: object) -> bytes:
    """A handmade document, built once per test session."""
    builder: Callable[..., bytes] = getattr(handmade, name)
    return builder(**options)


@functools.cache
def findings_of(name: str, **options: object) -> Findings:
    return check(build(name, **options))


@functools.cache
def anatomy_of(name: str, **options: object) -> Anatomy:
    return inspect(build(name, **options)).anatomy


def ordered(items: Iterable[Triple]) -> list[Triple]:
    return sorted(items, key=lambda t: (t[0], -1 if t[1] is None else t[1], t[2].value))


def triples(findings: Iterable[Finding]) -> list[Triple]:
    """Findings as sorted (rule, paragraph, severity) triples, repeats kept."""
    return ordered((f.rule, f.paragraph, f.severity) for f in findings)


def spans(items: Iterable[Span]) -> list[tuple[int, str]]:
    return [(item.index, item.text) for item in items]


def span(item: Span | None) -> tuple[int, str] | None:
    return None if item is None else (item.index, item.text)


def not_evaluated(findings: Findings) -> list[str]:
    return sorted(item.rule for item in findings.not_evaluated)


KEPT_TOGETHER = "signature.kept-together"


def only_kept_together(paragraph: int) -> list[Triple]:
    """The one warning of a careful document: its last body paragraph is not set to keep
    with the signature block (Word's "Keep with next"), which clerks rarely tick."""
    return [(KEPT_TOGETHER, paragraph, W)]


# --- 1. the careful clerk ------------------------------------------------------------------


def test_careful_report_has_no_error_and_one_expected_warning() -> None:
    findings = findings_of("careful_report")
    assert findings.errors == ()
    assert triples(findings) == only_kept_together(23)
    (warning,) = findings
    assert warning.component == "signature"
    assert warning.found == "the last paragraph does not keep with the signature"
    # Where pages break is only known to a word processor: reported, never as passed.
    assert not_evaluated(findings) == [KEPT_TOGETHER]


CAREFUL_ANATOMY = {
    "national_name": (3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    "motto": (4, "Độc lập - Tự do - Hạnh phúc"),
    "parent": [(0, "UBND HUYỆN TUẦN GIÁO")],
    "issuer": [(1, "PHÒNG TÀI CHÍNH - KẾ HOẠCH")],
    "number": (6, "Số: 05/BC-TCKH"),
    "place_date": (7, "Tuần Giáo, ngày 05 tháng 4 năm 2021"),
    "subject_vv": None,
    "type_name": (8, "BÁO CÁO"),
    "subject": [(9, "Kết quả thực hiện nhiệm vụ tài chính - ngân sách quý I năm 2021")],
    "addressees": [],
    "legal_bases": [],
    "recipients_heading": (24, "Nơi nhận:"),
    "recipients": [
        (25, "- UBND huyện (b/c);"),
        (26, "- Sở Tài chính tỉnh Điện Biên;"),
        (27, "- Lưu: VT, TCKH."),
    ],
    "signature": [(28, "KT. TRƯỞNG PHÒNG"), (29, "PHÓ TRƯỞNG PHÒNG")],
    "signer": (34, "Lò Văn Bình"),
    "appendices": [],
}


def summary(anatomy: Anatomy) -> dict[str, object]:
    """The recognised components as (paragraph, text) pairs."""
    result: dict[str, object] = {}
    for name in CAREFUL_ANATOMY:
        value = getattr(anatomy, name)
        result[name] = spans(value) if isinstance(value, tuple) else span(value)
    return result


def rules_of(anatomy: Anatomy) -> dict[str, tuple[str, int] | None]:
    return {
        name: None if mark is None else (mark.kind, mark.paragraph.index)
        for name, mark in (
            ("motto", anatomy.motto_rule),
            ("issuer", anatomy.issuer_rule),
            ("subject", anatomy.subject_rule),
        )
    }


def test_careful_report_anatomy() -> None:
    anatomy = anatomy_of("careful_report")
    assert summary(anatomy) == CAREFUL_ANATOMY
    assert anatomy.doc_type is DocumentType.REPORT
    # The rules are bottom borders on empty paragraphs under the texts.
    assert rules_of(anatomy) == {
        "motto": ("border", 5),
        "issuer": ("border", 2),
        "subject": ("border", 10),
    }
    assert [p.index for p in anatomy.body] == list(range(11, 24))
    assert anatomy.body[0].plain.startswith("Thực hiện Kế hoạch số 70/KH-UBND")
    assert anatomy.body[-1].plain.endswith("huyện Tuần Giáo./.")
    assert anatomy.layout_tables == frozenset({0, 1})


def test_careful_report_is_laid_out_as_typed() -> None:
    """What the careful clerk set, read back: A4, 20/20/30/15 mm, a PAGE field in the
    header of later pages only, Times New Roman on all four slots with no theme."""
    inspection = inspect(build("careful_report"))
    (section,) = inspection.document.sections
    assert (section.page_width, section.page_height) == (11906, 16838)
    assert {side: section.margins[side] for side in ("top", "bottom", "left", "right")} == {
        "top": 1134,
        "bottom": 1134,
        "left": 1701,
        "right": 850,
    }
    assert section.title_page
    (header,) = inspection.document.story(section.headers["default"])
    assert header.fields == ("PAGE",)
    first = inspection.document.story(section.headers["first"])
    assert all("PAGE" not in p.fields for p in first)
    for paragraph in inspection.document.paragraphs:
        for run in paragraph.text_runs:
            assert run.props.theme_slots == frozenset()
            assert set(run.props.fonts.values()) == {"Times New Roman"}


# --- 2. the rushed draft -------------------------------------------------------------------

# Paragraphs of the rushed draft (handmade.rushed_draft):
#  0 "UBND HUYỆN TUẦN GIÁO\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"   Times New Roman (ascii/hAnsi)
#  1 "\t…\tĐộc lập – Tự do – Hạnh phúc"   2 "\t…\t_____"   3 "Số: 5/BC-UBND\t\tTuần Giáo, ngày 5 …"
#  4 ""   5 "BÁO CÁO"   6 subject   7 "__________"   8–15 body (Calibri from the theme, 12 pt)
#  16 ""   17 "Nơi nhận:"   18–19 items   20–21 signature   22–24 ""   25 "PHẠM THỊ TUYÊN"
RUSHED_TEXT_PARAGRAPHS = [0, 1, 2, 3, 5, 6, 7, *range(8, 16), 17, 18, 19, 20, 21, 25]
RUSHED_BODY_TEXT = [10, 11, 13, 15]  # the body's paragraphs that are not headings

RUSHED_LAYOUT_AND_WORDING: list[Triple] = [
    ("page.size", None, E),
    # Word's default inch on every side: the top and bottom (25.4 mm) are within the
    # tolerance of 20–25 mm, the left and right are not.
    *[("page.margins", None, E)] * 2,
    ("motto.text", 1, E),  # en dashes
    ("motto.format", 1, E),  # placed by tabs, not centred
    ("motto.rule", 2, E),  # underscores
    ("issuer.rule", 0, E),  # none drawn
    ("number.form", 3, E),  # "5" for "05"
    ("date.form", 3, E),  # month "06" for "6"
    ("date.form", 3, E),  # day "5" for "05"
    ("date.format", 3, E),  # upright
    ("subject.rule", 7, E),  # underscores
    *[("body.size", index, E) for index in range(8, 16)],
    *[("body.alignment", index, E) for index in RUSHED_BODY_TEXT],
    *[("body.indent", index, E) for index in RUSHED_BODY_TEXT],
    ("end-mark", 15, E),
    ("recipients.items", 18, E),  # 12 pt for 11
    ("recipients.items", 19, E),
    ("signature.name", 25, E),  # capitals
    # Plain paragraphs that nothing keeps together: where the pages break is the layout's
    # (signature.kept-together is not evaluated), not a deviation of the file.
    ("page-number.present", None, W),
]
# Every paragraph with text takes some font from the theme. The header's runs (¶0–3) name
# Times New Roman on ascii/hAnsi (the Font dialog): only their East Asian and complex-script
# slots, which no Vietnamese letter is shown through, are the theme's — a note, not a
# finding. The others name nothing: their letters are shown in the theme's minor font
# (Cambria in python-docx's template), which font.theme reports; font.family has nothing
# left to report.
RUSHED_HEADER = [0, 1, 2, 3]
RUSHED_FONTS: list[Triple] = [
    ("font.theme", index, E) for index in RUSHED_TEXT_PARAGRAPHS if index not in RUSHED_HEADER
]
RUSHED: list[Triple] = ordered(RUSHED_LAYOUT_AND_WORDING + RUSHED_FONTS)


def test_rushed_draft_findings() -> None:
    """The exact findings of the rushed draft."""
    assert triples(findings_of("rushed_draft")) == RUSHED


def test_rushed_draft_layout_and_wording_findings() -> None:
    """The same without the font rules (see test_rushed_draft_font_findings), so that
    everything else is pinned down even while the fonts are misreported."""
    findings = [f for f in findings_of("rushed_draft") if not f.rule.startswith("font.")]
    assert triples(findings) == ordered(RUSHED_LAYOUT_AND_WORDING)
    by_rule = {(f.rule, f.found) for f in findings}
    assert ("number.form", "number '5'") in by_rule
    assert ("date.form", "month '06'") in by_rule
    assert ("date.form", "day '5'") in by_rule
    assert ("motto.text", "'Độc lập – Tự do – Hạnh phúc' (with U+2013)") in by_rule
    assert ("page.size", "section 1: 216 × 279 mm") in by_rule
    assert ("motto.rule", "a rule typed as characters ('____________')") in by_rule
    assert ("body.size", "12 pt") in by_rule
    assert ("signature.name", "'PHẠM THỊ TUYÊN'") in by_rule


def test_rushed_draft_font_findings() -> None:
    """The theme font the letters are shown in, resolved in the theme, on the slots that
    show them; the theme fonts of the slots no letter uses are noted, slot by slot — the
    cs slot too, which Word writes ``w:cstheme`` (lower-case "t") in the document
    defaults."""
    findings = findings_of("rushed_draft")
    fonts = [f for f in findings if f.rule.startswith("font.")]
    assert triples(fonts) == RUSHED_FONTS
    found = {f.paragraph: f.found for f in fonts}
    assert found[8] == "theme font minorHAnsi on ascii, hAnsi ('Cambria')"
    # The rule typed as underscores shows only ASCII: only its ascii slot is named.
    assert found[7] == "theme font minorHAnsi on ascii ('Cambria')"
    notes = {(note.rule, note.paragraph, note.message.split(",")[0]) for note in findings.notes}
    assert notes == {
        ("font.theme", 0, "cs slot takes the theme's minorBidi"),
        ("font.theme", 0, "eastAsia slot takes the theme's minorEastAsia ('ＭＳ 明朝')"),
    }
    assert all(note.message.endswith("(21 paragraphs)") for note in findings.notes)


def test_rushed_draft_anatomy() -> None:
    anatomy = anatomy_of("rushed_draft")
    assert span(anatomy.motto) == (1, "Độc lập – Tự do – Hạnh phúc")
    assert span(anatomy.number) == (3, "Số: 5/BC-UBND")
    assert span(anatomy.place_date) == (3, "Tuần Giáo, ngày 5 tháng 06 năm 2021")
    assert spans(anatomy.parent) == []
    assert span(anatomy.type_name) == (5, "BÁO CÁO")
    assert anatomy.doc_type is DocumentType.REPORT
    assert spans(anatomy.subject) == [(6, "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021")]
    assert rules_of(anatomy) == {"motto": ("typed", 2), "issuer": None, "subject": ("typed", 7)}
    assert span(anatomy.recipients_heading) == (17, "Nơi nhận:")
    assert spans(anatomy.recipients) == [(18, "- UBND tỉnh (b/c);"), (19, "- Lưu: VT.")]
    assert spans(anatomy.signature) == [(20, "TM. ỦY BAN NHÂN DÂN"), (21, "CHỦ TỊCH")]
    assert span(anatomy.signer) == (25, "PHẠM THỊ TUYÊN")
    assert [p.index for p in anatomy.body if p.plain] == list(range(8, 16))
    assert anatomy.layout_tables == frozenset()
    assert (anatomy.addressees, anatomy.legal_bases, anatomy.appendices) == ((), (), ())


def test_rushed_draft_quoc_hieu_spelled_hoa_is_recognised() -> None:
    """The Quốc hiệu after the tabs, "CỘNG HOÀ …", is the Quốc hiệu, not a second line
    of the issuer's name."""
    anatomy = anatomy_of("rushed_draft")
    assert span(anatomy.national_name) == (0, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert spans(anatomy.issuer) == [(0, "UBND HUYỆN TUẦN GIÁO")]


@pytest.mark.parametrize(
    "national", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
)
def test_both_spellings_of_the_quoc_hieu_are_accepted(national: str) -> None:
    """The decree writes both "HÒA" and "HOÀ" (nd30-spec §3.1): both are recognised and
    neither is reported."""
    anatomy = anatomy_of("careful_report", national=national)
    assert span(anatomy.national_name) == (3, national)
    assert spans(anatomy.issuer) == [(1, "PHÒNG TÀI CHÍNH - KẾ HOẠCH")]
    assert triples(findings_of("careful_report", national=national)) == only_kept_together(23)


# --- fix() on the rushed draft -------------------------------------------------------------


@functools.cache
def fixed_rushed():
    return fix(build("rushed_draft"))


def test_fix_repairs_page_fonts_and_sizes() -> None:
    result = fixed_rushed()
    repairs = list(result.repairs)
    # Word's default inch (25.4 mm) is within the tolerance of the top and bottom ranges
    # (20–25 mm): only the sides are out and repaired.
    assert repairs[:3] == [
        "section 1: page set to A4",
        "section 1: left margin 25.4 → 30 mm",
        "section 1: right margin 25.4 → 20 mm",
    ]
    assert re.fullmatch(r"fonts: Times New Roman on every slot \(\d+ places\)", repairs[3])
    assert repairs[4:14] == [
        "¶18 recipient: 12.0 → 11 pt",
        "¶19 recipient: 12.0 → 11 pt",
        *[f"¶{index} body: 12.0 → 13 pt" for index in range(8, 16)],
    ]
    assert triples(result.before) == triples(findings_of("rushed_draft"))
    repaired = {"page.size", "page.margins", "font.family", "font.theme", "body.size"}
    assert not [f for f in result.after if f.rule in repaired]
    assert not [f for f in result.after if f.rule == "recipients.items"]
    after = inspect(result.data)
    (section,) = after.document.sections
    assert (section.page_width, section.page_height) == (11906, 16838)
    for index in range(8, 16):
        assert {run.props.size for run in after.document.paragraphs[index].text_runs} == {13}


def test_fix_leaves_the_wording_for_the_author() -> None:
    """What needs the author stays reported, and the text is not touched."""
    result = fixed_rushed()
    wording = {
        "motto.text",
        "motto.format",
        "motto.rule",
        "issuer.rule",
        "number.form",
        "date.format",
        "subject.rule",
        "body.alignment",
        "body.indent",
        "end-mark",
        "signature.name",
        KEPT_TOGETHER,
        "page-number.present",
    }
    expected = [t for t in RUSHED_LAYOUT_AND_WORDING if t[0] in wording]
    assert triples(f for f in result.after if f.rule in wording) == ordered(expected)
    before = inspect(build("rushed_draft")).document.paragraphs
    after = inspect(result.data).document.paragraphs
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        if old.index != 3:  # the date line: its padding is repaired
            assert new.text == old.text


def test_fix_pads_the_date_without_touching_the_number() -> None:
    """Number and date are typed on one line, in one run (text, two tabs, text) as Word
    stores a line typed without changing format: the day and month are repaired where
    they are, and the number and symbol stay as typed."""
    result = fixed_rushed()
    assert "¶3 date: day '5' → '05'" in result.repairs
    assert "¶3 date: month '06' → '6'" in result.repairs
    line = inspect(result.data).document.paragraphs[3].text
    assert line == "Số: 5/BC-UBND\t\tTuần Giáo, ngày 05 tháng 6 năm 2021"
    assert not [f for f in result.after if f.rule == "date.form"]


def test_fix_leaves_no_theme_font() -> None:
    """ "Theme fonts removed" (docs/checker.md): no rFonts of the repaired copy keeps a
    theme attribute, ``w:cstheme`` of the document defaults included."""
    result = fixed_rushed()
    for name in ("word/styles.xml", "word/document.xml"):
        root = handmade.xml_of(result.data, name)
        themed = {
            attribute.split("}")[-1]
            for element in root.iter("{*}rFonts")
            for attribute in element.attrib
            if attribute.lower().endswith("theme")
        }
        assert themed == set(), name


def test_fix_pads_a_date_typed_in_nfd() -> None:
    result = fix(build("rushed_draft", nfd=True))
    assert "¶3 date: day '5' → '05'" in result.repairs
    assert not [f for f in result.after if f.rule == "date.form"]


# --- 3. a công văn -------------------------------------------------------------------------


def test_cong_van_anatomy() -> None:
    anatomy = anatomy_of("cong_van")
    assert spans(anatomy.issuer) == [(0, "ỦY BAN NHÂN DÂN"), (1, "HUYỆN TUẦN GIÁO")]
    assert spans(anatomy.parent) == []
    assert span(anatomy.national_name) == (3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert span(anatomy.motto) == (4, "Độc lập - Tự do - Hạnh phúc")
    assert span(anatomy.number) == (6, "Số: 12/UBND-VP")
    assert span(anatomy.subject_vv) == (7, "V/v báo cáo kết quả cải cách hành chính")
    assert span(anatomy.place_date) == (8, "Tuần Giáo, ngày 08 tháng 02 năm 2021")
    assert anatomy.type_name is None
    # No type name, a "V/v" line under the number: the document is a công văn.
    assert anatomy.doc_type is DocumentType.OFFICIAL_LETTER
    assert anatomy.subject == ()
    assert spans(anatomy.addressees) == [
        (9, "Kính gửi:"),
        (10, "- Ủy ban nhân dân tỉnh Điện Biên;"),
        (11, "- Sở Nội vụ tỉnh Điện Biên."),
    ]
    assert [p.index for p in anatomy.body] == [12, 13, 14]
    assert span(anatomy.recipients_heading) == (15, "Nơi nhận:")
    assert spans(anatomy.recipients) == [(16, "- Như trên;"), (17, "- Lưu: VT, VP.")]
    assert spans(anatomy.signature) == [
        (18, "TM. ỦY BAN NHÂN DÂN"),
        (19, "KT. CHỦ TỊCH"),
        (20, "PHÓ CHỦ TỊCH"),
    ]
    assert span(anatomy.signer) == (25, "Lò Văn Phương")


def test_cong_van_findings() -> None:
    """No type name and no subject are expected of a công văn, and its symbol starts
    with the issuer ("12/UBND-VP"), not with a type's abbreviation."""
    findings = findings_of("cong_van")
    assert triples(findings) == only_kept_together(14)
    assert not [f for f in findings if f.rule in ("type-name.format", "subject.format")]
    assert not [f for f in findings if f.rule == "number.form"]
    # A công văn's subject follows "V/v" with no rule under it: nothing is left unevaluated.
    assert not_evaluated(findings) == [KEPT_TOGETHER]


# --- 4. Căn cứ -----------------------------------------------------------------------------


def test_a_submission_opening_with_can_cu_in_prose() -> None:
    """A tờ trình's first paragraph "Căn cứ …, UBND huyện kính trình … như sau:" is
    upright prose leading into the body, not a legal basis to set in italic."""
    anatomy = anatomy_of("submission_opening_with_a_basis")
    assert anatomy.doc_type is DocumentType.SUBMISSION
    assert anatomy.legal_bases == ()
    assert anatomy.body[0].plain.startswith("Căn cứ Quyết định số 12/QĐ-UBND")
    findings = findings_of("submission_opening_with_a_basis")
    last = anatomy.body[-1].index
    assert triples(findings) == only_kept_together(last)


def test_plan_legal_bases() -> None:
    """A kế hoạch opening with Căn cứ lines: the upright one and the last one ending ";"
    are reported."""
    anatomy = anatomy_of("plan_with_legal_bases")
    assert [(index, text[:28]) for index, text in spans(anatomy.legal_bases)] == [
        (11, "Căn cứ Nghị định số 30/2020/"),
        (12, "Căn cứ Kế hoạch số 70/KH-UBN"),
        (13, "Căn cứ tình hình thực tế của"),
    ]
    assert span(anatomy.type_name) == (8, "KẾ HOẠCH")
    assert anatomy.doc_type is DocumentType.PLAN
    assert [p.index for p in anatomy.body] == [14, 15, 16]
    findings = findings_of("plan_with_legal_bases")
    assert triples(findings) == [
        ("legal-basis.format", 12, E),
        ("legal-basis.format", 13, E),
        *only_kept_together(16),
    ]
    upright, ending = (f for f in findings if f.rule == "legal-basis.format")
    assert (upright.component, upright.found, upright.expected) == (
        "legal-basis",
        "upright",
        "italic",
    )
    assert (ending.found, ending.expected) == ("ends with ';'", "ends with '.'")


def test_decision_legal_bases_are_recognised() -> None:
    """A quyết định as Mẫu 1.2 lays it out: the authority line "CHỦ TỊCH ỦY BAN NHÂN
    DÂN HUYỆN …" comes between the subject's rule and the Căn cứ lines."""
    anatomy = anatomy_of("decision")
    assert span(anatomy.type_name) == (8, "QUYẾT ĐỊNH")
    assert anatomy.doc_type is DocumentType.DECISION
    assert spans(anatomy.subject) == [
        (9, "Về việc phê duyệt Kế hoạch cải cách hành chính năm 2021")
    ]
    assert [index for index, _ in spans(anatomy.legal_bases)] == [12, 13, 14]
    assert spans(anatomy.legal_bases)[2] == (14, "Theo đề nghị của Trưởng phòng Nội vụ huyện;")


def test_decision_findings() -> None:
    """The upright Căn cứ and the last one ending ";" are reported; the authority line and
    "QUYẾT ĐỊNH:", centred as the decree wants them (nd30-spec §3.6), are not body text
    to be justified and indented."""
    findings = findings_of("decision")
    assert triples(findings) == [
        ("legal-basis.format", 13, E),
        ("legal-basis.format", 14, E),
        *only_kept_together(18),
    ]


# --- 5. NFD --------------------------------------------------------------------------------


def test_nfd_document_is_really_decomposed() -> None:
    raw = inspect(build("careful_report", nfd=True)).document.paragraphs[6].text
    assert raw == unicodedata.normalize("NFD", "Số: 05/BC-TCKH")
    assert raw != unicodedata.normalize("NFC", raw)


def test_nfd_is_recognised_like_nfc() -> None:
    nfd, nfc = anatomy_of("careful_report", nfd=True), anatomy_of("careful_report")
    assert summary(nfd) == summary(nfc) == CAREFUL_ANATOMY
    assert rules_of(nfd) == rules_of(nfc)
    assert nfd.doc_type is nfc.doc_type
    assert [p.index for p in nfd.body] == [p.index for p in nfc.body]


def test_nfd_findings_like_nfc() -> None:
    """Decomposed text causes no finding: the NFD copy is reported exactly as the NFC one."""
    nfd, nfc = findings_of("careful_report", nfd=True), findings_of("careful_report")
    assert [f.to_dict() for f in nfd] == [f.to_dict() for f in nfc]


# --- 6. appendices -------------------------------------------------------------------------


def test_appendix_after_the_signature_table() -> None:
    anatomy = anatomy_of("report_with_appendix")
    assert spans(anatomy.appendices) == [(36, "Phụ lục I")]
    assert span(anatomy.signer) == (34, "Lò Văn Bình")
    assert max(p.index for p in anatomy.body) == 23
    # The appendix's lines are neither body nor signature: nothing more is reported.
    assert triples(findings_of("report_with_appendix")) == only_kept_together(23)


def test_appendix_after_a_plain_footer() -> None:
    """Without tables, the signature lines end with the signer's name: the appendix on
    the next page belongs to neither."""
    anatomy = anatomy_of("appendix_after_plain_footer")
    assert spans(anatomy.signature) == [(20, "TM. ỦY BAN NHÂN DÂN"), (21, "CHỦ TỊCH")]
    assert span(anatomy.signer) == (25, "Phạm Thị Tuyên")
    assert spans(anatomy.appendices) == [(27, "Phụ lục I")]
    findings = findings_of("appendix_after_plain_footer")
    assert not [f for f in findings if f.rule.startswith("signature.") and f.paragraph > 25]


# --- 7. Word's list numbering --------------------------------------------------------------


def test_numbered_headings_are_not_evaluated() -> None:
    findings = findings_of("numbered_headings_report")
    assert "heading.sequence" in not_evaluated(findings)
    assert triples(findings) == only_kept_together(23)
    anatomy = anatomy_of("numbered_headings_report")
    numbered = [p.index for p in anatomy.body if p.props.numbered]
    assert numbered == [13, 16]


def test_typed_label_after_numbered_ones_is_no_gap() -> None:
    """Khoản 1 and 2 numbered by Word, khoản 3 typed "3.": the sequence cannot be read
    from the text, so it is not evaluated — and no gap is reported."""
    findings = findings_of("mixed_numbering_report")
    assert "heading.sequence" in not_evaluated(findings)
    assert [f for f in findings if f.rule == "heading.sequence"] == []


# --- rules drawn as shapes, Nơi nhận typed with tabs ----------------------------------------


def test_rules_drawn_as_line_shapes_are_recognised() -> None:
    """Lines inserted as shapes and anchored in the paragraph of the text they underline
    (where Word anchors a shape drawn while the cursor is in that paragraph)."""
    anatomy = anatomy_of("report_with_line_shapes")
    assert rules_of(anatomy) == {
        "motto": ("drawing", 3),
        "issuer": ("drawing", 1),
        "subject": ("drawing", 7),
    }
    assert triples(findings_of("report_with_line_shapes")) == only_kept_together(20)


def test_rule_after_a_spacer_line_under_the_subject() -> None:
    """A small empty line between the subject and its rule: the rule two paragraphs down
    is still the subject's (as it is for the Tiêu ngữ and the issuer)."""
    anatomy = anatomy_of("careful_report", gap=True)
    assert spans(anatomy.subject) == CAREFUL_ANATOMY["subject"]
    assert rules_of(anatomy)["subject"] == ("border", 11)
    assert triples(findings_of("careful_report", gap=True)) == only_kept_together(24)


def test_nơi_nhận_and_signature_split_by_tabs() -> None:
    """Nơi nhận and the signature typed side by side on the same lines, split by tabs,
    as the header's first line is."""
    anatomy = anatomy_of("tab_footer_draft")
    assert span(anatomy.recipients_heading) == (17, "Nơi nhận:")
    assert spans(anatomy.recipients) == [(18, "- UBND tỉnh (b/c);"), (19, "- Lưu: VT.")]
    assert spans(anatomy.signature) == [(17, "TM. ỦY BAN NHÂN DÂN"), (18, "CHỦ TỊCH")]
    assert span(anatomy.signer) == (23, "Phạm Thị Tuyên")
    assert max(p.index for p in anatomy.body if p.plain) == 15
    findings = findings_of("tab_footer_draft")
    assert not [f for f in findings if f.rule in ("recipients.heading", "signature.stack")]
    assert not [f for f in findings if f.rule == "end-mark"]


# --- 8. oddities ---------------------------------------------------------------------------


def test_empty_document() -> None:
    """No header at all: not a Decree 30 document, said once, instead of every rule of
    the header, the body and the footer firing on nothing."""
    findings = findings_of("empty_document")
    assert triples(findings) == [("document.kind", None, W)]
    assert "no Quốc hiệu, Tiêu ngữ, number nor place" in findings[0].found
    assert not_evaluated(findings) == []


def test_only_a_table() -> None:
    """A table of figures: nothing of it is taken for a component, the column "Số tiền"
    (amount) for the number line included; with no header it is no Decree 30 document."""
    anatomy = anatomy_of("only_a_table")
    assert anatomy.number is None
    assert anatomy.foreign is not None
    assert anatomy.foreign.kind == "no-header"
    findings = findings_of("only_a_table")
    assert [(f.rule, f.paragraph) for f in findings] == [("document.kind", None)]


def test_nested_header_table() -> None:
    """The Quốc hiệu and Tiêu ngữ in a table nested in the header's right cell (after the
    cell's own empty paragraph, ¶3, and followed by the one Word requires, ¶7)."""

    def shift(item: tuple[int, str]) -> tuple[int, str]:
        index, text = item
        return (index + 2 if index >= 5 else index + 1 if index >= 3 else index, text)

    expected = {
        name: [shift(item) for item in value]
        if isinstance(value, list)
        else None
        if value is None
        else shift(value)
        for name, value in CAREFUL_ANATOMY.items()
    }
    anatomy = anatomy_of("nested_header_table")
    assert summary(anatomy) == expected
    assert span(anatomy.national_name) == (4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert anatomy.national_name is not None
    assert anatomy.national_name.paragraph.location.table == 1  # the nested table
    assert anatomy.layout_tables == frozenset({0, 1, 2})
    assert rules_of(anatomy)["motto"] == ("border", 6)
    assert triples(findings_of("nested_header_table")) == only_kept_together(25)


def test_header_in_text_boxes_does_not_crash() -> None:
    findings = findings_of("header_in_text_boxes")
    anatomy = anatomy_of("header_in_text_boxes")
    # What lies outside the boxes is recognised as usual.
    assert span(anatomy.number) == (4, "Số: 05/BC-TCKH")
    assert span(anatomy.type_name) == (5, "BÁO CÁO")
    # The boxes' text is not read as the anchor paragraph's own text.
    assert inspect(build("header_in_text_boxes")).document.paragraphs[0].text == ""
    assert findings.errors


def test_paragraphs_of_tabs_and_spaces() -> None:
    anatomy = anatomy_of("whitespace_paragraph")
    assert span(anatomy.number) == (6, "Số: 05/BC-TCKH")
    assert span(anatomy.place_date) == (8, "Tuần Giáo, ngày 05 tháng 4 năm 2021")
    assert spans(anatomy.issuer) == [(1, "PHÒNG TÀI CHÍNH - KẾ HOẠCH")]
    blank = inspect(build("whitespace_paragraph")).document.paragraphs[15]
    assert blank.text == " \t\t   \t"
    assert 15 in [p.index for p in anatomy.body]
    assert triples(findings_of("whitespace_paragraph")) == only_kept_together(25)


def test_long_body_is_checked_quickly() -> None:
    data = build("long_report")
    started = time.perf_counter()
    findings = check(data)
    elapsed = time.perf_counter() - started
    paragraphs = len(inspect(data).document.paragraphs)
    print(f"\nchecking a 20-page body ({paragraphs} paragraphs): {elapsed:.3f} s")
    assert elapsed < 10
    assert paragraphs > 200
    assert [(f.rule, f.severity) for f in findings] == [(KEPT_TOGETHER, W)]


def test_styles_part_missing() -> None:
    """Without styles.xml nothing names a font: every paragraph is reported, nothing
    crashes, and the components are still found."""
    findings = findings_of("without_styles")
    assert summary(anatomy_of("without_styles")) == CAREFUL_ANATOMY
    family = [f for f in findings if f.rule == "font.family"]
    assert {f.found for f in family if f.severity is E} == {
        "no ascii font (Word falls back to the theme's)"
    }
    inspection = inspect(build("without_styles"))
    with_text = {p.index for p in inspection.document.paragraphs if p.text_runs}
    assert with_text <= {f.paragraph for f in family if f.severity is E}
    assert not [f for f in findings if f.rule not in ("font.family", KEPT_TOGETHER)]


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(handmade.not_a_zip())
    for source in (path, str(path), handmade.not_a_zip()):
        with pytest.raises(PackageError, match=r"^not a \.docx file \(not a zip archive\)"):
            check(source)


def test_zip_without_content_types() -> None:
    with pytest.raises(
        PackageError, match=r"^not a \.docx file: it has no \[Content_Types\]\.xml$"
    ):
        check(handmade.without_content_types())


# --- every finding is complete -------------------------------------------------------------

DOCUMENTS = [
    ("careful_report", {}),
    ("careful_report", {"nfd": True}),
    ("rushed_draft", {}),
    ("tab_footer_draft", {}),
    ("appendix_after_plain_footer", {}),
    ("cong_van", {}),
    ("decision", {}),
    ("plan_with_legal_bases", {}),
    ("report_with_appendix", {}),
    ("report_with_line_shapes", {}),
    ("numbered_headings_report", {}),
    ("mixed_numbering_report", {}),
    ("empty_document", {}),
    ("only_a_table", {}),
    ("nested_header_table", {}),
    ("header_in_text_boxes", {}),
    ("whitespace_paragraph", {}),
    ("without_styles", {}),
]


@pytest.mark.parametrize(
    ("name", "options"), DOCUMENTS, ids=[f"{n}{'-nfd' if o else ''}" for n, o in DOCUMENTS]
)
def test_every_finding_is_complete(name: str, options: dict[str, object]) -> None:
    findings = findings_of(name, **options)
    for finding in findings:
        assert finding.locator.startswith("NĐ 30/2020"), finding
        assert finding.component, finding
        assert finding.found, finding
        assert finding.expected, finding
        assert isinstance(finding.severity, Severity)
        if finding.paragraph is not None:
            assert finding.excerpt, finding
    for item in findings.not_evaluated:
        assert item.locator.startswith("NĐ 30/2020"), item
        assert item.reason, item


def test_an_appendix_label_in_the_wrong_form_is_reported() -> None:
    # The same appendix with its "Phụ lục I" line set in 12 pt and left-aligned.
    data = handmade.report_with_appendix()
    anatomy = inspect(data).anatomy
    label = anatomy.appendices[0]
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    root = etree.fromstring(parts["word/document.xml"])
    paragraph = list(root.iter(w("p")))[label.index]
    for run in paragraph.iter(w("r")):
        properties = run.find(w("rPr"))
        if properties is None:
            properties = etree.SubElement(run, w("rPr"))
            run.insert(0, properties)
        for size in properties.findall(w("sz")):
            properties.remove(size)
        size = etree.SubElement(properties, w("sz"))
        size.set(w("val"), "24")
    jc = paragraph.find(f"{w('pPr')}/{w('jc')}")
    assert jc is not None
    jc.set(w("val"), "left")
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    found = [f for f in check(buffer.getvalue()) if f.rule == "appendix.format"]
    assert {(f.paragraph, f.found) for f in found} == {
        (label.index, "12 pt"),
        (label.index, "flush left"),
    }
