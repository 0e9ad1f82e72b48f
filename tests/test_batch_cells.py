"""Cells as a merge reads them: an empty cell inside a sentence is a row's problem, not a
hole in the printed text; {number} inside text; dates as Vietnamese tables write them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

import vnreport
from test_batch import DESCRIPTION, person
from vnreport.errors import BatchError

SENTENCE = "Ông Quàng Thị Hoa 001, Chủ tịch Ủy ban nhân dân xã số 1"


def text_of(path: Path) -> str:
    """The paragraphs' text and the header table's."""
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for cell in table._cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def description() -> dict[str, object]:
    data = yaml.safe_load(DESCRIPTION.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("column", ["ho_ten", "don_vi", "danh_xung"])
def test_an_empty_cell_inside_a_sentence_fails_its_row(tmp_path: Path, column: str) -> None:
    rows = [person(1), {**person(2), column: ""}, {**person(3), column: "   "}]
    result = vnreport.render_many(DESCRIPTION, rows, tmp_path / "out", names="{row}.docx")
    assert [record.row for record in result.made] == [1]
    for record in result.failed:
        assert record.path is None
        assert any(
            problem.columns == (column,) and "needs it" in problem.message
            for problem in record.problems
        )
    assert sorted(path.name for path in (tmp_path / "out").glob("*.docx")) == ["1.docx"]


def test_an_empty_cell_for_a_field_alone_leaves_the_field_out(tmp_path: Path) -> None:
    data = description()
    data["chair"] = "{chu_tri}"
    rows = [{**person(1), "chu_tri": ""}]
    result = vnreport.render_many(data, rows, tmp_path / "out", names="{row}.docx")
    assert result.ok
    assert "Chủ trì" not in text_of(tmp_path / "out" / "1.docx")


def test_number_inside_text_takes_the_rows_number(tmp_path: Path) -> None:
    data = description()
    data["notes"] = [*data["notes"], "Giấy mời số {number} thay thư mời."]  # type: ignore[list-item]
    result = vnreport.render_many(data, [person(1)], tmp_path / "a", number_from=41)
    assert result.ok
    assert "Giấy mời số 41 thay thư mời." in text_of(tmp_path / "a" / "0001.docx")
    unnumbered = vnreport.render_many(data, [person(1)], tmp_path / "b")
    (problem,) = unnumbered.failed[0].problems
    assert problem.field == "notes[1]"
    assert "gives none" in problem.message


@pytest.mark.parametrize(
    ("cell", "printed"),
    [
        ("29/06/2021 07:30", "07 giờ 30 phút, ngày 29 tháng 6 năm 2021"),
        ("29/6/2021 7:30", "07 giờ 30 phút, ngày 29 tháng 6 năm 2021"),
        ("29-06-2021 14:05:00", "14 giờ 05 phút, ngày 29 tháng 6 năm 2021"),
        ("2021-06-29 07:30:00", "07 giờ 30 phút, ngày 29 tháng 6 năm 2021"),
        ("7h30 ngày 29/6/2021", "07 giờ 30 phút, ngày 29 tháng 6 năm 2021"),
    ],
)
def test_dates_and_times_as_tables_write_them(tmp_path: Path, cell: str, printed: str) -> None:
    result = vnreport.render_many(
        DESCRIPTION, [{**person(1), "thoi_gian": cell}], tmp_path / "out", names="{row}.docx"
    )
    assert result.ok, result.summary()
    assert printed in text_of(tmp_path / "out" / "1.docx")


def test_a_day_first_issue_date(tmp_path: Path) -> None:
    data = description()
    data["date"] = "{ngay}"
    rows = [{**person(1), "ngay": "22/06/2021"}]
    result = vnreport.render_many(data, rows, tmp_path / "out", names="{row}.docx")
    assert result.ok, result.summary()
    assert "ngày 22 tháng 6 năm 2021" in text_of(tmp_path / "out" / "1.docx")


@pytest.mark.parametrize("cell", ["31/06/2021 07:30", "29/6/2021 25:00", "6/29/2021 07:30"])
def test_impossible_dates_still_fail_naming_both_forms(tmp_path: Path, cell: str) -> None:
    result = vnreport.render_many(
        DESCRIPTION, [{**person(1), "thoi_gian": cell}], tmp_path / "out", names="{row}.docx"
    )
    (problem,) = result.failed[0].problems
    assert problem.field == "time"
    assert problem.columns == ("thoi_gian",)
    assert "29/06/2021 07:30" in problem.message


def test_a_text_field_keeps_a_cell_that_looks_like_a_date(tmp_path: Path) -> None:
    data = description()
    data["place"] = "{phong}"
    result = vnreport.render_many(
        data, [{**person(1), "phong": "12/6/2021"}], tmp_path / "out", names="{row}.docx"
    )
    assert result.ok, result.summary()
    assert "Địa điểm: 12/6/2021" in text_of(tmp_path / "out" / "1.docx")


def test_an_empty_cell_for_a_required_field_says_so(tmp_path: Path) -> None:
    result = vnreport.render_many(
        DESCRIPTION, [{**person(1), "thoi_gian": ""}], tmp_path / "out", names="{row}.docx"
    )
    (problem,) = result.failed[0].problems
    assert (problem.field, problem.columns) == ("time", ("thoi_gian",))
    assert problem.message == "the cell is empty, and this field needs a value"


def test_a_cell_a_file_name_cannot_keep_is_named(tmp_path: Path) -> None:
    result = vnreport.render_many(
        DESCRIPTION, [{**person(1), "ho_ten": ".."}], tmp_path / "out", names="{ho_ten}.docx"
    )
    (problem,) = result.failed[0].problems
    assert problem.field == "file name"
    assert "column 'ho_ten' holds '..', nothing a file name can keep" in problem.message


@pytest.mark.parametrize("pattern", ["{row}.pdf", "{row}.doc", "{ho_ten}.ODT"])
def test_a_pattern_for_another_kind_of_file_is_refused(tmp_path: Path, pattern: str) -> None:
    with pytest.raises(BatchError, match=r"the documents are \.docx files"):
        vnreport.render_many(DESCRIPTION, [person(1)], tmp_path / "out", names=pattern)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


def test_the_command_line_says_a_warning_once_in_its_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import warnings

    from vnreport.cli import merge as merge_command
    from vnreport.cli.main import main
    from vnreport.errors import ConversionWarning

    real = merge_command._run

    def warning_twice(*args: object) -> object:
        for _ in range(2):
            warnings.warn(
                "the font Times New Roman is not installed", ConversionWarning, stacklevel=2
            )
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_command, "_run", warning_twice)
    data = tmp_path / "a.csv"
    data.write_text(
        "danh_xung,ho_ten,chuc_vu,don_vi,thoi_gian\nÔng,Lò Văn A,Chủ tịch,xã B,2021-06-29 07:30\n",
        encoding="utf-8",
    )
    assert main(["merge", str(DESCRIPTION), str(data), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.count("vnreport merge: warning: the font Times New Roman is not installed") == 1
    assert "ConversionWarning" not in err
