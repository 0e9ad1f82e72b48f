"""A rerun never renumbers or refiles a document already made (the register's numbers):
rows removed, inserted or sorted are refused; a row corrected in place is made again,
its old file removed when its name changed; a row no longer in the data stays on record."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

import vnreport
from test_batch import DESCRIPTION, person, write_people
from vnreport.cli.main import main
from vnreport.errors import BatchError

NUMBERED = "{number:03}-{ho_ten}.docx"


def people(count: int) -> list[dict[str, str]]:
    return [person(index) for index in range(1, count + 1)]


def records(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def stamps(folder: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in sorted(folder.glob("*.docx"))}


def printed_number(path: Path) -> str:
    cells = docx.Document(str(path)).tables[0]._cells
    return next(cell.text for cell in cells if "/GM-UBND" in cell.text)


def test_deleting_a_row_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(8)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    before = stamps(out)
    manifest = (out / "manifest.jsonl").read_bytes()
    with pytest.raises(BatchError) as refused:
        vnreport.render_many(DESCRIPTION, rows[:1] + rows[2:], out, number_from=101)
    message = str(refused.value)
    assert "would change their numbers or files" in message
    assert "the data of row 3 (0003.docx, number 103) is now row 2" in message
    assert "0002.docx, number 102" in message
    assert "cells emptied" in message
    assert stamps(out) == before
    assert (out / "manifest.jsonl").read_bytes() == manifest


def test_force_makes_the_documents_again_with_the_new_numbers(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(4)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    result = vnreport.render_many(DESCRIPTION, rows[1:], out, number_from=101, force=True)
    assert result.ok
    assert "102/GM-UBND" not in printed_number(out / "0001.docx")
    assert printed_number(out / "0001.docx") == "Số: 101/GM-UBND"


def test_an_emptied_row_keeps_the_numbers_of_the_others_and_its_record(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(5)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    blanked = [*rows[:2], dict.fromkeys(rows[2], ""), *rows[3:]]
    result = vnreport.render_many(DESCRIPTION, blanked, out, number_from=101)
    assert result.ok
    assert len(result.skipped) == 4
    assert [record.row for record in result.withdrawn] == [3]
    assert "kept on record, their rows no longer in the data: row 3 (0003.docx)" in str(result)
    kept = [r for r in records(out) if r["row"] == 3]
    assert kept
    assert kept[0]["number"] == 103
    assert (out / "0003.docx").exists()
    # And again: the record stays.
    again = vnreport.render_many(DESCRIPTION, blanked, out, number_from=101)
    assert [record.row for record in again.withdrawn] == [3]


def test_a_row_removed_at_the_end_stays_on_record(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(3)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    result = vnreport.render_many(DESCRIPTION, rows[:2], out, number_from=101)
    assert len(result.skipped) == 2
    assert [r["row"] for r in records(out)] == [1, 2, 3]
    assert (out / "0003.docx").exists()


def test_other_numbers_for_rows_already_made_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(3)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    with pytest.raises(BatchError, match=r"row 1 was made as number 101 \(0001.docx\); it "
                       r"would now be number 201"):  # fmt: skip
        vnreport.render_many(DESCRIPTION, rows, out, number_from=201)


def test_rows_sorted_without_numbers_or_row_names_change_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(4)
    vnreport.render_many(DESCRIPTION, rows, out, names="{ho_ten}.docx")
    before = stamps(out)
    result = vnreport.render_many(DESCRIPTION, rows[::-1], out, names="{ho_ten}.docx")
    assert result.ok
    assert len(result.made) == 0
    assert stamps(out) == before


def test_a_name_corrected_in_place_replaces_its_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(3)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101, names=NUMBERED)
    old = out / f"101-{rows[0]['ho_ten']}.docx"
    assert old.exists()
    fixed = [{**rows[0], "ho_ten": "Lò Văn Phượng"}, *rows[1:]]
    result = vnreport.render_many(DESCRIPTION, fixed, out, number_from=101, names=NUMBERED)
    assert result.ok
    assert len(result.made) == 1
    assert result.removed == (old.name,)
    assert not old.exists()
    assert printed_number(out / "101-Lò Văn Phượng.docx") == "Số: 101/GM-UBND"
    assert sorted(p.name for p in out.glob("101-*.docx")) == ["101-Lò Văn Phượng.docx"]
    assert "removed, their rows now making them under another name" in str(result)


def test_an_old_file_edited_by_hand_is_not_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(2)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101, names=NUMBERED)
    old = out / f"101-{rows[0]['ho_ten']}.docx"
    old.write_bytes(old.read_bytes() + b"\0")
    fixed = [{**rows[0], "ho_ten": "Lò Văn Phượng"}, rows[1]]
    result = vnreport.render_many(DESCRIPTION, fixed, out, number_from=101, names=NUMBERED)
    assert result.ok
    assert result.removed == ()
    assert old.exists()


def test_inserting_a_row_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = people(3)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101, names=NUMBERED)
    with pytest.raises(BatchError, match="is now row 3"):
        vnreport.render_many(
            DESCRIPTION, [rows[0], person(9), *rows[1:]], out, number_from=101, names=NUMBERED
        )


def test_identical_rows_in_place_are_not_moves(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = [person(1), person(1), person(2)]
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    result = vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    assert len(result.skipped) == 3


def test_the_command_line_refuses_a_deleted_row_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_people(tmp_path / "dai-bieu.csv", 6, bad=False)
    out = tmp_path / "out"
    argv = ["merge", str(DESCRIPTION), str(data), "-o", str(out), "--number-from", "101"]
    assert main(argv) == 0
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    data.write_text("".join(lines[:2] + lines[3:]), encoding="utf-8")  # row 2 deleted
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "the data of row 3 (0003.docx, number 103) is now row 2" in err
    assert "--force" in err


def test_a_row_made_then_broken_keeps_its_file_and_is_replaced_once_fixed(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    rows = people(3)
    vnreport.render_many(DESCRIPTION, rows, out, number_from=101)
    made = (out / "0002.docx").read_bytes()
    broken = [rows[0], {**rows[1], "thoi_gian": "31/06/2021 07:30"}, rows[2]]
    result = vnreport.render_many(DESCRIPTION, broken, out, number_from=101)
    (failed,) = result.failed
    assert (failed.row, failed.path, failed.number) == (2, "0002.docx", 102)
    assert "the document made before, 0002.docx, is left as it was" in str(failed.error)
    assert (out / "0002.docx").read_bytes() == made
    fixed = [rows[0], {**rows[1], "thoi_gian": "30/06/2021 07:30"}, rows[2]]
    result = vnreport.render_many(DESCRIPTION, fixed, out, number_from=101)
    assert result.ok, result.summary()
    assert [record.row for record in result.made] == [2]
    assert "30 tháng 6 năm 2021" in "\n".join(
        p.text for p in docx.Document(str(out / "0002.docx")).paragraphs
    )
