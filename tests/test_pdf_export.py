"""PDF export: ``Document.save_pdf``, ``vnreport.save_pdfs`` and ``vnreport render --pdf``.

The real conversions run LibreOffice (``soffice``) and read the PDF back with poppler's
``pdftotext`` and pdfplumber; they are slow and marked so. What LibreOffice does wrong
(hanging, exiting without a PDF, failing, being absent) is played by small shell
scripts named by ``VNREPORT_SOFFICE``, which also record that they ran and which
processes they started.

LibreOffice and poppler are required, as in tests/test_render_pdf.py (.ci/run installs
them).
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pdfplumber
import pytest
from lxml import etree

import vnreport
from conftest import ROOT
from vnreport import ConversionError, ConversionWarning, Report
from vnreport.errors import OutputExistsError, TemplateError
from vnreport.render.pdf import (
    SOFFICE_VARIABLE,
    check_fonts,
    convert_many,
    find_soffice,
    font_substitute,
)

EXAMPLE = ROOT / "examples" / "tuan-giao-2021.yaml"
INSTALL = "apt-get install libreoffice-writer-nogui fonts-liberation2"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"

# The seed report as LibreOffice prints it: the header, the type name, the closing mark
# after the last sentence and the signer.
PRINTED = (
    "ỦY BAN NHÂN DÂN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "BÁO CÁO",
    "./.",
    "Phạm Thị Tuyên",
)


# --- helpers ------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    """The text of the PDF at ``path``, as poppler reads it."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (.ci/run does it)")
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    return done.stdout.decode("utf-8")


def pdfa_identification(path: Path) -> tuple[str | None, str | None]:
    """``pdfaid:part`` and ``pdfaid:conformance`` from the PDF's XMP metadata."""
    with pdfplumber.open(path) as pdf:
        reference = pdf.doc.catalog.get("Metadata")
        if reference is None:
            return None, None
        xmp = reference.resolve().get_data()
    root = etree.fromstring(xmp, etree.XMLParser(resolve_entities=False, no_network=True))
    values: dict[str, str | None] = {"part": None, "conformance": None}
    for name in values:
        # XMP writes a property as an element or as an attribute of rdf:Description.
        element = root.find(f".//{{{PDFAID}}}{name}")
        if element is not None:
            values[name] = (element.text or "").strip()
        for description in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"):
            values[name] = description.get(f"{{{PDFAID}}}{name}", values[name])
    return values["part"], values["conformance"]


def script(folder: Path, name: str, body: str) -> Path:
    """An executable shell script ``folder/name`` running ``body``."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def gone(pid: int) -> bool:
    """Whether process ``pid`` has ended (a zombie waiting for its parent has ended)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except FileNotFoundError:
        return True
    # The state follows the command's name in parentheses (which may hold spaces).
    return status.rsplit(")", 1)[1].split()[0] in {"Z", "X"}


def wait_gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def counting_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real soffice behind a script that logs each run; returns the log."""
    real = find_soffice()
    log = tmp_path / "soffice-runs.log"
    wrapper = script(tmp_path, "soffice-counting", f'echo run >> "{log}"\nexec "{real}" "$@"')
    monkeypatch.setenv(SOFFICE_VARIABLE, str(wrapper))
    return log


def runs(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


@pytest.fixture
def quiet_fonts() -> Iterator[None]:
    """Conversions in this environment may lack Times New Roman: that warning is
    tested on its own, not in every test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConversionWarning)
        yield


# --- LibreOffice missing, hanging, failing ------------------------------------------------


def test_a_missing_soffice_names_the_install_command(
    seed_report: Report, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(SOFFICE_VARIABLE, raising=False)
    with pytest.raises(ConversionError, match="not installed") as raised:
        seed_report.save_pdf(out / "bc.pdf")
    assert INSTALL in str(raised.value)
    assert SOFFICE_VARIABLE in str(raised.value)
    assert list(out.iterdir()) == []


def test_a_soffice_variable_naming_nothing_is_said(
    seed_report: Report, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SOFFICE_VARIABLE, str(tmp_path / "no-such-soffice"))
    with pytest.raises(ConversionError, match=f"{SOFFICE_VARIABLE}=.*no-such-soffice") as raised:
        seed_report.save_pdf(out / "bc.pdf")
    assert INSTALL in str(raised.value)
    assert list(out.iterdir()) == []


def test_a_timeout_kills_the_whole_process_group(
    seed_report: Report,
    out: Path,
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_fonts: None,
) -> None:
    # Like oosplash starting soffice.bin: the program starts a child and waits for it.
    hanging = script(
        tmp_path,
        "soffice-hanging",
        f'sleep 300 &\necho $! > "{tmp_path}/child.pid"\necho $$ > "{tmp_path}/self.pid"\nwait',
    )
    monkeypatch.setenv(SOFFICE_VARIABLE, str(hanging))
    started = time.monotonic()
    with pytest.raises(ConversionError, match=r"did not finish within 1 s"):
        seed_report.save_pdf(out / "bc.pdf", timeout=1)
    assert time.monotonic() - started < 30
    for name in ("self.pid", "child.pid"):
        pid = int((tmp_path / name).read_text())
        assert wait_gone(pid), f"the {name.split('.')[0]} process {pid} still runs"
    assert list(out.iterdir()) == []
    assert list(private_tmp.iterdir()) == []


def test_soffice_exiting_without_a_pdf_is_an_error(
    seed_report: Report,
    out: Path,
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_fonts: None,
) -> None:
    # What soffice does with a file it cannot load: it says so and exits with status 0.
    silent = script(tmp_path, "soffice-silent", 'echo "Error: source file could not be loaded"')
    monkeypatch.setenv(SOFFICE_VARIABLE, str(silent))
    with pytest.raises(ConversionError, match="wrote no PDF for document 1") as raised:
        seed_report.save_pdf(out / "bc.pdf")
    assert "could not be loaded" in str(raised.value)
    assert list(out.iterdir()) == []
    assert list(private_tmp.iterdir()) == []


def test_soffice_failing_is_an_error_with_its_output(
    seed_report: Report,
    out: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_fonts: None,
) -> None:
    failing = script(tmp_path, "soffice-failing", 'echo "javaldx: cannot start" >&2\nexit 81')
    monkeypatch.setenv(SOFFICE_VARIABLE, str(failing))
    with pytest.raises(ConversionError, match="exit status 81") as raised:
        seed_report.save_pdf(out / "bc.pdf")
    assert "javaldx: cannot start" in str(raised.value)
    assert list(out.iterdir()) == []


def test_soffice_is_run_headless_with_a_fresh_private_profile(
    seed_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arguments = tmp_path / "arguments"
    recording = script(tmp_path, "soffice-recording", f'printf "%s\\n" "$@" >> "{arguments}"')
    monkeypatch.setenv(SOFFICE_VARIABLE, str(recording))
    docx = seed_report.render()
    for _ in range(2):
        with pytest.raises(ConversionError):
            convert_many([docx, docx], pdfa=True)
    lines = arguments.read_text().splitlines()
    profiles = [line for line in lines if line.startswith("-env:UserInstallation=file:///")]
    assert len(profiles) == 2
    assert profiles[0] != profiles[1]
    assert lines.count("--headless") == 2
    assert (
        lines.count('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}') == 2
    )
    assert len([line for line in lines if line.endswith(".docx")]) == 4


# --- the order of the work and the output's rules -----------------------------------------


@pytest.fixture
def never_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A soffice that leaves a mark if it is ever run; returns the mark's path."""
    mark = tmp_path / "soffice-ran"
    monkeypatch.setenv(SOFFICE_VARIABLE, str(script(tmp_path, "soffice-mark", f'touch "{mark}"')))
    return mark


def test_an_existing_pdf_is_not_clobbered_without_replace(
    seed_report: Report, out: Path, never_run: Path
) -> None:
    existing = out / "bc.pdf"
    existing.write_bytes(b"the signed copy")
    with pytest.raises(OutputExistsError):
        seed_report.save_pdf(existing, replace=False)
    assert existing.read_bytes() == b"the signed copy"
    assert not never_run.exists()
    assert sorted(path.name for path in out.iterdir()) == ["bc.pdf"]


def test_the_docx_is_rendered_before_libreoffice_starts(
    seed_report: Report, out: Path, tmp_path: Path, never_run: Path
) -> None:
    with pytest.raises(TemplateError):
        seed_report.save_pdf(out / "bc.pdf", template=tmp_path / "no-such-template.docx")
    assert not never_run.exists()
    assert list(out.iterdir()) == []


def test_two_documents_for_one_pdf_are_refused(
    seed_report: Report, out: Path, never_run: Path
) -> None:
    with pytest.raises(ValueError, match="two documents would be written to one PDF"):
        vnreport.save_pdfs([(seed_report, out / "bc.pdf"), (seed_report, out / "./bc.pdf")])
    assert not never_run.exists()


@pytest.mark.parametrize("timeout", [0, -1.5, True])
def test_a_timeout_must_be_a_positive_number(seed_report: Report, timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        convert_many([seed_report.render(check="off")], timeout=timeout)


# --- fonts --------------------------------------------------------------------------------


def fc_match(folder: Path, family: str) -> dict[str, str]:
    """An environment whose only fc-match answers ``family`` for any font."""
    folder.mkdir()
    script(folder, "fc-match", f'printf "%s" "{family}"')
    return {"PATH": str(folder)}


def test_a_missing_times_new_roman_names_its_substitute(tmp_path: Path) -> None:
    environ = fc_match(tmp_path / "bin", "Liberation Serif")
    with pytest.warns(ConversionWarning, match="Times New Roman is not installed") as caught:
        assert check_fonts(environ=environ) == "Liberation Serif"
    message = str(caught[0].message)
    assert "prints the PDF in Liberation Serif" in message
    assert "break as they do in Word" in message


def test_a_substitute_of_other_widths_says_what_to_install(tmp_path: Path) -> None:
    environ = fc_match(tmp_path / "bin", "DejaVu Serif,DejaVu Serif Condensed")
    with pytest.warns(ConversionWarning, match="in DejaVu Serif instead") as caught:
        assert check_fonts(environ=environ) == "DejaVu Serif"
    assert "fonts-liberation2" in str(caught[0].message)


def test_an_installed_times_new_roman_is_no_warning(tmp_path: Path) -> None:
    environ = fc_match(tmp_path / "bin", "Times New Roman")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_fonts(environ=environ) is None


def test_without_fc_match_the_fonts_are_not_judged(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    assert font_substitute("Times New Roman", {"PATH": str(tmp_path / "bin")}) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_fonts(environ={"PATH": str(tmp_path / "bin")}) is None


# --- real conversions ---------------------------------------------------------------------


@pytest.mark.slow
def test_save_pdf_prints_the_report(seed_report: Report, out: Path, private_tmp: Path) -> None:
    substitute = font_substitute("Times New Roman")
    target = out / "bao-cao.pdf"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConversionWarning)
        assert seed_report.save_pdf(target) == target
    font_warnings = [w for w in caught if issubclass(w.category, ConversionWarning)]
    if substitute is not None and substitute != "Times New Roman":
        assert len(font_warnings) == 1
        assert substitute in str(font_warnings[0].message)
        assert font_warnings[0].filename == __file__  # said where save_pdf was called
    else:
        assert font_warnings == []
    assert target.read_bytes().startswith(b"%PDF-")
    text = pdf_text(target)
    positions = [text.find(phrase) for phrase in PRINTED]
    assert -1 not in positions, dict(zip(PRINTED, positions, strict=True))
    assert text.find("./.") < text.find("Phạm Thị Tuyên")
    assert sorted(path.name for path in out.iterdir()) == ["bao-cao.pdf"]
    assert list(private_tmp.iterdir()) == []  # profile, input and output removed
    assert pdfa_identification(target) == (None, None)


@pytest.mark.slow
def test_pdfa_on_request(seed_report: Report, out: Path, quiet_fonts: None) -> None:
    target = seed_report.save_pdf(out / "luu-tru.pdf", pdfa=True)
    assert pdfa_identification(target) == ("2", "B")
    assert "BÁO CÁO" in pdf_text(target)


@pytest.mark.slow
def test_an_existing_pdf_is_replaced_by_default(
    seed_report: Report, out: Path, quiet_fonts: None
) -> None:
    target = out / "bc.pdf"
    target.write_bytes(b"an older draft")
    target.chmod(0o640)
    seed_report.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.slow
def test_two_conversions_at_once_both_succeed(
    seed_report: Report, out: Path, quiet_fonts: None
) -> None:
    subjects = (
        "Kết quả công tác dân vận quý I năm 2021",
        "Kết quả công tác dân vận quý III năm 2021",
    )
    reports = [attrs.evolve(seed_report, subject=subject) for subject in subjects]
    together = threading.Barrier(len(reports))

    def save(index: int) -> Path:
        docx = reports[index].render()
        together.wait()  # both start LibreOffice at the same moment
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConversionWarning)
            target = out / f"bc-{index}.pdf"
            target.write_bytes(convert_many([docx])[0])
        return target

    with ThreadPoolExecutor(max_workers=len(reports)) as pool:
        targets = list(pool.map(save, range(len(reports))))
    for target, subject in zip(targets, subjects, strict=True):
        text = " ".join(pdf_text(target).split())
        assert subject in text
        other = subjects[1 - targets.index(target)]
        assert other not in text


@pytest.mark.slow
def test_save_pdfs_converts_many_in_one_run(
    seed_report: Report, out: Path, counting_soffice: Path, quiet_fonts: None
) -> None:
    names = ("Nguyễn Văn An", "Lò Thị Bình", "Quàng Văn Cường")
    reports = [
        attrs.evolve(seed_report, signature=attrs.evolve(seed_report.signature, name=name))
        for name in names
    ]
    targets = [out / f"bc-{index}.pdf" for index in range(len(reports))]
    written = vnreport.save_pdfs(zip(reports, targets, strict=True))
    assert written == targets
    assert runs(counting_soffice) == 1
    for target, name in zip(targets, names, strict=True):
        text = pdf_text(target)
        assert name in text
        assert [other for other in names if other != name and other in text] == []


# --- the command line ---------------------------------------------------------------------


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnreport", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.slow
def test_cli_render_pdf(tmp_path: Path) -> None:
    shutil.copyfile(EXAMPLE, tmp_path / "bc.yaml")
    done = cli("render", "bc.yaml", "--pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "wrote bc.pdf" in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bc.pdf", "bc.yaml"]
    text = pdf_text(tmp_path / "bc.pdf")
    assert all(phrase in text for phrase in PRINTED)
    again = cli("render", "bc.yaml", "--pdf", cwd=tmp_path)
    assert again.returncode == 1
    assert "bc.pdf exists; pass --force to replace it (nothing was written)" in again.stderr


@pytest.mark.slow
def test_cli_converts_several_inputs_in_one_run(tmp_path: Path, counting_soffice: Path) -> None:
    for name in ("quy-1", "quy-2"):
        shutil.copyfile(EXAMPLE, tmp_path / f"{name}.yaml")
    (tmp_path / "hong.yaml").write_text("doc_type: bao-cao\n", encoding="utf-8")
    done = cli("render", "quy-1.yaml", "hong.yaml", "quy-2.yaml", "--pdfa", cwd=tmp_path)
    assert done.returncode == 1  # hong.yaml is invalid; the others are written
    assert "hong.yaml" in done.stderr
    assert runs(counting_soffice) == 1
    for name in ("quy-1", "quy-2"):
        assert f"wrote {name}.pdf" in done.stderr
        assert pdfa_identification(tmp_path / f"{name}.pdf") == ("2", "B")
    assert not (tmp_path / "hong.pdf").exists()


def test_cli_without_soffice_names_the_install_command(tmp_path: Path) -> None:
    shutil.copyfile(EXAMPLE, tmp_path / "bc.yaml")
    (tmp_path / "bin").mkdir()
    done = cli(
        "render",
        "bc.yaml",
        "--pdf",
        cwd=tmp_path,
        env={"PATH": str(tmp_path / "bin"), SOFFICE_VARIABLE: ""},
    )
    assert done.returncode == 1
    assert INSTALL in done.stderr
    assert "nothing was written" in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bc.yaml", "bin"]


def test_cli_refuses_one_output_for_several_inputs(tmp_path: Path) -> None:
    done = cli("render", "a.yaml", "b.yaml", "-o", "x.pdf", "--pdf", cwd=tmp_path)
    assert done.returncode == 2
    assert "-o names the output of one INPUT" in done.stderr
