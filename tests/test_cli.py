"""The ``vnreport`` command, driven as a user drives it: in a subprocess, in a folder of files.

Every test runs ``python -m vnreport …`` (one runs the installed ``vnreport`` script) with
the temporary folder as the working directory, and checks the exit code, what appeared on
standard output and standard error, and which files exist afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from conftest import ROOT
from docx_helpers import document_text, open_docx
from vnreport import Report, __version__
from vnreport.exchange import dumps, loads
from vnreport.exchange.schema import json_schema
from vnreport.types import REGISTRY

STARTERS = {entry.key: entry.starter for entry in REGISTRY}

EXAMPLE = ROOT / "examples" / "tuan-giao-2021.yaml"
TEMPLATE = ROOT / "templates" / "van-ban.docx"


def vnreport(
    *args: str, cwd: Path, stdin: bytes | None = None, script: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """Run the tool as a user would, from ``cwd``."""
    command = (
        [str(Path(sys.executable).parent / "vnreport")]
        if script
        else [sys.executable, "-m", "vnreport"]
    )
    return subprocess.run(
        [*command, *args], cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False
    )


def err(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8")


def files(folder: Path) -> set[str]:
    """Every file below ``folder``, as relative paths (hidden temporary files included)."""
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def seed_docx(seed_report: Report) -> bytes:
    return seed_report.render()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example data file, copied into the working folder."""
    path = tmp_path / "tuan-giao-2021.yaml"
    shutil.copyfile(EXAMPLE, path)
    return path


# --- render ---------------------------------------------------------------------------------


def test_render_writes_the_docx_beside_the_input(
    tmp_path: Path, example: Path, seed_docx: bytes
) -> None:
    result = vnreport("render", example.name, cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert result.stdout == b""
    assert "wrote tuan-giao-2021.docx" in err(result)
    assert files(tmp_path) == {"tuan-giao-2021.yaml", "tuan-giao-2021.docx"}
    assert (tmp_path / "tuan-giao-2021.docx").read_bytes() == seed_docx


def test_render_in_another_folder_writes_beside_the_input(tmp_path: Path, seed_docx: bytes) -> None:
    (tmp_path / "data").mkdir()
    shutil.copyfile(EXAMPLE, tmp_path / "data" / "bc.yaml")
    result = vnreport("render", "data/bc.yaml", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert files(tmp_path) == {"data/bc.yaml", "data/bc.docx"}
    assert (tmp_path / "data" / "bc.docx").read_bytes() == seed_docx


def test_render_with_output_option(
    tmp_path: Path, example: Path, seed_report: Report, seed_docx: bytes
) -> None:
    (tmp_path / "out").mkdir()
    result = vnreport("render", example.name, "-o", "out/bao-cao.docx", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert files(tmp_path) == {"tuan-giao-2021.yaml", "out/bao-cao.docx"}
    data = (tmp_path / "out" / "bao-cao.docx").read_bytes()
    assert data == seed_docx
    # The file opens in python-docx and holds the seed's text.
    text = document_text(open_docx(data))
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số:     /BC-UBND",
        "Tuần Giáo, ngày    tháng 6 năm 2021",
        "BÁO CÁO",
        seed_report.subject,
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Phạm Thị Tuyên",
    ):
        assert expected in text
    for block in seed_report.body:
        if block.text:
            assert block.text in text


def test_the_installed_script(tmp_path: Path, example: Path, seed_docx: bytes) -> None:
    result = vnreport("render", example.name, "-o", "script.docx", cwd=tmp_path, script=True)
    assert result.returncode == 0, err(result)
    assert (tmp_path / "script.docx").read_bytes() == seed_docx
    version = vnreport("--version", cwd=tmp_path, script=True)
    assert version.returncode == 0
    assert version.stdout.decode() == f"vnreport {__version__}\n"


@pytest.mark.parametrize(
    ("fmt", "options"),
    [
        ("yaml", []),
        ("yaml", ["--format", "yaml"]),
        ("json", []),
        ("json", ["--format", "json"]),
        ("toml", ["--format", "toml"]),
    ],
)
def test_render_from_standard_input(
    tmp_path: Path, seed_report: Report, seed_docx: bytes, fmt: str, options: list[str]
) -> None:
    data = dumps(seed_report, format=fmt).encode("utf-8")
    result = vnreport("render", "-", "-o", "bc.docx", *options, cwd=tmp_path, stdin=data)
    assert result.returncode == 0, err(result)
    assert files(tmp_path) == {"bc.docx"}
    assert (tmp_path / "bc.docx").read_bytes() == seed_docx


def test_render_toml_from_standard_input_is_recognised(tmp_path: Path) -> None:
    # A TOML file as a clerk types it: the recipients as the list, one per line.
    text = """\
doc_type = "bao-cao"
date = "2021-06"
subject = "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021"
recipients = [
    "Ban Dân vận Huyện ủy",
    "Lưu: VT, NV",
]

[issuer]
name = "Ủy ban nhân dân huyện Tuần Giáo"
abbreviation = "UBND"
place = "Tuần Giáo"

[[sections]]
title = "Kết quả thực hiện"
content = ["Đã thực hiện."]

[signature]
authority = ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]
title = "Phó Chủ tịch"
name = "Phạm Thị Tuyên"
"""
    expected = loads(text, format="toml").render()
    result = vnreport("render", "-", "-o", "bc.docx", cwd=tmp_path, stdin=text.encode("utf-8"))
    assert result.returncode == 0, err(result)
    assert (tmp_path / "bc.docx").read_bytes() == expected


def test_render_to_standard_output(tmp_path: Path, example: Path, seed_docx: bytes) -> None:
    result = vnreport("render", example.name, "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert result.stdout == seed_docx
    assert result.stderr == b""
    assert files(tmp_path) == {"tuan-giao-2021.yaml"}
    piped = vnreport("render", "-", "-o", "-", cwd=tmp_path, stdin=example.read_bytes())
    assert piped.returncode == 0, err(piped)
    assert piped.stdout == seed_docx
    assert piped.stderr == b""


def test_standard_input_needs_an_output(tmp_path: Path, example: Path) -> None:
    result = vnreport("render", "-", cwd=tmp_path, stdin=example.read_bytes())
    assert result.returncode == 2
    assert result.stdout == b""
    assert "standard input needs -o" in err(result)
    assert files(tmp_path) == {"tuan-giao-2021.yaml"}


def test_render_refuses_to_overwrite(tmp_path: Path, example: Path, seed_docx: bytes) -> None:
    output = tmp_path / "tuan-giao-2021.docx"
    output.write_bytes(b"the clerk's own edits")
    result = vnreport("render", example.name, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert "tuan-giao-2021.docx exists; pass --force to replace it" in err(result)
    assert output.read_bytes() == b"the clerk's own edits"
    # With -o as well, and from standard input.
    named = vnreport("render", example.name, "-o", output.name, cwd=tmp_path)
    assert named.returncode == 1
    piped = vnreport("render", "-", "-o", output.name, cwd=tmp_path, stdin=example.read_bytes())
    assert piped.returncode == 1
    assert output.read_bytes() == b"the clerk's own edits"
    assert files(tmp_path) == {"tuan-giao-2021.yaml", "tuan-giao-2021.docx"}

    forced = vnreport("render", example.name, "--force", cwd=tmp_path)
    assert forced.returncode == 0, err(forced)
    assert output.read_bytes() == seed_docx
    assert files(tmp_path) == {"tuan-giao-2021.yaml", "tuan-giao-2021.docx"}


def test_force_with_an_invalid_input_keeps_the_old_output(tmp_path: Path) -> None:
    (tmp_path / "bc.yaml").write_text("doc_type: bao-cao\nsubject: [\n", encoding="utf-8")
    (tmp_path / "bc.docx").write_bytes(b"old")
    result = vnreport("render", "bc.yaml", "--force", cwd=tmp_path)
    assert result.returncode == 1
    assert "bc.yaml: line 3: (document): not valid YAML" in err(result)
    assert (tmp_path / "bc.docx").read_bytes() == b"old"
    assert files(tmp_path) == {"bc.yaml", "bc.docx"}


def test_output_in_a_missing_folder(tmp_path: Path, example: Path) -> None:
    result = vnreport("render", example.name, "-o", "nowhere/bc.docx", cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing was written" in err(result)
    assert files(tmp_path) == {"tuan-giao-2021.yaml"}


def test_a_missing_input_file(tmp_path: Path) -> None:
    result = vnreport("render", "khong-co.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert "khong-co.yaml: no such file" in err(result)
    assert "Traceback" not in err(result)
    assert files(tmp_path) == set()


def test_an_input_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "bc.yaml").write_bytes("subject: Báo cáo\n".encode("cp1258"))
    result = vnreport("validate", "bc.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "bc.yaml: not UTF-8 text" in err(result)


def _windows_1258(text: str) -> bytes:
    """``text`` as Windows saves Vietnamese: code page 1258, tone marks as combining bytes."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    data = bytearray()
    for char in text:
        try:
            data += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            letter = unicodedata.normalize(
                "NFC", base + "".join(m for m in marks if m not in tones)
            )
            data += (letter + "".join(m for m in marks if m in tones)).encode("cp1258")
    return bytes(data)


def test_standard_input_that_is_not_utf8(tmp_path: Path) -> None:
    # A file saved in the old Windows code page: read as UTF-8 it would print "Ph� Chu� ti�ch".
    text = """\
doc_type: bao-cao
issuer: {name: Ủy ban nhân dân huyện Tuần Giáo, abbreviation: UBND, place: Tuần Giáo}
date: "2021-06"
subject: Kết quả thực hiện nhiệm vụ
sections:
  - title: Kết quả thực hiện
    content: [Đã tiếp 99 lượt công dân.]
signature: {title: Chủ tịch, name: Lò Văn Inh}
"""
    data = _windows_1258(text)
    result = vnreport("render", "-", "-o", "bc.docx", cwd=tmp_path, stdin=data)
    assert result.returncode == 1
    assert "<stdin>: not UTF-8 text" in err(result)
    assert files(tmp_path) == set()


def test_an_unknown_suffix(tmp_path: Path, example: Path, seed_docx: bytes) -> None:
    shutil.copyfile(example, tmp_path / "bc.txt")
    result = vnreport("render", "bc.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "bc.txt: cannot tell the format" in err(result)
    assert "--format" in err(result)
    assert "bc.docx" not in files(tmp_path)
    given = vnreport("render", "bc.txt", "--format", "yaml", cwd=tmp_path)
    assert given.returncode == 0, err(given)
    assert (tmp_path / "bc.docx").read_bytes() == seed_docx


def _custom_template(path: Path) -> Path:
    """The shipped template with a word added to the type name, as an office might."""
    with zipfile.ZipFile(TEMPLATE) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert text.count("{{ title.type_name }}") == 1
                data = text.replace(
                    "{{ title.type_name }}", "{{ title.type_name }} MẪU RIÊNG"
                ).encode("utf-8")
            target.writestr(info, data)
    return path


def test_render_with_a_custom_template(tmp_path: Path, example: Path, seed_docx: bytes) -> None:
    template = _custom_template(tmp_path / "van-phong.docx")
    # "BÁO CÁO MẪU RIÊNG" is no type name of the decree: refused by default …
    refused = vnreport(
        "render", example.name, "-o", "bc.docx", "--template", template.name, cwd=tmp_path
    )
    assert refused.returncode == 1
    assert "type-name.text" in err(refused)
    assert "bc.docx" not in files(tmp_path)
    # … and written with the findings as warnings when the caller says so.
    result = vnreport(
        "render", example.name, "-o", "bc.docx", "--template", template.name,
        "--check", "warn", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, err(result)
    assert "type-name.text" in err(result)
    data = (tmp_path / "bc.docx").read_bytes()
    assert data != seed_docx
    assert "BÁO CÁO MẪU RIÊNG" in document_text(open_docx(data))


@pytest.mark.parametrize("content", [None, b"not a zip file"])
def test_render_with_a_bad_template(tmp_path: Path, example: Path, content: bytes | None) -> None:
    if content is not None:
        (tmp_path / "mau.docx").write_bytes(content)
    result = vnreport("render", example.name, "--template", "mau.docx", cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing was written" in err(result)
    assert "Traceback" not in err(result)
    assert "tuan-giao-2021.docx" not in files(tmp_path)
    assert not any(Path(name).name.startswith(".vnreport-") for name in files(tmp_path))


# --- usage errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["vẽ"],
        ["render"],
        ["render", "bc.yaml", "--bogus"],
        ["render", "bc.yaml", "--format", "xml"],
        ["new"],
        ["new", "bao-cao-nhanh"],  # no such type (cong-van is one now)
        ["--bogus"],
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str]) -> None:
    result = vnreport(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    assert "usage:" in err(result)
    assert files(tmp_path) == set()


def test_version(tmp_path: Path) -> None:
    result = vnreport("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode() == "vnreport 0.1.0\n"


@pytest.mark.parametrize("command", [[], ["render"], ["new"], ["validate"], ["schema"]])
def test_help_with_examples(tmp_path: Path, command: list[str]) -> None:
    result = vnreport(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    text = result.stdout.decode("utf-8")
    assert "usage: vnreport" in text
    assert "examples:" in text
    assert "  vnreport " in text.split("examples:")[1]


# --- new ------------------------------------------------------------------------------------


def test_new_prints_the_starter(tmp_path: Path) -> None:
    result = vnreport("new", "bao-cao", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == STARTERS["bao-cao"]
    assert result.stderr == b""
    assert files(tmp_path) == set()


def test_new_validate_render_round_trip(tmp_path: Path) -> None:
    created = vnreport("new", "bao-cao", "-o", "bao-cao.yaml", cwd=tmp_path)
    assert created.returncode == 0, err(created)
    assert (tmp_path / "bao-cao.yaml").read_text(encoding="utf-8") == STARTERS["bao-cao"]
    assert "vnreport render bao-cao.yaml" in err(created)

    checked = vnreport("validate", "bao-cao.yaml", cwd=tmp_path)
    assert checked.returncode == 0, err(checked)
    assert checked.stdout == b""
    assert "bao-cao.yaml: valid" in err(checked)

    rendered = vnreport("render", "bao-cao.yaml", cwd=tmp_path)
    assert rendered.returncode == 0, err(rendered)
    assert files(tmp_path) == {"bao-cao.yaml", "bao-cao.docx"}
    data = (tmp_path / "bao-cao.docx").read_bytes()
    assert data == loads(STARTERS["bao-cao"], format="yaml").render()
    text = document_text(open_docx(data))
    assert "Phạm Thị Tuyên" in text
    assert "I. KẾT QUẢ THỰC HIỆN" in text


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.yaml"
    target.write_text("# my report\n", encoding="utf-8")
    result = vnreport("new", "bao-cao", "-o", "bao-cao.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "bao-cao.yaml exists; pass --force" in err(result)
    assert target.read_text(encoding="utf-8") == "# my report\n"
    forced = vnreport("new", "bao-cao", "-o", "bao-cao.yaml", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert target.read_text(encoding="utf-8") == STARTERS["bao-cao"]
    assert files(tmp_path) == {"bao-cao.yaml"}


def test_new_writes_yaml_only(tmp_path: Path) -> None:
    result = vnreport("new", "bao-cao", "-o", "bao-cao.json", cwd=tmp_path)
    assert result.returncode == 2
    assert "the starter file is YAML" in err(result)
    assert files(tmp_path) == set()


# --- validate -------------------------------------------------------------------------------


def test_validate_a_good_file(tmp_path: Path, example: Path) -> None:
    result = vnreport("validate", example.name, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == b""
    assert err(result).startswith("tuan-giao-2021.yaml: valid (báo cáo")
    assert files(tmp_path) == {"tuan-giao-2021.yaml"}


BAD = """\
doc_type: bao-cao
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: 12
date: 2021-02-30
subject: Kết quả thực hiện nhiệm vụ
sections:
  - title: Kết quả thực hiện
    content:
      - Nội dung *chưa đóng
      - type: section
        title: ""
        content: [Đã làm.]
signature:
  title: Chủ tịch
  name: PHẠM THỊ TUYÊN
  chuc_vu: Chủ tịch
"""


def test_validate_a_bad_file_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "bc.yaml").write_text(BAD, encoding="utf-8")
    result = vnreport("validate", "bc.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    lines = err(result).splitlines()
    assert lines == [
        "bc.yaml: line 5: issuer.place: must be text, got the number 12 (put it in quotes to keep it as text)",
        "bc.yaml: line 6: date: 2021-02 has no day 30",
        "bc.yaml: line 11: sections[0].content[0].text: emphasis opened with '*' at position 9 is never closed (write \\* for a literal asterisk): «Nội dung *chưa đóng»",
        "bc.yaml: line 13: sections[0].content[1].title: must not be empty (leave it out when there is none)",
        "bc.yaml: line 17: signature.name: the signer's name is written in normal case ('Phạm Thị Tuyên'), never in capitals: got 'PHẠM THỊ TUYÊN'",
        "bc.yaml: line 18: signature.chuc_vu: unknown key (the keys of Signature are: authority, title, name, acting)",
        "bc.yaml: 6 problems, nothing was written",
    ]


def test_validate_from_standard_input(tmp_path: Path, seed_report: Report) -> None:
    data = dumps(seed_report, format="json").encode("utf-8")
    good = vnreport("validate", "-", "--format", "json", cwd=tmp_path, stdin=data)
    assert good.returncode == 0, err(good)
    bad = vnreport("validate", "-", cwd=tmp_path, stdin=BAD.encode("utf-8"))
    assert bad.returncode == 1
    assert "<stdin>: line 6: date: 2021-02 has no day 30" in err(bad)


# --- schema ---------------------------------------------------------------------------------


def test_schema(tmp_path: Path, example: Path) -> None:
    result = vnreport("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == b""
    schema = json.loads(result.stdout.decode("utf-8"))
    assert schema == json_schema()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(data)) == []
    data["sections"][0]["titel"] = data["sections"][0].pop("title")
    assert not validator.is_valid(data)
    assert files(tmp_path) == {"tuan-giao-2021.yaml"}


def test_schema_output_is_utf8_text(tmp_path: Path) -> None:
    result = vnreport("schema", cwd=tmp_path)
    text = result.stdout.decode("utf-8")
    assert "cơ quan ban hành" in text  # Vietnamese descriptions, not \\u escapes


@pytest.mark.parametrize("args", [("new", "bao-cao"), ("schema",)])
def test_a_reader_that_stops_early_ends_the_command_quietly(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    # `vnreport new bao-cao | head -1`: the reader is gone before the tool writes. The read
    # end is closed before the tool starts, so the write fails every time.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "vnreport", *args],
            cwd=tmp_path,
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 141
