"""read_docx: vnreport's own output read back exactly; garbage refused with a result."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from vnreport import read_docx
from vnreport.exchange import load
from vnreport.limits import Limits, PackageLimits

ROOT = Path(__file__).resolve().parent.parent

# Examples that read back to the same bytes but not to an equal model, and why: what the
# printed page cannot tell apart. Strict: an example that becomes equal must leave.
_SAME_BYTES_ONLY = {
    # "Diễn biến hội nghị" comes back in sentence case from its capitals: the printed
    # page is the same, the model's text is not.
    "bien-ban-tuan-giao": "a heading printed in capitals",
}


def _examples() -> list[Path]:
    return [
        path
        for path in sorted((ROOT / "examples").glob("*.yaml"))
        # A merge's description (placeholders) is not a document.
        if "{" not in path.read_text(encoding="utf-8")
    ]


@pytest.mark.slow
@pytest.mark.parametrize("path", _examples(), ids=lambda path: path.stem)
def test_render_read_render_is_identical(path: Path) -> None:
    document = load(path)
    data = document.render()
    imported = read_docx(data)
    assert imported.document is not None, imported.unrecognised
    assert imported.document.render() == data
    if path.stem in _SAME_BYTES_ONLY:
        assert imported.document != document
    else:
        assert imported.document == document


def test_the_seed_docx_reads_back_equal() -> None:
    document = load(ROOT / "examples" / "tuan-giao-2021.yaml")
    data = document.render()
    imported = read_docx(data)
    assert imported.recognised
    assert imported.document == document
    fields = imported.fields
    assert fields.issuer == "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
    assert (fields.symbol, fields.date, fields.place) == ("BC-UBND", "2021-06", "Tuần Giáo")


def test_emphasis_comes_back_as_markup() -> None:
    document = load(ROOT / "examples" / "tuan-giao-2021.yaml")
    imported = read_docx(document.render())
    assert imported.document is not None
    texts = [block.text for block in imported.document.body]
    assert texts == [block.text for block in document.body]
    italic = [run.text for block in imported.document.body for run in block.runs if run.italic]
    assert italic[0] == "khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn"


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data", [b"", b"\x00\x01\x02 not a zip", _xlsx()], ids=["empty", "binary", "xlsx"]
)
def test_garbage_is_a_result_not_an_exception(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "thing.docx"
    path.write_bytes(data)
    imported = read_docx(path)
    assert imported.document is None
    assert "not a recognisable document" in imported.unrecognised[0].reason


def test_beyond_the_limits_is_a_result() -> None:
    data = load(ROOT / "examples" / "tuan-giao-2021.yaml").render()
    imported = read_docx(data, limits=Limits(package=PackageLimits(max_paragraphs=5)))
    assert imported.document is None
    assert "max_paragraphs" in imported.unrecognised[0].reason
