"""Hostile .docx files, as another unit's system might send them to ``vnreport check``.

Each file is built here, in the test's temporary folder, and checked in a child process
under a memory limit (1.5 GiB of address space) with a generous timeout as a guard
against hangs: the child must end with a clear PackageError naming the problem, or
with normal findings, never with a traceback, a MemoryError or a kill. Files that used
to take minutes (long runs of spaces, millions of paragraphs) must therefore finish
well inside the timeout; no timing is asserted.

The zip archives are written field by field (:func:`raw_zip`) so that a test can make
any field lie, and large deflate streams are built from one compressed block repeated
(:func:`repeated_deflate`), so that a file inflating to gigabytes is written in
milliseconds.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs
import pytest
from lxml import etree

from bounded import run_bounded
from vnreport import PackageError, Report, check
from vnreport.conformance.fix import fix
from vnreport.limits import Limits, PackageLimits
from vnreport.ooxml.archive import read_package, write_package
from vnreport.ooxml.document import WordDocument
from vnreport.ooxml.package import (
    DocxPackage,
    limit_error,
    node_bound,
    read_entries,
    read_file,
    resolve_target,
)

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="named pipes, devices and RLIMIT_AS are POSIX"
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
MAIN = "word/document.xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MIB = 1024 * 1024

# --- building files --------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Entry:
    """One zip entry as written: its stored bytes and what each header says of them."""

    name: str
    stored: bytes
    method: int
    crc: int
    size: int
    flags: int = 0
    local_method: int | None = None
    local_flags: int | None = None

    @classmethod
    def of(cls, name: str, content: bytes, method: int = zipfile.ZIP_DEFLATED) -> Entry:
        if method == zipfile.ZIP_DEFLATED:
            compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            stored = compressor.compress(content) + compressor.flush()
        else:
            stored = content
        return cls(name, stored, method, zlib.crc32(content), len(content))


def raw_zip(entries: Sequence[Entry]) -> bytes:
    """A zip archive written field by field: both headers say what the entry says."""
    out = bytearray()
    central = bytearray()
    for entry in entries:
        offset = len(out)
        name = entry.name.encode("utf-8")
        method = entry.method if entry.local_method is None else entry.local_method
        flags = entry.flags if entry.local_flags is None else entry.local_flags
        out += struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            20,
            flags | 0x800,
            method,
            0,
            0x21,
            entry.crc,
            len(entry.stored),
            entry.size,
            len(name),
            0,
        )
        out += name + entry.stored
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            20,
            entry.flags | 0x800,
            entry.method,
            0,
            0x21,
            entry.crc,
            len(entry.stored),
            entry.size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    count = len(entries)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + end)


def zipped(parts: Mapping[str, bytes]) -> bytes:
    return raw_zip([Entry.of(name, content) for name, content in parts.items()])


def repeated_deflate(
    block: bytes, count: int, prefix: bytes = b"", suffix: bytes = b""
) -> tuple[bytes, int]:
    """A raw deflate stream of ``prefix + block * count + suffix``, and its length.

    Each piece is compressed on its own and flushed in full (a full flush ends with an
    empty stored block and leaves no reference to earlier data), so the compressed
    block can be repeated as it is: a stream of gigabytes is written in milliseconds.
    """

    def piece(data: bytes, mode: int) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        return compressor.compress(data) + compressor.flush(mode)

    stream = (
        piece(prefix, zlib.Z_FULL_FLUSH)
        + piece(block, zlib.Z_FULL_FLUSH) * count
        + piece(suffix, zlib.Z_FINISH)
    )
    return stream, len(prefix) + len(block) * count + len(suffix)


def repeated_crc(block: bytes, count: int, prefix: bytes = b"", suffix: bytes = b"") -> int:
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return zlib.crc32(suffix, crc)


def document_xml(body: str, namespace: str = W_NS) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{namespace}" xmlns:r="{R_NS}"><w:body>{body}</w:body>'
        "</w:document>"
    ).encode()


def minimal_parts(
    body: str = "<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>",
    *,
    main_type: str = DOCUMENT_TYPE,
    document: bytes | None = None,
    relationships: str | None = None,
) -> dict[str, bytes]:
    """The smallest Word package: content types, the package's relationships, the main
    part (and its relationships when given)."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{MAIN}" ContentType="{main_type}"/></Types>'
        ).encode(),
        "_rels/.rels": relationships_xml(
            f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="{MAIN}"/>'
        ),
        MAIN: document if document is not None else document_xml(body),
    }
    if relationships is not None:
        parts["word/_rels/document.xml.rels"] = relationships_xml(relationships)
    return parts


def relationships_xml(inner: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{inner}'
        "</Relationships>"
    ).encode()


def edit_texts(data: bytes, edits: Mapping[str, str]) -> bytes:
    """The document with the first paragraph starting with each key given its text
    through the function of the value: "{}" stands for the paragraph's own text."""
    parts = parts_of(data)
    root = etree.fromstring(parts[MAIN])
    remaining = dict(edits)
    for paragraph in root.iter(f"{W}p"):
        texts = list(paragraph.iter(f"{W}t"))
        text = "".join(t.text or "" for t in texts)
        for start, pattern in list(remaining.items()):
            if texts and text.startswith(start):
                texts[0].text = pattern.replace("{}", texts[0].text or "")
                del remaining[start]
    assert not remaining, f"no paragraph starts with {sorted(remaining)}"
    parts[MAIN] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return zipped(parts)


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


# --- checking in a child process ---------------------------------------------------------

CHILD = """
import json, sys
from vnreport import PackageError, check
from vnreport.limits import Limits, PackageLimits
limits = Limits.trusted().package if sys.argv[2:] == ["trusted"] else PackageLimits()
try:
    findings = check(sys.argv[1], limits=limits)
except PackageError as error:
    print(json.dumps({"error": str(error)}))
else:
    counts = {}
    for finding in findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    print(json.dumps({"rules": sorted(counts), "counts": counts}))
"""


def run_check(path: Path | str, *options: str) -> dict[str, object]:
    """What checking ``path`` gives in a child under the memory limit."""
    result = run_bounded(CHILD, str(path), *options)
    stderr = result.stderr
    assert result.returncode == 0, f"the check crashed ({result.returncode}):\n{stderr[-3000:]}"
    outcome = json.loads(result.stdout)
    assert isinstance(outcome, dict)
    return outcome


def refused(path: Path | str, *fragments: str) -> str:
    """The error checking ``path`` ends with; it must hold every fragment."""
    outcome = run_check(path)
    assert "error" in outcome, f"checked instead of refused: {outcome}"
    message = str(outcome["error"])
    for fragment in fragments:
        assert fragment in message, message
    assert "Traceback" not in message
    return message


def checked(path: Path | str, *options: str) -> list[str]:
    """The rules that checking ``path`` reports; the file must be read."""
    return sorted(counted(path, *options))


def counted(path: Path | str, *options: str) -> dict[str, int]:
    """How many findings of each rule checking ``path`` reports; it must be read."""
    outcome = run_check(path, *options)
    assert "counts" in outcome, f"refused instead of checked: {outcome}"
    counts = outcome["counts"]
    assert isinstance(counts, dict)
    return {str(rule): int(count) for rule, count in counts.items()}


def write(tmp_path: Path, data: bytes, name: str = "van-ban.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def seed_docx(seed_report: Report) -> bytes:
    """A real report, as vnreport renders it: the base the hostile edits start from."""
    return seed_report.render()


# --- sizes that lie, and bombs ---------------------------------------------------------


def test_an_entry_that_lies_about_its_size_is_measured_while_inflating(tmp_path: Path) -> None:
    # 3 GiB of zeros in a 3 MB file, declared as 1,000 bytes in both headers: zipfile
    # would stop at the declared size; vnreport inflates on, counting, and stops at the
    # per-part limit.
    stream, _ = repeated_deflate(b"\0" * MIB, 3 * 1024)
    parts = minimal_parts()
    entries = [Entry.of(name, content) for name, content in parts.items()]
    entries.append(Entry("word/media/image1.png", stream, zipfile.ZIP_DEFLATED, 0, 1000))
    path = write(tmp_path, raw_zip(entries))
    assert path.stat().st_size < 4 * MIB
    refused(path, "the part word/media/image1.png, inflated,", "PackageLimits.max_part_bytes")


def test_an_entry_longer_than_it_declares_is_refused_even_with_a_forged_crc(
    tmp_path: Path,
) -> None:
    # The CRC is the one of the declared first 1,000 bytes: zipfile would hand out those
    # 1,000 bytes as the whole part.
    content = b"<a>" + b" " * 20_000 + b"</a>"
    entry = dataclasses.replace(
        Entry.of("customXml/item1.xml", content), size=1000, crc=zlib.crc32(content[:1000])
    )
    with zipfile.ZipFile(io.BytesIO(raw_zip([entry]))) as archive:
        assert len(archive.read("customXml/item1.xml")) == 1000  # what zipfile would take
    parts = minimal_parts()
    entries = [*(Entry.of(name, data) for name, data in parts.items()), entry]
    refused(
        write(tmp_path, raw_zip(entries)),
        "the part customXml/item1.xml declares 1,000 bytes and holds 20,007",
    )


def test_an_entry_shorter_than_it_declares_is_refused(tmp_path: Path) -> None:
    parts = minimal_parts()
    entries = [Entry.of(name, data) for name, data in parts.items()]
    entries[2] = dataclasses.replace(entries[2], size=3_000_000_000)
    refused(write(tmp_path, raw_zip(entries)), f"the part {MAIN} declares 3,000,000,000 bytes")


def test_many_parts_each_under_the_part_limit_are_refused_over_the_total(tmp_path: Path) -> None:
    block, count = b"\0" * MIB, 60  # 60 MiB a part, under the 64 MiB of one part
    stream, size = repeated_deflate(block, count)
    crc = repeated_crc(block, count)
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    # 35 of them: 2 GiB once inflated, from a file of 2 MB.
    entries += [
        Entry(f"word/media/image{number}.png", stream, zipfile.ZIP_DEFLATED, crc, size)
        for number in range(1, 36)
    ]
    path = write(tmp_path, raw_zip(entries))
    assert path.stat().st_size < 3 * MIB
    refused(path, "all parts together, inflated,", "PackageLimits.max_total_bytes = 268,435,456")


def test_too_many_entries(tmp_path: Path) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries += [Entry.of(f"customXml/item{n}.xml", b"<a/>") for n in range(2_001)]
    refused(write(tmp_path, raw_zip(entries)), "zip entries", "PackageLimits.max_entries = 2,000")


def test_entries_sharing_their_bytes_are_refused(tmp_path: Path) -> None:
    # A "quoted overlap" bomb makes one entry's compressed bytes run over the next ones,
    # so that the same bytes are inflated again and again.
    data = bytearray(zipped(minimal_parts()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        first = archive.infolist()[0]
        reach = archive.getinfo(MAIN).header_offset + 40 - (first.header_offset + 30 + 19)
    record = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, record + 20, reach)  # the compressed size of the first
    refused(write(tmp_path, bytes(data)), "share bytes")


def test_ten_million_empty_paragraphs_in_a_small_file(tmp_path: Path) -> None:
    unit = b"<w:p/>"
    block = unit * (MIB // len(unit))
    prefix, suffix = document_xml("").split(b"</w:body>")  # up to <w:body>, and after it
    suffix = b"</w:body>" + suffix
    count = 10_000_000 // (MIB // len(unit)) + 1
    stream, size = repeated_deflate(block, count, prefix, suffix)
    crc = repeated_crc(block, count, prefix, suffix)
    entries = [Entry.of(name, data) for name, data in minimal_parts().items() if name != MAIN]
    entries.append(Entry(MAIN, stream, zipfile.ZIP_DEFLATED, crc, size))
    path = write(tmp_path, raw_zip(entries))
    assert path.stat().st_size < 200_000
    assert size > 60_000_000
    refused(
        path,
        f"the number of XML elements and attributes of the part {MAIN}",
        "PackageLimits.max_xml_elements = 2,000,000",
    )


@pytest.mark.parametrize(
    "filler",
    [b"<!---->" * 2_100_000, b"<?pi?>" * 2_100_000, b'<w:p a="1" b="2" c="3"/>' * 600_000],
    ids=["comments", "processing-instructions", "attributes"],
)
def test_comments_and_attributes_count_as_elements(tmp_path: Path, filler: bytes) -> None:
    # Each costs as much memory as an element once parsed: three million comments in
    # 20 MB held 460 MB.
    prefix, suffix = document_xml("").split(b"</w:body>")
    parts = minimal_parts(document=prefix + filler + b"</w:body>" + suffix)
    refused(write(tmp_path, zipped(parts)), "PackageLimits.max_xml_elements = 2,000,000")


def test_a_dtd_is_refused(tmp_path: Path) -> None:
    xml = document_xml("<w:p><w:r><w:t>&e;</w:t></w:r></w:p>").replace(
        b"<w:document", b'<!DOCTYPE w:document [<!ENTITY e "x">]><w:document', 1
    )
    refused(write(tmp_path, zipped(minimal_parts(document=xml))), f"the part {MAIN} holds a DTD")


@pytest.mark.slow
def test_more_paragraphs_than_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, zipped(minimal_parts("<w:p/>" * 150_000)))
    refused(path, "the number of paragraphs", "PackageLimits.max_paragraphs = 100,000")


@pytest.mark.slow
def test_paragraphs_of_headers_count_too(tmp_path: Path) -> None:
    header = f'<w:hdr xmlns:w="{W_NS}">' + "<w:p/>" * 60_000 + "</w:hdr>"
    body = "<w:p/>" * 60_000 + (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr>'
    )
    parts = minimal_parts(
        body,
        relationships=f'<Relationship Id="rId9" Type="{R_NS}/header" Target="header1.xml"/>',
    )
    parts["word/header1.xml"] = header.encode()
    refused(write(tmp_path, zipped(parts)), "PackageLimits.max_paragraphs")


def test_xml_elements_of_all_parts_count_together(tmp_path: Path) -> None:
    parts = minimal_parts()
    for number in range(5):
        parts[f"customXml/item{number}.xml"] = b"<a>" + b"<b/>" * 900_000 + b"</a>"
    refused(
        write(tmp_path, zipped(parts)),
        "all parts together",
        "PackageLimits.max_total_xml_elements = 2,500,000",
    )


def test_the_file_itself_over_its_limit(tmp_path: Path) -> None:
    parts = minimal_parts()
    entries = [Entry.of(name, data) for name, data in parts.items()]
    entries.append(Entry.of("word/media/noise.bin", os.urandom(65 * MIB), zipfile.ZIP_STORED))
    refused(write(tmp_path, raw_zip(entries)), "PackageLimits.max_file_bytes = 67,108,864")


# --- text that used to take minutes ------------------------------------------------------

HEADER_LINES = (
    "Số:",
    "Tuần Giáo, ngày",
    "CỘNG HÒA",
    "Độc lập",
    "ỦY BAN NHÂN DÂN",
    "BÁO CÁO",
    "Kết quả thực hiện",
    "I. ĐẶC ĐIỂM",
    "Nơi nhận:",
    "- Lưu: VT",
    "KT. CHỦ TỊCH",
    "Phạm Thị Tuyên",
)
RUNS = {
    "spaces": " ",
    "no-break-spaces": "\u00a0",
    "tabs": "\t",
    "dots": ".",
    "dashes": "-",
    "en-dashes": "–",
    "underscores": "_",
    "digits": "1",
    "letters": "a",
    "ellipses": "…",
}


@pytest.mark.parametrize("run", list(RUNS), ids=list(RUNS))
def test_long_runs_in_every_header_line(tmp_path: Path, seed_docx: bytes, run: str) -> None:
    # 150,000 characters after "Số:" took a minute in the number's pattern alone; here
    # every header line, the signature and Nơi nhận get them, after the line's own text.
    filler = RUNS[run] * 150_000
    edits = dict.fromkeys(HEADER_LINES, "{}" + filler)
    edits["Số:"] = "Số:" + filler  # and no "/" after it
    rules = checked(write(tmp_path, edit_texts(seed_docx, edits)))
    assert "number.form" in rules


@pytest.mark.parametrize("run", ["spaces", "no-break-spaces", "tabs"])
def test_long_runs_before_the_text_of_header_lines(
    tmp_path: Path, seed_docx: bytes, run: str
) -> None:
    # Spaces before a line's text are folded away when it is read: the report still
    # conforms, as it does without them.
    filler = RUNS[run] * 150_000
    edits = dict.fromkeys(HEADER_LINES, filler + "{}")
    assert checked(write(tmp_path, edit_texts(seed_docx, edits))) == []
    assert checked(write(tmp_path, seed_docx, "goc.docx")) == []


def test_long_words_in_the_body_and_subject(tmp_path: Path, seed_docx: bytes) -> None:
    # A 300,000-letter word: upper-casing it (headings, display lines) searched every
    # position of it for a "/" before; measuring it kept every candidate line.
    word = "a" * 300_000
    edits = {"Kết quả thực hiện": word + " {}", "Trong 06 tháng": "{} " + word}
    assert "subject.rule" in checked(write(tmp_path, edit_texts(seed_docx, edits)))


def test_a_long_subject_of_short_words(tmp_path: Path, seed_docx: bytes) -> None:
    # Measured line by line, each candidate line measured again: quadratic when a cell
    # is wide enough never to wrap.
    words = "ab " * 100_000
    edits = {"Kết quả thực hiện": "{} " + words}
    # Wrapped in its column, the subject's longest line is no longer than before: the
    # rule under it still fits, and the report conforms.
    assert checked(write(tmp_path, edit_texts(seed_docx, edits))) == []


# --- structures that used to cost their square ------------------------------------------


@pytest.mark.slow
def test_a_paragraph_of_twenty_thousand_pieces(tmp_path: Path) -> None:
    # Each tab-separated piece is a component (issuer lines, recipients): finding the
    # runs of each piece among all the paragraph's runs cost pieces × runs.
    pieces = "".join(
        f"<w:r><w:rPr><w:b/></w:rPr><w:t>ỦY BAN {n}</w:t></w:r><w:r><w:tab/></w:r>"
        for n in range(20_000)
    )
    body = f"<w:p>{pieces}</w:p><w:p><w:r><w:t>Số: 01/BC-UBND</w:t></w:r></w:p>"
    recipients = pieces.replace("ỦY BAN", "- Ban")
    body += f"<w:p><w:r><w:t>Nơi nhận:</w:t></w:r><w:r><w:tab/></w:r>{recipients}</w:p>"
    assert "issuer.format" in checked(write(tmp_path, zipped(minimal_parts(body))))


def test_runs_nested_deep_in_a_paragraph(tmp_path: Path) -> None:
    # Runs 200 levels down (hyperlinks in hyperlinks): each run's owner was found by
    # walking up from it, at the cost of runs × depth. They are the paragraph's own;
    # the deleted ones and those of a text box in it are not.
    depth = 200
    runs = "<w:r><w:t>x</w:t></w:r>" * 60_000
    deleted = "<w:del><w:r><w:delText>y</w:delText><w:t>y</w:t></w:r></w:del>"
    text_box = (
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>z</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r>"
    )
    inner = runs + deleted + text_box + "<w:r><w:t>!</w:t></w:r>"
    body = "<w:p>" + "<w:hyperlink>" * depth + inner + "</w:hyperlink>" * depth + "</w:p>"
    data = zipped(minimal_parts(body))
    assert WordDocument.open(data).paragraphs[0].text == "x" * 60_000 + "!"
    assert checked(write(tmp_path, data))


@pytest.mark.slow
def test_many_sections_sharing_a_long_footer(tmp_path: Path) -> None:
    sections = 20_000
    reference = '<w:footerReference w:type="default" r:id="rId9"/>'
    # A number line makes it a Decree 30 document, whose page numbers are checked.
    number = "<w:p><w:r><w:t>Số: 05/BC-UBND</w:t></w:r></w:p>"
    body = number + f"<w:p><w:pPr><w:sectPr>{reference}</w:sectPr></w:pPr></w:p>" * sections
    footer = (
        f'<w:ftr xmlns:w="{W_NS}">'
        + "<w:p/>" * 40_000
        + '<w:p><w:fldSimple w:instr="PAGE"/></w:p></w:ftr>'
    )
    parts = minimal_parts(
        body + f"<w:sectPr>{reference}</w:sectPr>",
        relationships=f'<Relationship Id="rId9" Type="{R_NS}/footer" Target="footer1.xml"/>',
    )
    parts["word/footer1.xml"] = footer.encode()
    # Found once in the shared footer, reported for each section (the last one too).
    assert counted(write(tmp_path, zipped(parts)))["page-number.format"] == sections + 1


@pytest.mark.slow
def test_legal_bases_between_display_lines(tmp_path: Path) -> None:
    # Each "Căn cứ" line was tested against every paragraph of the body before it.
    display = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        "<w:r><w:rPr><w:b/></w:rPr><w:t>QUYẾT ĐỊNH:</w:t></w:r></w:p>"
    )
    basis = "<w:p><w:r><w:t>Căn cứ Luật Tổ chức chính quyền địa phương;</w:t></w:r></w:p>"
    body = (
        "<w:p><w:r><w:t>Số: 01/QĐ-UBND</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>QUYẾT ĐỊNH</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Về việc thử</w:t></w:r></w:p>" + (display + basis) * 15_000
    )
    assert checked(write(tmp_path, zipped(minimal_parts(body))))


def test_a_chain_of_styles_too_long(tmp_path: Path) -> None:
    count = 20_000
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{n}"><w:basedOn w:val="S{n - 1}"/>'
        '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
        for n in range(count)
    )
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="S{n}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
        for n in range(0, count, 2)
    )
    parts = minimal_parts(
        body,
        relationships=f'<Relationship Id="rId2" Type="{R_NS}/styles" Target="styles.xml"/>',
    )
    parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'.encode()
    refused(write(tmp_path, zipped(parts)), "based on more than 100 styles")


def test_numbers_beyond_any_page_are_findings_not_crashes(tmp_path: Path) -> None:
    # float("1e999") is infinite, int("9" * 4000) has no float: each used to end in an
    # OverflowError traceback.
    huge = "9" * 4000
    body = (
        '<w:p><w:r><w:rPr><w:sz w:val="1e999"/></w:rPr><w:t>Số: 01/BC-UBND</w:t></w:r>'
        '<w:r><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" from="1e999,0" '
        f'to="{huge},0"/></w:pict></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="' + huge + '" w:type="dxa"/></w:tcPr>'
        "<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        '<w:sectPr><w:pgSz w:w="1e999" w:h="nan"/><w:pgMar w:top="-1e999" w:left="'
        + huge
        + '"/></w:sectPr>'
    )
    rules = checked(write(tmp_path, zipped(minimal_parts(body))))
    assert {"page.size", "page.margins", "number.format"} <= set(rules)


# --- what is not a regular file --------------------------------------------------------


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.docx"
    os.mkfifo(pipe)
    refused(pipe, "not a regular file but a named pipe (FIFO)")


def test_dev_zero_is_refused_without_reading_it() -> None:
    refused("/dev/zero", "not a regular file but a character device")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc.docx"
    folder.mkdir()
    refused(folder, "not a regular file but a directory")


def test_a_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "khong-co.docx", "cannot read the file: No such file or directory")


# --- entries vnreport does not read ------------------------------------------------------


@pytest.mark.parametrize("where", ["both", "central", "local"])
def test_an_entry_flagged_encrypted(tmp_path: Path, where: str) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    flags = {"both": (1, 1), "central": (1, 0), "local": (0, 1)}[where]
    entries[2] = dataclasses.replace(entries[2], flags=flags[0], local_flags=flags[1])
    refused(write(tmp_path, raw_zip(entries)), f"the part {MAIN} is encrypted")


@pytest.mark.parametrize(
    ("method", "label"), [(9, "Deflate64"), (12, "bzip2"), (14, "LZMA"), (99, "AES encryption")]
)
def test_an_unsupported_compression_method(tmp_path: Path, method: int, label: str) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries[2] = dataclasses.replace(entries[2], method=method)
    refused(
        write(tmp_path, raw_zip(entries)),
        f"the part {MAIN} is compressed with method {method} ({label})",
        "stored and deflated entries only",
    )


def test_a_method_only_the_local_header_names(tmp_path: Path) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries[2] = dataclasses.replace(entries[2], local_method=9)
    refused(write(tmp_path, raw_zip(entries)), "method 9 (Deflate64)")


def test_a_corrupt_deflate_stream(tmp_path: Path) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    stored = bytearray(entries[2].stored)
    stored[2:12] = b"\xff" * 10
    entries[2] = dataclasses.replace(entries[2], stored=bytes(stored))
    message = refused(write(tmp_path, raw_zip(entries)), f"the part {MAIN}")
    assert "corrupt" in message or "CRC" in message or "cut short" in message


def test_a_wrong_crc(tmp_path: Path) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries[2] = dataclasses.replace(entries[2], crc=entries[2].crc ^ 1)
    refused(write(tmp_path, raw_zip(entries)), f"the part {MAIN} fails its CRC check")


def test_a_stream_cut_short(tmp_path: Path) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries[2] = dataclasses.replace(entries[2], stored=entries[2].stored[:-8])
    refused(write(tmp_path, raw_zip(entries)), f"the part {MAIN}", "cut short")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_file(tmp_path: Path, seed_docx: bytes, keep: float) -> None:
    data = seed_docx[: int(len(seed_docx) * keep)]
    refused(write(tmp_path, data), "not a .docx file (not a zip archive)")


def test_a_zip_with_a_hole(tmp_path: Path, seed_docx: bytes) -> None:
    # Bytes removed in the middle: the central directory points past the entries.
    middle = len(seed_docx) // 3
    data = seed_docx[:middle] + seed_docx[middle + 500 :]
    message = refused(write(tmp_path, data))
    assert "corrupt" in message or "not a zip archive" in message or "truncated" in message


@pytest.mark.parametrize("other", [MAIN, "WORD/Document.xml"])
def test_duplicate_entry_names(tmp_path: Path, other: str) -> None:
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries.append(Entry.of(other, document_xml("<w:p><w:r><w:t>khác</w:t></w:r></w:p>")))
    refused(write(tmp_path, raw_zip(entries)), f"two entries named {other!r}")


def test_a_local_header_naming_another_part(tmp_path: Path) -> None:
    data = bytearray(zipped(minimal_parts()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        offset = archive.getinfo(MAIN).header_offset
    data[offset + 30 : offset + 30 + len(MAIN)] = b"word/documenx.xml"
    refused(write(tmp_path, bytes(data)), "the local header of the part word/document.xml")


# --- parts missing or malformed -----------------------------------------------------------


def test_missing_content_types(tmp_path: Path) -> None:
    parts = minimal_parts()
    del parts["[Content_Types].xml"]
    refused(write(tmp_path, zipped(parts)), "it has no [Content_Types].xml")


def test_the_main_part_named_but_missing(tmp_path: Path) -> None:
    parts = minimal_parts()
    del parts[MAIN]
    refused(
        write(tmp_path, zipped(parts)),
        "not a Word document: its main part word/document.xml (named in _rels/.rels) is missing",
    )


def test_no_main_part_at_all(tmp_path: Path) -> None:
    parts = minimal_parts()
    del parts["_rels/.rels"], parts[MAIN]
    refused(write(tmp_path, zipped(parts)), "not a Word document: it has no main document part")


def test_a_workbook_is_not_a_word_document(tmp_path: Path) -> None:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    refused(write(tmp_path, zipped(minimal_parts(main_type=sheet))), "is an Excel workbook")


def test_the_main_part_not_well_formed(tmp_path: Path) -> None:
    parts = minimal_parts(document=b"<w:document><w:body><w:p></w:body>")
    refused(write(tmp_path, zipped(parts)), f"the part {MAIN} is not well-formed XML")


def test_the_main_part_without_a_body(tmp_path: Path) -> None:
    parts = minimal_parts(document=f'<w:document xmlns:w="{W_NS}"/>'.encode())
    refused(write(tmp_path, zipped(parts)), "the main document part has no body")


def test_strict_open_xml(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    parts = minimal_parts(document=document_xml("<w:p/>", namespace=strict))
    refused(write(tmp_path, zipped(parts)), "Strict Open XML")


def test_xml_nested_too_deep(tmp_path: Path) -> None:
    body = "<w:p>" + "<w:hyperlink>" * 1000 + "</w:hyperlink>" * 1000 + "</w:p>"
    refused(
        write(tmp_path, zipped(minimal_parts(body))),
        f"the part {MAIN} nests its XML elements more than 256 levels deep",
    )


@pytest.mark.parametrize(
    ("encoding", "codec", "problem"),
    [
        ("UTF-7", "ascii", "declares an encoding other than its own UTF-8"),
        ("IBM037", "ascii", "declares an encoding other than its own UTF-8"),
        ("IBM037", "cp037", "is not XML in UTF-8 or UTF-16"),
        ("UTF-32", "utf-32", "is not XML in UTF-8 or UTF-16"),
    ],
)
def test_a_part_in_an_encoding_other_than_utf8_or_utf16(
    tmp_path: Path, encoding: str, codec: str, problem: str
) -> None:
    # Elements are counted by their "<" bytes: an encoding where "<" is another byte
    # could hide millions of them, and OOXML allows UTF-8 and UTF-16 only.
    xml = document_xml("<w:p/>").decode().replace('encoding="UTF-8"', f'encoding="{encoding}"')
    parts = minimal_parts(document=xml.encode(codec))
    refused(write(tmp_path, zipped(parts)), f"the part {MAIN} {problem}")


def test_a_relationship_pointing_outside_the_package(tmp_path: Path) -> None:
    parts = minimal_parts(
        relationships=f'<Relationship Id="rId2" Type="{R_NS}/styles" Target="../../etc/passwd"/>'
    )
    refused(
        write(tmp_path, zipped(parts)),
        "the relationship rId2 of word/_rels/document.xml.rels points outside the package",
    )


# --- Word files that are not .docx inside ------------------------------------------------


@pytest.mark.parametrize("main_type", [MACRO_TYPE, TEMPLATE_TYPE], ids=["docm", "dotx"])
def test_a_docm_or_dotx_renamed_docx_is_checked(
    tmp_path: Path, seed_docx: bytes, main_type: str
) -> None:
    parts = parts_of(seed_docx)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        DOCUMENT_TYPE.encode(), main_type.encode()
    )
    assert main_type.encode() in parts["[Content_Types].xml"]
    if main_type == MACRO_TYPE:
        parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 never run"
    path = write(tmp_path, zipped(parts))
    assert checked(path) == checked(write(tmp_path, seed_docx, "goc.docx"))


def test_the_main_part_found_through_the_package_relationship(
    tmp_path: Path, seed_docx: bytes
) -> None:
    # Another name for the main part, and no override naming its type: its extension's
    # default does (LibreOffice and Google Docs name parts as they like).
    parts = parts_of(seed_docx)
    parts["word/main.xml"] = parts.pop(MAIN)
    parts["word/_rels/main.xml.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    types = re.sub(
        rb"<Override PartName=\"/word/document.xml\"[^>]*/>", b"", parts["[Content_Types].xml"]
    )
    parts["[Content_Types].xml"] = types.replace(
        b'<Default Extension="xml" ContentType="application/xml"/>',
        f'<Default Extension="xml" ContentType="{DOCUMENT_TYPE}"/>'.encode(),
    )
    assert b"word/document.xml" not in parts["[Content_Types].xml"]
    assert checked(write(tmp_path, zipped(parts))) == checked(
        write(tmp_path, seed_docx, "goc.docx")
    )


def test_a_utf16_main_part_is_read(tmp_path: Path, seed_docx: bytes) -> None:
    parts = parts_of(seed_docx)
    text = re.sub(
        r"encoding=[\"']UTF-8[\"']", 'encoding="UTF-16"', parts[MAIN].decode("utf-8"), count=1
    )
    assert 'encoding="UTF-16"' in text
    parts[MAIN] = text.encode("utf-16")
    assert checked(write(tmp_path, zipped(parts))) == checked(
        write(tmp_path, seed_docx, "goc.docx")
    )


# --- templates -----------------------------------------------------------------------------

TEMPLATE_CHILD = """
import runpy
from vnreport import TemplateError
report = runpy.run_path(sys.argv[1])["build_report"]()
try:
    report.render(template=sys.argv[2])
except TemplateError as error:
    print(error)
"""


def test_a_template_that_is_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    # Templates are read under the same limits as any .docx from outside.
    stream, _ = repeated_deflate(b"\0" * MIB, 3 * 1024)
    entries = [Entry.of(name, data) for name, data in minimal_parts().items()]
    entries.append(Entry("word/media/image1.png", stream, zipfile.ZIP_DEFLATED, 0, 1000))
    template = write(tmp_path, raw_zip(entries), "mau.docx")
    example = Path(__file__).resolve().parent.parent / "examples" / "tuan_giao_2021.py"
    result = run_bounded(TEMPLATE_CHILD, str(example), str(template))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "mau.docx" in result.stdout
    assert "PackageLimits.max_part_bytes" in result.stdout


# --- the command line: one bad file among good ones --------------------------------------


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "from vnreport.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    return run_bounded(code, *args, cwd=cwd)


@pytest.fixture
def three_files(tmp_path: Path, seed_docx: bytes) -> list[str]:
    write(tmp_path, seed_docx, "a.docx")
    os.mkfifo(tmp_path / "b.docx")
    parts = minimal_parts()
    entries = [Entry.of(name, data) for name, data in parts.items()]
    entries[2] = dataclasses.replace(entries[2], method=9)
    write(tmp_path, raw_zip(entries), "c.docx")
    write(tmp_path, edit_texts(seed_docx, {"Số:": "Số:" + " " * 150_000}), "d.docx")
    return ["a.docx", "b.docx", "c.docx", "d.docx"]


def test_cli_check_goes_on_after_a_file_it_cannot_read(
    tmp_path: Path, three_files: list[str]
) -> None:
    result = run_cli("check", *three_files, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    verdicts = [line for line in lines if re.match(r"^\w\.docx: (conforms|error:|\d+ error)", line)]
    assert verdicts[0] == "a.docx: conforms"
    assert verdicts[1] == "b.docx: error: not a regular file but a named pipe (FIFO): " + (
        "only .docx files can be read"
    )
    assert verdicts[2].startswith("c.docx: error: the part word/document.xml is compressed")
    assert verdicts[3].startswith("d.docx: 1 error(s)")
    assert any(line.startswith("d.docx: ¶6 error number.form") for line in lines)


def test_cli_check_json_reports_the_error_of_each_file(
    tmp_path: Path, three_files: list[str]
) -> None:
    result = run_cli("check", *three_files, "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    listed = json.loads(result.stdout)
    assert [entry["file"] for entry in listed] == three_files
    assert listed[0]["findings"] == []
    assert listed[1] == {
        "file": "b.docx",
        "error": "not a regular file but a named pipe (FIFO): only .docx files can be read",
    }
    assert "method 9 (Deflate64)" in listed[2]["error"]
    assert [item["rule"] for item in listed[3]["findings"]] == ["number.form"]


@pytest.mark.slow
def test_cli_trusted_raises_the_limits(tmp_path: Path) -> None:
    write(tmp_path, zipped(minimal_parts("<w:p/>" * 100_001)), "dai.docx")
    default = run_cli("check", "dai.docx", cwd=tmp_path)
    assert default.returncode == 1
    assert "dai.docx: error: the number of paragraphs" in default.stdout
    assert "--trusted" in default.stdout
    trusted = run_cli("check", "dai.docx", "--trusted", cwd=tmp_path)
    assert "error:" not in trusted.stdout, trusted.stdout
    assert "dai.docx: " in trusted.stdout
    assert "error(s)" in trusted.stdout


# --- fast unit tests: the limits' arithmetic and the reader's pieces ----------------------


def test_limit_error_names_the_limit_and_how_to_raise_it() -> None:
    error = limit_error("max_entries", 2000, "the number of zip entries")
    assert isinstance(error, PackageError)
    assert str(error) == (
        "the number of zip entries exceeds the limit PackageLimits.max_entries = 2,000; for a "
        "file from a trusted source, raise it (PackageLimits(max_entries=…) in Python, "
        "--trusted on the command line)"
    )


def test_trusted_limits_are_sixteen_times_the_defaults() -> None:
    default, trusted = PackageLimits(), Limits.trusted().package
    for field in attrs.fields(PackageLimits):
        assert getattr(trusted, field.name) == 16 * getattr(default, field.name)


@pytest.mark.parametrize(
    ("field", "enough", "fragment"),
    [
        ("max_part_bytes", 1000, "the part big.xml, inflated, exceeds"),
        ("max_total_bytes", 2800, "all parts together, inflated, exceeds"),
    ],
)
def test_sizes_are_measured_to_the_byte(field: str, enough: int, fragment: str) -> None:
    entries = [Entry.of(f"p{n}.bin", b"x" * 900) for n in range(2)]
    entries.append(Entry.of("big.xml", b"<a/>" + b" " * 996))  # 1,000 bytes; 2,800 in all
    data = raw_zip(entries)
    with pytest.raises(PackageError, match=re.escape(fragment)):
        read_entries(data, PackageLimits(**{field: enough - 1}))
    assert list(read_entries(data, PackageLimits(**{field: enough}))) == [
        "p0.bin",
        "p1.bin",
        "big.xml",
    ]


def test_a_part_exactly_at_the_limit_is_read() -> None:
    data = raw_zip([Entry.of("a.bin", b"x" * 1000)])
    assert read_entries(data, PackageLimits(max_part_bytes=1000, max_total_bytes=1000)) == {
        "a.bin": b"x" * 1000
    }
    with pytest.raises(PackageError, match="max_part_bytes = 999"):
        read_entries(data, PackageLimits(max_part_bytes=999))


def test_the_elements_limit_per_part_and_in_all() -> None:
    data = raw_zip([Entry.of("a.xml", b"<a>" + b"<b/>" * 9 + b"</a>"), Entry.of("b.xml", b"<c/>")])
    assert read_entries(data, PackageLimits(max_xml_elements=10, max_total_xml_elements=11))
    with pytest.raises(PackageError, match=r"of the part a\.xml exceeds .*max_xml_elements = 9"):
        read_entries(data, PackageLimits(max_xml_elements=9))
    with pytest.raises(
        PackageError, match=r"all parts together exceeds .*max_total_xml_elements = 10"
    ):
        read_entries(data, PackageLimits(max_total_xml_elements=10))


def test_the_element_count_is_an_upper_bound() -> None:
    xml = b'<?xml version="1.0"?><!-- <x> --><a b="1" c="=">x=y<d/><![CDATA[<e>]]><f>&lt;g</f></a>'
    root = etree.fromstring(xml)
    nodes = sum(1 + len(element.attrib) for element in root.iter())  # elements, attributes
    assert nodes == 5
    assert node_bound(xml) >= nodes + 1  # and the comment
    assert node_bound('<a b="1"><c/></a>'.encode("utf-16")) >= 3


def test_read_file_reads_at_most_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, b"x" * 1000)
    assert read_file(path, PackageLimits(max_file_bytes=1000)) == b"x" * 1000
    with pytest.raises(
        PackageError, match=r"the file \(1,000 bytes\) exceeds .*max_file_bytes = 999"
    ):
        read_file(path, PackageLimits(max_file_bytes=999))


def test_bytes_are_held_to_the_file_limit_too() -> None:
    with pytest.raises(PackageError, match="max_file_bytes = 10"):
        DocxPackage.open(b"x" * 11, PackageLimits(max_file_bytes=10))


def test_check_fix_and_word_document_take_limits(tmp_path: Path) -> None:
    data = zipped(minimal_parts("<w:p/>" * 20))
    small = PackageLimits(max_paragraphs=10)
    for read in (
        lambda: check(data, limits=small),
        lambda: fix(data, limits=small),
        lambda: WordDocument.open(data, small),
    ):
        with pytest.raises(PackageError, match="max_paragraphs = 10"):
            read()
    # Read under the larger limit, the file is checked: twenty empty paragraphs are no
    # Decree 30 document, and that is the answer.
    assert [f.rule for f in check(data, limits=PackageLimits(max_paragraphs=20))] == [
        "document.kind"
    ]


def test_read_package_keeps_to_the_limits() -> None:
    # The reader of templates: a template that is a zip bomb is refused too.
    stream, _ = repeated_deflate(b"\0" * MIB, 100)
    bomb = raw_zip([Entry("word/document.xml", stream, zipfile.ZIP_DEFLATED, 0, 100)])
    with pytest.raises(PackageError, match="max_part_bytes"):
        read_package(bomb)
    parts = [("[Content_Types].xml", b"<a/>"), ("word/document.xml", b"<b/>" * 100)]
    assert read_package(write_package(parts)) == tuple(parts)


@pytest.mark.parametrize(
    ("folder", "target", "expected"),
    [
        ("word", "styles.xml", "word/styles.xml"),
        ("word", "./media/../styles.xml", "word/styles.xml"),
        ("word", "/word/styles.xml", "word/styles.xml"),
        ("", "word/document.xml", "word/document.xml"),
        ("word", "../customXml/item1.xml", "customXml/item1.xml"),
        ("word", "../../etc/passwd", None),
        ("word", "/../etc/passwd", None),
        ("", "../x.xml", None),
    ],
)
def test_relationship_targets_stay_in_the_package(
    folder: str, target: str, expected: str | None
) -> None:
    assert resolve_target(folder, target) == expected
