"""The batch's own process pool: chunks, and Ctrl-C left to the process that runs it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from vnreport.batch import executors
from vnreport.batch.executors import ChunkRunner, chunks, default_chunk_size

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals only")


def _worker_state(_: object, part: Sequence[int]) -> list[tuple[int, object, bool]]:
    time.sleep(0.02)  # so that both workers take chunks
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    return [(os.getpid(), signal.getsignal(signal.SIGINT), blocked) for _ in part]


def _interrupted_then_slow(_: object, part: Sequence[int]) -> list[int]:
    os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C reaches every worker
    time.sleep(0.05)
    return [item * 2 for item in part]


def _record_start(log: str) -> None:
    with Path(log).open("a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()}\n")


def test_workers_ignore_ctrl_c_and_hold_nothing_back() -> None:
    with ChunkRunner(executor=None, workers=2, chunk_size=1) as runner:
        states = [state for part in runner.run(_worker_state, None, range(6)) for state in part]
    workers = {pid for pid, _, _ in states}
    assert workers
    assert os.getpid() not in workers
    assert all(handler == signal.SIG_IGN for _, handler, _ in states)
    assert not any(blocked for _, _, blocked in states)


def test_a_worker_sent_ctrl_c_finishes_its_chunk() -> None:
    with ChunkRunner(executor=None, workers=2, chunk_size=2) as runner:
        results = sorted(
            item for part in runner.run(_interrupted_then_slow, None, range(8)) for item in part
        )
    assert results == [0, 2, 4, 6, 8, 10, 12, 14]


def _pid(_: object, part: Sequence[int]) -> list[int]:
    time.sleep(0.02)
    return [os.getpid() for _ in part]


@pytest.fixture(params=["fork", "forkserver"])
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The pool's start method: "fork" (a process with one thread) or "forkserver" (one
    with other threads, as a notebook's kernel), whichever threads this test process has."""
    context = multiprocessing.get_context(request.param)
    monkeypatch.setattr(executors, "_context", lambda: context)
    return str(request.param)


def test_idle_workers_sent_ctrl_c_stay_up(start_method: str) -> None:
    with ChunkRunner(executor=None, workers=2, chunk_size=1) as runner:
        workers = {pid for part in runner.run(_pid, None, range(6)) for pid in part}
        for pid in workers:  # each waiting for its next chunk
            os.kill(pid, signal.SIGINT)
        time.sleep(0.2)
        for pid in workers:
            os.kill(pid, 0)  # still there (raises ProcessLookupError if not)
        # And the pool still works (a worker lost would have broken it).
        again = [pid for part in runner.run(_pid, None, range(6)) for pid in part]
    assert len(again) == 6


def test_this_process_keeps_its_ctrl_c_and_the_callers_initializer_runs(tmp_path: Path) -> None:
    log = tmp_path / "started"
    before = signal.getsignal(signal.SIGINT)
    with ChunkRunner(
        executor=None, workers=2, chunk_size=1, initializer=_record_start, initargs=(str(log),)
    ) as runner:
        runner.start(4)
        assert signal.getsignal(signal.SIGINT) is before
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    assert len(log.read_text(encoding="utf-8").split()) == 2


def test_chunk_sizes() -> None:
    assert default_chunk_size(1000, 2) == 64
    assert default_chunk_size(10, 2) == 2
    assert default_chunk_size(1, 4) == 1
    assert [list(part) for part in chunks(range(5), 2)] == [[0, 1], [2, 3], [4]]
