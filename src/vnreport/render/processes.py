"""Running a helper program (LibreOffice, poppler) within a time limit, never leaving it
behind: it starts in a process group of its own, and on time-out or interruption the
whole group is killed — soffice starts helpers that would outlive their parent. A caller
running it in a worker thread may also call it off (``cancelled``): the owning thread kills
the group itself, so a process is never signalled after another thread has reaped it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence

import attrs

__all__ = ["Finished", "RunCancelledError", "kill_group", "run_bounded"]

#: Seconds between two looks at ``cancelled`` while a program runs.
_POLL_SECONDS = 0.2


class RunCancelledError(Exception):
    """The caller called the run off (its ``cancelled`` said so); the group was killed."""


@attrs.frozen
class Finished:
    """How a program ended: its exit status and what it printed (both streams)."""

    status: int
    printed: str


def run_bounded(
    command: Sequence[str],
    *,
    timeout: float,
    environment: Mapping[str, str] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Finished:
    """Run ``command`` with no input, wait at most ``timeout`` seconds, and return how it
    ended. Past the limit the whole group is killed and :class:`TimeoutError` raised
    (an OSError: catch it first); an OSError of starting it (no such program) propagates.
    ``cancelled``, when given, is asked every few tenths of a second; once it answers
    true the group is killed and :class:`RunCancelledError` raised."""
    process = subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=None if environment is None else dict(environment),
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            try:
                # Waiting again after TimeoutExpired loses none of the output.
                printed, _ = process.communicate(
                    timeout=max(0.0, left if cancelled is None else min(left, _POLL_SECONDS))
                )
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{command[0]} did not finish in {timeout:g} s") from None
                if cancelled is not None and cancelled():
                    raise RunCancelledError(f"{command[0]} was called off") from None
    except BaseException:  # time-out, called off, interrupted: it must not outlive the caller
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
