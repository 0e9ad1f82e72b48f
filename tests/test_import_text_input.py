"""read_text and ``vnreport import`` on what a user hands them: files in Windows'
encodings, files of another kind named .txt, folders, bytes, and texts past the limits."""

from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bounded import run_bounded
from conftest import ROOT, SEED_TEXT
from cp1258 import encode_cp1258
from vnreport import Report, read_text
from vnreport.cli.main import main
from vnreport.limits import Limits, PackageLimits

ISSUER = "ỦY BAN NHÂN DÂN\nHUYỆN TUẦN GIÁO\n"


def seed() -> str:
    return ISSUER + SEED_TEXT.read_text(encoding="utf-8")


def refusal(source: object, **options: object) -> str:
    imported = read_text(source, **options)  # type: ignore[arg-type]
    assert imported.document is None
    (item,) = imported.unrecognised
    assert item.reason.startswith("not a recognisable document: ")
    return item.reason


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda text: text.encode("utf-8"), None),
        (lambda text: text.encode("utf-8-sig"), None),
        (lambda text: text.encode("utf-16"), None),  # Notepad's "Unicode": UTF-16 LE, a BOM
        (lambda text: text.replace("\n", "\r\n").encode("utf-16-be"), "utf-16-be"),  # no BOM
        (encode_cp1258, None),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-crlf", "cp1258"],
)
def test_a_file_in_any_windows_encoding_reads_as_its_text(
    tmp_path: Path, encode: Callable[[str], bytes], encoding: str | None, seed_report: Report
) -> None:
    data = encode(seed())
    if encode is encode_cp1258:
        assert "\u0303".encode("cp1258") in data  # tones as combining marks, as Windows
    path = tmp_path / "ban-nhap.txt"
    path.write_bytes(data)
    for source in (path, data):
        imported = read_text(source, encoding=encoding)
        assert imported.document == seed_report, imported.unrecognised


def test_a_windows_1258_text_comes_back_nfc(tmp_path: Path) -> None:
    imported = read_text(encode_cp1258(seed()))
    assert imported.fields.issuer == "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
    assert imported.fields.subject is not None
    assert unicodedata.is_normalized("NFC", imported.fields.subject)


def test_an_encoding_can_be_given_and_a_wrong_one_is_named() -> None:
    data = encode_cp1258(seed())
    assert read_text(data, encoding="cp1258").document is not None
    assert "byte " in refusal(data, encoding="utf-8")
    assert "is not utf-8 text" in refusal(data, encoding="utf-8")
    assert "the encoding 'tcvn3' is unknown" in refusal(data, encoding="tcvn3")
    assert "encoding= is for a file or its bytes" in refusal(seed(), encoding="utf-8")


def test_bytes_that_are_no_text_in_any_encoding_are_named() -> None:
    reason = refusal(bytes(range(256)) * 4)
    assert "neither UTF-8 nor Windows-1258" in reason
    assert "give its encoding" in reason


def test_cli_import_reads_utf16_and_takes_encoding(tmp_path: Path, seed_report: Report) -> None:
    from vnreport.exchange import load

    unicode = tmp_path / "unicode.txt"
    unicode.write_bytes(seed().encode("utf-16"))
    assert main(["import", str(unicode), "-o", str(tmp_path / "a.yaml")]) == 0
    assert load(tmp_path / "a.yaml") == seed_report
    windows = tmp_path / "windows.txt"
    windows.write_bytes(encode_cp1258(seed()))
    assert (
        main(["import", str(windows), "--encoding", "cp1258", "-o", str(tmp_path / "b.yaml")]) == 0
    )
    assert load(tmp_path / "b.yaml") == seed_report


def test_cli_import_names_a_wrong_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    windows = tmp_path / "windows.txt"
    windows.write_bytes(encode_cp1258(seed()))
    assert (
        main(["import", str(windows), "--encoding", "utf-8", "-o", str(tmp_path / "b.yaml")]) == 2
    )
    assert not (tmp_path / "b.yaml").exists()
    assert f"{windows}: not a recognisable document: byte " in capsys.readouterr().err
    assert (
        main(["import", str(windows), "--encoding", "tcvn3", "-o", str(tmp_path / "b.yaml")]) == 2
    )
    assert "the encoding 'tcvn3' is unknown" in capsys.readouterr().err


# --- what is not a text -------------------------------------------------------------------


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "fragments"),
    [
        (
            _zip("[Content_Types].xml", "word/document.xml"),
            ("Word document", "read_docx", ".docx name"),
        ),
        (_zip("[Content_Types].xml", "xl/workbook.xml"), ("Excel workbook",)),
        (_zip("a.txt"), ("zip archive",)),
        (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(100), ("97-2003",)),
        (b"%PDF-1.7\n" + bytes(100), ("PDF",)),
    ],
    ids=["docx", "xlsx", "zip", "ole", "pdf"],
)
def test_a_file_of_another_kind_is_named(
    tmp_path: Path, data: bytes, fragments: tuple[str, ...]
) -> None:
    path = tmp_path / "ban-nhap.txt"
    path.write_bytes(data)
    for source in (path, data):
        reason = refusal(source)
        assert "UTF-8" not in reason
        for fragment in fragments:
            assert fragment in reason


def test_a_real_docx_renamed_txt_says_it_is_a_word_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_report: Report
) -> None:
    renamed = tmp_path / "bao-cao.txt"
    seed_report.save(tmp_path / "bao-cao.docx")
    renamed.write_bytes((tmp_path / "bao-cao.docx").read_bytes())
    assert main(["import", str(renamed), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "Word document (.docx)" in err
    assert "UTF-8" not in err


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    reason = refusal(pipe)
    assert "not a regular file but a named pipe" in reason
    assert ".docx" not in reason


def test_a_folder_or_a_missing_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "is a folder, not a file" in refusal(tmp_path)
    assert "no such file" in refusal(tmp_path / "khong-co.txt")
    assert main(["import", str(tmp_path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err
    assert "UTF-8" not in err
    assert main(["import", str(tmp_path / "khong-co.txt"), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bytes_are_read_as_a_file_is_and_other_objects_are_named(seed_report: Report) -> None:
    assert read_text(seed().encode()).document == seed_report
    assert read_text(bytearray(seed().encode("utf-16"))).document == seed_report
    assert "not int" in refusal(12)


def test_docx_with_encoding_is_refused_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "import",
                str(tmp_path / "x.docx"),
                "--encoding",
                "cp1258",
                "-o",
                str(tmp_path / "o.yaml"),
            ]
        )
        == 2
    )
    assert "--encoding is for a plain text" in capsys.readouterr().err


# --- limits -------------------------------------------------------------------------------


def test_more_lines_than_the_limit_are_refused_naming_it() -> None:
    reason = refusal("dòng\n" * 100_001)
    assert "the text has 100001 lines" in reason
    assert "limits.package.max_paragraphs (100000)" in reason


def test_limits_are_honoured(tmp_path: Path, seed_report: Report) -> None:
    lines = len(seed().splitlines())
    fewer = Limits(package=PackageLimits(max_paragraphs=lines - 1))
    assert f"the text has {lines} lines" in refusal(seed(), limits=fewer)
    assert (
        read_text(seed(), limits=Limits(package=PackageLimits(max_paragraphs=lines))).document
        == seed_report
    )
    small = Limits(package=PackageLimits(max_file_bytes=1000))
    assert "limits.package.max_file_bytes (1000)" in refusal(seed(), limits=small)
    assert "bytes, more than limits.package.max_file_bytes" in refusal(
        seed().encode(), limits=small
    )
    # More lines than the default once trusted.
    many = "dòng\n" * 100_001
    assert "lines" not in read_text(many, limits=Limits.trusted()).unrecognised[0].reason


def test_every_kind_of_line_break_is_counted_as_splitlines_cuts() -> None:
    from vnreport.importing.textinput import line_count

    for text in (
        "",
        "a",
        "a\n",
        "a\r\nb",
        "a\rb\r",
        "\n\n",
        "a\u2028b\x85c\x0bd\x0ce\x1cf",
        "a\r\n\r\n",
    ):
        assert line_count(text) == len(text.splitlines()), repr(text)


# --- bounded time -------------------------------------------------------------------------

_LONG = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from vnreport import read_text
seed = {seed!r}
cut = seed.index("II.")
shapes = {{
    "paragraph cut into lines": "chữ\\n" * 20_000,
    "rule rows": "|--|--|\\n" * 20_000,
    "rows of changing width": "a\\tb\\na\\tb\\tc\\n" * 10_000,
    "signature lines": "TM. ỦY BAN NHÂN DÂN\\n" * 20_000,
    "Nơi nhận lines": "Nơi nhận:\\n" * 20_000,
}}
for name, block in shapes.items():
    imported = read_text(seed[:cut] + block + seed[cut:])
    print(name, imported.fields.issuer)
"""


@pytest.mark.slow
def test_long_texts_of_every_shape_read_in_bounded_time() -> None:
    # Each shape once took minutes (a paragraph joined again at each of its lines, rows
    # sliced from each line on): the child's timeout guards against that coming back.
    done = run_bounded(_LONG.format(tests=str(ROOT / "tests"), seed=seed()))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO") == 5, done.stdout
