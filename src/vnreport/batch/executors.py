"""Running a batch's chunks: in this process, in a pool of processes, or on an executor
the caller brings (a dask.distributed ``Client.get_executor()``).

Work goes out in chunks, so that what a task costs to send and start is paid once per
chunk, and only a few chunks are in flight at a time, so that a batch of 100 000 rows
does not sit in memory twice. Results come back as chunks finish, in any order.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["ChunkRunner", "chunks", "default_chunk_size"]

T = TypeVar("T")
R = TypeVar("R")

#: Chunks in flight per worker: one running, one waiting, so a worker never idles.
_IN_FLIGHT = 2


def default_chunk_size(count: int, workers: int) -> int:
    """Rows per chunk: four chunks a worker at least (so the work evens out), at most 64
    rows (so a progress bar moves and an interrupted batch loses little)."""
    return max(1, min(64, -(-count // (workers * 4))))


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


class ChunkRunner:
    """Runs ``function(shared, chunk)`` for chunks of items on the chosen executor.

    ``executor``: the caller's, used as it is and never shut down. Otherwise ``workers``
    processes (the machine's cores by default; 1 runs everything in this process, as does
    a batch too small to share), started with ``initializer(shared_init)``.
    """

    def __init__(
        self,
        *,
        executor: concurrent.futures.Executor | None,
        workers: int | None,
        chunk_size: int | None,
        initializer: Callable[[Any], None] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be 1 or more, got {workers}")
        if chunk_size is not None and chunk_size < 1:
            raise ValueError(f"chunk_size must be 1 or more, got {chunk_size}")
        self._given = executor
        self._workers = workers or os.cpu_count() or 1
        self._chunk_size = chunk_size
        self._initializer = initializer
        self._initargs = initargs
        self._own: concurrent.futures.ProcessPoolExecutor | None = None

    @property
    def workers(self) -> int:
        return self._workers

    def start(self, count: int) -> None:
        """Start the pool for ``count`` items now, before the caller starts threads of
        its own (see :func:`_context`); nothing when they will run in this process."""
        size = self._chunk_size or default_chunk_size(count, self._workers)
        self._executor(-(-count // size))

    def run(
        self, function: Callable[[Any, Sequence[T]], list[R]], shared: object, items: Sequence[T]
    ) -> Iterator[list[R]]:
        """The results of ``function(shared, chunk)`` for every chunk of ``items``, each
        chunk's list as it finishes."""
        size = self._chunk_size or default_chunk_size(len(items), self._workers)
        parts = chunks(items, size)
        executor = self._executor(len(parts))
        if executor is None:
            for part in parts:
                yield function(shared, part)
            return
        yield from self._submitted(executor, function, shared, parts)

    def _executor(self, count: int) -> concurrent.futures.Executor | None:
        if self._given is not None:
            return self._given
        if self._workers == 1 or count < 2:
            return None
        if self._own is None:
            with _interrupts_held():
                self._own = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self._workers,
                    mp_context=_context(),
                    initializer=_start_worker,
                    initargs=(self._initializer, self._initargs),
                )
                # Workers start with the first tasks (forked ones all at the first): one
                # task a worker now, so that every worker exists before any thread of the
                # batch does.
                for future in [self._own.submit(_nothing) for _ in range(self._workers)]:
                    future.result()
        return self._own

    def _submitted(
        self,
        executor: concurrent.futures.Executor,
        function: Callable[[Any, Sequence[T]], list[R]],
        shared: object,
        parts: list[Sequence[T]],
    ) -> Iterator[list[R]]:
        waiting = iter(parts)
        running: set[concurrent.futures.Future[list[R]]] = set()
        limit = max(2, self._workers * _IN_FLIGHT)
        try:
            for part in waiting:
                running.add(executor.submit(function, shared, part))
                if len(running) >= limit:
                    break
            while running:
                done, running = concurrent.futures.wait(
                    running, return_when=concurrent.futures.FIRST_COMPLETED
                )
                for future in done:
                    yield future.result()
                for part in waiting:
                    running.add(executor.submit(function, shared, part))
                    if len(running) >= limit:
                        break
        finally:
            for future in running:
                future.cancel()

    def close(self) -> None:
        """Stop the pool this runner started (the caller's executor is left running)."""
        if self._own is not None:
            self._own.shutdown(wait=True, cancel_futures=True)
            self._own = None

    def __enter__(self) -> ChunkRunner:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _nothing() -> None:
    return None


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while the workers start, and deliver it afterwards.

    A terminal's Ctrl-C goes to the whole process group, workers included. A worker takes
    its disposition from this process at fork (or keeps the blocked mask through exec),
    so holding the signal here means no worker can be interrupted before
    :func:`_start_worker` has made it ignore the signal.
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    """A pool worker's first step: leave Ctrl-C to the process that runs the batch.

    Only that process stops the batch, cancels the chunks not started and records what
    was done; a worker interrupted as well would print a traceback of its own and lose
    the chunk it was rendering. Ignored, it finishes that chunk and exits with the pool.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if initializer is not None:
        initializer(*initargs)


def _context() -> multiprocessing.context.BaseContext:
    """How worker processes start.

    On Linux, a process with no thread but its main one forks: the workers start at once,
    with vnreport already imported, and the caller's script is not run again — so a
    script without an ``if __name__ == "__main__"`` guard works. The pool is made before
    any thread of the batch's own (a progress bar's, the pool's manager) starts. A process
    with other threads (a notebook's kernel, a dask client) must not fork: a thread's lock
    would be copied held. It uses "forkserver", which re-imports the main module only when
    it is a file (notebooks have none); macOS and Windows use "spawn", their default.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
