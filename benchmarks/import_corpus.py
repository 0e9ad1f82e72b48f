"""How many of the fields a careful reader sees ``vnreport.read_docx`` recovers.

For each ``NAME.docx`` of a folder (default ``../shared/corpus/real-docx``) that has an
``expected/NAME.json`` beside it (the schema is in that folder's ``expected/README.md``),
it reads the file with :func:`vnreport.read_docx` and scores every expected field against
``Imported.fields`` (:class:`vnreport.importing.ImportedFields`), then prints per field the
expected count, the recovered count and their percentage, the overall percentage (issue
#13's target: at least 95 %), the time per file and, with ``--list``, each file's misses.
Fields are not the whole story: it also prints how many files give a typed document
(``Imported.document``) and how many of those list nothing as unrecognised, and per file
the document's type and the number of unrecognised items (``--list`` prints each).
A file that makes the importer raise counts as every one of its fields missed, and is
listed with the error. It asserts nothing: it is a report, run by hand or in CI::

    python benchmarks/import_corpus.py
    python benchmarks/import_corpus.py ../shared/corpus/real-docx --list
    python benchmarks/import_corpus.py FOLDER --json

What is scored (expected → actual):

=============  ======================================  ===================================
field          expected (``NAME.json``)                ``Imported.fields``
=============  ======================================  ===================================
type           ``doc_type``, or ``title_line``         ``doc_type``
issuer         ``issuer``                              ``issuer``
parent         ``parent_issuer``                       ``parent_issuer``
number         ``number`` (+ ``number_year``)          ``number``
symbol         ``symbol`` (+ ``number_year``)          ``symbol``
place          ``place``                               ``place``
date           ``date``                                ``date``
subject        ``subject`` / ``subject_without_prefix``  ``subject``
kinh_gui       ``kinh_gui`` (items)                    ``kinh_gui``
headings       ``sections`` or ``articles`` (items)    ``headings``
can_cu         ``can_cu`` (items)                      ``can_cu``
recipients     ``recipients_items`` or ``recipients``  ``recipients``
signature      ``signature`` (lines and name)          ``signature_authority``,
                                                       ``signature_title``,
                                                       ``signature_name``
=============  ======================================  ===================================

Counting. Only values a reader sees count as expected: a ``null`` or empty expected
value adds nothing to the expected count (an importer that answers ``None`` everywhere
scores nothing). A scalar field is one item. A list field counts each of its items: the
recovered items are the longest run of expected items matched *in order* by actual items
(a longest common subsequence under the comparison below), so one missing item costs one
item and does not misalign the rest. Beside this recall the script reports, per field,
the *spurious* actual values — an actual item matched by no expected one, a wrong scalar,
or a value where the expected one is ``null`` (a number invented for a blank "Số:") — and
a precision, recovered / (recovered + spurious). The percentage of the target is the
recall: recovered / expected, over all fields of all files.

Comparison. Both sides are brought to the corpus' own convention first, and nothing
else is forgiven:

- Unicode NFC (an NFD file and an NFC one spell the same text);
- whitespace collapsed: tabs, runs of spaces and line breaks become one space, leading
  and trailing whitespace dropped (the corpus' rule for every string);
- dash variants (en dash, em dash, minus, non-breaking hyphen) read as "-": they are one
  printed mark in these documents, typed with different keys;
- old- and new-style tone placement read as one ("HOÀ"/"HÒA", "UỶ"/"ỦY", "thuý"/"thúy"):
  two spellings of the same word (the corpus keeps whichever is printed);
- case-insensitive only where case is a printing matter: the type name (the corpus gives
  "Báo cáo" for a printed "BÁO CÁO"), the issuer and parent lines and the signature's
  authority and title lines, printed in capitals; everywhere else case counts;
- the signature's prefixes with or without their space ("KT.CHỦ TỊCH" = "KT. CHỦ TỊCH"):
  the same authority, spaced two ways;
- Kính gửi items without their list dash and final ";" "," or ".": the API leaves open
  whether the marker is kept, and the addressee is the same either way;
- the symbol of a normative number: the corpus splits "15/2010/QĐ-UBND" into ``number``
  "15", ``number_year`` "2010" and ``symbol`` "QĐ-UBND"; a number "15/2010" or a symbol
  "2010/QĐ-UBND" is the same printed text split at the other slash, and is accepted;
- a công văn's subject with or without its "V/v" (``subject_without_prefix``);
- the type name: ``doc_type`` or the whole type-name line ``title_line`` ("BIÊN BẢN
  THẨM ĐỊNH", "GIẤY PHÉP SỬ DỤNG …" where the subject shares the line);
- headings: the printed label and the title, "I. CÔNG TÁC …" (the label is ``raw_marker``
  when given, else ``numeral`` and "."); a numbered paragraph (``is_paragraph``) and an
  article (``text_start``, its first 60 characters) match when the first 60 characters
  agree (or the whole text, when shorter): a heading list may hold the paragraph or its
  start, and 60 characters is what the corpus gives of an article;
- a biên bản's list of signatures: each member's role, title (when printed) and name are
  items, matched in order against ``fields.signatures`` when the importer gives such a
  list, else against the one signature of the fixed API (so the others are missed).

Typos stay typos ("TRUYỂN THÔNG"), a missing word stays missing, a wrong number or date
is wrong: no normalisation above turns one text into a different one.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real-docx"

#: The fields scored, in the order they are printed.
FIELDS = (
    "type",
    "issuer",
    "parent",
    "number",
    "symbol",
    "place",
    "date",
    "subject",
    "kinh_gui",
    "headings",
    "can_cu",
    "recipients",
    "signature",
)

TARGET = 0.95
PREFIX_CHARS = 60  # the corpus gives an article's first 60 characters (text_start)

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-"})
_SPACE = re.compile(r"\s+")
# Old-style tone placement (on the second vowel of oa/oe/uy: "hoà", "uỷ") against the
# new (on the first: "hòa", "ủy"), NFC, in every case: one syllable written two ways.


def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in ("oa", "oe", "uy"):
        for mark in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            for a in (first, first.upper()):
                for b in (second, second.upper()):
                    old = a + unicodedata.normalize("NFC", b + mark)
                    pairs[old] = unicodedata.normalize("NFC", a + mark) + b
    return pairs


_TONE_PAIRS = _tone_pairs()
_TONE = re.compile("|".join(sorted(map(re.escape, _TONE_PAIRS), key=len, reverse=True)))
_PREFIX_SPACE = re.compile(r"^(TM|KT|TL|TUQ|Q)\.\s*", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^[-+•]\s*|\s*[;,.]$")


def clean(text: str) -> str:
    """NFC, whitespace collapsed, dashes as "-", tone marks placed new-style."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    text = _SPACE.sub(" ", text).strip()
    return _TONE.sub(lambda match: _TONE_PAIRS[match.group()], text)


def fold(text: str) -> str:
    """:func:`clean`, case-insensitive (for text whose capitals are a printing matter)."""
    return clean(text).casefold()


def authority_key(text: str) -> str:
    """A signature line: folded, its TM./KT./TL./TUQ./Q. prefix spaced one way."""
    return _PREFIX_SPACE.sub(lambda m: m.group(1).upper() + ". ", clean(text)).casefold()


def addressee_key(text: str) -> str:
    """A Kính gửi item: cleaned, without its list dash and final punctuation."""
    previous = None
    text = clean(text)
    while previous != text:
        previous, text = text, _ITEM_MARK.sub("", text).strip()
    return text


def prefix_key(text: str) -> str:
    """The first :data:`PREFIX_CHARS` characters of the cleaned text; a cut that falls
    after a space drops it, as the corpus' own cleaned text_start has."""
    return clean(text)[:PREFIX_CHARS].rstrip()


@dataclass(frozen=True)
class Expected:
    """One expected item: the text a reader sees, and the keys it may match by."""

    text: str
    keys: tuple[str, ...]
    key: Callable[[str], str]

    def matches(self, actual: str) -> bool:
        return self.key(actual) in self.keys


def _one(text: str, key: Callable[[str], str], *alternatives: str | None) -> Expected:
    keys = tuple(dict.fromkeys(key(t) for t in (text, *alternatives) if t))
    return Expected(text, keys, key)


@dataclass(frozen=True)
class Check:
    """The score of one field of one file."""

    field: str
    expected: tuple[str, ...]
    actual: tuple[str, ...]
    recovered: int
    spurious: int
    missed: tuple[str, ...]
    extra: tuple[str, ...]


def lcs_pairs(expected: Sequence[Expected], actual: Sequence[str]) -> list[tuple[int, int]]:
    """The (expected, actual) index pairs of a longest in-order matching."""
    rows, cols = len(expected), len(actual)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if expected[i].matches(actual[j]):
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    pairs = []
    i = j = 0
    while i < rows and j < cols:
        if expected[i].matches(actual[j]) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def score_items(name: str, expected: Sequence[Expected], actual: Sequence[str]) -> Check:
    """Score ``actual`` against ``expected``, items matched in order."""
    pairs = lcs_pairs(expected, actual)
    hit_e = {i for i, _ in pairs}
    hit_a = {j for _, j in pairs}
    return Check(
        field=name,
        expected=tuple(item.text for item in expected),
        actual=tuple(actual),
        recovered=len(pairs),
        spurious=len(actual) - len(hit_a),
        missed=tuple(item.text for i, item in enumerate(expected) if i not in hit_e),
        extra=tuple(text for j, text in enumerate(actual) if j not in hit_a),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _texts(value: object) -> list[str]:
    if value is None or isinstance(value, str):
        return [value] if _text(value) else []
    return [item for item in value if _text(item)]


def _label(section: dict[str, Any]) -> str:
    marker = section.get("raw_marker") or f"{section.get('numeral', '')}."
    return f"{marker} {section.get('heading', '')}"


def expected_items(data: dict[str, Any]) -> dict[str, list[Expected]]:
    """The expected items of one ``NAME.json``, field by field (empty when absent)."""
    year = _text(data.get("number_year"))
    items: dict[str, list[Expected]] = {name: [] for name in FIELDS}
    doc_type = _text(data.get("doc_type"))
    if doc_type:
        items["type"] = [_one(doc_type, fold, _text(data.get("title_line")))]
    for name, key in (("issuer", "issuer"), ("parent", "parent_issuer")):
        if text := _text(data.get(key)):
            items[name] = [_one(text, fold)]
    if number := _text(data.get("number")):
        items["number"] = [_one(number, clean, f"{number}/{year}" if year else None)]
    if symbol := _text(data.get("symbol")):
        items["symbol"] = [_one(symbol, clean, f"{year}/{symbol}" if year else None)]
    for name in ("place", "date"):
        if text := _text(data.get(name)):
            items[name] = [_one(text, clean)]
    if subject := _text(data.get("subject")):
        items["subject"] = [_one(subject, clean, _text(data.get("subject_without_prefix")))]
    items["kinh_gui"] = [_one(t, addressee_key) for t in _texts(data.get("kinh_gui"))]
    items["can_cu"] = [_one(t, clean) for t in _texts(data.get("can_cu"))]
    recipients = data.get("recipients_items") or data.get("recipients")
    items["recipients"] = [_one(t, clean) for t in _texts(recipients)]
    headings: list[Expected] = []
    for section in data.get("sections") or ():
        text = _label(section)
        if section.get("is_paragraph"):
            headings.append(_one(text, prefix_key))
        else:
            headings.append(_one(text, clean))
    for article in data.get("articles") or ():
        headings.append(_one(article["text_start"], prefix_key))
    items["headings"] = headings
    items["signature"] = _signature_items(data.get("signature"))
    return items


def _signature_items(signature: object) -> list[Expected]:
    if isinstance(signature, dict):
        signature = [signature]
    if not isinstance(signature, list):
        return []
    found: list[Expected] = []
    for one in signature:
        lines = [*_texts(one.get("authority")), *_texts(one.get("role")), *_texts(one.get("title"))]
        found.extend(_one(line, authority_key) for line in lines)
        if name := _text(one.get("name")):
            found.append(Expected(name, (_NAME_MARK + clean(name),), _name_key))
    return found


# The signature's lines and its name are scored as one list, but a title line must never
# match a name (or back): the actual names carry this mark, which no printed text holds.
_NAME_MARK = "\x00"


def _name_key(actual: str) -> str:
    if not actual.startswith(_NAME_MARK):
        return ""  # a title line: matches no name
    return _NAME_MARK + clean(actual[len(_NAME_MARK) :])


def _unmark(text: str) -> str:
    return text[len(_NAME_MARK) :] if text.startswith(_NAME_MARK) else text


def actual_items(fields: object) -> dict[str, list[str]]:
    """What the importer gave, field by field (``fields`` is an ``ImportedFields``, or any
    object with its attributes; ``None`` for a file the importer could not read)."""
    if fields is None:
        return {name: [] for name in FIELDS}
    scalars = {
        "type": "doc_type",
        "issuer": "issuer",
        "parent": "parent_issuer",
        "number": "number",
        "symbol": "symbol",
        "place": "place",
        "date": "date",
        "subject": "subject",
    }
    found = {name: _texts(getattr(fields, attribute, None)) for name, attribute in scalars.items()}
    for name in ("kinh_gui", "headings", "can_cu", "recipients"):
        found[name] = _texts(getattr(fields, name, None))
    found["signature"] = _actual_signature(fields)
    return found


def _actual_signature(fields: object) -> list[str]:
    # The fixed API has one signature; a later ``signatures`` list (a biên bản's) is used
    # when the importer gives one.
    many = getattr(fields, "signatures", None)
    sources = list(many) if many else [None]
    lines: list[str] = []
    for source in sources:
        role = None
        if source is None:
            authority = getattr(fields, "signature_authority", None)
            title = getattr(fields, "signature_title", None)
            name = getattr(fields, "signature_name", None)
        else:
            authority = getattr(source, "authority", None)
            role = getattr(source, "role", None)  # a biên bản member's, above the office
            title = getattr(source, "title", None)
            name = getattr(source, "name", None)
        lines.extend(_texts(authority))
        lines.extend(_texts(role))
        lines.extend(_texts(title))
        lines.extend(_NAME_MARK + text for text in _texts(name))
    return lines


def score_file(data: dict[str, Any], fields: object) -> list[Check]:
    """Every field of one file scored: ``data`` the expected JSON, ``fields`` the
    importer's ``ImportedFields`` (``None`` when it raised: everything missed)."""
    expected = expected_items(data)
    actual = actual_items(fields)
    checks = [score_items(name, expected[name], actual[name]) for name in FIELDS]
    signature = checks[FIELDS.index("signature")]
    checks[FIELDS.index("signature")] = Check(
        field=signature.field,
        expected=signature.expected,
        actual=tuple(map(_unmark, signature.actual)),
        recovered=signature.recovered,
        spurious=signature.spurious,
        missed=signature.missed,
        extra=tuple(map(_unmark, signature.extra)),
    )
    return checks


@dataclass
class FileResult:
    name: str
    checks: list[Check]
    seconds: float
    error: str | None = None
    #: The typed document's class name ("Report"), ``None`` when none was built.
    document: str | None = None
    #: What ``Imported.unrecognised`` lists, as "¶7 reason" (empty after a crash).
    notes: tuple[str, ...] = ()

    @property
    def expected(self) -> int:
        return sum(len(check.expected) for check in self.checks)

    @property
    def recovered(self) -> int:
        return sum(check.recovered for check in self.checks)


@dataclass
class Totals:
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    recovered: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    spurious: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    @classmethod
    def of(cls, results: Iterable[FileResult]) -> Totals:
        totals = cls()
        for result in results:
            for check in result.checks:
                totals.expected[check.field] += len(check.expected)
                totals.recovered[check.field] += check.recovered
                totals.spurious[check.field] += check.spurious
        return totals

    @property
    def overall(self) -> float:
        expected = sum(self.expected.values())
        return sum(self.recovered.values()) / expected if expected else 0.0


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def run_file(docx: Path, data: dict[str, Any], read_docx: Callable[[Path], Any]) -> FileResult:
    """Read one file with ``vnreport.read_docx`` and score it; an exception scores zero."""
    start = time.perf_counter()
    document = None
    notes: tuple[str, ...] = ()
    try:
        imported = read_docx(docx)
        fields = imported.fields
        error = None
        built = getattr(imported, "document", None)
        document = None if built is None else type(built).__name__
        notes = tuple(
            f"{getattr(item, 'where', '') or '-'} {getattr(item, 'reason', item)}"
            for item in getattr(imported, "unrecognised", ())
        )
    except Exception as exc:  # a crash is a result to report: every field missed
        fields = None
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    return FileResult(docx.name, score_file(data, fields), seconds, error, document, notes)


def corpus(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The .docx files of ``folder`` that have an ``expected/NAME.json``, sorted."""
    found = []
    for docx in sorted(folder.glob("*.docx")):
        expected = folder / "expected" / f"{docx.stem}.json"
        if expected.is_file():
            found.append((docx, json.loads(expected.read_text(encoding="utf-8"))))
    return found


def report(results: Sequence[FileResult], *, listing: bool) -> str:
    totals = Totals.of(results)
    lines = [
        f"{'field':<12} {'expected':>8} {'recovered':>9} {'%':>6} {'spurious':>8} {'prec.':>6}"
    ]
    for name in FIELDS:
        expected, recovered = totals.expected[name], totals.recovered[name]
        spurious = totals.spurious[name]
        recall = _ratio(recovered, expected)
        precision = _ratio(recovered, recovered + spurious)
        lines.append(
            f"{name:<12} {expected:>8} {recovered:>9} {_pct(recall):>6} {spurious:>8} "
            f"{_pct(precision):>6}"
        )
    expected = sum(totals.expected.values())
    recovered = sum(totals.recovered.values())
    verdict = "meets" if totals.overall >= TARGET else "below"
    lines.append(
        f"{'overall':<12} {expected:>8} {recovered:>9} {_pct(totals.overall):>6}"
        f"   ({verdict} the {TARGET:.0%} target)"
    )
    built, clean = _documents(results)
    lines.append(
        f"{'documents':<12} {built:>3}/{len(results)} files give a typed document, "
        f"{clean}/{len(results)} with nothing unrecognised"
    )
    lines.append("")
    lines.append(f"{'file':<42} {'fields':>7} {'%':>6} {'ms':>8}  {'document':<16} {'unrec.':>6}")
    for result in results:
        share = _ratio(result.recovered, result.expected)
        flag = "  CRASHED" if result.error else ""
        lines.append(
            f"{result.name:<42} {result.recovered:>3}/{result.expected:<3} {_pct(share):>6} "
            f"{result.seconds * 1000:>8.1f}  {result.document or '-':<16} "
            f"{len(result.notes):>6}{flag}"
        )
    times = sorted(result.seconds for result in results)
    if times:
        median = statistics.median(times)
        lines.append(
            f"time per file: median {median * 1000:.1f} ms, slowest {times[-1] * 1000:.1f} ms"
        )
    if listing:
        for result in results:
            misses = [c for c in result.checks if c.missed or c.extra]
            if not misses and not result.error and not result.notes and result.document:
                continue
            lines.append("")
            lines.append(f"== {result.name}")
            if result.error:
                lines.append(f"   importer raised {result.error}")
            elif result.document is None:
                lines.append("   no document")
            for note in result.notes:
                lines.append(f"   unrecognised {note[:150]}")
            for check in misses:
                for text in check.missed:
                    lines.append(f"   {check.field}: missed   {text!r}")
                for text in check.extra:
                    lines.append(f"   {check.field}: spurious {text!r}")
    return "\n".join(lines)


def _documents(results: Sequence[FileResult]) -> tuple[int, int]:
    """How many files give a typed document, and how many of those list nothing as
    unrecognised (``Imported.recognised``)."""
    built = [result for result in results if result.document is not None]
    return len(built), sum(1 for result in built if not result.notes)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}"


def as_json(results: Sequence[FileResult]) -> dict[str, Any]:
    totals = Totals.of(results)
    return {
        "fields": {
            name: {
                "expected": totals.expected[name],
                "recovered": totals.recovered[name],
                "spurious": totals.spurious[name],
                "recall": _ratio(totals.recovered[name], totals.expected[name]),
            }
            for name in FIELDS
        },
        "overall": totals.overall,
        "target": TARGET,
        "documents": {
            "files": len(results),
            "with_document": _documents(results)[0],
            "recognised": _documents(results)[1],
        },
        "files": [
            {
                "file": result.name,
                "expected": result.expected,
                "recovered": result.recovered,
                "seconds": result.seconds,
                "error": result.error,
                "document": result.document,
                "unrecognised": list(result.notes),
                "missed": {c.field: list(c.missed) for c in result.checks if c.missed},
                "spurious": {c.field: list(c.extra) for c in result.checks if c.extra},
            }
            for result in results
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--list", action="store_true", help="each file's misses")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(argv)
    files = corpus(args.folder)
    if not files:
        print(f"no .docx with an expected/NAME.json in {args.folder}", file=sys.stderr)
        return 2
    import vnreport  # here, not at the top: the scorer's tests need no importer

    read_docx = getattr(vnreport, "read_docx", None)
    if read_docx is None:
        print("vnreport.read_docx is not available in this checkout", file=sys.stderr)
        return 2
    results = [run_file(docx, data, read_docx) for docx, data in files]
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=2))
    else:
        print(report(results, listing=args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
