"""Writing a file so that a reader never sees half of it and a failure changes nothing.

Every file vnreport writes (a rendered .docx, a data file, a corrected copy) goes through
:func:`write_atomically`: the bytes go to a temporary file in the target's folder, which
then takes the target's name in one atomic step. docs/security.md ("Files written by
vnreport") describes the guarantees and their limits.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import stat
from pathlib import Path

from vnreport.errors import OutputExistsError, UnsafeOutputError

__all__ = ["check_output", "remove_leftovers", "sync_folder", "write_atomically"]

#: What a hard link fails with where the file system has none (FAT, some FUSE and
#: network file systems); the no-clobber step then reserves the name instead.
_NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.EXDEV, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}
)

_PREFIX = ".vnreport-"
_SUFFIX = ".tmp"
_CREATE = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)

_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISLNK, "symbolic link"),
    (stat.S_ISFIFO, "FIFO (named pipe)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def write_atomically(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    replace: bool = True,
    sweep: bool = True,
    sync: bool = True,
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    ``path`` holds either its old content or the whole new one, never a part. On any
    failure, interruptions included (``KeyboardInterrupt``, ``SystemExit``), the
    temporary file is removed and ``path`` is untouched.

    - A new file gets the mode the process's umask gives (like any file a program
      creates); a replaced file keeps its permission bits (and its group where the
      process may set it; if not, the group's bits are cleared rather than handed to
      another group).
    - Only a regular file is replaced: a directory, symbolic link, FIFO, device or
      socket at ``path`` raises :class:`~vnreport.errors.UnsafeOutputError`.
    - With ``replace=False`` an existing ``path`` raises
      :class:`~vnreport.errors.OutputExistsError`; the check and the write are one
      atomic step (a hard link that fails if the name is taken), so of several writers
      racing for one new path exactly one succeeds.
    - Temporary files are named ``.vnreport-<target>-<host>-<pid>-<random>.tmp`` (short
      whatever the target's length); those a killed writer left for the same target are
      removed by the next write once their process is gone. A writer of many files in
      one folder passes ``sweep=False`` and calls :func:`remove_leftovers` once instead:
      looking through the folder at every write would cost time in its size; with
      ``sync=False`` the new name is made durable by its :func:`sync_folder` call, once
      for all the folder's files (the file's own bytes are synced at every write).
    """
    target = Path(path)
    folder = target.parent
    existing = _inspect(target, replace=replace)
    if sweep:
        _remove_leftovers(folder, _leftover_prefix(target.name))
    temporary, handle = _create_temporary(folder, target.name, existing)
    try:
        try:
            if existing is not None:
                _keep_permissions(handle, temporary, existing)
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        if replace:
            # Looked at again just before the rename: what was there may have changed
            # while the data was written.
            _inspect(target, replace=True)
            temporary.replace(target)
        else:
            _claim(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    if sync:
        sync_folder(folder)
    return target


def check_output(path: str | os.PathLike[str], *, replace: bool = True) -> None:
    """Raise what :func:`write_atomically` would raise about ``path`` before it writes.

    For an early, friendly refusal (before an expensive render); the write itself
    decides again, atomically.
    """
    _inspect(Path(path), replace=replace)


def _inspect(target: Path, *, replace: bool) -> os.stat_result | None:
    """The status of the regular file at ``target``, ``None`` when there is none."""
    folder = target.parent
    try:
        if not stat.S_ISDIR(folder.stat().st_mode):
            raise NotADirectoryError(f"{str(folder)!r} is not a folder")
    except FileNotFoundError:
        raise FileNotFoundError(f"the folder {str(folder)!r} does not exist") from None
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        return None
    for test, kind in _KINDS:
        if test(status.st_mode):
            raise UnsafeOutputError(target, kind)
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeOutputError(target, "special file")
    if not replace:
        raise OutputExistsError(target)
    return status


def _create_temporary(folder: Path, name: str, existing: os.stat_result | None) -> tuple[Path, int]:
    # A replaced file's mode is set before any byte is written; until then the
    # temporary is private. A new file is created 0o666 so that the kernel applies the
    # umask (reading the umask to compute the mode would race with other threads).
    mode = 0o600 if existing is not None else 0o666
    for _ in range(100):
        temporary = folder / _temporary_name(name)
        try:
            return temporary, os.open(temporary, _CREATE, mode)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {str(folder)!r}")


def _temporary_name(name: str) -> str:
    return f"{_leftover_prefix(name)}{os.getpid()}-{secrets.token_hex(4)}{_SUFFIX}"


def _leftover_prefix(name: str) -> str:
    # The host is part of the name because a process id means something only on its own
    # machine: a folder shared over the network holds temporaries of other machines.
    return f"{_PREFIX}{_digest(os.fsencode(name), 12)}-{_digest(_host(), 6)}-"


def _digest(value: bytes, length: int) -> str:
    return hashlib.sha256(value).hexdigest()[:length]


def _host() -> bytes:
    import socket  # only needed here, and not by programs that never write a file

    return socket.gethostname().encode("utf-8", "surrogateescape")


def remove_leftovers(folder: str | os.PathLike[str]) -> None:
    """Remove from ``folder`` the temporaries of every write whose writer is gone (killed
    before it could clean up) on this machine."""
    _remove_leftovers(Path(folder), f"{_PREFIX}", host=_digest(_host(), 6))


def _remove_leftovers(folder: Path, prefix: str, *, host: str | None = None) -> None:
    """Remove the temporaries named ``prefix…`` whose writer is gone (killed before
    cleaning up); with ``host``, those of any target written on that host."""
    try:
        with os.scandir(folder) as entries:
            found = [
                entry.name
                for entry in entries
                if entry.name.startswith(prefix)
                and entry.name.endswith(_SUFFIX)
                and entry.is_file(follow_symlinks=False)
            ]
    except OSError:
        return
    for leftover in found:
        start = len(prefix)
        if host is not None:
            # .vnreport-<target digest>-<host digest>-<pid>-<random>.tmp
            _, _, tail = leftover[start:].partition("-")
            if not tail.startswith(f"{host}-"):
                continue
            start = len(leftover) - len(tail) + len(host) + 1
        pid_text, _, rest = leftover[start:].partition("-")
        # Anything else with the prefix is not ours to judge (nor to remove).
        if not (pid_text.isascii() and pid_text.isdigit() and len(pid_text) <= 10) or not rest:
            continue
        if not _gone(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            (folder / leftover).unlink()


def _gone(pid: int) -> bool:
    """Whether no process ``pid`` runs on this machine (``False`` when it cannot tell)."""
    if pid <= 0 or os.name == "nt":
        # 0 and negative numbers name process groups; on Windows, os.kill ends the process.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OverflowError:  # no process has such a number: not a name vnreport gave
        return False
    except OSError:  # another user's process (PermissionError) is alive
        return False
    return False


def _keep_permissions(handle: int, temporary: Path, existing: os.stat_result) -> None:
    mode = stat.S_IMODE(existing.st_mode) & 0o777
    if hasattr(os, "fchown"):
        created = os.fstat(handle)
        if created.st_gid != existing.st_gid:
            try:
                os.fchown(handle, -1, existing.st_gid)
            except OSError:
                # The new file belongs to another group: its members must not gain the
                # access the old group had.
                mode &= ~0o070
        if created.st_uid != existing.st_uid:
            # Only a privileged process may give the file back to its owner; otherwise
            # the writer owns the new file, which gives no one else more access.
            with contextlib.suppress(OSError):
                os.fchown(handle, existing.st_uid, -1)
    if os.chmod in os.supports_fd:
        os.chmod(handle, mode)
    else:  # Windows keeps only the read-only flag, set by name
        temporary.chmod(mode)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


def _claim(temporary: Path, target: Path) -> None:
    """Give the finished temporary the target's name, unless that name is taken."""
    try:
        # A hard link fails if the name exists: the check and the write are one step.
        os.link(temporary, target)
    except FileExistsError:
        raise OutputExistsError(target) from None
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        _claim_by_reservation(temporary, target)
    else:
        # The target is complete; a second name left by a failure here is a leftover that
        # the next write removes.
        with contextlib.suppress(OSError):
            temporary.unlink()


def _claim_by_reservation(temporary: Path, target: Path) -> None:
    """:func:`_claim` without hard links: an empty file created exclusively holds the
    name (a second writer's exclusive create fails), then the temporary replaces it."""
    try:
        handle = os.open(target, _CREATE, 0o600)
    except FileExistsError:
        raise OutputExistsError(target) from None
    try:
        reserved = os.fstat(handle)
    finally:
        os.close(handle)
    try:
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            now = os.lstat(target)
            # Only the reservation itself is removed, never a file put there since.
            if (now.st_dev, now.st_ino) == (reserved.st_dev, reserved.st_ino):
                target.unlink()
        raise


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make the new names in ``folder`` durable (POSIX); a folder that cannot be opened is
    left as is."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)
