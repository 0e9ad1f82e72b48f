"""Many PDFs at once: a small pool of LibreOffice processes converting a batch.

Starting LibreOffice is most of a conversion's time, and one ``soffice`` converts one file
at a time. :class:`PdfPool` keeps ``size`` workers, each a thread driving one ``soffice
--convert-to pdf f1 … fk`` at a time in a workspace of its own
(:class:`vnreport.render.soffice.Workspace`, the conversion code path
:func:`vnreport.render.pdf.convert_many` uses too), so that the start is paid once per
``batch`` files and the machine's cores work side by side.

- Each worker owns a LibreOffice profile (``-env:UserInstallation``), made on its first
  call and reused by the next; it is deleted, and so made afresh, after a failed call and
  after ``restart_after`` files (LibreOffice's memory and caches grow with use).
- A call that fails (an exit status, a time-out, a document left without its PDF) is
  retried file by file, each file once more, alone, in a fresh profile: a bad file gets a
  :class:`~vnreport.errors.ConversionError` of its own and the good files of its batch
  still convert.
- Bounded: a call may take ``timeout_start`` seconds plus ``timeout_per_file`` a file,
  past which its whole process group is killed; a PDF is read back up to
  ``max_pdf_bytes``, and must begin with ``%PDF-``.
- Nothing left behind: the pool's temporary folder (workspaces, profiles, inputs,
  outputs) is removed on :meth:`PdfPool.close` (the ``with`` block's end), on error and on
  KeyboardInterrupt, and the running ``soffice`` groups are killed first.

Only the standard library and attrs are used; nothing here is imported by ``import
vnreport``.
"""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import attrs

from vnreport.errors import ConversionError
from vnreport.render.pdf import SECONDS_PER_DOCUMENT, START_SECONDS, find_soffice
from vnreport.render.processes import RunCancelledError
from vnreport.render.soffice import MAX_PDF_BYTES, NoPdf, Workspace, not_docx

__all__ = ["PdfPool", "PoolStats"]

K = TypeVar("K")

#: Batches handed to the workers ahead of the one being converted, per worker: enough for
#: a worker never to wait for the caller, few enough to bound the memory held.
_AHEAD = 2


@attrs.frozen
class PoolStats:
    """What a pool has done so far."""

    #: ``soffice`` runs, retries included.
    calls: int = 0
    #: Documents converted, and documents that got a ConversionError.
    converted: int = 0
    failed: int = 0
    #: Documents tried again alone after their batch's call failed.
    retried: int = 0
    #: Profiles made: each worker's first, then one after each restart.
    profiles: int = 0
    #: Profiles deleted to be made afresh: after a failed call or ``restart_after`` files.
    restarts: int = 0


@attrs.define
class _Worker:
    """A workspace and how many files its current profile has converted. Mutable on
    purpose: it is the worker's state, touched by one thread at a time (whichever took
    it from the pool's idle queue)."""

    workspace: Workspace
    files: int = 0


def _count(name: str, minimum: int, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"PdfPool {name} must be a whole number ≥ {minimum}, got {value!r}")
    return value


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"PdfPool {name} must be a positive number of seconds, got {value!r}")
    return float(value)


class PdfPool:
    """``size`` LibreOffice workers converting .docx to PDF, ``batch`` files a call.

    Use it as a context manager; :meth:`convert` may be called any number of times
    inside the block (one at a time)::

        with PdfPool(size=2) as pool:
            for key, pdf in pool.convert((name, docx) for name, docx in documents):
                ...  # pdf is the PDF's bytes, or the ConversionError of that document

    ``soffice`` is the program to run (:func:`vnreport.render.pdf.find_soffice` by
    default, looked for at once: a missing LibreOffice raises ConversionError here).
    ``pdfa`` asks for PDF/A-2b. A call may take ``timeout_start`` seconds plus
    ``timeout_per_file`` a file.
    """

    def __init__(
        self,
        size: int = 2,
        batch: int = 20,
        restart_after: int = 200,
        pdfa: bool = False,
        timeout_per_file: float = SECONDS_PER_DOCUMENT,
        soffice: str | os.PathLike[str] | None = None,
        *,
        timeout_start: float = START_SECONDS,
        max_pdf_bytes: int = MAX_PDF_BYTES,
    ) -> None:
        self._size = _count("size", 1, size)
        self._batch = _count("batch", 1, batch)
        self._restart_after = _count("restart_after", 1, restart_after)
        self._per_file = _seconds("timeout_per_file", timeout_per_file)
        self._start = _seconds("timeout_start", timeout_start)
        _count("max_pdf_bytes", 1, max_pdf_bytes)
        program = Path(soffice) if soffice is not None else find_soffice()
        self._root = Path(tempfile.mkdtemp(prefix="vnreport-pdfpool-"))
        # Should the pool never be closed, the folder still goes when it is collected or
        # the interpreter exits.
        self._remove_root = weakref.finalize(self, shutil.rmtree, self._root, True)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        for number in range(1, self._size + 1):
            folder = self._root / f"worker-{number}"
            self._idle.put(_Worker(Workspace(folder, program, bool(pdfa), max_pdf_bytes)))
        self._threads = ThreadPoolExecutor(self._size, thread_name_prefix="vnreport-pdfpool")
        self._closed = threading.Event()
        self._lock = threading.Lock()  # guards _stats, updated by every worker
        self._stats = PoolStats()

    # --- the pool's life ------------------------------------------------------------------

    def __enter__(self) -> PdfPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the running calls (their process groups killed), wait for the workers,
        and remove every profile and temporary file. Closing twice does nothing."""
        self._closed.set()
        try:
            self._threads.shutdown(wait=True, cancel_futures=True)
        finally:
            self._remove_root()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def stats(self) -> PoolStats:
        """What the pool has done so far."""
        with self._lock:
            return self._stats

    # --- converting -----------------------------------------------------------------------

    def convert(
        self, items: Iterable[tuple[K, bytes]]
    ) -> Iterator[tuple[K, bytes | ConversionError]]:
        """The PDF of each ``(key, docx)`` of ``items``, as ``(key, pdf)``, or
        ``(key, error)`` for a document that cannot be converted, yielded batch by batch
        as each finishes (in the order they finish: the keys tell which is which).

        ``items`` is read as the workers need it, so it may be a generator. Leaving the
        loop early (``break``, an exception, Ctrl-C) stops this call's work: its running
        ``soffice`` groups are killed and its other batches dropped.
        """
        stop = threading.Event()

        def cancelled() -> bool:
            return stop.is_set() or self._closed.is_set()

        chunks = _chunks(iter(items), self._batch)
        running: set[Future[list[tuple[K, bytes | ConversionError]]]] = set()
        try:
            more = True
            while True:
                self._check_open()
                while more and len(running) < _AHEAD * self._size:
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                    else:
                        running.add(self._threads.submit(self._convert_chunk, chunk, cancelled))
                if not running:
                    return
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        results = future.result()
                    except RunCancelledError:
                        self._check_open()
                        raise
                    yield from results
        finally:
            stop.set()
            for future in running:
                future.cancel()
            wait(running)  # the running calls end within a fraction of a second

    def _check_open(self) -> None:
        if self._closed.is_set():
            raise ValueError("the PdfPool is closed")

    def _convert_chunk(
        self, chunk: list[tuple[K, bytes]], cancelled: Callable[[], bool]
    ) -> list[tuple[K, bytes | ConversionError]]:
        if cancelled():
            raise RunCancelledError("the conversion was called off")
        worker = self._idle.get()  # never waits: no more chunks run than there are workers
        try:
            results = self._convert_on(worker, [data for _, data in chunk], cancelled)
        finally:
            self._idle.put(worker)
        converted = sum(isinstance(result, bytes) for result in results)
        self._add(converted=converted, failed=len(results) - converted)
        return [(key, result) for (key, _), result in zip(chunk, results, strict=True)]

    def _convert_on(
        self, worker: _Worker, documents: list[bytes], cancelled: Callable[[], bool]
    ) -> list[bytes | ConversionError]:
        results: list[bytes | ConversionError | NoPdf | None] = [None] * len(documents)
        todo: list[int] = []
        for index, data in enumerate(documents):
            problem = not_docx(data)
            if problem is None:
                todo.append(index)
            else:
                results[index] = ConversionError(f"the document was not converted: {problem}")
        if todo:
            try:
                outcome: Sequence[bytes | NoPdf | None] = self._call(
                    worker, [documents[index] for index in todo], cancelled
                )
            except ConversionError:
                outcome = [None] * len(todo)  # the whole call failed: every file again
            for index, result in zip(todo, outcome, strict=True):
                results[index] = result
        for index in todo:
            if isinstance(results[index], bytes):
                continue
            # Once more, alone, in the fresh profile the failed call left (or in the one
            # the previous file of this retry converted in).
            self._add(retried=1)
            try:
                results[index] = self._call(worker, [documents[index]], cancelled)[0]
            except ConversionError as error:
                results[index] = ConversionError(
                    f"the document was tried again alone, in a fresh profile: {error}"
                )
        return [_final(result) for result in results]

    def _call(
        self, worker: _Worker, documents: list[bytes], cancelled: Callable[[], bool]
    ) -> list[bytes | NoPdf]:
        """One ``soffice`` run on ``worker``; its profile is deleted after a failure or
        once it has converted ``restart_after`` files."""
        workspace = worker.workspace
        self._add(calls=1, profiles=0 if workspace.has_profile() else 1)
        timeout = self._start + self._per_file * len(documents)
        try:
            results = workspace.convert(documents, timeout=timeout, cancelled=cancelled)
        except (
            ConversionError,
            RunCancelledError,
        ):  # a killed LibreOffice may leave it half written
            self._restart(worker)
            raise
        worker.files += len(documents)
        failed = any(isinstance(result, NoPdf) for result in results)
        if failed or worker.files >= self._restart_after:
            self._restart(worker)
        return results

    def _restart(self, worker: _Worker) -> None:
        worker.workspace.reset_profile()
        worker.files = 0
        self._add(restarts=1)

    def _add(self, **counts: int) -> None:
        with self._lock:
            self._stats = attrs.evolve(
                self._stats,
                **{name: getattr(self._stats, name) + count for name, count in counts.items()},
            )


def _final(result: bytes | ConversionError | NoPdf | None) -> bytes | ConversionError:
    if isinstance(result, NoPdf):
        return ConversionError(
            "the document was tried again alone, in a fresh profile: LibreOffice exited "
            f"without error but {result.problem}"
            + (f":\n{result.printed}" if result.printed else "")
        )
    if result is None:  # not reached: every document has its result by now
        raise AssertionError("a document of the batch got no result")
    return result


def _chunks(items: Iterator[tuple[K, bytes]], size: int) -> Iterator[list[tuple[K, bytes]]]:
    """``items`` in lists of up to ``size``, each item checked to be a (key, bytes) pair."""
    while chunk := list(itertools.islice(items, size)):
        for item in chunk:
            if not (isinstance(item, tuple) and len(item) == 2):
                raise TypeError(f"PdfPool.convert takes (key, docx bytes) pairs, got {item!r:.80}")
            if not isinstance(item[1], bytes):
                raise TypeError(
                    f"PdfPool.convert: the document of key {item[0]!r:.80} is a "
                    f"{type(item[1]).__name__}, not the bytes of a .docx"
                )
        yield chunk
