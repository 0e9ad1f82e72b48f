"""Untrusted text stays text, and a failed save leaves nothing behind.

Whatever an author types — markup, Jinja tags, docxtpl's own run and paragraph tags — is
printed as typed; the template never evaluates it and the XML never breaks. Saving is
atomic: a render or write that fails leaves no file, no temporary file and an existing
target untouched. Custom templates fail with clear errors.
"""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import subprocess
import sys
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from docx_helpers import (
    body_between,
    body_children,
    document_text,
    open_docx,
    strict_parse,
    text_of,
    w,
    zip_parts,
)
from template_variants import MOTTO, SHIPPED, template_variant
from vnreport import (
    Agency,
    Bullet,
    ConformanceError,
    ConformanceWarning,
    Contact,
    FieldError,
    Paragraph,
    Recipients,
    Report,
    Section,
    Signature,
    Table,
    TemplateError,
)
from vnreport.formatting.text import upper_vi

HOSTILE = [
    "&",
    "<",
    ">",
    '"',
    "'",
    "<w:p>injected</w:p>",
    "]]>",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "{%p if x %}",
    "{{r b.text }}",
    "{#",
    "}}",
    "\\*",
]


def as_name(text: str) -> str:
    """``text`` as a person's name may be typed: each word starting with a letter
    capitalised (the model refuses a name in lower case), nothing else changed."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def literal(text: str) -> str:
    """``text`` as emphasis markup that prints exactly ``text`` (every "*" escaped)."""
    return text.replace("*", "\\*")


def small_report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": Agency(name="Sở Nội vụ", abbreviation="SNV", place="Điện Biên"),
        "date": "2021-02-05",
        "number": 5,
        "subject": "Kết quả công tác tháng 01 năm 2021",
        "sections": [Section(title="Kết quả", content=["Đã thực hiện."])],
        "signature": Signature(title="Giám đốc", name="Lò Văn Inh"),
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def everywhere(value: str) -> Report:
    """A report with ``value`` inside every text field, each field told apart by its
    own words around it."""
    return Report(
        issuer=Agency(
            name=f"Sở {value} Nội vụ",
            abbreviation="SNV",
            place=f"Nơi {value}",
            parent=Agency(name=f"Ủy ban {value} tỉnh", abbreviation="UBND", place="Điện Biên"),
        ),
        date="2021-02-05",
        number=5,
        subject=f"Về {value} việc",
        addressees=[f"Sở {value} A", f"Ban {value} B"],
        opening=[literal(f"Mở {value} đầu")],
        sections=[
            Section(
                title=f"Mục {value} một",
                content=[
                    Section(
                        title=f"Khoản {value} hai",
                        content=[
                            Bullet(
                                text=literal(f"Ý {value} ba"), items=[literal(f"Con {value} bốn")]
                            ),
                            Table(
                                title=literal(f"Bảng {value} năm"),
                                header=[literal(f"Cột {value} sáu"), "Số"],
                                rows=[[literal(f"Ô {value} bảy"), 1]],
                            ),
                        ],
                    )
                ],
            )
        ],
        closing=[literal(f"Kết {value} thúc.")],
        recipients=[f"Nơi nhận {value} C", "Lưu: VT"],
        signature=Signature(
            authority=[f"TM. Ủy ban {value} D"],
            title=f"Chủ tịch {value} E",
            name=as_name(f"Lò {value} Inh"),
        ),
        circulation=f"Lưu hành {value} F",
        contact=Contact(address=f"Số {value} G"),
    )


def printed_lines(value: str) -> list[str]:
    """The paragraphs ``everywhere(value)`` must print, exactly."""
    return [
        upper_vi(f"Ủy ban {value} tỉnh"),
        upper_vi(f"Sở {value} Nội vụ"),
        f"Nơi {value}, ngày 05 tháng 02 năm 2021",
        f"Về {value} việc",
        "Kính gửi:",
        f"- Sở {value} A;",
        f"- Ban {value} B.",
        f"Mở {value} đầu",
        upper_vi(f"I. Mục {value} một"),
        f"1. Khoản {value} hai",
        f"- Ý {value} ba",
        f"+ Con {value} bốn",
        f"Bảng {value} năm",
        f"Cột {value} sáu",
        f"Ô {value} bảy",
        f"Kết {value} thúc./.",
        "- Như trên;",
        f"- Nơi nhận {value} C;",
        upper_vi(f"TM. Ủy ban {value} D"),
        upper_vi(f"Chủ tịch {value} E"),
        as_name(f"Lò {value} Inh"),
        upper_vi(f"Lưu hành {value} F"),
        f"Địa chỉ: Số {value} G",
    ]


def shape(data: bytes) -> dict[str, Counter[str]]:
    """How many elements of each kind every XML part holds: injected markup shows here."""
    return {
        name: Counter(etree_name(element.tag) for element in strict_parse(content).iter())
        for name, content in zip_parts(data).items()
        if name.endswith((".xml", ".rels"))
    }


def etree_name(tag: object) -> str:
    return tag if isinstance(tag, str) else "comment-or-pi"


# --- 1. hostile text is printed as typed ---------------------------------------------


@pytest.fixture(scope="module")
def benign_shape() -> dict[str, Counter[str]]:
    return shape(everywhere("chữ").render())


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_printed_as_typed(
    value: str, benign_shape: dict[str, Counter[str]]
) -> None:
    data = everywhere(value).render()
    # Every part is well-formed XML (strict parser, no recovery)...
    for name, content in zip_parts(data).items():
        if name.endswith((".xml", ".rels")):
            strict_parse(content)
    # ... with exactly the elements of the same report written in harmless words.
    assert shape(data) == benign_shape
    document = open_docx(data)
    paragraphs = set(document_text(document).split("\n"))
    for line in printed_lines(unicodedata.normalize("NFC", value)):
        assert line in paragraphs, line
    text = document_text(document)
    if "7*7" in value:
        assert "49" not in text
    assert "injected" not in [text_of(p) for p in document.element.body.iter(w("p"))]
    properties = document.core_properties
    assert properties.title == f"Về {value} việc"
    assert properties.author == f"Sở {value} Nội vụ"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_alone_in_a_field(value: str) -> None:
    # The whole field is the hostile text, with nothing around it to hide behind.
    value_report = small_report(
        subject=value,
        opening=[literal(value)],
        recipients=[value, "Lưu: VT"],
        signature=Signature(title="Giám đốc", name=as_name(value)),
        circulation=value,
    )
    document = open_docx(value_report.render())
    paragraphs = document_text(document).split("\n")
    for line in (value, f"- {value};", upper_vi(value)):
        assert line in paragraphs, line
    assert text_of(body_between(document)[0]) == value


@pytest.mark.parametrize("value", ["Tỷ lệ 5\\*3 và 2\\*4", "a \\* b", "\\*"])
def test_an_escaped_asterisk_prints_one_asterisk(value: str) -> None:
    document = open_docx(small_report(opening=[value]).render())
    assert text_of(body_between(document)[0]) == value.replace("\\*", "*")


# Printable text: no control characters (the model refuses them), no surrogates, no line
# or paragraph separators (soft wraps, folded into spaces by the model).
_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"
    ),
    min_size=1,
    max_size=80,
)


def _as_stored(text: str) -> bool:
    """Whether the model keeps ``text`` as it is (after NFC): no spaces to fold."""
    return bool(text.strip(" ")) and text == text.strip(" ") and "  " not in text


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT.filter(lambda t: "*" not in t and "./." not in t).filter(_as_stored))
def test_random_paragraph_text_round_trips(text: str) -> None:
    try:
        paragraph = Paragraph(text=text)
    except FieldError:
        assume(False)
        return
    expected = unicodedata.normalize("NFC", text)
    assert paragraph.text == expected
    document = open_docx(small_report(opening=[paragraph]).render())
    printed = [p.text for p in document.paragraphs]
    subject = printed.index("Kết quả công tác tháng 01 năm 2021")
    assert printed[subject + 2] == expected  # after the subject's rule


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT.filter(_as_stored))
def test_random_subject_round_trips(text: str) -> None:
    # The subject is plain text: asterisks and all.
    try:
        value = small_report(subject=text)
    except FieldError:
        assume(False)
        return
    expected = unicodedata.normalize("NFC", text)
    document = open_docx(value.render())
    assert expected in [p.text for p in document.paragraphs]
    assert document.core_properties.title == expected


# --- 2. control characters never reach the renderer ----------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: small_report(subject="Báo cáo\x1b[31m"), "Report.subject"),
        (lambda: Paragraph(text="Đã thực hiện\x00."), "Paragraph.text"),
        (lambda: Bullet(text="Mục\x08 một"), "Bullet.text"),
        (
            lambda: Agency(name="Sở Nội\x07 vụ", abbreviation="SNV", place="Điện Biên"),
            "Agency.name",
        ),
        (lambda: Signature(title="Giám đốc", name="Lò\x0bVăn Inh"), "Signature.name"),
        (lambda: Table(header=["A", "B"], rows=[["x\x0c", 1]]), r"Table.rows\[0\]\[0\]"),
        (lambda: small_report(addressees=["Sở Nội vụ\x1f"]), r"Report.addressees\[0\]"),
        (lambda: small_report(circulation="Lưu hành\x7f nội bộ"), "Report.circulation"),
        (lambda: Recipients(items=["Ban\x85 Dân vận"]), r"Recipients.items\[0\]"),
    ],
    ids=[
        "subject",
        "paragraph",
        "bullet",
        "agency",
        "signer",
        "table-cell",
        "addressee",
        "circulation",
        "recipient",
    ],
)
def test_control_characters_are_refused_by_the_model(
    build: Callable[[], object], field: str
) -> None:
    with pytest.raises(FieldError, match=rf"^{field}: contains a control character U\+00"):
        build()


def test_a_table_title_is_checked_by_the_model() -> None:
    # The renderer reads a table's title as emphasis markup (like its cells), so the
    # model must refuse a title whose "*" is never closed, as it does for cells, rather
    # than let the render fail later with a bare ValueError.
    with pytest.raises(FieldError, match=r"^Table\.title: "):
        Table(title="Bảng {{ 7*7 }}", header=["Nội dung", "Số"], rows=[["Tiếp dân", 1]])


# --- 3. atomic saves ------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    """Temporary files a save may have left in ``folder`` (``.vnreport-….tmp``)."""
    return sorted(
        path.name
        for path in folder.iterdir()
        if path.name.startswith(".vnreport-") or path.name.endswith((".part", ".tmp"))
    )


def current_umask() -> int:
    # The test runs in one thread, so setting the umask back at once is safe here.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_save_writes_the_rendered_file(tmp_path: Path, seed_report: Report) -> None:
    target = tmp_path / "a.docx"
    written = seed_report.save(target)
    assert written == target
    assert target.read_bytes() == seed_report.render()
    assert open_docx(target.read_bytes()).core_properties.title == seed_report.subject
    # A new file gets the mode the umask gives, as any file a program creates.
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]


def test_save_accepts_a_string_path(tmp_path: Path, seed_report: Report) -> None:
    target = seed_report.save(str(tmp_path / "b.docx"))
    assert Path(target).read_bytes() == seed_report.render()


def test_save_replaces_an_existing_file(tmp_path: Path, seed_report: Report) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"an older draft")
    target.chmod(0o600)
    seed_report.save(target)
    assert target.read_bytes() == seed_report.render()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the file keeps its permissions
    assert leftovers(tmp_path) == []


def _undefined(folder: Path) -> tuple[Path, type[BaseException], str]:
    path = template_variant(folder, MOTTO, "{{ nonexistent }}")
    return path, TemplateError, r"'nonexistent' is undefined"


def _syntax(folder: Path) -> tuple[Path, type[BaseException], str]:
    path = template_variant(folder, MOTTO, "{% if %}" + MOTTO)
    return path, TemplateError, re.escape(path.name)


def _missing(folder: Path) -> tuple[Path, type[BaseException], str]:
    path = folder / "no-such-template.docx"
    return path, TemplateError, re.escape(path.name)


@pytest.mark.parametrize(
    "broken", [_undefined, _syntax, _missing], ids=["undefined", "syntax", "missing"]
)
@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
def test_a_failed_render_writes_nothing(
    tmp_path: Path,
    seed_report: Report,
    broken: Callable[[Path], tuple[Path, type[BaseException], str]],
    existing: bool,
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    template, error, message = broken(templates)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "a.docx"
    if existing:
        target.write_bytes(b"the signed version, keep me")
    with pytest.raises(error, match=message):
        seed_report.save(target, template=template)
    if existing:
        assert target.read_bytes() == b"the signed version, keep me"
    else:
        assert not target.exists()
    assert sorted(p.name for p in out.iterdir()) == (["a.docx"] if existing else [])


def _fail_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


def _fail_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", replace)


@pytest.mark.parametrize("sabotage", [_fail_fsync, _fail_replace], ids=["fsync", "replace"])
@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path,
    seed_report: Report,
    monkeypatch: pytest.MonkeyPatch,
    sabotage: Callable[[pytest.MonkeyPatch], None],
    existing: bool,
) -> None:
    target = tmp_path / "a.docx"
    if existing:
        target.write_bytes(b"the signed version, keep me")
    sabotage(monkeypatch)
    with pytest.raises(OSError, match=r"No space left|Permission denied"):
        seed_report.save(target)
    monkeypatch.undo()
    if existing:
        assert target.read_bytes() == b"the signed version, keep me"
    else:
        assert not target.exists()
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == (["a.docx"] if existing else [])


def test_saving_into_a_missing_folder(tmp_path: Path, seed_report: Report) -> None:
    folder = tmp_path / "no" / "such" / "folder"
    with pytest.raises(FileNotFoundError, match=re.escape(str(folder))):
        seed_report.save(folder / "a.docx")
    assert not (tmp_path / "no").exists()


# --- 4. custom templates --------------------------------------------------------------


def test_a_non_conformant_template_is_refused_unless_asked(
    tmp_path: Path, seed_report: Report
) -> None:
    # A Tiêu ngữ typed with en dashes is not the decree's wording: the check refuses it.
    template = template_variant(tmp_path, MOTTO, "Độc lập – Tự do – Hạnh phúc")
    target = tmp_path / "a.docx"
    with pytest.raises(ConformanceError, match=r"motto\.text"):
        seed_report.save(target, template=template)
    assert not target.exists()
    with pytest.warns(ConformanceWarning) as caught:
        seed_report.render(template=template, check="warn")
    assert any("motto.text" in str(warning.message) for warning in caught)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        seed_report.render(template=template, check="off")


def test_a_custom_template_renders_with_its_change(tmp_path: Path, seed_report: Report) -> None:
    template = template_variant(tmp_path, MOTTO, "Độc lập - Tự do - Hạnh phúc (bản sao)")
    document = open_docx(seed_report.render(template=template, check="off"))
    header = [p.text for p in document.tables[0].cell(0, 1).paragraphs]
    assert header[:2] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc (bản sao)",
    ]
    assert document_text(document).count("Hạnh phúc") == 1
    # Everything else is the shipped template's output.
    shipped = open_docx(seed_report.render())
    assert [text_of(p) for p in body_between(document)] == [
        text_of(p) for p in body_between(shipped)
    ]
    assert len(body_children(document)) == len(body_children(shipped))


def test_a_template_syntax_error_names_the_file(tmp_path: Path, seed_report: Report) -> None:
    template = template_variant(tmp_path, MOTTO, "{% if %}" + MOTTO)
    with pytest.raises(TemplateError, match=re.escape(template.name)):
        seed_report.render(template=template)


def test_an_unclosed_tag_is_an_error_not_missing_text(tmp_path: Path, seed_report: Report) -> None:
    # A clerk types "{{ footer.signatures" in Word and forgets the braces. That is a broken
    # tag, so TemplateError, never a licence to drop the text up to the next "}}": left to
    # itself, docxtpl's tag clean-up swallows everything up to the next tag's end, can
    # leave a cell without a single paragraph (invalid WordprocessingML) and reports nothing.
    template = template_variant(tmp_path, MOTTO, MOTTO + " {{ footer.signatures")
    with pytest.raises(TemplateError, match=re.escape(template.name)):
        seed_report.render(template=template)


@pytest.mark.parametrize(
    "content",
    [b"Kinh gui: this is a text file, not a .docx", b"PK\x03\x04 but a broken zip", b""],
    ids=["text", "broken-zip", "empty"],
)
def test_a_file_that_is_not_a_docx(tmp_path: Path, seed_report: Report, content: bytes) -> None:
    template = tmp_path / "not-a-template.docx"
    template.write_bytes(content)
    target = tmp_path / "a.docx"
    with pytest.raises(TemplateError, match=re.escape(template.name)):
        seed_report.save(target, template=template)
    assert not target.exists()


def test_a_zip_that_is_not_a_docx(tmp_path: Path, seed_report: Report) -> None:
    template = tmp_path / "archive.docx"
    with zipfile.ZipFile(template, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(TemplateError, match=re.escape(template.name)):
        seed_report.render(template=template)


def test_an_undefined_variable_raises_instead_of_printing_nothing(
    tmp_path: Path, seed_report: Report
) -> None:
    template = template_variant(tmp_path, MOTTO, MOTTO + " {{ nonexistent }}")
    with pytest.raises(
        TemplateError,
        match=r"uses a variable vnreport does not provide: 'nonexistent' is undefined",
    ):
        seed_report.render(template=template)
    target = tmp_path / "a.docx"
    with pytest.raises(TemplateError, match="nonexistent"):
        seed_report.save(target, template=template)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_an_edited_template_is_read_again(tmp_path: Path, seed_report: Report) -> None:
    # Templates are prepared once and cached; editing the file must not serve the old one.
    first = template_variant(tmp_path, MOTTO, "Bản A")
    rendered = seed_report.render(template=first, check="off")
    assert "Bản A" in document_text(open_docx(rendered))
    second = template_variant(tmp_path, MOTTO, "Bản B-2")
    assert second == first
    text = document_text(open_docx(seed_report.render(template=second, check="off")))
    assert "Bản B-2" in text
    assert "Bản A" not in text


# --- 5. the template's source ---------------------------------------------------------


def _build_templates() -> ModuleType:
    path = ROOT / "tools" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates_under_test", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_template_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "tools/build_templates.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_build_reproduces_the_shipped_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    built = _build_templates().build(Path("templates/van-ban"))
    assert built == SHIPPED.read_bytes()
