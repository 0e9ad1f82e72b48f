"""Every file vnreport writes is written safely (issue 8, "Files").

New files get the umask's mode and replaced ones keep theirs; only regular files are
replaced, never the input; of several writers racing for one new path exactly one wins;
an interruption (an exception, SIGTERM) leaves no temporary file, and the one a SIGKILL
leaves is removed by the next write; long names work.

Races and signals are made deterministic with hooks run in the child process only: a
wrapper of ``os.fsync`` (called once the data is written and before the final rename)
either waits at a gate until every writer has reached it, or says "writing" and sleeps
until the test sends its signal. The code under test runs unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pickle
import re
import select
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from docx_helpers import document_text, open_docx
from vnreport import Report, VnreportError
from vnreport.errors import OutputExistsError, UnsafeOutputError
from vnreport.exchange import dump, load
from vnreport.render.files import check_output, write_atomically

EXAMPLE = ROOT / "examples" / "tuan-giao-2021.yaml"
TEMPLATE = ROOT / "templates" / "van-ban.docx"
EXISTS = "exists; pass --force to replace it (nothing was written)"
#: .vnreport-<12 hex of the target's name>-<6 hex of the host>-<pid>-<8 hex>.tmp
TEMPORARY = re.compile(
    r"^\.vnreport-(?P<name>[0-9a-f]{12})-(?P<host>[0-9a-f]{6})-(?P<pid>[0-9]+)-[0-9a-f]{8}\.tmp$"
)
TIMEOUT = 120

#: Run first in every child: hooks configured by the VNREPORT_TEST_HOOKS variable.
HOOKS = r"""
import errno, json, os, sys, time
from pathlib import Path

_config = json.loads(os.environ.get("VNREPORT_TEST_HOOKS", "{}"))
_real_fsync = os.fsync
_first = [True]


def _fsync(handle):
    _real_fsync(handle)
    if not _first[0]:
        return
    _first[0] = False
    if _config.get("pause"):
        print("writing", flush=True)
        time.sleep(600)
    gate = _config.get("gate")
    if gate:
        Path(gate, str(os.getpid())).touch()
        deadline = time.monotonic() + 60
        while len(os.listdir(gate)) < _config["count"]:
            if time.monotonic() > deadline:
                raise RuntimeError("the other writers never reached the gate")
            time.sleep(0.005)


os.fsync = _fsync

if _config.get("no_links"):
    def _link(*args, **kwargs):
        raise OSError(errno.EPERM, "no hard links on this file system")
    os.link = _link

if _config.get("guard_dev"):
    # A seatbelt for the tests that name /dev/null as the output (they may run as root):
    # any change below /dev ends the child at once, before it happens.
    import builtins, io
    _DEV = os.path.realpath("/dev")

    def _in_dev(value):
        if isinstance(value, int) or not isinstance(value, (str, bytes, os.PathLike)):
            return False
        real = os.path.realpath(os.fsdecode(value))
        return real == _DEV or real.startswith(_DEV + os.sep)

    def _stop(what, value):
        os.write(2, f"GUARD: {what} on {value!r}\n".encode())
        os._exit(99)

    def _guard(name):
        real = getattr(os, name)
        def guarded(*args, **kwargs):
            for value in args[:2]:
                if _in_dev(value):
                    _stop(name, value)
            return real(*args, **kwargs)
        setattr(os, name, guarded)

    for _name in ("rename", "replace", "unlink", "remove", "rmdir", "link", "symlink",
                  "chmod", "chown", "lchown", "truncate", "utime", "mkfifo", "mknod"):
        if hasattr(os, _name):
            _guard(_name)
    _real_os_open = os.open
    _WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def _os_open(path, flags, *args, **kwargs):
        if flags & _WRITES and _in_dev(path):
            _stop("os.open", path)
        return _real_os_open(path, flags, *args, **kwargs)

    os.open = _os_open
    _real_open = builtins.open

    def _open(file, mode="r", *args, **kwargs):
        if any(letter in mode for letter in "wax+") and _in_dev(file):
            _stop("open", file)
        return _real_open(file, mode, *args, **kwargs)

    builtins.open = io.open = _open
"""

CLI = "from vnreport.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"


def child(
    code: str, *args: str, cwd: Path, umask: int = -1, **hooks: object
) -> subprocess.Popen[bytes]:
    """Start ``code`` (after the hooks) in a new Python process."""
    env = {**os.environ, "VNREPORT_TEST_HOOKS": json.dumps(hooks)}
    return subprocess.Popen(
        [sys.executable, "-c", HOOKS + code, *args],
        cwd=cwd,
        env=env,
        umask=umask,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen[bytes]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=TIMEOUT)
    return process.returncode, out.decode("utf-8"), err.decode("utf-8")


def cli(*args: str, cwd: Path, umask: int = -1, **hooks: object) -> tuple[int, str, str]:
    """Run the command line tool to its end."""
    return finish(child(CLI, *args, cwd=cwd, umask=umask, **hooks))


def cli_here(
    *args: str, cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Run the command line tool in this process (faster, for refusals before any write)."""
    from vnreport.cli.main import main

    monkeypatch.chdir(cwd)
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def temporaries(folder: Path) -> list[str]:
    """Every temporary file of a write in ``folder`` (hidden files included)."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".vnreport-"))


def wait_for_line(process: subprocess.Popen[bytes], expected: bytes) -> None:
    """Wait (bounded) until the child prints ``expected``."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
    assert ready, "the child did not reach the write in time"
    line = process.stdout.readline()
    if line != expected:
        process.kill()
        _, err = process.communicate(timeout=TIMEOUT)
        pytest.fail(f"the child said {line!r}, not {expected!r}: {err.decode('utf-8')}")


@contextlib.contextmanager
def paused_writer(code: str, *args: str, cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A child stopped in the middle of its write (its data in the temporary file, before
    the rename) until the test signals it; killed at the end if it still runs."""
    process = child(code, *args, cwd=cwd, pause=True)
    try:
        wait_for_line(process, b"writing\n")
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=TIMEOUT)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def assert_valid_docx(path: Path, expected: bytes) -> None:
    data = path.read_bytes()
    assert data == expected
    assert zipfile.ZipFile(path).testzip() is None
    assert "BÁO CÁO" in document_text(open_docx(data))


@pytest.fixture(scope="module")
def seed_docx(seed_report: Report) -> bytes:
    return seed_report.render()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "x.yaml"
    shutil.copyfile(EXAMPLE, path)
    return path


# --- modes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o027, 0o640)])
def test_a_new_file_gets_the_mode_of_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    code = "from vnreport.render.files import write_atomically\nwrite_atomically('new.bin', b'x')"
    status, _, err = finish(child(code, cwd=tmp_path, umask=umask))
    assert status == 0, err
    assert mode_of(tmp_path / "new.bin") == mode
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("command", ["render", "new", "fix"])
def test_a_secret_report_under_umask_077_is_private(
    tmp_path: Path, example: Path, seed_docx: bytes, command: str
) -> None:
    (tmp_path / "a.docx").write_bytes(seed_docx)
    argv = {
        "render": ["render", "x.yaml", "-o", "out.docx"],
        "new": ["new", "bao-cao", "-o", "out.yaml"],
        "fix": ["check", "a.docx", "--fix", "-o", "out.docx"],
    }[command]
    status, _, err = cli(*argv, cwd=tmp_path, umask=0o077)
    assert status in (0, 1), err  # --fix exits 1 when findings remain
    assert "wrote" in err
    assert mode_of(tmp_path / argv[-1]) == 0o600


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604, 0o755])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(mode)
    # Under umask 0, a mode taken from the umask would be 0o666.
    code = "from vnreport.render.files import write_atomically\nwrite_atomically('a.docx', b'new')"
    status, _, err = finish(child(code, cwd=tmp_path, umask=0))
    assert status == 0, err
    assert target.read_bytes() == b"new"
    assert mode_of(target) == mode
    assert temporaries(tmp_path) == []


def other_group(path: Path) -> int | None:
    """Give ``path`` a group other than the one new files get; ``None`` if none may be set."""
    mine = path.stat().st_gid
    for gid in (*os.getgroups(), 65534):
        if gid != mine:
            try:
                os.chown(path, -1, gid)
            except OSError:
                continue
            return gid
    return None


def test_a_replaced_file_keeps_its_group(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    gid = other_group(target)
    if gid is None:
        pytest.skip("this user may not give a file another group")
    write_atomically(target, b"new")
    assert target.stat().st_gid == gid
    assert mode_of(target) == 0o640


def test_a_group_that_cannot_be_kept_loses_its_access(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    gid = other_group(target)
    if gid is None:
        pytest.skip("this user may not give a file another group")

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EPERM, "not a member of that group")

    monkeypatch.setattr(os, "fchown", refuse)
    write_atomically(target, b"new")
    # The new file has the writer's group: its members must not get the old group's access.
    assert target.read_bytes() == b"new"
    assert target.stat().st_gid != gid
    assert mode_of(target) == 0o604


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="only a privileged process may create a file owned by another user",
)
def test_a_privileged_writer_keeps_the_owner(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    os.chown(target, 65534, 65534)
    target.chmod(0o640)
    write_atomically(target, b"new")
    status = target.stat()
    assert (status.st_uid, status.st_gid, mode_of(target)) == (65534, 65534, 0o640)


# --- only regular files ----------------------------------------------------------------------


def device_signature() -> tuple[int, int, int, int, int]:
    status = os.lstat("/dev/null")
    return status.st_ino, status.st_mode, status.st_rdev, status.st_uid, status.st_gid


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "x.yaml", "-o", "/dev/null", "--force"],
        ["render", "x.yaml", "-o", "/dev/null"],
        ["new", "bao-cao", "-o", "/dev/null", "--force"],
        ["check", "a.docx", "--fix", "-o", "/dev/null", "--force"],
    ],
    ids=["render-force", "render", "new-force", "fix-force"],
)
def test_dev_null_is_never_replaced(
    tmp_path: Path, example: Path, seed_docx: bytes, argv: list[str]
) -> None:
    (tmp_path / "a.docx").write_bytes(seed_docx)
    before = device_signature()
    status, _, err = cli(*argv, cwd=tmp_path, guard_dev=True)
    assert "GUARD" not in err, err
    assert status == 1, err
    assert (
        "vnreport: /dev/null is a character device, not a regular file: "
        "vnreport writes only regular files (nothing was written)"
    ) in err
    assert "Traceback" not in err
    assert device_signature() == before
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    assert temporaries(tmp_path) == []


def test_the_library_refuses_dev_null(tmp_path: Path) -> None:
    before = device_signature()
    code = (
        "from vnreport.errors import UnsafeOutputError\n"
        "from vnreport.render.files import write_atomically\n"
        "for replace in (True, False):\n"
        "    try:\n"
        "        write_atomically('/dev/null', b'x', replace=replace)\n"
        "    except UnsafeOutputError as error:\n"
        "        print(error.kind)\n"
    )
    status, out, err = finish(child(code, cwd=tmp_path, guard_dev=True))
    assert status == 0, err
    assert out.splitlines() == ["character device", "character device"]
    assert device_signature() == before


@pytest.fixture
def specials(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A FIFO, a folder, links (to a file, dangling) and a socket, beside a regular file."""
    (tmp_path / "real.docx").write_bytes(b"the real file")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inside").write_bytes(b"inside")
    (tmp_path / "link").symlink_to("real.docx")
    (tmp_path / "dangling").symlink_to("nowhere.docx")
    # A socket's path must be short (108 bytes): it lives in a short folder of its own.
    short = Path(tempfile.mkdtemp(prefix="vnr-"))
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(short / "sock"))
    try:
        yield {
            "fifo": tmp_path / "fifo",
            "folder": tmp_path / "folder",
            "link": tmp_path / "link",
            "dangling": tmp_path / "dangling",
            "socket": short / "sock",
        }
    finally:
        server.close()
        shutil.rmtree(short)


KINDS = {
    "fifo": "FIFO (named pipe)",
    "folder": "directory",
    "link": "symbolic link",
    "dangling": "symbolic link",
    "socket": "socket",
}


@pytest.mark.parametrize("replace", [True, False], ids=["replace", "no-clobber"])
@pytest.mark.parametrize("name", sorted(KINDS))
def test_only_regular_files_are_replaced(
    tmp_path: Path, specials: dict[str, Path], name: str, replace: bool
) -> None:
    target = specials[name]
    before = target.lstat()
    with pytest.raises(UnsafeOutputError) as caught:
        write_atomically(target, b"new", replace=replace)
    assert caught.value.kind == KINDS[name]
    assert str(caught.value) == (
        f"{target} is a {KINDS[name]}, not a regular file: vnreport writes only regular files"
    )
    assert isinstance(caught.value, OSError)
    assert isinstance(caught.value, VnreportError)
    after = target.lstat()
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    # Nothing was written through a link, and nothing beside the target.
    assert (tmp_path / "real.docx").read_bytes() == b"the real file"
    assert not (tmp_path / "nowhere.docx").exists()
    assert (tmp_path / "folder" / "inside").read_bytes() == b"inside"
    assert temporaries(tmp_path) == []
    assert temporaries(target.parent) == []
    with pytest.raises(UnsafeOutputError):
        check_output(target, replace=replace)


@pytest.mark.parametrize("name", ["fifo", "folder", "link", "dangling"])
def test_force_refuses_what_is_not_a_regular_file(
    tmp_path: Path,
    example: Path,
    specials: dict[str, Path],
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = cli_here(
        "render",
        "x.yaml",
        "-o",
        name,
        "--force",
        cwd=tmp_path,
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert status == 1
    assert f"vnreport: {name} is a {KINDS[name]}, not a regular file" in err
    assert "(nothing was written)" in err
    assert "Traceback" not in err
    assert specials[name].is_symlink() == (name in ("link", "dangling"))
    assert (tmp_path / "real.docx").read_bytes() == b"the real file"
    assert not (tmp_path / "nowhere.docx").exists()
    assert temporaries(tmp_path) == []


# --- never the input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "protected", "message"),
    [
        (["render", "x.yaml", "-o", "x.yaml"], "x.yaml", "x.yaml is the input"),
        (["render", "x.yaml", "-o", "./x.yaml"], "x.yaml", "./x.yaml is the input"),
        (["render", "x.yaml", "-o", "sub/../x.yaml"], "x.yaml", "sub/../x.yaml is the input"),
        (["render", "./sub/../x.yaml", "-o", "x.yaml"], "x.yaml", "x.yaml is the input"),
        (["render", "x.yaml", "-o", "link.yaml"], "x.yaml", "link.yaml is the input"),
        (["render", "x.yaml", "-o", "hard.yaml"], "x.yaml", "hard.yaml is the input"),
        (["render", "x.docx", "--format", "yaml"], "x.docx", "x.docx is the input"),
        (
            ["render", "x.yaml", "--template", "t.docx", "-o", "t.docx"],
            "t.docx",
            "t.docx is the template (--template)",
        ),
        (
            ["render", "x.yaml", "--template", "t.docx", "-o", "./sub/../t.docx"],
            "t.docx",
            "./sub/../t.docx is the template (--template)",
        ),
        (
            ["check", "a.docx", "--fix", "-o", "./a.docx"],
            "a.docx",
            "--fix never changes the original",
        ),
        (
            ["check", "a.docx", "--fix", "-o", "a-link.docx"],
            "a.docx",
            "--fix never changes the original",
        ),
        (
            ["check", "sub/../a.docx", "--fix", "-o", "a-hard.docx"],
            "a.docx",
            "--fix never changes the original",
        ),
    ],
    ids=[
        "same-name",
        "dot-slash",
        "dot-dot",
        "input-spelled-otherwise",
        "symlink",
        "hard-link",
        "default-output",
        "template",
        "template-dot-dot",
        "fix-dot-slash",
        "fix-symlink",
        "fix-hard-link",
    ],
)
@pytest.mark.parametrize("force", [True, False], ids=["force", "no-force"])
def test_the_output_is_never_an_input(
    tmp_path: Path,
    example: Path,
    seed_docx: bytes,
    argv: list[str],
    protected: str,
    message: str,
    force: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.yaml").symlink_to("x.yaml")
    os.link(tmp_path / "x.yaml", tmp_path / "hard.yaml")
    shutil.copyfile(EXAMPLE, tmp_path / "x.docx")
    shutil.copyfile(TEMPLATE, tmp_path / "t.docx")
    (tmp_path / "a.docx").write_bytes(seed_docx)
    (tmp_path / "a-link.docx").symlink_to("a.docx")
    os.link(tmp_path / "a.docx", tmp_path / "a-hard.docx")
    before = contents(tmp_path)
    options = ["--force"] if force else []
    status, out, err = cli_here(
        *argv, *options, cwd=tmp_path, monkeypatch=monkeypatch, capsys=capsys
    )
    assert status == 2, err
    assert f"vnreport: {message}" in err
    assert "Traceback" not in err
    assert out == ""
    assert contents(tmp_path) == before  # the same files, the same content, the same inodes
    assert (tmp_path / "link.yaml").is_symlink()
    assert (tmp_path / protected).is_file()


def contents(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        path.name: (path.lstat().st_ino, path.read_bytes() if path.is_file() else b"")
        for path in folder.iterdir()
    }


def test_a_new_output_beside_the_input_is_fine(tmp_path: Path, example: Path) -> None:
    # The resolved-path comparison does not refuse a name that merely looks alike.
    status, _, err = cli("render", "x.yaml", "-o", "./x.yaml.docx", cwd=tmp_path)
    assert status == 0, err
    assert (tmp_path / "x.yaml.docx").is_file()


# --- one writer wins -------------------------------------------------------------------------


def race(
    tmp_path: Path, argv: list[str], *, count: int = 4, gate: bool, **hooks: object
) -> list[tuple[int, str, str]]:
    """Start ``count`` command line runs at once; with ``gate``, each one waits after it
    has checked its output and written its temporary until all the others have too."""
    door = tmp_path / "gate"
    door.mkdir()
    config: dict[str, object] = dict(hooks)
    if gate:
        config.update(gate=str(door), count=count)
    processes = [child(CLI, *argv, cwd=tmp_path, **config) for _ in range(count)]
    results = [finish(process) for process in processes]
    if gate:
        assert len(list(door.iterdir())) == count  # every writer was past its checks at once
    return results


@pytest.mark.parametrize(
    ("gate", "hooks"),
    [(False, {}), (True, {}), (True, {"no_links": True})],
    ids=["as-they-come", "all-past-the-check", "no-hard-links"],
)
def test_four_renders_to_one_new_path_one_wins(
    tmp_path: Path, example: Path, seed_docx: bytes, gate: bool, hooks: dict[str, object]
) -> None:
    results = race(tmp_path, ["render", "x.yaml", "-o", "new.docx"], gate=gate, **hooks)
    statuses = sorted(status for status, _, _ in results)
    assert statuses == [0, 1, 1, 1], [err for _, _, err in results]
    for status, _, err in results:
        if status == 0:
            assert err.strip() == "wrote new.docx"
        else:
            assert err.strip() == f"vnreport: new.docx {EXISTS}"
    assert_valid_docx(tmp_path / "new.docx", seed_docx)
    assert temporaries(tmp_path) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["gate", "new.docx", "x.yaml"]


def test_four_forced_renders_to_one_path_all_succeed(
    tmp_path: Path, example: Path, seed_docx: bytes
) -> None:
    (tmp_path / "new.docx").write_bytes(b"an old draft")
    results = race(tmp_path, ["render", "x.yaml", "-o", "new.docx", "--force"], gate=True)
    assert [status for status, _, _ in results] == [0, 0, 0, 0], [err for *_, err in results]
    assert_valid_docx(tmp_path / "new.docx", seed_docx)
    assert temporaries(tmp_path) == []


WRITER = (
    "from vnreport.errors import OutputExistsError\n"
    "from vnreport.render.files import write_atomically\n"
    "try:\n"
    "    write_atomically('out.bin', sys.argv[1].encode() * 100_000, replace=False)\n"
    "except OutputExistsError as error:\n"
    "    print('lost:', error)\n"
    "else:\n"
    "    print('won')\n"
)


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_of_many_writers_exactly_one_claims_a_new_path(tmp_path: Path, links: bool) -> None:
    count = 6
    door = tmp_path / "gate"
    door.mkdir()
    processes = [
        child(WRITER, f"<{index}>", cwd=tmp_path, gate=str(door), count=count, no_links=not links)
        for index in range(count)
    ]
    results = [finish(process) for process in processes]
    assert all(status == 0 for status, _, _ in results), [err for *_, err in results]
    outcomes = [out.strip() for _, out, _ in results]
    assert sorted(outcomes) == ["lost: out.bin exists"] * (count - 1) + ["won"]
    winner = outcomes.index("won")
    assert (tmp_path / "out.bin").read_bytes() == f"<{winner}>".encode() * 100_000
    assert temporaries(tmp_path) == []


def test_no_clobber_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "no hard links on this file system")

    monkeypatch.setattr(os, "link", no_link)
    target = tmp_path / "a.bin"
    assert write_atomically(target, b"first", replace=False) == target
    assert target.read_bytes() == b"first"
    with pytest.raises(OutputExistsError):
        write_atomically(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.bin"]


def test_a_failed_claim_removes_its_reservation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOTSUP, "no hard links on this file system")

    def failing_replace(self: Path, target: Path) -> None:
        raise OSError(errno.EIO, "the disk went away")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(OSError, match="the disk went away"):
        write_atomically(tmp_path / "a.bin", b"data", replace=False)
    assert list(tmp_path.iterdir()) == []


def test_output_exists_error() -> None:
    error = OutputExistsError("bao-cao.docx")
    assert isinstance(error, FileExistsError)
    assert isinstance(error, VnreportError)
    assert (error.errno, error.filename, str(error)) == (
        errno.EEXIST,
        "bao-cao.docx",
        "bao-cao.docx exists",
    )
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.filename, str(again)) == (
        OutputExistsError,
        "bao-cao.docx",
        str(error),
    )
    unsafe = pickle.loads(pickle.dumps(UnsafeOutputError("/dev/null", "character device")))
    assert (unsafe.filename, unsafe.kind) == ("/dev/null", "character device")


def test_no_clobber_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputExistsError, match=re.escape(f"{target} exists")):
        write_atomically(target, b"new", replace=False)
    with pytest.raises(OutputExistsError):
        check_output(target, replace=False)
    check_output(target)  # replacing it is allowed
    assert target.read_bytes() == b"keep me"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.bin"]


# --- interruptions ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_while_writing_leaves_no_temporary(
    tmp_path: Path, example: Path, number: signal.Signals
) -> None:
    with paused_writer(CLI, "render", "x.yaml", "-o", "out.docx", cwd=tmp_path) as process:
        # The child is in the middle of its write: the temporary file is there, complete.
        (leftover,) = temporaries(tmp_path)
        match = TEMPORARY.match(leftover)
        assert match is not None, leftover
        assert int(match["pid"]) == process.pid
        assert (tmp_path / leftover).stat().st_size > 0
        process.send_signal(number)
        status, _, err = finish(process)
    assert status == 128 + number, err
    assert "Traceback" not in err
    assert temporaries(tmp_path) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["x.yaml"]


def test_sigterm_while_replacing_keeps_the_old_file(tmp_path: Path, example: Path) -> None:
    (tmp_path / "out.docx").write_bytes(b"the signed version")
    argv = ["render", "x.yaml", "-o", "out.docx", "--force"]
    with paused_writer(CLI, *argv, cwd=tmp_path) as process:
        assert len(temporaries(tmp_path)) == 1
        process.send_signal(signal.SIGTERM)
        status, _, _ = finish(process)
    assert status == 128 + signal.SIGTERM
    assert (tmp_path / "out.docx").read_bytes() == b"the signed version"
    assert temporaries(tmp_path) == []


def killed_writer(folder: Path, *argv: str) -> str:
    """The temporary a CLI writer killed by SIGKILL in the middle of its write left."""
    before = set(temporaries(folder))
    with paused_writer(CLI, *argv, cwd=folder) as process:
        process.kill()
        status, _, _ = finish(process)  # also reaps it: its pid is no longer alive
    assert status == -signal.SIGKILL
    (leftover,) = set(temporaries(folder)) - before
    match = TEMPORARY.match(leftover)
    assert match is not None, leftover
    assert int(match["pid"]) == process.pid
    return leftover


def test_the_next_write_removes_what_a_killed_writer_left(
    tmp_path: Path, example: Path, seed_docx: bytes
) -> None:
    dead = killed_writer(tmp_path, "render", "x.yaml", "-o", "out.docx")
    other_target = killed_writer(tmp_path, "render", "x.yaml")  # writing x.docx
    assert set(temporaries(tmp_path)) == {dead, other_target}
    assert not (tmp_path / "out.docx").exists()
    match = TEMPORARY.match(dead)
    assert match is not None
    # The same leftover as a live writer's (another process still running), as a writer's
    # on another host, and with no process id or an impossible one: all are kept.
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        live = dead.replace(f"-{match['pid']}-", f"-{sleeper.pid}-")
        host = match["host"]
        elsewhere = dead.replace(f"-{host}-", "-000000-" if host != "000000" else "-111111-")
        garbage = dead.replace(f"-{match['pid']}-", "-x1-")
        huge = dead.replace(f"-{match['pid']}-", "-9999999999-")
        for name in (live, elsewhere, garbage, huge):
            shutil.copyfile(tmp_path / dead, tmp_path / name)
        status, _, err = cli("render", "x.yaml", "-o", "out.docx", cwd=tmp_path)
        assert status == 0, err
        assert_valid_docx(tmp_path / "out.docx", seed_docx)
        assert set(temporaries(tmp_path)) == {other_target, live, elsewhere, garbage, huge}
        # Once the other writer is gone too, its leftover goes with the next write.
        sleeper.kill()
        sleeper.wait(timeout=TIMEOUT)
        write_atomically(tmp_path / "out.docx", b"again")
        assert set(temporaries(tmp_path)) == {other_target, elsewhere, garbage, huge}
        # The leftover of the other target goes with the next write of that target.
        write_atomically(tmp_path / "x.docx", b"x")
        assert set(temporaries(tmp_path)) == {elsewhere, garbage, huge}
    finally:
        sleeper.kill()
        sleeper.wait(timeout=TIMEOUT)


class InjectedError(Exception):
    pass


@pytest.mark.parametrize(
    ("existing", "replace"),
    # An existing file with replace=False is refused before anything is written.
    [(True, True), (False, True), (False, False)],
    ids=["replace-existing", "replace-new", "no-clobber-new"],
)
@pytest.mark.parametrize("error", [InjectedError, KeyboardInterrupt, SystemExit, OSError])
@pytest.mark.parametrize("step", ["write", "fsync", "final"])
def test_an_exception_while_writing_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    existing: bool,
    replace: bool,
    error: type[BaseException],
    step: str,
) -> None:
    target = tmp_path / "a.docx"
    if existing:
        target.write_bytes(b"the signed version")
    real_write = os.write

    def fail(*args: object, **kwargs: object) -> None:
        raise error()

    def half_then_fail(handle: int, data: memoryview) -> int:
        # Half the data reaches the temporary file, then the disk fills up.
        monkeypatch.setattr(os, "write", fail)
        return real_write(handle, data[: len(data) // 2])

    if step == "write":
        monkeypatch.setattr(os, "write", half_then_fail)
    elif step == "fsync":
        monkeypatch.setattr(os, "fsync", fail)
    else:
        monkeypatch.setattr(Path, "replace", fail)
        monkeypatch.setattr(os, "link", fail)
    with pytest.raises(error):
        write_atomically(target, b"new content " * 10_000, replace=replace)
    monkeypatch.undo()
    if existing:
        assert target.read_bytes() == b"the signed version"
    else:
        assert not target.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == (["a.docx"] if existing else [])


def test_the_cli_restores_the_signal_handlers() -> None:
    from vnreport.cli.main import main

    def mine(number: int, frame: object) -> None:
        raise AssertionError("not expected")

    before = signal.getsignal(signal.SIGTERM)
    assert main(["schema"]) == 0
    assert signal.getsignal(signal.SIGTERM) == before
    # A handler the embedding program set is left alone.
    previous = signal.signal(signal.SIGTERM, mine)
    try:
        assert main(["schema"]) == 0
        assert signal.getsignal(signal.SIGTERM) is mine
        # So is a signal a parent process chose to ignore.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        assert main(["schema"]) == 0
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)


# --- long names ------------------------------------------------------------------------------


LONG_NAMES = {
    "250-bytes": "a" * 245 + ".docx",
    "255-bytes": "b" * 250 + ".docx",
    "255-bytes-vietnamese": "ạ" * 83 + "-.docx",  # 3 bytes a letter in UTF-8
}


@pytest.mark.parametrize("name", list(LONG_NAMES.values()), ids=list(LONG_NAMES))
def test_long_names_work(tmp_path: Path, seed_report: Report, name: str) -> None:
    assert len(os.fsencode(name)) in (250, 255)
    target = tmp_path / name
    seed_report.save(target)
    assert target.read_bytes() == seed_report.render()
    write_atomically(target, b"again")
    assert target.read_bytes() == b"again"
    with pytest.raises(OutputExistsError):
        write_atomically(target, b"new", replace=False)
    assert sorted(path.name for path in tmp_path.iterdir()) == [name]


def test_a_long_output_name_on_the_command_line(
    tmp_path: Path, example: Path, seed_docx: bytes
) -> None:
    name = "c" * 250 + ".docx"
    status, _, err = cli("render", "x.yaml", "-o", name, cwd=tmp_path)
    assert status == 0, err
    assert_valid_docx(tmp_path / name, seed_docx)
    assert temporaries(tmp_path) == []
    # A name the file system cannot hold gets a clear message before the render.
    too_long = "d" * 256 + ".docx"
    status, _, err = cli("render", "x.yaml", "-o", too_long, cwd=tmp_path)
    assert status == 1
    assert f"vnreport: cannot write {too_long}: File name too long (nothing was written)" in err


def test_temporary_names_are_short(tmp_path: Path) -> None:
    code = "from vnreport.render.files import write_atomically\nwrite_atomically(sys.argv[1], b'x')"
    with paused_writer(code, "e" * 250 + ".docx", cwd=tmp_path):
        (leftover,) = temporaries(tmp_path)
    assert TEMPORARY.match(leftover)
    assert len(leftover) <= 50


# --- the other writers -----------------------------------------------------------------------


def test_dump_replaces_and_refuses_what_save_refuses(tmp_path: Path, seed_report: Report) -> None:
    target = tmp_path / "bc.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    dump(seed_report, target)
    assert load(target) == seed_report
    assert mode_of(target) == 0o600
    os.mkfifo(tmp_path / "pipe.yaml")
    with pytest.raises(UnsafeOutputError, match="FIFO"):
        dump(seed_report, tmp_path / "pipe.yaml")
    with pytest.raises(UnsafeOutputError, match="directory"):
        seed_report.save(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bc.yaml", "pipe.yaml"]
