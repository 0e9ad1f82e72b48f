"""Running a batch: every row checked, then rendered, written, recorded, converted.

The order is the fail-safe one. Every row is made a document first (in the workers);
a row that makes none is recorded as failed with its fields and columns, and the
others go on. Then the names are checked all together: two rows with one file, or a
name outside the output folder, stop the batch before anything is written. Then the
documents are rendered in chunks; the process running the batch writes each file
atomically, appends its record to the manifest, moves the bar. PDFs follow, through a
pool of LibreOffice processes; the joined file last.

A file already there is skipped when it is what its row makes (the manifest's digests
say so without a render; without a record, a render and a comparison do), replaced when
the manifest records it as this batch's own and its row changed, and otherwise left
alone, its row failed — a file someone edited is never overwritten without ``force``.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime
import hashlib
import os
import stat
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from vnreport import __version__
from vnreport.batch.executors import ChunkRunner
from vnreport.batch.manifest import (
    MANIFEST_NAME,
    Joined,
    ManifestLog,
    Record,
    Status,
    read_manifest,
    write_manifest,
)
from vnreport.batch.names import collisions
from vnreport.batch.plan import BatchSpec, Prepared, RowFailure, check_columns, prepare_chunk
from vnreport.batch.progress import Progress, progress_bar
from vnreport.batch.register import changed_documents, refusal, superseded, withdrawn
from vnreport.batch.rows import RowTable
from vnreport.batch.worker import Rendered, RenderOptions, render_chunk, warm_up
from vnreport.errors import BatchError, ConversionError, OutputExistsError, UnsafeOutputError
from vnreport.model.document import Document
from vnreport.render.files import remove_leftovers, sync_folder, write_atomically

__all__ = ["BatchResult", "RunOptions", "run_batch"]

_LOCK_NAME = ".vnreport-batch.lock"

#: Threads writing files at once.
_WRITERS = 4


@attrs.frozen
class RunOptions:
    """How a batch runs (see :func:`vnreport.render_many`)."""

    force: bool = False
    pdf: bool = False
    pdfa: bool = False
    one_file: str | None = None
    executor: concurrent.futures.Executor | None = None
    workers: int | None = None
    chunk_size: int | None = None
    progress: bool | None = None
    manifest: str | None = None
    ignore_unused: bool = False
    render: RenderOptions = attrs.field(factory=RenderOptions)
    pdf_workers: int = 2


@attrs.frozen
class BatchResult:
    """What a batch did: one record a row (the manifest's), and where it all is."""

    records: tuple[Record, ...]
    out_dir: Path
    manifest: Path
    seconds: float
    joined: Path | None = None
    #: Documents the last run made for rows this data no longer has (removed at the end,
    #: or emptied): their records stay in the manifest, their files in the folder.
    withdrawn: tuple[Record, ...] = ()
    #: Files (relative paths) removed because their row now has its file under another
    #: name, each still as the last run made it.
    removed: tuple[str, ...] = ()

    @property
    def made(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if r.status is Status.MADE)

    @property
    def skipped(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if r.status is Status.SKIPPED)

    @property
    def failed(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if r.status is Status.FAILED)

    @property
    def ok(self) -> bool:
        """Whether every row has its file (made now or before)."""
        return not self.failed

    def summary(self) -> str:
        """ "made 497, skipped 0, failed 3 in 2.1 s (237 documents/s)" and each failure."""
        made = len(self.made)
        rate = ""
        if made > 1 and self.seconds > 0:
            rate = f" ({made / self.seconds:.0f} documents/s)"
        head = (
            f"made {made}, skipped {len(self.skipped)}, failed {len(self.failed)} "
            f"in {self.seconds:.1f} s{rate}; manifest: {self.manifest}"
        )
        lines = [head] + [
            f"  row {r.row}" + (f" (line {r.line})" if r.line is not None else "") + f": {r.error}"
            for r in self.failed
        ]
        if self.removed:
            lines.append(
                "removed, their rows now making them under another name: " + ", ".join(self.removed)
            )
        if self.withdrawn:
            lines.append(
                "kept on record, their rows no longer in the data: "
                + ", ".join(f"row {r.row} ({r.path})" for r in self.withdrawn)
            )
        if self.joined is not None:
            lines.append(f"joined: {self.joined}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        """The summary and a table of the failed rows, for Jupyter."""
        from vnreport.batch.display import result_html

        return result_html(self.summary(), self.failed)


def run_batch(
    spec: BatchSpec, table: RowTable, out_dir: str | os.PathLike[str], options: RunOptions
) -> BatchResult:
    """Make the document of every row of ``table`` in ``out_dir`` (see the module's text)."""
    started = time.perf_counter()
    check_columns(spec, table.columns, ignore_unused=options.ignore_unused, source=table.source)
    folder = _output_folder(Path(out_dir))
    manifest_path = Path(options.manifest) if options.manifest else folder / MANIFEST_NAME
    with (
        _locked(folder),
        ChunkRunner(
            executor=options.executor,
            workers=options.workers,
            chunk_size=options.chunk_size,
            initializer=warm_up,
            initargs=(options.render,),
        ) as runner,
    ):
        previous, previous_joined = read_manifest(manifest_path)
        if options.one_file:
            _refuse_foreign_joined(folder / options.one_file, previous_joined, options)
        runner.start(len(table.rows))
        prepared, failures = _prepare(spec, table, runner, options)
        _refuse_bad_names(prepared, folder, manifest_path, options)
        conflicts = [] if options.force else changed_documents(prepared, previous)
        if conflicts:
            raise BatchError(refusal(conflicts, folder))
        batch = _Batch(folder, options, previous, _options_digest(options.render))
        with ManifestLog(manifest_path) as log:
            for failure in failures:
                log.append(batch.failed_row(failure))
            batch.write_documents(prepared, runner, log)
            if options.pdf:
                batch.write_pdfs(prepared, log)
            joined = batch.write_joined(prepared, log) if options.one_file else None
        removed = batch.remove_superseded(prepared)
        records = [batch.records[p.row] for p in prepared] + [batch.failed_row(f) for f in failures]
        kept = withdrawn(previous, (record.row for record in records))
        write_manifest(manifest_path, [*records, *kept], batch.joined_record)
    return BatchResult(
        tuple(sorted(records, key=lambda r: r.row)),
        folder,
        manifest_path,
        time.perf_counter() - started,
        joined,
        withdrawn=tuple(kept),
        removed=tuple(removed),
    )


def _output_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if not path.is_dir():
        raise BatchError(f"{path} is not a folder")
    remove_leftovers(path)
    return path


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the output folder against a second batch writing into it at the same time
    (an advisory lock, released by the system if this process dies)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks of this kind
        yield
        return
    path = folder / _LOCK_NAME
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(
                f"another batch is writing to {folder} (it holds {path}); wait for it to end"
            ) from None
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                path.unlink()
    finally:
        os.close(descriptor)


def _prepare(
    spec: BatchSpec, table: RowTable, runner: ChunkRunner, options: RunOptions
) -> tuple[list[Prepared], list[RowFailure]]:
    prepared: list[Prepared] = []
    failures: list[RowFailure] = []
    with progress_bar(len(table.rows), "checking rows", show=options.progress) as bar:
        for results in runner.run(prepare_chunk, spec, table.rows):
            for result in results:
                if isinstance(result, Prepared):
                    prepared.append(result)
                else:
                    failures.append(result)
            bar.update(len(results))
    prepared.sort(key=lambda p: p.row)
    failures.sort(key=lambda f: f.row)
    return prepared, failures


def _refuse_bad_names(
    prepared: Sequence[Prepared], folder: Path, manifest: Path, options: RunOptions
) -> None:
    names = [(p.row, p.name) for p in prepared]
    for extra in (manifest, folder / options.one_file if options.one_file else None):
        if extra is not None and extra.parent == folder:
            names.insert(0, (0, extra.name))
    if options.pdf:
        names += [(p.row, _pdf_name(p.name)) for p in prepared]
    found = collisions(names)
    if found:
        shown = [
            f"rows {first} and {second} would both be {name}"
            if first
            else f"row {second} would be {name}, the batch's own file"
            for first, second, name in found[:10]
        ]
        more = f"\n  … and {len(found) - 10} more" if len(found) > 10 else ""
        raise BatchError(
            "the name pattern gives two outputs one file (on a file system that ignores "
            "case, as Windows' and macOS' do); add a column that tells the rows apart:\n  "
            + "\n  ".join(shown)
            + more
        )


def _refuse_foreign_joined(target: Path, joined: Joined | None, options: RunOptions) -> None:
    """The joined file is rewritten by every run: refuse one this batch did not write."""
    existing = _file_sha256(target)
    if existing is None or options.force:
        return
    if joined is None or joined.sha256 != existing:
        raise BatchError(
            f"{target} exists and is not the joined file this batch wrote; force=True "
            "(--force) replaces it"
        )


def _pdf_name(name: str) -> str:
    return name[: -len(".docx")] + ".pdf" if name.lower().endswith(".docx") else name + ".pdf"


def _options_digest(options: RenderOptions) -> str:
    template = "shipped"
    if options.template is not None:
        template = hashlib.sha256(Path(options.template).read_bytes()).hexdigest()
    text = f"vnreport {__version__}\ntemplate {template}\ncheck {options.check}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _file_sha256(path: Path) -> str | None:
    try:
        status = path.lstat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return "(not a regular file)"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Batch:
    """The writing half of a run: decisions per file, the records, the manifest lines."""

    def __init__(
        self, folder: Path, options: RunOptions, previous: dict[int, Record], options_digest: str
    ) -> None:
        self.folder = folder
        self.options = options
        self.previous = previous
        self.options_digest = options_digest
        self.records: dict[int, Record] = {}
        self.joined_record: Joined | None = None
        self._folders: set[Path] = {folder}
        self._folders_lock = threading.Lock()

    def input_digest(self, prepared: Prepared) -> str:
        return hashlib.sha256(f"{self.options_digest}\n{prepared.digest}".encode()).hexdigest()

    def failed_row(self, failure: RowFailure) -> Record:
        """The record of a row that makes no document now. When an earlier run made its
        document, the record keeps that file's path, number and digests: the file is
        still there and still this batch's own (replaced once the row is fixed), and its
        number still the row's."""
        error = "; ".join(str(p) for p in failure.problems)
        record = Record(
            row=failure.row,
            status=Status.FAILED,
            line=failure.line,
            error=error,
            problems=failure.problems,
        )
        earlier = self.previous.get(failure.row)
        if earlier is None or earlier.path is None or earlier.sha256 is None:
            return record
        return attrs.evolve(
            earlier,
            status=Status.FAILED,
            line=failure.line,
            error=f"{error} (the document made before, {earlier.path}, is left as it was)",
            problems=failure.problems,
        )

    # The .docx files.

    def write_documents(
        self, prepared: Sequence[Prepared], runner: ChunkRunner, log: ManifestLog
    ) -> None:
        by_row = {p.row: p for p in prepared}
        to_render: list[tuple[int, Document]] = []
        for item in prepared:
            record = self._unchanged(item)
            if record is not None:
                self._keep(record, log)
            else:
                to_render.append((item.row, item.document))
        # Files are written by a few threads: a write waits mostly on the disk (fsync),
        # so writes overlap each other and the renders, here and in the workers.
        with (
            progress_bar(len(prepared), "rendering", show=self.options.progress) as bar,
            concurrent.futures.ThreadPoolExecutor(_WRITERS) as writers,
        ):
            bar.update(len(prepared) - len(to_render))
            writing: set[concurrent.futures.Future[Record]] = set()
            for results in runner.run(render_chunk, self.options.render, to_render):
                for rendered in results:
                    writing.add(writers.submit(self._written, by_row[rendered.row], rendered))
                writing = self._recorded(writing, log, bar, wait=False)
            self._recorded(writing, log, bar, wait=True)
        for folder in self._folders:
            sync_folder(folder)

    def _recorded(
        self,
        writing: set[concurrent.futures.Future[Record]],
        log: ManifestLog,
        bar: Progress,
        *,
        wait: bool,
    ) -> set[concurrent.futures.Future[Record]]:
        """Record the writes that are done (all of them with ``wait``); the rest."""
        done, waiting = concurrent.futures.wait(writing, timeout=None if wait else 0)
        for future in done:
            self._keep(future.result(), log)
        bar.update(len(done))
        return waiting

    def _keep(self, record: Record, log: ManifestLog) -> None:
        self.records[record.row] = record
        log.append(record)

    def _unchanged(self, item: Prepared) -> Record | None:
        """The record of a file that needs no render: recorded with this very input, and
        still the bytes recorded."""
        if self.options.force:
            return None
        record = self.previous.get(item.row)
        if (
            record is None
            or record.status is Status.FAILED
            or record.path != item.name
            or record.input_sha256 != self.input_digest(item)
            or record.sha256 is None
            or _file_sha256(self.folder / item.name) != record.sha256
        ):
            return None
        return attrs.evolve(
            record, status=Status.SKIPPED, line=item.line, data_sha256=item.data_sha256
        )

    def _written(self, item: Prepared, rendered: Rendered) -> Record:
        base = Record(
            row=item.row,
            status=Status.FAILED,
            line=item.line,
            path=item.name,
            number=item.document.number,
            symbol=item.symbol,
            input_sha256=self.input_digest(item),
            data_sha256=item.data_sha256,
            check=rendered.verdict,
            findings=rendered.findings,
        )
        if rendered.data is None:
            return attrs.evolve(base, path=None, error=rendered.error)
        target = self.folder / item.name
        try:
            self._make_folders(target.parent)
            existing = _file_sha256(target)
            if existing == rendered.sha256:
                previous = self.previous.get(item.row)
                written = previous.written if previous and previous.sha256 == existing else None
                return attrs.evolve(
                    base, status=Status.SKIPPED, sha256=rendered.sha256, written=written
                )
            replace = existing is not None and (self.options.force or self._ours(item, existing))
            if existing is not None and not replace:
                return attrs.evolve(
                    base,
                    error=f"{item.name} exists and is not what this row makes, nor a file "
                    "this batch made (edited by hand?); force=True (--force) replaces it",
                )
            write_atomically(target, rendered.data, replace=replace, sweep=False, sync=False)
        except (OSError, OutputExistsError, UnsafeOutputError) as error:
            return attrs.evolve(base, error=f"cannot write {item.name}: {error}")
        return attrs.evolve(base, status=Status.MADE, sha256=rendered.sha256, written=_now())

    def _ours(self, item: Prepared, existing: str) -> bool:
        record = self.previous.get(item.row)
        return record is not None and record.path == item.name and record.sha256 == existing

    def _make_folders(self, folder: Path) -> None:
        """Create the folders of a name, none of them a link (which could lead outside)."""
        with self._folders_lock:
            self._make_folders_once(folder)

    def _make_folders_once(self, folder: Path) -> None:
        if folder in self._folders:
            return
        relative = folder.relative_to(self.folder)
        current = self.folder
        for step in relative.parts:
            current = current / step
            try:
                status = current.lstat()
            except FileNotFoundError:
                current.mkdir()
                continue
            if not stat.S_ISDIR(status.st_mode):
                raise UnsafeOutputError(current, "symbolic link or file, not a folder")
        remove_leftovers(folder)
        self._folders.add(folder)

    def remove_superseded(self, prepared: Sequence[Prepared]) -> list[str]:
        """Remove the files (and PDFs) of the last run whose rows now have them under
        another name, each only while it is still the file that run made; the names."""
        removed: list[str] = []
        for record in superseded(prepared, self.previous, self.records):
            pairs = [(record.path, record.sha256), (record.pdf, record.pdf_sha256)]
            for name, digest in pairs:
                if name is None or digest is None:
                    continue
                target = self.folder / name
                if _file_sha256(target) == digest:
                    with contextlib.suppress(FileNotFoundError):
                        target.unlink()
                    removed.append(name)
        return removed

    # The PDFs.

    def write_pdfs(self, prepared: Sequence[Prepared], log: ManifestLog) -> None:
        from vnreport.render.pdf import check_fonts
        from vnreport.render.pdfpool import PdfPool

        wanted: list[Prepared] = []
        for item in prepared:
            record = self.records.get(item.row)
            if record is None or record.status is Status.FAILED or record.sha256 is None:
                continue
            name = _pdf_name(item.name)
            existing = _file_sha256(self.folder / name)
            previous = self.previous.get(item.row)
            if (
                not self.options.force
                and record.status is Status.SKIPPED
                and previous is not None
                and previous.pdf == name
                and previous.pdf_sha256 is not None
                and existing == previous.pdf_sha256
            ):
                self._keep(attrs.evolve(record, pdf=name, pdf_sha256=existing), log)
                continue
            wanted.append(item)
        if not wanted:
            return
        check_fonts(stacklevel=4)  # once for the batch, at the caller of render_many
        names = {p.row: p.name for p in prepared}
        # Read as the pool asks for them: a batch of thousands is never in memory at once.
        sources = ((item.row, (self.folder / item.name).read_bytes()) for item in wanted)
        with (
            progress_bar(len(wanted), "PDF", show=self.options.progress) as bar,
            PdfPool(size=self.options.pdf_workers, pdfa=self.options.pdfa) as pool,
        ):
            for row, result in pool.convert(sources):
                self._keep(self._pdf_written(self.records[row], _pdf_name(names[row]), result), log)
                bar.update(1)

    def _pdf_written(self, record: Record, name: str, result: bytes | ConversionError) -> Record:
        if isinstance(result, ConversionError):
            return attrs.evolve(record, status=Status.FAILED, error=f"PDF: {result}")
        target = self.folder / name
        existing = _file_sha256(target)
        previous = self.previous.get(record.row)
        ours = previous is not None and previous.pdf == name and previous.pdf_sha256 == existing
        digest = hashlib.sha256(result).hexdigest()
        if existing is not None and existing != digest and not (self.options.force or ours):
            return attrs.evolve(
                record,
                status=Status.FAILED,
                error=f"{name} exists and is not a PDF this batch made; --force replaces it",
            )
        if existing != digest:
            try:
                write_atomically(target, result, replace=existing is not None, sweep=False)
            except (OSError, OutputExistsError, UnsafeOutputError) as error:
                return attrs.evolve(
                    record, status=Status.FAILED, error=f"cannot write {name}: {error}"
                )
        return attrs.evolve(record, pdf=name, pdf_sha256=digest)

    # The joined file.

    def write_joined(self, prepared: Sequence[Prepared], log: ManifestLog) -> Path | None:
        from vnreport.render.compose import join_docx

        assert self.options.one_file is not None
        rows = [
            p
            for p in prepared
            if self.records[p.row].status is not Status.FAILED and self.records[p.row].sha256
        ]
        if not rows:
            return None
        data = join_docx([(self.folder / p.name).read_bytes() for p in rows])
        target = self.folder / self.options.one_file
        self._make_folders(target.parent)
        digest = hashlib.sha256(data).hexdigest()
        existing = _file_sha256(target)
        if existing != digest:
            write_atomically(target, data, replace=existing is not None, sweep=False)
        record = Joined(self.options.one_file, digest, tuple(p.row for p in rows))
        if self.options.pdf:
            record = self._joined_pdf(record, data)
        self.joined_record = record
        log.append(record)
        return target

    def _joined_pdf(self, record: Joined, data: bytes) -> Joined:
        from vnreport.render.pdfpool import PdfPool

        with PdfPool(size=1, pdfa=self.options.pdfa) as pool:
            [(_, result)] = list(pool.convert([(0, data)]))
        if isinstance(result, ConversionError):
            raise result
        name = _pdf_name(record.joined)
        digest = hashlib.sha256(result).hexdigest()
        target = self.folder / name
        existing = _file_sha256(target)
        if existing != digest:
            write_atomically(target, result, replace=existing is not None, sweep=False)
        return attrs.evolve(record, pdf=name, pdf_sha256=digest)
