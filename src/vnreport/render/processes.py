"""Running a helper program (LibreOffice, poppler) within a time limit, never leaving it
behind: it starts in a process group of its own, and on time-out or interruption the
whole group is killed — soffice starts helpers that would outlive their parent.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Mapping, Sequence

import attrs

__all__ = ["Finished", "kill_group", "run_bounded"]


@attrs.frozen
class Finished:
    """How a program ended: its exit status and what it printed (both streams)."""

    status: int
    printed: str


def run_bounded(
    command: Sequence[str], *, timeout: float, environment: Mapping[str, str] | None = None
) -> Finished:
    """Run ``command`` with no input, wait at most ``timeout`` seconds, and return how it
    ended. Past the limit the whole group is killed and :class:`TimeoutError` raised
    (an OSError: catch it first); an OSError of starting it (no such program) propagates."""
    process = subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=None if environment is None else dict(environment),
        start_new_session=True,
    )
    try:
        printed, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(process)
        raise TimeoutError(f"{command[0]} did not finish in {timeout:g} s") from None
    except BaseException:  # an interruption: the program must not outlive the caller
        kill_group(process)
        raise
    return Finished(process.returncode, printed.decode("utf-8", "replace").strip())


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill every process of ``process``'s group, then reap it.

    The group's id is the leader's process id, which cannot be reused before the leader
    is reaped: killing before :meth:`~subprocess.Popen.wait` never hits a stranger.
    """
    killpg = getattr(os, "killpg", None)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if killpg is not None:
            killpg(process.pid, signal.SIGKILL)
        else:  # Windows has no process groups to signal
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=10)
