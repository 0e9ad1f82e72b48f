"""The pool of LibreOffice processes for a batch (vnreport.render.pdfpool.PdfPool).

What the pool decides — which files go into which call, what is retried, when a profile
is made afresh, what is killed and removed — is played against a small shell script in
place of ``soffice``: it "converts" a file by writing ``%PDF-`` and the file's bytes, and
misbehaves as the file asks (CRASH: the run exits 3; SKIP: no PDF for that file, as
LibreOffice does with a file it cannot load; HANG: the run hangs with a child process).
It logs every run: whether the profile was there already, how many files, and which.
The real LibreOffice converts real documents in the tests marked slow.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import vnreport
from conftest import ROOT
from vnreport import ConversionError, ConversionWarning, exchange
from vnreport.model.document import Document
from vnreport.render.pdf import SOFFICE_VARIABLE, convert_many
from vnreport.render.pdfpool import PdfPool
from vnreport.render.pdfs import POOL_FROM
from vnreport.render.processes import RunCancelledError, run_bounded

INVITATION = ROOT / "examples" / "giay-moi-tuan-giao.yaml"

FAKE_SOFFICE = r"""#!/bin/sh
log="{log}"
outdir=""; profile=""; files=""
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) outdir="$2"; shift ;;
    -env:UserInstallation=file://*) profile="${{1#-env:UserInstallation=file://}}" ;;
    *.docx) files="$files $1" ;;
  esac
  shift
done
if [ -d "$profile" ]; then state=warm; else state=fresh; mkdir -p "$profile/user"; fi
count=0; names=""
for f in $files; do count=$((count + 1)); names="$names $(tail -c +5 "$f")"; done
echo "$state $count$names" >> "$log"
for f in $files; do
  if grep -q HANG "$f"; then
    sleep 300 &
    echo "$$ $!" >> "{log}.pids"
    wait
  fi
  if grep -q CRASH "$f"; then echo "soffice.bin crashed" >&2; exit 3; fi
done
for f in $files; do
  grep -q SKIP "$f" && continue
  {{ printf '%%PDF-1.4\n'; cat "$f"; }} > "$outdir/$(basename "$f" .docx).pdf"
done
"""


def docx(name: str) -> bytes:
    """What the fake soffice takes for a .docx: a zip's first bytes, then ``name``."""
    return b"PK\x03\x04" + name.encode("ascii")


def pdf_of(name: str) -> bytes:
    return b"%PDF-1.4\n" + docx(name)


@attrs.frozen
class Run:
    fresh: bool
    names: tuple[str, ...]


@attrs.frozen
class Fake:
    program: Path
    log: Path

    def runs(self) -> list[Run]:
        if not self.log.exists():
            return []
        runs = []
        for line in self.log.read_text(encoding="ascii").splitlines():
            state, count, *names = line.split()
            assert int(count) == len(names), line
            runs.append(Run(state == "fresh", tuple(names)))
        return runs

    def pids(self) -> list[int]:
        path = self.log.with_name(self.log.name + ".pids")
        if not path.exists():
            return []
        return [int(pid) for line in path.read_text().splitlines() for pid in line.split()]


@pytest.fixture
def fake(tmp_path: Path, private_tmp: Path) -> Fake:
    log = tmp_path / "runs.log"
    program = tmp_path / "soffice-fake"
    program.write_text(FAKE_SOFFICE.format(log=log), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return Fake(program, log)


def gone(pid: int, seconds: float = 5.0) -> bool:
    """Whether process ``pid`` has ended within ``seconds`` (a zombie has ended)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            status = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        except FileNotFoundError:
            return True
        if status.rsplit(")", 1)[1].split()[0] in {"Z", "X"}:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


# --- which file goes where ----------------------------------------------------------------


def test_every_key_gets_its_own_pdf_in_calls_of_at_most_batch_files(fake: Fake) -> None:
    names = [f"d{index}" for index in range(7)]
    with PdfPool(size=2, batch=3, soffice=fake.program) as pool:
        results = list(pool.convert((name, docx(name)) for name in names))
        stats = pool.stats()
    assert sorted(key for key, _ in results) == names  # each once
    assert dict(results) == {name: pdf_of(name) for name in names}
    runs = fake.runs()
    assert sorted(len(run.names) for run in runs) == [1, 3, 3]
    assert sorted(name for run in runs for name in run.names) == names
    assert (stats.calls, stats.converted, stats.failed, stats.retried) == (3, 7, 0, 0)


def test_a_warm_profile_is_reused_from_call_to_call(fake: Fake) -> None:
    with PdfPool(size=1, batch=2, soffice=fake.program) as pool:
        for round_ in range(2):  # two calls of convert: the profile outlives a call
            names = [f"r{round_}d{index}" for index in range(4)]
            assert dict(pool.convert((name, docx(name)) for name in names)) == {
                name: pdf_of(name) for name in names
            }
    assert [run.fresh for run in fake.runs()] == [True, False, False, False]


def test_restart_after_makes_the_profile_afresh(fake: Fake) -> None:
    names = [f"d{index}" for index in range(10)]
    with PdfPool(size=1, batch=2, restart_after=4, soffice=fake.program) as pool:
        results = dict(pool.convert((name, docx(name)) for name in names))
        stats = pool.stats()
    assert results == {name: pdf_of(name) for name in names}
    # 2 files a call: the profile is made afresh after every 4 files.
    assert [run.fresh for run in fake.runs()] == [True, False, True, False, True]
    assert (stats.profiles, stats.restarts) == (3, 2)


# --- bad files ----------------------------------------------------------------------------


def test_a_crashing_call_is_retried_file_by_file_in_a_fresh_profile(fake: Fake) -> None:
    names = ["a", "b-CRASH", "c", "d"]
    with PdfPool(size=1, batch=4, soffice=fake.program) as pool:
        results = dict(pool.convert((name, docx(name)) for name in names))
        stats = pool.stats()
    assert {key: value for key, value in results.items() if key != "b-CRASH"} == {
        name: pdf_of(name) for name in ("a", "c", "d")
    }
    error = results["b-CRASH"]
    assert isinstance(error, ConversionError)
    assert "tried again alone" in str(error)
    assert "exit status 3" in str(error)
    assert "soffice.bin crashed" in str(error)
    runs = fake.runs()
    assert runs[0] == Run(fresh=True, names=tuple(names))
    # Then each file once more, alone; the first retry and the one after the crash in a
    # fresh profile.
    assert runs[1:] == [
        Run(True, ("a",)),
        Run(False, ("b-CRASH",)),
        Run(True, ("c",)),
        Run(False, ("d",)),
    ]
    assert (stats.converted, stats.failed, stats.retried) == (3, 1, 4)


def test_a_file_left_without_pdf_is_retried_alone_and_the_others_kept(fake: Fake) -> None:
    names = ["a", "b-SKIP", "c"]
    with PdfPool(size=1, batch=3, soffice=fake.program) as pool:
        results = dict(pool.convert((name, docx(name)) for name in names))
    assert results["a"] == pdf_of("a")
    assert results["c"] == pdf_of("c")
    error = results["b-SKIP"]
    assert isinstance(error, ConversionError)
    assert "wrote no PDF" in str(error)
    # The good files are not converted twice; the bad one is tried once more, afresh.
    assert fake.runs() == [Run(True, tuple(names)), Run(True, ("b-SKIP",))]


def test_what_is_not_a_docx_is_refused_without_running_libreoffice(fake: Fake) -> None:
    with PdfPool(size=1, soffice=fake.program) as pool:
        results = dict(
            pool.convert([("text", b"just some words"), ("empty", b""), ("ok", docx("ok"))])
        )
    assert results["ok"] == pdf_of("ok")
    for key, problem in (("text", "not a .docx"), ("empty", "empty")):
        error = results[key]
        assert isinstance(error, ConversionError)
        assert problem in str(error)
    assert fake.runs() == [Run(True, ("ok",))]


def test_convert_many_refuses_what_is_not_a_docx(fake: Fake) -> None:
    with pytest.raises(ConversionError, match=r"document 2 was not converted: it is not a \.docx"):
        convert_many([docx("a"), b"<html>"], soffice=fake.program)
    assert fake.runs() == []


def test_a_time_out_kills_the_whole_group_and_spares_the_rest(
    fake: Fake, private_tmp: Path
) -> None:
    names = ["a", "b-HANG", "c", "d"]
    started = time.monotonic()
    with PdfPool(
        size=2, batch=2, timeout_per_file=0.5, timeout_start=0.5, soffice=fake.program
    ) as pool:
        results = dict(pool.convert((name, docx(name)) for name in names))
    assert time.monotonic() - started < 20
    assert {name: results[name] for name in ("a", "c", "d")} == {
        name: pdf_of(name) for name in ("a", "c", "d")
    }
    error = results["b-HANG"]
    assert isinstance(error, ConversionError)
    assert "did not finish within 1 s" in str(error)  # alone: 0.5 s + 0.5 s a file
    pids = fake.pids()
    assert len(pids) == 4  # the script and its child, in the batch's call and alone
    for pid in pids:
        assert gone(pid), f"process {pid} still runs"
    assert list(private_tmp.iterdir()) == []


# --- nothing left behind ------------------------------------------------------------------


def test_profiles_and_temporaries_are_gone_after_close(fake: Fake, private_tmp: Path) -> None:
    pool = PdfPool(size=2, batch=1, soffice=fake.program)
    assert dict(pool.convert([("a", docx("a")), ("b", docx("b"))])) == {
        "a": pdf_of("a"),
        "b": pdf_of("b"),
    }
    (folder,) = private_tmp.iterdir()
    assert len(list(folder.glob("worker-*/profile/user"))) == 2  # warm, kept between calls
    pool.close()
    pool.close()  # twice is harmless
    assert list(private_tmp.iterdir()) == []
    assert pool.closed
    with pytest.raises(ValueError, match="closed"):
        list(pool.convert([("c", docx("c"))]))


def test_an_interruption_kills_libreoffice_and_removes_everything(
    fake: Fake, private_tmp: Path
) -> None:
    items = [("a", docx("a")), ("b-HANG", docx("b-HANG")), ("c-HANG", docx("c-HANG"))]

    def interrupted() -> None:
        with PdfPool(size=2, batch=1, soffice=fake.program) as pool:
            for key, _ in pool.convert(items):
                assert key == "a"
                while len(fake.pids()) < 4:  # both hanging calls have started
                    time.sleep(0.05)
                raise KeyboardInterrupt  # what Ctrl-C raises in the loop

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert time.monotonic() - started < 20  # not the 60 s a call may take
    for pid in fake.pids():
        assert gone(pid), f"process {pid} still runs"
    assert list(private_tmp.iterdir()) == []


def test_leaving_the_loop_early_stops_that_call_only(fake: Fake) -> None:
    with PdfPool(size=1, batch=1, soffice=fake.program) as pool:
        for key, _ in pool.convert((f"d{index}", docx(f"d{index}")) for index in range(50)):
            assert key == "d0"
            break
        assert dict(pool.convert([("x", docx("x"))])) == {"x": pdf_of("x")}
    # Read ahead of the caller: at most the batches the worker queue holds, not all 50.
    assert len(fake.runs()) <= 4


def test_an_error_of_the_caller_removes_everything(fake: Fake, private_tmp: Path) -> None:
    def failing() -> None:
        with PdfPool(soffice=fake.program) as pool:
            for _ in pool.convert([("a", docx("a"))]):
                raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        failing()
    assert list(private_tmp.iterdir()) == []


# --- arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"size": 0}, "size must be a whole number ≥ 1"),
        ({"batch": True}, "batch must be a whole number"),
        ({"restart_after": 2.5}, "restart_after must be a whole number"),
        ({"timeout_per_file": 0}, "timeout_per_file must be a positive number"),
        ({"timeout_start": -1}, "timeout_start must be a positive number"),
    ],
)
def test_bad_options_are_refused(
    fake: Fake, private_tmp: Path, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        PdfPool(soffice=fake.program, **options)  # type: ignore[arg-type]
    assert list(private_tmp.iterdir()) == []


def test_a_document_that_is_not_bytes_is_a_type_error(fake: Fake) -> None:
    with PdfPool(soffice=fake.program) as pool, pytest.raises(TypeError, match="key 'a' is a str"):
        list(pool.convert([("a", "PK not bytes")]))  # type: ignore[list-item]


def test_a_run_called_off_is_killed_by_its_own_thread(tmp_path: Path) -> None:
    child = tmp_path / "child.pid"
    call_off = threading.Event()
    threading.Timer(0.3, call_off.set).start()
    started = time.monotonic()
    with pytest.raises(RunCancelledError):
        run_bounded(
            ["sh", "-c", f'sleep 300 & echo $! > "{child}"; wait'],
            timeout=60,
            cancelled=call_off.is_set,
        )
    assert time.monotonic() - started < 10
    assert gone(int(child.read_text()))


# --- real conversions ---------------------------------------------------------------------


def pdf_text(pdf: bytes, folder: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (.ci/run does it)")
    path = folder / "read.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def signed_by(invitation: Document, name: str) -> Document:
    return attrs.evolve(invitation, signature=attrs.evolve(invitation.signature, name=name))


@pytest.fixture(scope="module")
def invitation() -> Document:
    document = exchange.load(INVITATION)
    assert isinstance(document, Document)
    return document


@pytest.fixture
def quiet_fonts() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConversionWarning)
        yield


@pytest.mark.slow
def test_six_invitations_and_a_corrupt_file_through_libreoffice(
    invitation: Document, tmp_path: Path, private_tmp: Path, quiet_fonts: None
) -> None:
    names = [f"Người Ký Thứ {index}" for index in range(1, 7)]
    rendered = {name: signed_by(invitation, name).render() for name in names}
    good = rendered[names[0]]
    items = list(rendered.items())
    items.insert(3, ("hỏng", good[: len(good) // 2]))  # a cut zip: LibreOffice cannot load it
    with PdfPool(size=2, batch=2) as pool:
        results = dict(pool.convert(items))
        stats = pool.stats()
    assert sorted(results) == sorted(key for key, _ in items)
    error = results.pop("hỏng")
    assert isinstance(error, ConversionError)
    assert "wrote no PDF" in str(error)
    for name, pdf in results.items():
        assert isinstance(pdf, bytes)
        assert pdf.startswith(b"%PDF-")
        text = pdf_text(pdf, tmp_path)
        assert "GIẤY MỜI" in text
        assert name in text
        assert [other for other in names if other != name and other in text] == []
    assert stats.converted == 6
    assert stats.failed == 1
    assert stats.retried == 1  # only the corrupt file: its batch partner kept its PDF
    assert list(private_tmp.iterdir()) == []


@pytest.mark.slow
def test_libreoffice_profiles_restart_after_the_given_files(
    invitation: Document, tmp_path: Path, private_tmp: Path, quiet_fonts: None
) -> None:
    names = ["Lò Văn Một", "Lò Văn Hai", "Lò Văn Ba"]
    items = [(name, signed_by(invitation, name).render()) for name in names]
    with PdfPool(size=1, batch=1, restart_after=2, pdfa=True) as pool:
        results = dict(pool.convert(items))
        stats = pool.stats()
    assert (stats.calls, stats.profiles, stats.restarts) == (3, 2, 1)
    for name in names:
        pdf = results[name]
        assert isinstance(pdf, bytes)
        assert b"pdfaid:part" in pdf  # PDF/A identification in the XMP metadata
        assert name in pdf_text(pdf, tmp_path)
    assert list(private_tmp.iterdir()) == []


# --- save_pdfs ----------------------------------------------------------------------------

COPYING_SOFFICE = r"""#!/bin/sh
outdir=""; files=""
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) outdir="$2"; shift ;;
    *.docx) files="$files $1" ;;
  esac
  shift
done
echo "$#" >> "{log}"
for f in $files; do
  {{ printf '%%PDF-1.4\n'; cat "$f"; }} > "$outdir/$(basename "$f" .docx).pdf"
done
"""


@pytest.mark.slow
@pytest.mark.parametrize(("count", "runs"), [(POOL_FROM - 1, 1), (POOL_FROM + 1, 3)])
def test_save_pdfs_takes_the_pool_for_many_documents(
    invitation: Document,
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_fonts: None,
    count: int,
    runs: int,
) -> None:
    log = tmp_path / "runs.log"
    program = tmp_path / "soffice-copying"
    program.write_text(COPYING_SOFFICE.format(log=log), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(SOFFICE_VARIABLE, str(program))
    documents = [signed_by(invitation, f"Người Ký {index}") for index in range(count)]
    out = tmp_path / "out"
    out.mkdir()
    targets = [out / f"gm-{index}.pdf" for index in range(count)]
    assert vnreport.save_pdfs(zip(documents, targets, strict=True)) == targets
    # Each PDF holds (as the fake soffice writes it) its own document's .docx.
    for document, target in zip(documents, targets, strict=True):
        assert target.read_bytes() == b"%PDF-1.4\n" + document.render()
    assert len(log.read_text().splitlines()) == runs  # 20 files a call in the pool
    assert list(private_tmp.iterdir()) == []


def test_save_pdfs_through_the_pool_is_all_or_nothing(
    invitation: Document,
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_fonts: None,
) -> None:
    # The fake soffice crashes on every call: every document is tried again, and fails.
    crashing = tmp_path / "soffice-crashing"
    crashing.write_text('#!/bin/sh\necho "soffice.bin crashed"\nexit 3\n', encoding="utf-8")
    crashing.chmod(crashing.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(SOFFICE_VARIABLE, str(crashing))
    out = tmp_path / "out"
    out.mkdir()
    jobs = [(invitation, out / f"gm-{index}.pdf") for index in range(POOL_FROM)]
    with pytest.raises(ConversionError, match=rf"document 1 of {POOL_FROM}: .*exit status 3"):
        vnreport.save_pdfs(jobs)
    assert list(out.iterdir()) == []
    assert list(private_tmp.iterdir()) == []


@pytest.mark.slow
def test_render_pdf_on_the_command_line_takes_the_pool_for_many_inputs(
    invitation: Document, tmp_path: Path, private_tmp: Path
) -> None:
    log = tmp_path / "runs.log"
    program = tmp_path / "soffice-copying"
    program.write_text(COPYING_SOFFICE.format(log=log), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    work = tmp_path / "in"
    work.mkdir()
    names = [f"gm-{index}" for index in range(POOL_FROM + 1)]
    documents = [signed_by(invitation, f"Người Ký {index}") for index in range(len(names))]
    for name, document in zip(names, documents, strict=True):
        (work / f"{name}.yaml").write_text(exchange.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "vnreport", "render", "--pdf", *(f"{name}.yaml" for name in names)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, SOFFICE_VARIABLE: str(program), "TMPDIR": str(private_tmp)},
    )
    assert done.returncode == 0, done.stderr
    for name, document in zip(names, documents, strict=True):
        assert (work / f"{name}.pdf").read_bytes() == b"%PDF-1.4\n" + document.render()
    assert len(log.read_text().splitlines()) == 3  # 41 files, 20 a call
    assert list(private_tmp.iterdir()) == []
