"""The font rules on fonts as Word files carry them: the font each character is shown in.

Word shows a character through one of its run's four font slots, chosen by its Unicode
block: Vietnamese letters through ascii and hAnsi, whatever the East Asian and
complex-script slots name — unless ``w:hint="eastAsia"`` (with a Chinese language or font)
or ``w:cs``/``w:rtl`` send characters there. Theme fonts are resolved in the document's
theme; style inheritance is followed. The documents are the careful clerk's report of
tests/handmade.py (Times New Roman everywhere, by name, from the Normal style) with one
thing changed in its XML the way Word writes it, and vnreport's own seed report for the
command line.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

import handmade
import vnreport
from vnreport import Report, check
from vnreport.cli.main import main
from vnreport.conformance import Finding, Findings, Note, Severity, inspect
from vnreport.conformance.rules.fonts import every_paragraph
from vnreport.ooxml.fonts import slot_of

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
TNR = "Times New Roman"
E, WARN = Severity.ERROR, Severity.WARNING
DOCUMENT, STYLES, THEME = "word/document.xml", "word/styles.xml", "word/theme/theme1.xml"
FONT_TABLE, HEADER = "word/fontTable.xml", "word/header1.xml"
# Paragraphs of the careful report (handmade.careful_report).
NATIONAL_NAME, BODY, HEADING, SUM = 3, 11, 12, 17
# Word's own document defaults (Normal.dotm since Word 2007): every slot from the theme.
WORD_DEFAULTS = {
    "asciiTheme": "minorHAnsi",
    "eastAsiaTheme": "minorHAnsi",
    "hAnsiTheme": "minorHAnsi",
    "cstheme": "minorBidi",
}

Edit = Callable[[etree._Element], None]


def w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


# --- builders -----------------------------------------------------------------------------


def edited(edits: dict[str, Edit], *, drop: frozenset[str] = frozenset()) -> bytes:
    """The careful report with each part of ``edits`` changed in place, ``drop`` left out."""
    parts = handmade.parts_of(handmade.careful_report())
    for name, edit in edits.items():
        root = etree.fromstring(parts[name])
        edit(root)
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name not in drop:
                archive.writestr(name, data)
    return buffer.getvalue()


def child(parent: etree._Element, name: str, first: bool = False) -> etree._Element:
    """The child ``w:name`` of ``parent``, made (first, or last) if missing."""
    found = parent.find(w(name))
    if found is None:
        found = etree.Element(w(name))
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def set_fonts(rpr: etree._Element, **slots: str) -> None:
    """``w:rFonts`` of ``rpr`` replaced by exactly ``slots`` (attribute → value)."""
    fonts = child(rpr, "rFonts", first=True)
    fonts.attrib.clear()
    for key, value in slots.items():
        fonts.set(w(key), value)


def fonts_of_styles(normal: dict[str, str], defaults: dict[str, str] | None = None) -> Edit:
    """The Normal style's fonts (where the body takes them) and the document defaults'."""

    def edit(styles: etree._Element) -> None:
        for style in styles.iter(w("style")):
            if style.get(w("styleId")) == "Normal":
                set_fonts(child(style, "rPr"), **normal)
        rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        assert rpr is not None
        set_fonts(rpr, **(normal if defaults is None else defaults))

    return edit


def theme_latin(minor: str | None = None, major: str | None = None) -> Edit:
    def edit(theme: etree._Element) -> None:
        for kind, typeface in (("minor", minor), ("major", major)):
            if typeface is not None:
                latin = theme.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
                assert latin is not None
                latin.set("typeface", typeface)

    return edit


def paragraph_at(body: etree._Element, index: int) -> etree._Element:
    """The ``index``-th paragraph in reading order (table cells included), as the
    checker counts them."""
    return list(body.iter(w("p")))[index]


def first_run(index: int, text: str | None = None, **rpr: dict[str, str]) -> Edit:
    """The first text run of paragraph ``index``: its text (if given) and run properties
    (element name → attributes; an empty dict for a toggle such as ``w:cs``)."""

    def edit(document: etree._Element) -> None:
        run = next(
            r for r in paragraph_at(document, index).iter(w("r")) if r.find(w("t")) is not None
        )
        if text is not None:
            element = run.find(w("t"))
            assert element is not None
            element.text = text
        properties = child(run, "rPr", first=True)
        for name, attributes in rpr.items():
            element = child(properties, name, first=name == "rFonts")
            for key, value in attributes.items():
                element.set(w(key), value)

    return edit


def font_findings(findings: Findings) -> list[Finding]:
    return [finding for finding in findings if finding.rule.startswith("font.")]


def notes_of(findings: Findings, rule: str) -> list[Note]:
    return [note for note in findings.notes if note.rule == rule]


def text_paragraphs(data: bytes) -> list[int]:
    return [p.index for p in inspect(data).document.paragraphs if p.text.strip()]


@pytest.fixture(scope="module")
def careful_findings() -> Findings:
    return check(handmade.careful_report())


def test_the_careful_report_has_no_font_finding_and_no_note(careful_findings: Findings) -> None:
    assert font_findings(careful_findings) == []
    assert careful_findings.notes == ()


# --- the East Asian and complex-script slots ----------------------------------------------


def test_word_defaults_under_times_new_roman_latin_fonts_are_notes(
    careful_findings: Findings,
) -> None:
    """The commonest real file: Word's defaults take every slot from the theme, the
    clerk's Normal style names Times New Roman for the Latin slots only (the Font
    dialog). The East Asian and complex-script slots stay the theme's: no Vietnamese
    letter is shown through them, so they are notes — one per slot for the whole file —
    and the findings are those of the careful report."""
    data = edited({STYLES: fonts_of_styles({"ascii": TNR, "hAnsi": TNR}, WORD_DEFAULTS)})
    findings = check(data)
    assert list(findings) == list(careful_findings)
    notes = notes_of(findings, "font.theme")
    assert [(note.paragraph, note.message.split(",")[0]) for note in notes] == [
        (0, "cs slot takes the theme's minorBidi"),
        (0, "eastAsia slot takes the theme's minorHAnsi ('Cambria')"),
    ]
    inspection = inspect(data)
    count = len([p for p in every_paragraph(inspection) if p.text_runs])
    for note in notes:
        assert note.message.endswith(f"({count} paragraphs)"), note.message
        assert "Vietnamese letters are shown through ascii and hAnsi" in note.message
        assert note.locator.startswith("NĐ 30/2020")
        assert note.excerpt == "UBND HUYỆN TUẦN GIÁO"


def test_an_east_asian_font_named_on_the_style_is_a_note(careful_findings: Findings) -> None:
    """SimSun on the East Asian slot and Arial on the complex-script one, under Times
    New Roman Latin fonts: nothing on the page changes."""
    fonts = {"ascii": TNR, "hAnsi": TNR, "eastAsia": "SimSun", "cs": "Arial"}
    findings = check(edited({STYLES: fonts_of_styles(fonts)}))
    assert list(findings) == list(careful_findings)
    said = [note.message.split(" never")[0] for note in notes_of(findings, "font.family")]
    assert said == ["eastAsia font 'SimSun'", "cs font 'Arial'"]


def test_an_unset_east_asian_slot_is_a_note(careful_findings: Findings) -> None:
    findings = check(edited({STYLES: fonts_of_styles({"ascii": TNR, "hAnsi": TNR, "cs": TNR})}))
    assert list(findings) == list(careful_findings)
    (note,) = notes_of(findings, "font.family")
    assert note.message.startswith("no eastAsia font named, which is never used")


def test_a_chinese_input_method_shows_vietnamese_letters_in_the_east_asian_font() -> None:
    """``w:hint="eastAsia"`` with a Chinese East Asian language: Word shows à, ư, ệ in the
    East Asian font (Latin-1, Latin Extended, Latin Extended Additional), the ASCII
    letters still in the ascii font."""
    edit = first_run(
        SUM,
        "Tổng thu ngân sách",
        rFonts={"hint": "eastAsia", "eastAsia": "SimSun"},
        lang={"eastAsia": "zh-CN"},
    )
    findings = font_findings(check(edited({DOCUMENT: edit})))
    assert [(f.rule, f.paragraph, f.severity) for f in findings] == [("font.family", SUM, E)]
    assert findings[0].found == (
        "eastAsia font 'SimSun' for 'ổá': w:hint=\"eastAsia\" sends them to the East Asian font"
    )
    assert findings[0].expected == TNR


def test_the_hint_alone_leaves_vietnamese_letters_in_the_hansi_font() -> None:
    """The same hint without a Chinese language or font: the letters stay in hAnsi (Times
    New Roman), the East Asian font is only a note."""
    edit = first_run(SUM, "Tổng thu ngân sách", rFonts={"hint": "eastAsia", "eastAsia": "Arial"})
    findings = check(edited({DOCUMENT: edit}))
    assert font_findings(findings) == []
    (note,) = notes_of(findings, "font.family")
    assert (note.paragraph, note.message.split(" never")[0]) == (SUM, "eastAsia font 'Arial'")


def test_the_hint_sends_an_ellipsis_and_a_dash_to_the_east_asian_font() -> None:
    edit = first_run(SUM, "Tổng thu – chi …", rFonts={"hint": "eastAsia", "eastAsia": "Arial"})
    (finding,) = font_findings(check(edited({DOCUMENT: edit})))
    assert finding.found.startswith("eastAsia font 'Arial' for '–…'")


@pytest.mark.parametrize(("charset", "reported"), [("86", True), ("88", True), ("00", False)])
def test_a_chinese_character_set_sends_hinted_letters_to_the_east_asian_font(
    charset: str, reported: bool
) -> None:
    """With the hint, a Latin Extended letter (ư, ộ) goes to the East Asian font when
    that font's character set (fontTable.xml) is GB2312 (86) or Big5 (88)."""

    def font_table(root: etree._Element) -> None:
        font = etree.SubElement(root, w("font"), {w("name"): "SimSun"})
        etree.SubElement(font, w("charset"), {w("val"): charset})

    edit = first_run(SUM, "Nợ thuế tư", rFonts={"hint": "eastAsia", "eastAsia": "SimSun"})
    findings = font_findings(check(edited({DOCUMENT: edit, FONT_TABLE: font_table})))
    assert [f.found.split(":")[0] for f in findings] == (
        ["eastAsia font 'SimSun' for 'ợếư'"] if reported else []
    )


def test_times_new_roman_on_the_east_asian_slot_keeps_everything_in_the_ascii_font() -> None:
    """Word's own exception: an East Asian slot naming Times New Roman, with the same font
    on ascii and hAnsi, shows every character in the ascii font, hint or not."""
    edit = first_run(
        SUM,
        "Tổng thu – chi …",
        rFonts={"hint": "eastAsia", "ascii": TNR, "hAnsi": TNR, "eastAsia": TNR},
        lang={"eastAsia": "zh-CN"},
    )
    findings = check(edited({DOCUMENT: edit}))
    assert font_findings(findings) == []
    assert notes_of(findings, "font.family") == []


@pytest.mark.parametrize("mark", ["cs", "rtl"])
def test_a_complex_script_run_is_shown_in_the_complex_script_font(mark: str) -> None:
    edit = first_run(SUM, rFonts={"ascii": TNR, "hAnsi": TNR, "cs": "Arial"}, **{mark: {}})
    (finding,) = font_findings(check(edited({DOCUMENT: edit})))
    assert finding.paragraph == SUM
    assert finding.found.startswith("cs font 'Arial' for 'Tổngthungânsách")
    assert finding.found.endswith("the run is marked as complex script (w:cs or w:rtl)")


def test_without_the_mark_the_complex_script_font_is_a_note() -> None:
    edit = first_run(SUM, rFonts={"ascii": TNR, "hAnsi": TNR, "cs": "Arial"})
    findings = check(edited({DOCUMENT: edit}))
    assert font_findings(findings) == []
    assert [note.paragraph for note in notes_of(findings, "font.family")] == [SUM]


# --- the Latin slots ----------------------------------------------------------------------


def test_times_new_roman_bold_is_no_family() -> None:
    """'Times New Roman Bold' — a face name typed as a family — is not Times New Roman:
    no computer has a family of that name, Word and LibreOffice show another font."""
    bold = "Times New Roman Bold"
    edit = first_run(NATIONAL_NAME, rFonts={"ascii": bold, "hAnsi": bold})
    findings = check(edited({DOCUMENT: edit}))
    (finding,) = font_findings(findings)
    assert (finding.rule, finding.paragraph, finding.severity) == ("font.family", 3, E)
    assert finding.found == "ascii font 'Times New Roman Bold'"
    # Its hAnsi slot is the same font, reported with it: no note of its own.
    assert findings.notes == ()


def test_a_tcvn3_font_in_the_header_is_an_error() -> None:
    """'.VnTime', the TCVN3 font of old offices, on the page number of the header."""

    def header(root: etree._Element) -> None:
        run = next(r for r in root.iter(w("r")) if r.find(w("t")) is not None)
        set_fonts(child(run, "rPr", first=True), ascii=".VnTime", hAnsi=".VnTime")

    (finding,) = font_findings(check(edited({HEADER: header})))
    assert (finding.paragraph, finding.excerpt) == (None, "header: 2")
    assert finding.found == "ascii font '.VnTime'"


def test_a_letter_in_another_font_is_reported_on_its_own_slot() -> None:
    """A 'đ' picked from Cambria's symbol table, the East Asian slot SimSun as in the
    real file: only the hAnsi slot shows it."""
    fonts = {"ascii": "Cambria", "hAnsi": "Cambria", "eastAsia": "SimSun", "cs": "Cambria"}
    findings = check(edited({DOCUMENT: first_run(SUM, "đ", rFonts=fonts)}))
    (finding,) = font_findings(findings)
    assert finding.found == "hAnsi font 'Cambria'"
    # The ascii and cs slots are the same font, reported with it; SimSun is noted.
    said = [note.message.split(" never")[0] for note in notes_of(findings, "font.family")]
    assert said == ["eastAsia font 'SimSun'"]


def test_with_times_new_roman_on_the_east_asian_slot_the_ascii_font_shows_every_letter() -> None:
    """Word's exception again: the East Asian slot Times New Roman (from the Normal
    style), ascii and hAnsi alike: the ascii font shows the 'đ'."""
    edit = first_run(SUM, "đ", rFonts={"ascii": "Cambria", "hAnsi": "Cambria"})
    (finding,) = font_findings(check(edited({DOCUMENT: edit})))
    assert finding.found == "ascii font 'Cambria'"


def test_a_latin_font_no_character_uses_is_a_note() -> None:
    """Digits in a run whose hAnsi slot is Arial: only the ascii slot (Times New Roman)
    shows them."""
    edit = first_run(SUM, "12.450", rFonts={"ascii": TNR, "hAnsi": "Arial"})
    findings = check(edited({DOCUMENT: edit}))
    assert font_findings(findings) == []
    (note,) = notes_of(findings, "font.family")
    assert note.message == (
        "hAnsi font 'Arial' never used: no character of the text is shown through that "
        "slot (1 paragraph)"
    )


def test_the_paragraph_mark_font_is_not_the_text_font() -> None:
    """``w:pPr/w:rPr`` formats the pilcrow only: Arial there changes no character."""

    def mark(document: etree._Element) -> None:
        for index in (SUM, SUM + 1):
            properties = child(child(paragraph_at(document, index), "pPr", first=True), "rPr")
            set_fonts(properties, ascii="Arial", hAnsi="Arial")

    findings = check(edited({DOCUMENT: mark}))
    assert font_findings(findings) == []
    assert findings.notes == ()


# --- theme fonts and style inheritance ----------------------------------------------------


def _theme_everywhere(minor: str) -> dict[str, Edit]:
    """The clerk never touched the font: every slot from the theme, whose body font is
    ``minor``."""
    return {STYLES: fonts_of_styles(WORD_DEFAULTS), THEME: theme_latin(minor=minor)}


def test_letters_in_a_theme_font_that_is_calibri_are_errors() -> None:
    data = edited(_theme_everywhere("Calibri"))
    findings = font_findings(check(data))
    assert [f.paragraph for f in findings if f.paragraph is not None] == text_paragraphs(data)
    assert {(f.rule, f.severity) for f in findings} == {("font.theme", E)}
    assert findings[BODY].found == "theme font minorHAnsi on ascii, hAnsi ('Calibri')"
    assert findings[BODY].expected == "Times New Roman by name"


def test_a_theme_font_that_is_times_new_roman_is_a_note(careful_findings: Findings) -> None:
    """Shown in Times New Roman: no deviation on the page, but another theme would
    change it."""
    findings = check(edited(_theme_everywhere(TNR)))
    assert list(findings) == list(careful_findings)
    latin = [
        n for n in notes_of(findings, "font.theme") if n.message.startswith(("ascii", "hAnsi"))
    ]
    assert [note.message.rsplit(" (", 1)[0] for note in latin] == [
        "ascii slot takes the theme's minorHAnsi ('Times New Roman'): Times New Roman, but "
        "another theme would change it",
        "hAnsi slot takes the theme's minorHAnsi ('Times New Roman'): Times New Roman, but "
        "another theme would change it",
    ]


def test_a_theme_font_without_a_theme_part_is_an_error() -> None:
    """The theme part missing (its relationship left dangling): Word falls back to its
    own Office theme, which is not Times New Roman."""
    data = edited({STYLES: fonts_of_styles(WORD_DEFAULTS)}, drop=frozenset({THEME}))
    findings = font_findings(check(data))
    assert findings
    assert findings[BODY].found == (
        "theme font minorHAnsi on ascii, hAnsi, and no theme in the file: Word shows its own "
        "(Calibri or Aptos)"
    )


def test_a_theme_part_that_cannot_be_read_counts_as_absent() -> None:
    """A broken theme part refines nothing: the file is still checked, and a theme font
    on the letters is reported as one Word cannot find."""
    data = edited({STYLES: fonts_of_styles(WORD_DEFAULTS)})
    parts = handmade.parts_of(data)
    parts[THEME] = b"<a:theme"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    findings = font_findings(check(buffer.getvalue()))
    assert findings[BODY].found.endswith(
        "and no theme in the file: Word shows its own (Calibri or Aptos)"
    )


def _heading_style(direct_fonts: bool) -> dict[str, Edit]:
    """Paragraph 12 in a heading style based on a style that takes the theme's heading
    font (majorHAnsi, 'Calibri Light'); its run names Times New Roman itself or not."""

    def styles(root: etree._Element) -> None:
        for style_id, based_on, fonts in (
            ("TieuDeGoc", "Normal", {"asciiTheme": "majorHAnsi", "hAnsiTheme": "majorHAnsi"}),
            ("TieuDe1", "TieuDeGoc", None),
        ):
            style = etree.SubElement(
                root, w("style"), {w("type"): "paragraph", w("styleId"): style_id}
            )
            etree.SubElement(style, w("name"), {w("val"): style_id})
            etree.SubElement(style, w("basedOn"), {w("val"): based_on})
            if fonts is not None:
                set_fonts(etree.SubElement(style, w("rPr")), **fonts)

    def document(root: etree._Element) -> None:
        paragraph = paragraph_at(root, HEADING)
        properties = child(paragraph, "pPr", first=True)
        properties.insert(0, etree.Element(w("pStyle"), {w("val"): "TieuDe1"}))
        if direct_fonts:
            for run in paragraph.iter(w("r")):
                set_fonts(child(run, "rPr", first=True), ascii=TNR, hAnsi=TNR)

    return {STYLES: styles, DOCUMENT: document, THEME: theme_latin(major="Calibri Light")}


def test_a_heading_style_inherits_the_theme_heading_font() -> None:
    """The East Asian slot is Times New Roman (from Normal) and ascii and hAnsi are the
    same theme font: by Word's exception the ascii slot shows every letter."""
    (finding,) = font_findings(check(edited(_heading_style(direct_fonts=False))))
    assert (finding.rule, finding.paragraph, finding.severity) == ("font.theme", HEADING, E)
    assert finding.found == "theme font majorHAnsi on ascii ('Calibri Light')"


def test_a_font_named_on_the_run_overrides_the_style_theme_font() -> None:
    findings = check(edited(_heading_style(direct_fonts=True)))
    assert font_findings(findings) == []
    assert findings.notes == ()


# --- colours ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("colour", "reported"),
    [("1F1F1F", False), ("404040", False), ("auto", False), ("0000FF", True), ("595959", True)],
)
def test_near_black_text_is_black(colour: str, reported: bool) -> None:
    findings = check(edited({DOCUMENT: first_run(SUM, color={"val": colour})}))
    colours = [(f.rule, f.paragraph, f.severity) for f in findings if f.rule == "font.color"]
    assert colours == ([("font.color", SUM, WARN)] if reported else [])


def test_white_text_is_a_note() -> None:
    """White text — the "(Đã ký)" marker of a published copy — does not print."""
    findings = check(edited({DOCUMENT: first_run(SUM, color={"val": "FFFFFF"})}))
    assert [f for f in findings if f.rule == "font.color"] == []
    (note,) = notes_of(findings, "font.color")
    assert (note.paragraph, note.message) == (
        SUM,
        "white text, which does not show on paper (1 paragraph)",
    )


# --- which slot shows a character ---------------------------------------------------------


@pytest.mark.parametrize(
    ("character", "hinted", "chinese", "chinese_font", "slot"),
    [
        ("a", True, True, True, "ascii"),
        ("5", False, False, False, "ascii"),
        ("à", False, False, False, "hAnsi"),
        ("à", True, False, False, "hAnsi"),
        ("à", True, True, False, "eastAsia"),
        ("â", True, True, False, "hAnsi"),  # not among Latin-1's Chinese letters
        ("°", True, False, False, "eastAsia"),
        ("đ", True, False, False, "hAnsi"),
        ("đ", True, False, True, "eastAsia"),
        ("ư", True, True, False, "eastAsia"),
        ("ệ", False, True, True, "hAnsi"),
        ("ệ", True, False, True, "eastAsia"),
        ("\u0301", False, False, False, "hAnsi"),  # a combining acute (NFD text)
        ("\u0301", True, False, False, "eastAsia"),
        ("–", False, False, False, "hAnsi"),
        ("“", True, False, False, "eastAsia"),
        ("中", False, False, False, "eastAsia"),
        ("，", False, False, False, "eastAsia"),  # full-width comma
        ("한", False, False, False, "eastAsia"),
        ("ب", False, False, False, "ascii"),  # Arabic: the table says ascii
        ("\U00020000", False, False, False, "eastAsia"),
    ],
)
def test_the_slot_of_a_character(
    character: str, hinted: bool, chinese: bool, chinese_font: bool, slot: str
) -> None:
    assert slot_of(ord(character), hinted, chinese, chinese_font) == slot


# --- notes --------------------------------------------------------------------------------


def test_notes_are_not_findings() -> None:
    note = Note(
        rule="font.family",
        locator="NĐ 30/2020, Phụ lục I, I.4",
        component="font",
        paragraph=4,
        excerpt="Độc lập",
        message="eastAsia font 'SimSun' never used",
    )
    findings = Findings((), (), (note,))
    assert findings == ()
    assert len(findings) == 0
    assert not findings.errors
    assert findings.notes == (note,)
    assert findings.to_dict()["notes"] == [
        {
            "rule": "font.family",
            "locator": "NĐ 30/2020, Phụ lục I, I.4",
            "component": "font",
            "paragraph": 4,
            "excerpt": "Độc lập",
            "message": "eastAsia font 'SimSun' never used",
        }
    ]
    assert str(note) == (
        "note: font.family (font ¶4) «Độc lập»: eastAsia font 'SimSun' never used "
        "[NĐ 30/2020, Phụ lục I, I.4]"
    )
    assert vnreport.Note is Note


@pytest.fixture(scope="module")
def noted_file(seed_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """vnreport's seed report with SimSun on the East Asian slot of every style, as a
    document saved on a Chinese Windows may carry it: it conforms, with notes."""
    parts = handmade.parts_of(seed_report.render())
    styles = etree.fromstring(parts[STYLES])
    for fonts in styles.iter(w("rFonts")):
        fonts.set(w("eastAsia"), "SimSun")
    parts[STYLES] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)
    path = tmp_path_factory.mktemp("notes") / "bao-cao.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_file_with_only_notes_conforms(
    noted_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings = check(noted_file)
    assert findings == ()
    (note,) = findings.notes
    assert (note.rule, note.paragraph) == ("font.family", 0)
    assert main(["check", str(noted_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{noted_file}: conforms"
    assert lines[-2] == (
        f"{noted_file}: note font.family (font ¶0) «{note.excerpt}»: {note.message} "
        "[NĐ 30/2020, Phụ lục I, I.4]"
    )
    assert note.message.startswith("eastAsia font 'SimSun' never used")


def test_the_json_output_lists_the_notes(
    noted_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(noted_file), "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["findings"] == []
    assert result["notes"] == [note.to_dict() for note in check(noted_file).notes]


def test_a_render_of_ours_has_no_note(seed_report: Report) -> None:
    """vnreport names Times New Roman on every slot of every style: nothing to note."""
    findings = check(seed_report.render())
    assert findings == ()
    assert findings.notes == ()
