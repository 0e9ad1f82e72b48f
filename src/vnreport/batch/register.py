"""What a rerun may not change: a document already made keeps its number and its file.

A batch's numbers are the register's (*sổ đăng ký văn bản*): once a document is made
with a number, that number is its own. A rerun after rows were removed, inserted or
sorted would give the documents already made other numbers, or other files, and leave
the old files behind beside the new ones: a person with two invitations under two
numbers. So the rerun compares each row with the manifest of the last one and refuses
(before anything is written) when

- a row that was made with a number would now get another, or
- a row's data was made as another row, and would now get another file or number
  (the rows moved).

A row whose data changed in place (a name corrected) is not a move: its file is made
again, and when its name changed too, the old file — still as the last run made it —
is the superseded one (:func:`superseded`). Rows the last run made that are no longer
in the data keep their records and their files (:func:`withdrawn`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from vnreport.batch.manifest import Record, Status
from vnreport.batch.plan import Prepared

__all__ = ["changed_documents", "refusal", "superseded", "withdrawn"]

#: Conflicts shown in the message; the rest are counted.
_SHOWN = 10


def _made(record: Record | None) -> bool:
    """Whether the record is of a document made (by this run or an earlier one: a row
    that fails now keeps the record of the file made before)."""
    return record is not None and record.path is not None and record.sha256 is not None


def changed_documents(prepared: Sequence[Prepared], previous: Mapping[int, Record]) -> list[str]:
    """A line for each document already made that this run would number or file anew."""
    by_data: dict[str, Record] = {}
    for record in sorted(previous.values(), key=lambda record: record.row):
        if _made(record) and record.data_sha256 is not None:
            by_data.setdefault(record.data_sha256, record)
    conflicts: list[str] = []
    for item in prepared:
        number = item.document.number
        here = previous.get(item.row)
        earlier = by_data.get(item.data_sha256)
        in_place = here is not None and here.data_sha256 == item.data_sha256
        if not in_place and earlier is not None and earlier.row != item.row:
            # This row's data was made as another row: the rows moved.
            if earlier.path != item.name or earlier.number != number:
                conflicts.append(
                    f"the data of row {earlier.row} ({earlier.path}"
                    + (f", number {earlier.number}" if earlier.number is not None else "")
                    + f") is now row {item.row}, which would make {item.name}"
                    + (f", number {number}" if number is not None else "")
                )
        elif here is not None and _made(here) and here.number not in (None, number):
            conflicts.append(
                f"row {item.row} was made as number {here.number} ({here.path}); it would "
                f"now be number {'none' if number is None else number}"
            )
    return conflicts


def refusal(conflicts: Sequence[str], folder: object) -> str:
    """The message refusing a rerun over ``conflicts`` (see :func:`changed_documents`)."""
    shown = "\n  ".join(conflicts[:_SHOWN])
    more = f"\n  … and {len(conflicts) - _SHOWN} more" if len(conflicts) > _SHOWN else ""
    return (
        f"documents already made in {folder} would change their numbers or files "
        "(rows removed, inserted or sorted since the last run, or other numbers given):\n  "
        f"{shown}{more}\n"
        "A document made keeps its number (the register's). Leave a row that is not "
        "wanted in its place with its cells emptied (a blank row keeps the numbers of the "
        "others), add new rows at the end, or make the batch in another folder; --force "
        "(force=True) makes every document again with the new numbers."
    )


def superseded(
    prepared: Iterable[Prepared], previous: Mapping[int, Record], kept: Mapping[int, Record]
) -> list[Record]:
    """The last run's records whose row now has its file under another name (``kept``:
    this run's records of the rows made or skipped), when no row of this run makes that
    old name: their files, still as recorded, are to be removed."""
    taken = {record.path for record in kept.values() if record.path}
    taken |= {record.pdf for record in kept.values() if record.pdf}
    old: list[Record] = []
    for item in prepared:
        before = previous.get(item.row)
        now = kept.get(item.row)
        if before is None or now is None or not _made(before) or now.status is Status.FAILED:
            continue
        if before.path is not None and before.path != now.path and before.path not in taken:
            old.append(before)
    return old


def withdrawn(previous: Mapping[int, Record], rows: Iterable[int]) -> list[Record]:
    """The last run's records of documents made for rows that this run's data no longer
    has (removed at the end, or emptied): kept in the manifest, their files left."""
    present = set(rows)
    return [
        record for row, record in sorted(previous.items()) if row not in present and _made(record)
    ]
