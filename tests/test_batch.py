"""Documents in bulk (vnreport merge, render_many): every row checked first, bad rows
reported with their fields, files written atomically and recorded in the manifest,
reruns that skip what is made and resume what was interrupted."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

import vnreport
from vnreport.batch import Status, Verdict
from vnreport.batch.names import NamePattern, NamePatternError, collisions
from vnreport.batch.placeholders import Placeholder, PlaceholderError, fill, parse_text
from vnreport.cli.main import main
from vnreport.errors import BatchError
from vnreport.formatting.text import plain_letters

ROOT = Path(__file__).resolve().parents[1]
DESCRIPTION = ROOT / "examples" / "giay-moi-dai-bieu.yaml"
COLUMNS = ["danh_xung", "ho_ten", "chuc_vu", "don_vi", "thoi_gian"]
FAMILY = ["Lò", "Quàng", "Lường", "Vừ", "Nguyễn", "Đặng", "Cà", "Trần", "Hoàng", "Phạm"]
GIVEN = ["Văn Phương", "Thị Hoa", "Văn Thắng", "A Dê", "Thị Hường", "Đức Mạnh", "Thị Ngọc"]

#: The three bad rows of the 500 and the field each one breaks.
BAD = {17: "time", 250: "time", 444: "file name"}


def person(index: int) -> dict[str, str]:
    return {
        "danh_xung": "Ông" if index % 2 else "Bà",
        "ho_ten": f"{FAMILY[index % len(FAMILY)]} {GIVEN[index % len(GIVEN)]} {index:03d}",
        "chuc_vu": "Chủ tịch Ủy ban nhân dân",
        "don_vi": f"xã số {index}",
        "thoi_gian": "2021-06-29 07:30",
    }


def write_people(path: Path, count: int, *, bad: bool = True, encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for index in range(1, count + 1):
            row = person(index)
            if bad and index == 17:
                row["thoi_gian"] = "2021-06-31 07:30"  # no 31 June
            if bad and index == 250:
                row["thoi_gian"] = "29/6/2021 25:00"
            if bad and index == 444:
                row["ho_ten"] = "  "  # the file name would lack it
            writer.writerow(row)
    return path


def manifest(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def hashes(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*.docx"))
    }


NAMES = "{row:03}-{ho_ten}.docx"


@pytest.mark.slow
def test_500_invitations_with_three_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = write_people(tmp_path / "dai-bieu.csv", 500)
    out = tmp_path / "out"
    argv = [
        "merge", str(DESCRIPTION), str(data), "-o", str(out), "--names", NAMES,
        "--number-from", "101",
    ]  # fmt: skip
    assert main(argv) == 1
    made = sorted(out.glob("*.docx"))
    assert len(made) == 497
    records = manifest(out)
    assert [r["row"] for r in records] == list(range(1, 501))
    failed = {r["row"]: r for r in records if r["status"] == "failed"}
    assert set(failed) == set(BAD)
    for row, field in BAD.items():
        assert failed[row]["path"] is None
        problems = {problem["field"]: problem for problem in failed[row]["problems"]}
        column = "ho_ten" if field == "file name" else "thoi_gian"
        assert problems[field]["columns"] == [column]
        assert failed[row]["line"] == row + 1
    # The empty name also leaves a hole in the sentence that invites the person.
    problems = {problem["field"]: problem for problem in failed[444]["problems"]}
    assert set(problems) == {"invitees[0]", "file name"}
    assert problems["invitees[0]"]["columns"] == ["ho_ten"]
    err = capsys.readouterr().err
    assert "made 497, skipped 0, failed 3" in err
    assert "row 17 (line 18): time (column 'thoi_gian')" in err
    # Every record of a made row names its file, its number in the register and the hash.
    ok = [r for r in records if r["status"] == "made"]
    for record in ok:
        path = out / str(record["path"])
        assert record["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert record["number"] == 100 + int(record["row"])  # type: ignore[call-overload]
        assert record["symbol"] == f"{record['number']}/GM-UBND"
        assert record["check"] == "passed"
    # A bad row's number stays free: 117 is nobody's.
    assert 117 not in {r["number"] for r in ok}
    first = docx.Document(str(out / "001-Quàng Thị Hoa 001.docx"))
    text = "\n".join(p.text for p in first.paragraphs)
    assert "Ông Quàng Thị Hoa 001, Chủ tịch Ủy ban nhân dân xã số 1" in text
    assert "101/GM-UBND" in "\n".join(c.text for t in first.tables for c in t._cells)

    # A second run makes nothing and skips the 497, without touching them.
    stamps = {path.name: path.stat().st_mtime_ns for path in made}
    assert main([*argv, "--quiet"]) == 1
    again = manifest(out)
    assert sum(r["status"] == "skipped" for r in again) == 497
    assert sum(r["status"] == "made" for r in again) == 0
    assert {path.name: path.stat().st_mtime_ns for path in out.glob("*.docx")} == stamps
    assert [r["sha256"] for r in again] == [r["sha256"] for r in records]


def test_rows_fixed_later_fill_their_numbers(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 20)
    out = tmp_path / "out"
    first = vnreport.render_many(DESCRIPTION, data, out, names=NAMES, number_from=1, workers=1)
    assert [r.row for r in first.failed] == [17]
    write_people(data, 20, bad=False)
    second = vnreport.render_many(DESCRIPTION, data, out, names=NAMES, number_from=1, workers=1)
    assert second.ok
    assert [r.row for r in second.made] == [17]
    assert second.made[0].number == 17
    assert len(second.skipped) == 19


def test_a_changed_row_replaces_its_own_file_but_not_one_edited_by_hand(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 6, bad=False)
    out = tmp_path / "out"
    vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx", workers=1)
    # Row 2's data changes: its file was made by this batch, so it is made anew.
    rows = list(csv.DictReader(data.open(encoding="utf-8")))
    rows[1]["don_vi"] = "xã Quài Tở"
    rows[2]["don_vi"] = "xã Chiềng Đông"
    with data.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    edited = out / "3.docx"
    edited.write_bytes(b"a clerk's own edit")
    result = vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx", workers=1)
    assert [r.row for r in result.made] == [2]
    assert "xã Quài Tở" in "\n".join(p.text for p in docx.Document(str(out / "2.docx")).paragraphs)
    assert [r.row for r in result.failed] == [3]
    assert "edited by hand" in str(result.failed[0].error)
    assert edited.read_bytes() == b"a clerk's own edit"
    forced = vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx", force=True)
    assert forced.ok
    assert edited.read_bytes().startswith(b"PK")


def test_a_file_already_there_and_equal_is_skipped_without_a_manifest(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 4, bad=False)
    out = tmp_path / "out"
    vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx", workers=1)
    (out / "manifest.jsonl").unlink()
    result = vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx", workers=1)
    assert len(result.skipped) == 4


def test_process_pool_and_this_process_make_the_same_bytes(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 40)
    one = vnreport.render_many(DESCRIPTION, data, tmp_path / "one", names=NAMES, workers=1)
    two = vnreport.render_many(
        DESCRIPTION, data, tmp_path / "two", names=NAMES, workers=2, chunk_size=3
    )
    assert hashes(tmp_path / "one") == hashes(tmp_path / "two")
    assert [r.sha256 for r in one.records] == [r.sha256 for r in two.records]
    assert [r.row for r in two.failed] == [17]


def merge_in_background(
    data: Path, out: Path, *options: str, records: int, stderr: int | None = None
) -> subprocess.Popen[str]:
    """``vnreport merge`` started in a process group of its own, returned once its
    manifest holds ``records`` lines (the batch half-way)."""
    command = [
        sys.executable, "-m", "vnreport", "merge", str(DESCRIPTION), str(data), "-o", str(out),
        "--names", NAMES, *options,
    ]  # fmt: skip
    process = subprocess.Popen(command, start_new_session=True, stderr=stderr, text=True)
    log = out / "manifest.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log.exists() and log.read_bytes().count(b"\n") >= records:
            break
        time.sleep(0.02)
    return process


@pytest.mark.slow
def test_a_killed_run_resumes(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 400, bad=False)
    out = tmp_path / "out"
    process = merge_in_background(data, out, "--workers", "1", "--quiet", records=60)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = len(list(out.glob("*.docx")))
    assert 60 <= done < 400, "the run was not stopped half-way"
    result = vnreport.render_many(DESCRIPTION, data, out, names=NAMES, workers=1)
    assert result.ok
    assert len(result.skipped) >= done - 1  # the file being written when killed may be redone
    assert len(result.made) + len(result.skipped) == 400
    assert not list(out.glob(".vnreport-*"))
    clean = vnreport.render_many(DESCRIPTION, data, tmp_path / "clean", names=NAMES, workers=1)
    assert hashes(out) == hashes(tmp_path / "clean")
    assert [r.sha256 for r in result.records] == [r.sha256 for r in clean.records]


@pytest.mark.slow
def test_a_dask_cluster_makes_the_same_files(tmp_path: Path):
    distributed = pytest.importorskip("distributed")
    data = write_people(tmp_path / "a.csv", 60)
    default = vnreport.render_many(DESCRIPTION, data, tmp_path / "default", names=NAMES)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = vnreport.render_many(
            DESCRIPTION, data, tmp_path / "dask", names=NAMES, executor=client.get_executor()
        )
    assert hashes(tmp_path / "dask") == hashes(tmp_path / "default")
    assert [r.sha256 for r in on_dask.records] == [r.sha256 for r in default.records]
    assert [r.row for r in on_dask.failed] == [17]
    first = {k: v for k, v in manifest(tmp_path / "dask")[0].items() if k != "written"}
    second = {k: v for k, v in manifest(tmp_path / "default")[0].items() if k != "written"}
    assert first == second


def test_cp1258_and_bom_data_make_the_same_documents(tmp_path: Path):
    from cp1258 import encode_cp1258

    rows = [person(index) for index in range(1, 6)]
    text = ",".join(COLUMNS) + "\r\n"
    text += "".join(",".join(row[c] for c in COLUMNS) + "\r\n" for row in rows)
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "win.csv").write_bytes(encode_cp1258(text))
    bom = vnreport.render_many(DESCRIPTION, tmp_path / "bom.csv", tmp_path / "a", names=NAMES)
    win = vnreport.render_many(DESCRIPTION, tmp_path / "win.csv", tmp_path / "b", names=NAMES)
    assert bom.ok
    assert win.ok
    assert hashes(tmp_path / "a") == hashes(tmp_path / "b")
    assert "004-Nguyễn Thị Hường 004.docx" in hashes(tmp_path / "a")


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ("../{ho_ten}.docx", "inside the output folder"),
        ("/tmp/{ho_ten}.docx", "absolute"),
        ("{ho_ten}/../../x{row}.docx", "inside the output folder"),
        ("C:{row}.docx", "absolute"),
        ("a\\{row}.docx", "'/'"),
        ("giay-moi.docx", "names no column"),
        ("{ho_ten", "not closed"),
        ("{row:x}.docx", "width of zeros"),
        ("{row}?.docx", "refuse"),
    ],
)
def test_name_patterns_that_would_escape_or_break_are_refused(
    tmp_path: Path, names: str, message: str
):
    data = write_people(tmp_path / "a.csv", 3, bad=False)
    with pytest.raises(BatchError, match=message if message != "'/'" else "with '/'"):
        vnreport.render_many(DESCRIPTION, data, tmp_path / "out", names=names)
    assert not (tmp_path / "out").exists()


def test_names_that_collide_refuse_the_batch(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 5, bad=False)
    with pytest.raises(BatchError, match="rows 1 and 2 would both be Chủ tịch") as error:
        vnreport.render_many(DESCRIPTION, data, tmp_path / "out", names="{chuc_vu}.docx")
    assert "add a column" in str(error.value)
    assert not list((tmp_path / "out").glob("*.docx"))


def test_names_equal_but_for_case_collide():
    assert collisions([(1, "Lò Văn A.docx"), (2, "lò văn a.docx"), (3, "B.docx")]) == [
        (1, 2, "lò văn a.docx")
    ]


def test_values_cannot_leave_the_folder_or_break_a_file_system():
    pattern = NamePattern("{xa}/{ho_ten}.docx")
    name = pattern.name_for({"xa": "../..", "ho_ten": 'a/b\\c:d*e?"f<g>h|i\x00j'})
    assert name == "-/a-b-c-d-e--f-g-h-i-j.docx"
    assert NamePattern("{x}.docx").name_for({"x": "CON"}) == "_CON.docx"
    assert NamePattern("{x}.docx").name_for({"x": " tên. "}) == "tên.docx"
    long = NamePattern("{x}.docx").name_for({"x": "Nguyễn " * 100})
    assert long.endswith(".docx")
    assert len(long.encode()) <= 250
    assert NamePattern("{row:04}").name_for({"row": 7}) == "0007.docx"
    assert NamePattern("{x}.docx", plain=True).name_for({"x": "Đặng Hưởng"}) == "Dang Huong.docx"
    with pytest.raises(NamePatternError, match="column 'x' is empty"):
        NamePattern("{x}.docx").name_for({"x": " "})
    assert plain_letters("Ủy ban nhân dân xã Quài Nưa") == "Uy ban nhan dan xa Quai Nua"


def test_placeholders_are_parsed_and_escaped():
    assert parse_text("Ông/Bà {ho_ten}, {{x}}") == ("Ông/Bà ", Placeholder("ho_ten"), ", {x}")
    for bad in ("{", "}", "{a", "a}", "{}", "{ }", "{a{b}"):
        with pytest.raises(PlaceholderError):
            parse_text(bad)


def test_values_are_data_never_template_code():
    filled = fill(
        {"subject": "Về {x}", "invitees": ["{y}"], "number": "{n}"},
        {"x": "{y} {{ 7*7 }} {% raw %}", "y": "{x}", "n": ""},
    )
    assert filled == {"subject": "Về {y} {{ 7*7 }} {% raw %}", "invitees": ["{x}"], "number": None}


def test_hostile_cells_are_printed_as_they_are(tmp_path: Path):
    rows = [person(1) | {"ho_ten": "{{ cycler.__init__.__globals__ }} {row}"}]
    result = vnreport.render_many(DESCRIPTION, rows, tmp_path / "out", names="{row}.docx")
    assert result.ok
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "out" / "1.docx")).paragraphs)
    assert "{{ cycler.__init__.__globals__ }} {row}" in text


def test_columns_and_placeholders_that_do_not_fit_are_named(tmp_path: Path):
    rows = [{k: v for k, v in person(1).items() if k != "don_vi"} | {"don_vj": "x", "extra": "y"}]
    with pytest.raises(BatchError) as error:
        vnreport.render_many(DESCRIPTION, rows, tmp_path / "out")
    message = str(error.value)
    assert "placeholder {don_vi} at invitees[0], notes[0] has no column" in message
    assert "(did you mean 'don_vj'?)" in message
    assert "column 'extra' of <records> fills no placeholder" in message
    # Renamed and ignored, the same rows make their document.
    result = vnreport.render_many(
        DESCRIPTION,
        rows,
        tmp_path / "out",
        columns={"don_vj": "don_vi"},
        ignore_unused=True,
    )
    assert result.ok


def test_a_column_spelled_with_capitals_and_marks_is_pointed_at(tmp_path: Path):
    rows = [{"Họ tên" if k == "ho_ten" else k: v for k, v in person(1).items()}]
    with pytest.raises(
        BatchError, match=re.escape("(the column 'Họ tên'? --column \"Họ tên=ho_ten\")")
    ):
        vnreport.render_many(DESCRIPTION, rows, tmp_path / "out")
    assert vnreport.render_many(
        DESCRIPTION, rows, tmp_path / "out", columns={"Họ tên": "ho_ten"}
    ).ok


def test_a_yaml_brace_without_quotes_is_explained(tmp_path: Path):
    description = tmp_path / "d.yaml"
    description.write_text(
        DESCRIPTION.read_text(encoding="utf-8").replace("time: '{thoi_gian}'", "time: {thoi_gian}"),
        encoding="utf-8",
    )
    with pytest.raises(BatchError, match=re.escape("time: {thoi_gian} without quotes is")):
        vnreport.render_many(description, [person(1)], tmp_path / "out")


def test_number_from_and_a_number_placeholder_are_one_too_many(tmp_path: Path):
    description = {"doc_type": "giay-moi", "number": "{so}"}
    with pytest.raises(BatchError, match="number is given twice"):
        vnreport.render_many(description, [{"so": "1"}], tmp_path / "out", number_from=3)


def test_a_second_batch_on_the_same_folder_is_refused(tmp_path: Path):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    with (out / ".vnreport-batch.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="another batch is writing"):
            vnreport.render_many(DESCRIPTION, [person(1)], out)


def test_a_torn_manifest_line_is_passed_over(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 3, bad=False)
    out = tmp_path / "out"
    vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx")
    with (out / "manifest.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"row": 2, "status": "ma')
    result = vnreport.render_many(DESCRIPTION, data, out, names="{row}.docx")
    assert len(result.skipped) == 3
    assert all(r["status"] == "skipped" for r in manifest(out))


def test_the_checker_verdict_is_recorded(tmp_path: Path):
    result = vnreport.render_many(DESCRIPTION, [person(1)], tmp_path / "a", check=False)
    assert result.records[0].check is Verdict.NOT_CHECKED
    result = vnreport.render_many(DESCRIPTION, [person(1)], tmp_path / "b")
    assert result.records[0].check is Verdict.PASSED
    assert result.records[0].status is Status.MADE


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(tmp_path: Path):
    data = write_people(tmp_path / "a.csv", 400, bad=False)
    out = tmp_path / "out"
    process = merge_in_background(
        data, out, "--workers", "2", "--chunk-size", "5", records=40, stderr=subprocess.PIPE
    )
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "the same command resumes the batch" in err
    assert "Traceback" not in err
    assert not list(out.glob(".vnreport-*"))  # no temporary file, no lock left
    made = len(list(out.glob("*.docx")))
    assert 0 < made < 400
    result = vnreport.render_many(DESCRIPTION, data, out, names=NAMES)
    assert result.ok
    assert len(result.records) == 400
    assert len(result.skipped) >= made - 4


def test_a_notebook_shows_the_failed_rows_as_a_table(tmp_path: Path):
    rows = [person(1), person(2) | {"thoi_gian": "<b>mai</b>"}]
    result = vnreport.render_many(DESCRIPTION, rows, tmp_path / "out")
    shown = result._repr_html_()
    assert shown.startswith("<p>made 1, skipped 0, failed 1")
    assert "<td>2</td>" in shown
    assert "<td>time</td><td>thoi_gian</td>" in shown
    assert "&lt;b&gt;mai&lt;/b&gt;" in shown
    assert "<b>mai</b>" not in shown


def test_one_file_joins_every_document_in_row_order(tmp_path: Path):
    rows = [person(index) for index in range(1, 6)]
    rows[2]["thoi_gian"] = "sáng mai"  # row 3 fails: it is not in the joined file
    out = tmp_path / "out"
    result = vnreport.render_many(
        DESCRIPTION, rows, out, names="{row}.docx", number_from=11, one_file="tat-ca.docx"
    )
    assert result.joined == out / "tat-ca.docx"
    joined = docx.Document(str(out / "tat-ca.docx"))
    text = "\n".join(p.text for p in joined.paragraphs)
    order = [text.index(f"xã số {index}") for index in (1, 2, 4, 5)]
    assert order == sorted(order)
    assert "xã số 3" not in text
    assert len(joined.sections) == 4
    starts = [
        s._sectPr.find(docx.oxml.ns.qn("w:pgNumType")).get(docx.oxml.ns.qn("w:start"))
        for s in joined.sections
    ]
    assert starts == ["1", "1", "1", "1"]
    last = manifest(out)[-1]
    assert last["joined"] == "tat-ca.docx"
    assert last["rows"] == [1, 2, 4, 5]
    assert last["sha256"] == hashlib.sha256((out / "tat-ca.docx").read_bytes()).hexdigest()
    # A rerun writes it again only if it changed; a hand-edited one is not replaced.
    stamp = (out / "tat-ca.docx").stat().st_mtime_ns
    vnreport.render_many(
        DESCRIPTION, rows, out, names="{row}.docx", number_from=11, one_file="tat-ca.docx"
    )
    assert (out / "tat-ca.docx").stat().st_mtime_ns == stamp
    (out / "tat-ca.docx").write_bytes(b"edited")
    with pytest.raises(BatchError, match="not the joined file this batch wrote"):
        vnreport.render_many(DESCRIPTION, rows, out, names="{row}.docx", one_file="tat-ca.docx")
    assert (out / "tat-ca.docx").read_bytes() == b"edited"


@pytest.mark.parametrize(
    "one_file", ["../x.docx", "/tmp/x.docx", "x.pdf", "a:b.docx", "a/./b.docx"]
)
def test_a_joined_file_outside_the_folder_or_not_a_docx_is_refused(tmp_path: Path, one_file: str):
    with pytest.raises(BatchError):
        vnreport.render_many(DESCRIPTION, [person(1)], tmp_path / "out", one_file=one_file)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("data", ["dai-bieu.csv", "dai-bieu.xlsx"])
def test_the_examples_of_the_docs_run(tmp_path: Path, data: str):
    pytest.importorskip("openpyxl")
    out = tmp_path / "giay-moi"
    argv = [
        "merge", str(DESCRIPTION), str(ROOT / "examples" / data), "-o", str(out),
        "--names", "{number:03}-{ho_ten}.docx", "--number-from", "101", "--quiet",
    ]  # fmt: skip
    assert main(argv) == 0
    names = sorted(path.name for path in out.glob("*.docx"))
    assert names[0] == "101-Lò Văn Phương.docx"
    assert names[-1] == "108-Trần Đức Mạnh.docx"
    text = "\n".join(p.text for p in docx.Document(str(out / names[5])).paragraphs)
    assert "Ông Đặng Văn Hưởng, Trưởng phòng Phòng Tài chính - Kế hoạch huyện" in text
    assert "Thời gian: 07 giờ 30 phút, ngày 29 tháng 6 năm 2021." in text


def test_the_readme_merge_command_is_the_docs_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = re.findall(r"^\.venv/bin/vnreport merge (.*)$", readme, re.MULTILINE)
    assert line.startswith("examples/giay-moi-dai-bieu.yaml examples/dai-bieu.csv -o out/")
    assert '--names "{number:03}-{ho_ten}.docx" --number-from 101' in line


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return " ".join(done.stdout.split())


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::vnreport.ConversionWarning")
def test_pdfs_beside_the_documents_are_recorded_and_kept_on_a_rerun(tmp_path: Path):
    rows = [person(index) for index in range(1, 6)]
    out = tmp_path / "out"
    result = vnreport.render_many(DESCRIPTION, rows, out, names="{row}.docx", pdf=True)
    assert result.ok
    for record in result.records:
        pdf = out / f"{record.row}.pdf"
        assert record.pdf == pdf.name
        assert record.pdf_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
        text = pdf_text(pdf)
        assert rows[record.row - 1]["ho_ten"] in text
        assert all(
            other["ho_ten"] not in text for other in rows if other is not rows[record.row - 1]
        )
    stamps = {path.name: path.stat().st_mtime_ns for path in out.glob("*.pdf")}
    again = vnreport.render_many(DESCRIPTION, rows, out, names="{row}.docx", pdf=True)
    assert len(again.skipped) == 5
    assert {path.name: path.stat().st_mtime_ns for path in out.glob("*.pdf")} == stamps
    assert [r.pdf_sha256 for r in again.records] == [r.pdf_sha256 for r in result.records]
    # A row that changes gets a new PDF; the others keep theirs.
    rows[1]["don_vi"] = "xã Quài Tở"
    third = vnreport.render_many(DESCRIPTION, rows, out, names="{row}.docx", pdf=True)
    assert [r.row for r in third.made] == [2]
    assert "xã Quài Tở" in pdf_text(out / "2.pdf")
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf") if p.name != "2.pdf"} == {
        name: stamp for name, stamp in stamps.items() if name != "2.pdf"
    }
