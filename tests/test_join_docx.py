"""Several rendered documents in one .docx (``--one-file``): :func:`join_docx`.

The batch joined here is three giấy mời (other numbers and signers; one with contact
details, so its first-page footer differs), the seed báo cáo (seven pages) and the kế
hoạch with its landscape appendix. The joined file is opened with python-docx and read
part by part; LibreOffice then prints it, and the printed page numbers must restart at
each document.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from lxml import etree

from docx_helpers import W_NS, open_docx, text_of, w, zip_parts
from template_variants import SHIPPED
from test_render_pdf import TOP_MARGIN, ConversionError, convert_to_pdf, read_layout
from vnreport import Contact, Invitation, RenderError
from vnreport.exchange import load
from vnreport.ooxml.archive import write_package
from vnreport.render.compose import join_docx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
CONTACT = Contact(phone="0215 3862 111", email="vanphong@tuangiao.gov.vn")


def _invitations() -> list[Invitation]:
    base = load(EXAMPLES / "giay-moi-tuan-giao.yaml")
    assert isinstance(base, Invitation)
    signers = [("Lò Thị Hương", None), ("Quàng Văn Thành", CONTACT), ("Lường Thị Mai", None)]
    return [
        attrs.evolve(
            base,
            number=45 + index,
            signature=attrs.evolve(base.signature, name=name),
            contact=contact,
        )
        for index, (name, contact) in enumerate(signers)
    ]


@pytest.fixture(scope="module")
def batch() -> dict[str, bytes]:
    """The documents to join, in order, rendered (and checked) by vnreport."""
    documents = {f"giay-moi-{index}": doc for index, doc in enumerate(_invitations(), 1)}
    documents["bao-cao"] = load(EXAMPLES / "tuan-giao-2021.yaml")
    documents["ke-hoach"] = load(EXAMPLES / "ke-hoach-tuan-giao.yaml")
    return {name: document.render() for name, document in documents.items()}


@pytest.fixture(scope="module")
def joined(batch: Mapping[str, bytes]) -> bytes:
    return join_docx(list(batch.values()))


# --- reading a package ------------------------------------------------------------------


def body_texts(data: bytes) -> list[str]:
    """The text of every paragraph of the main part's body, tables' included, in order."""
    body = etree.fromstring(zip_parts(data)["word/document.xml"]).find(w("body"))
    assert body is not None
    return [text_of(paragraph) for paragraph in body.iter(w("p"))]


def sections(data: bytes) -> list[etree._Element]:
    """The section properties of the main part, in order."""
    root = etree.fromstring(zip_parts(data)["word/document.xml"])
    return [s for s in root.iter(w("sectPr")) if s.getparent().tag != w("sectPrChange")]


def page_start(section: etree._Element) -> str | None:
    numbering = section.find(w("pgNumType"))
    return None if numbering is None else numbering.get(w("start"))


def relationships(parts: Mapping[str, bytes], name: str) -> dict[str, etree._Element]:
    folder, _, file = name.rpartition("/")
    data = parts.get(f"{folder}/_rels/{file}.rels")
    if data is None:
        return {}
    return {r.get("Id"): r for r in etree.fromstring(data).iter(f"{{{RELS_NS}}}Relationship")}


def target(name: str, relationship: etree._Element) -> str:
    folder = name.rpartition("/")[0]
    path = relationship.get("Target")
    return path.lstrip("/") if path.startswith("/") else f"{folder}/{path}"


def changed(data: bytes, edits: Mapping[str, Callable[[bytes | None], bytes]]) -> bytes:
    """The package ``data`` with some parts rewritten (or added) by ``edits``."""
    parts = zip_parts(data)
    for name, edit in edits.items():
        parts[name] = edit(parts.get(name))
    return write_package(parts.items())


def replace(old: str, new: str) -> Callable[[bytes | None], bytes]:
    def edit(data: bytes | None) -> bytes:
        assert data is not None
        text = data.decode("utf-8")
        assert text.count(old) >= 1, old
        return text.replace(old, new, 1).encode("utf-8")

    return edit


def add_relationship(xml: str) -> Callable[[bytes | None], bytes]:
    return replace("</Relationships>", f"{xml}</Relationships>")


def styled_template(folder: Path, name: str, old: str, new: str) -> Path:
    """The shipped template with ``old`` replaced by ``new`` in its styles."""
    parts = zip_parts(SHIPPED.read_bytes())
    styles = parts["word/styles.xml"].decode("utf-8")
    assert styles.count(old) == 1, old
    parts["word/styles.xml"] = styles.replace(old, new).encode("utf-8")
    path = folder / name
    path.write_bytes(write_package(parts.items()))
    return path


# VNBody's run properties, followed by the next style: one place in the template.
BODY_SIZE = '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="VNBodyLast">'


# --- the joined package -----------------------------------------------------------------


def test_python_docx_opens_the_joined_file_with_every_text_in_order(
    batch: Mapping[str, bytes], joined: bytes
) -> None:
    document = open_docx(joined)
    expected = [text for data in batch.values() for text in body_texts(data)]
    assert body_texts(joined) == expected
    # python-docx reads the same paragraphs (outside tables) in the same order.
    paragraphs = [p.text for p in document.paragraphs]
    outside = [p.text for data in batch.values() for p in open_docx(data).paragraphs]
    assert [t for t in paragraphs if t] == [t for t in outside if t]
    signers = {"Lò Thị Hương", "Quàng Văn Thành", "Lường Thị Mai"}
    assert [text for text in body_texts(joined) if text in signers] == [
        "Lò Thị Hương",
        "Quàng Văn Thành",
        "Lường Thị Mai",
    ]


def test_each_document_keeps_its_sections_and_restarts_numbering(
    batch: Mapping[str, bytes], joined: bytes
) -> None:
    own = [sections(data) for data in batch.values()]
    found = sections(joined)
    assert len(found) == sum(len(s) for s in own) == len(open_docx(joined).sections)
    document = open_docx(joined)
    index = 0
    for name, parts in zip(batch, own, strict=True):
        for offset, section in enumerate(parts):
            joined_section = found[index + offset]
            python_docx = document.sections[index + offset]
            size = section.find(w("pgSz"))
            assert size is not None
            landscape = size.get(w("orient")) == "landscape"
            assert python_docx.orientation == (
                WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            ), name
            assert python_docx.page_width.twips == int(size.get(w("w"))), name
            # The first page of every section has its own (empty) header: no number.
            assert python_docx.different_first_page_header_footer, name
            if offset == 0:
                assert page_start(joined_section) == "1", name
            else:  # an appendix: numbered on its own already
                assert page_start(joined_section) == page_start(section), name
        index += len(parts)
    # The kế hoạch ends the batch with its landscape appendix.
    assert document.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    assert document.sections[-2].orientation == WD_ORIENT.PORTRAIT


def test_every_relationship_resolves_and_identical_parts_are_shared(
    batch: Mapping[str, bytes], joined: bytes
) -> None:
    parts = zip_parts(joined)
    for name in [n for n in parts if n.endswith(".xml") and "_rels" not in n]:
        rels = relationships(parts, name)
        for relationship in rels.values():
            if relationship.get("TargetMode") != "External":
                assert target(name, relationship) in parts, (name, relationship.get("Id"))
        root = etree.fromstring(parts[name])
        for element in root.iter():
            for attribute, value in element.attrib.items():
                if attribute.startswith(f"{{{R_NS}}}"):
                    assert value in rels, (name, value)
    # The same page-number header, one part; the contact footer, one more.
    assert sorted(n for n in parts if re.fullmatch(r"word/(header|footer)\d+\.xml", n)) == [
        "word/footer1.xml",
        "word/footer2.xml",
        "word/footer3.xml",
        "word/header1.xml",
        "word/header2.xml",
    ]
    types = parts["[Content_Types].xml"].decode()
    assert 'PartName="/word/footer3.xml"' in types
    # The first page's footer of each document is its own: only the second giấy mời's
    # holds the contact details.
    document = open_docx(joined)
    first_sections = [0, 1, 2, 3, 4]  # the giấy mời and the báo cáo have one section each
    footers = [
        " ".join(p.text for p in document.sections[i].first_page_footer.paragraphs)
        for i in first_sections
    ]
    assert [CONTACT.phone in footer for footer in footers] == [False, True, False, False, False]
    assert str(CONTACT) in footers[1]


def test_the_same_documents_give_the_same_bytes(batch: Mapping[str, bytes], joined: bytes) -> None:
    assert join_docx(list(batch.values())) == joined
    infos = zipfile.ZipFile(io.BytesIO(joined)).infolist()
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_one_document_joins_into_an_equivalent_one(batch: Mapping[str, bytes]) -> None:
    source = batch["ke-hoach"]
    alone = join_docx([source])
    assert body_texts(alone) == body_texts(source)
    before, after = zip_parts(source), zip_parts(alone)
    assert before.keys() == after.keys()
    for name in before.keys() - {"word/document.xml", "word/_rels/document.xml.rels"}:
        if name != "[Content_Types].xml":
            assert before[name] == after[name], name
    own, found = sections(source), sections(alone)
    assert len(own) == len(found) == 2
    assert page_start(found[0]) == "1"
    for section in own + found:
        section.attrib.clear()
    found[0].remove(found[0].find(w("pgNumType")))
    assert [etree.tostring(s) for s in found] == [etree.tostring(s) for s in own]
    assert len(open_docx(alone).sections) == 2


def test_a_style_defined_otherwise_is_copied_under_a_new_name(
    batch: Mapping[str, bytes], tmp_path: Path
) -> None:
    small = styled_template(
        tmp_path, "nho.docx", BODY_SIZE, BODY_SIZE.replace('w:val="28"', 'w:val="26"')
    )
    invitation = _invitations()[0]
    other = invitation.render(template=small, check="off")
    data = join_docx([batch["giay-moi-1"], other, other])
    document = open_docx(data)
    sizes: dict[str, set[float]] = {}
    for paragraph in document.paragraphs:
        style = paragraph.style
        if style.style_id.startswith("VNBody"):
            while style.font.size is None:  # VNBodyLast takes VNBody's size
                style = style.base_style
            sizes.setdefault(paragraph.style.style_id.removeprefix("VNBodyLast"), set()).add(
                style.font.size.pt
            )
    # Document 1 keeps the template's 14 pt; the second and third share one copy at 13 pt
    # (VNBodyLast, based on VNBody, copied along as VNBodyLast-2).
    assert sizes == {"VNBody": {14.0}, "": {14.0}, "VNBody-2": {13.0}, "-2": {13.0}}
    styles = zip_parts(data)["word/styles.xml"].decode()
    assert styles.count('w:styleId="VNBody-2"') == 1
    assert 'w:styleId="VNBody-3"' not in styles
    assert document.styles["VN Body (2)"].font.size == Pt(13)
    # Styles the documents define alike are shared, not copied.
    assert 'w:styleId="VNIssuer-2"' not in styles


def test_other_document_defaults_are_refused(batch: Mapping[str, bytes], tmp_path: Path) -> None:
    defaults = styled_template(
        tmp_path,
        "mac-dinh.docx",
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang',
        '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang',
    )
    other = _invitations()[0].render(template=defaults, check="off")
    with pytest.raises(RenderError, match=r"document 2 of 2: its document defaults"):
        join_docx([batch["giay-moi-1"], other])


def test_a_hyperlink_and_a_header_image_are_carried_along(batch: Mapping[str, bytes]) -> None:
    image = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    link = '<w:hyperlink r:id="rId90"><w:r><w:t>tuangiao.gov.vn</w:t></w:r></w:hyperlink>'
    later = changed(
        batch["giay-moi-2"],
        {
            "word/document.xml": replace("</w:p>", f"{link}</w:p>"),
            "word/_rels/document.xml.rels": add_relationship(
                f'<Relationship Id="rId90" Type="{HYPERLINK}" '
                'Target="https://tuangiao.gov.vn/" TargetMode="External"/>'
            ),
            "word/_rels/header1.xml.rels": lambda _: (
                f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" Type="{IMAGE}" '
                'Target="media/logo.png"/></Relationships>'
            ).encode(),
            "word/media/logo.png": lambda _: image,
            "[Content_Types].xml": replace(
                "<Default ", '<Default Extension="png" ContentType="image/png"/><Default '
            ),
        },
    )
    data = join_docx([batch["giay-moi-1"], later])
    parts = zip_parts(data)
    rels = relationships(parts, "word/document.xml")
    root = etree.fromstring(parts["word/document.xml"])
    (hyperlink,) = root.iter(w("hyperlink"))
    external = rels[hyperlink.get(f"{{{R_NS}}}id")]
    assert external.get("Target") == "https://tuangiao.gov.vn/"
    assert external.get("TargetMode") == "External"
    # The later header has the same bytes but an image of its own: a copy, not a share.
    second = sections(data)[1]
    header = next(r for r in second.iter(w("headerReference")) if r.get(w("type")) == "default")
    name = target("word/document.xml", rels[header.get(f"{{{R_NS}}}id")])
    assert name == "word/header3.xml"
    (logo,) = relationships(parts, name).values()
    assert parts[target(name, logo)] == image
    assert 'Extension="png"' in parts["[Content_Types].xml"].decode()
    first = sections(data)[0]
    header = next(r for r in first.iter(w("headerReference")) if r.get(w("type")) == "default")
    assert target("word/document.xml", rels[header.get(f"{{{R_NS}}}id")]) == "word/header1.xml"
    open_docx(data)


def test_lists_from_another_numbering_are_refused(batch: Mapping[str, bytes]) -> None:
    numbering = (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        '<w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    later = changed(
        batch["giay-moi-2"],
        {
            "word/document.xml": replace(
                "<w:pPr>", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            ),
            "word/numbering.xml": lambda _: numbering.encode(),
            "word/_rels/document.xml.rels": add_relationship(
                f'<Relationship Id="rId80" Type="{NUMBERING}" Target="numbering.xml"/>'
            ),
            "[Content_Types].xml": replace(
                "<Override ",
                '<Override PartName="/word/numbering.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override ',
            ),
        },
    )
    with pytest.raises(RenderError, match=r"document 3 of 3: its lists \(w:numId 1\)"):
        join_docx([batch["giay-moi-1"], batch["giay-moi-3"], later])


def test_footnotes_of_a_later_document_are_refused(batch: Mapping[str, bytes]) -> None:
    later = changed(
        batch["giay-moi-2"],
        {
            "word/document.xml": replace(
                "</w:p>", '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            )
        },
    )
    with pytest.raises(RenderError, match=r"document 2 of 2: it has footnotes"):
        join_docx([batch["giay-moi-1"], later])


def test_nothing_to_join_is_refused() -> None:
    with pytest.raises(RenderError, match="nothing to join"):
        join_docx([])


def test_a_part_that_is_not_a_docx_is_refused_by_its_number(batch: Mapping[str, bytes]) -> None:
    good = batch["giay-moi-1"]
    with pytest.raises(RenderError, match=r"document 2 of 3: not a \.docx file"):
        join_docx([good, b"%PDF-1.7 not a word file", good])
    workbook = changed(
        good,
        {
            "[Content_Types].xml": replace(
                "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml"
            )
        },
    )
    with pytest.raises(RenderError, match=r"document 3 of 3: .*an Excel workbook"):
        join_docx([good, good, workbook])
    with pytest.raises(TypeError, match="document 2 of 2 is a str"):
        join_docx([good, "giay-moi.docx"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one file"):
        join_docx(good)


# --- printed ------------------------------------------------------------------------------


@pytest.mark.slow
def test_printed_pages_add_up_and_number_each_document_from_one(
    batch: Mapping[str, bytes], joined: bytes, tmp_path: Path
) -> None:
    files = []
    for name, data in {**batch, "joined": joined}.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        files.append(path)
    try:
        pdfs = convert_to_pdf(files, tmp_path, tmp_path / "profile")
        layouts = [read_layout(pdf) for pdf in pdfs]
    except ConversionError as error:
        pytest.fail(f"cannot print the batch: {error}", pytrace=False)
    *alone, together = layouts

    def numbers(layout: object) -> list[str]:
        return [
            " ".join(word.text for word in page.words if word.bottom <= TOP_MARGIN)
            for page in layout.pages  # type: ignore[attr-defined]
        ]

    def widths(layout: object) -> list[int]:
        return [round(page.width) for page in layout.pages]  # type: ignore[attr-defined]

    assert len(together.pages) == sum(len(layout.pages) for layout in alone)
    assert numbers(together) == [n for layout in alone for n in numbers(layout)]
    assert widths(together) == [w for layout in alone for w in widths(layout)]
    # The seed report: 2, 3 … on its later pages, then none on the kế hoạch's first page.
    report = [layout.name for layout in alone].index("bao-cao")
    start = sum(len(layout.pages) for layout in alone[:report])
    pages = len(alone[report].pages)
    assert pages > 2
    printed = numbers(together)
    assert printed[start : start + pages] == ["", *map(str, range(2, pages + 1))]
    assert printed[start + pages] == ""  # the kế hoạch's first page
    assert printed[:3] == ["", "", ""]  # three one-page giấy mời, page 1 each
    assert together.text.index("Lò Thị Hương") < together.text.index("Quàng Văn Thành")


def test_the_docs_example_writes_the_joined_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (ROOT / "docs" / "joining.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "docs/joining.md", "exec"), {})
    data = (tmp_path / "out" / "ca-lo.docx").read_bytes()
    assert len(open_docx(data).sections) == 1 + 1 + 2
