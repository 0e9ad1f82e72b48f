"""The examples of the types printed in the shape of Mẫu 1.4: tờ trình, kế hoạch (with an
appendix), thông báo, hướng dẫn, chương trình.

Each is written twice, as a Python script and as a data file; both must give the same
bytes, conform, and print what makes the type: its name in capitals, its code in the
number ("TTr", "CTr" never upper-cased), "Kính gửi" and "- Như trên;" for the tờ trình,
the appendix's label, note and landscape pages for the kế hoạch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from lxml import etree

from conftest import ROOT, load_example
from docx_helpers import all_paragraphs, open_docx, w, zip_parts
from vnreport import NarrativeDocument, Plan, Submission, check
from vnreport.exchange import load
from vnreport.rules.doctypes import DocumentType


@attrs.frozen
class Example:
    script: str  # examples/<script>.py
    builder: str
    doc_type: DocumentType
    number_line: str
    type_name: str


EXAMPLES = (
    Example("to_trinh_tuan_giao", "build_submission", DocumentType.SUBMISSION,
            "Số: 86/TTr-UBND", "TỜ TRÌNH"),
    Example("ke_hoach_tuan_giao", "build_plan", DocumentType.PLAN,
            "Số: 95/KH-UBND", "KẾ HOẠCH"),
    Example("thong_bao_tuan_giao", "build_notice", DocumentType.NOTICE,
            "Số: 45/TB-UBND", "THÔNG BÁO"),
    Example("huong_dan_tuan_giao", "build_guidance", DocumentType.GUIDANCE,
            "Số: 03/HD-UBND", "HƯỚNG DẪN"),
    Example("chuong_trinh_tuan_giao", "build_programme", DocumentType.PROGRAMME,
            "Số: 01/CTr-UBND", "CHƯƠNG TRÌNH"),
)  # fmt: skip
IDS = [example.script for example in EXAMPLES]


def yaml_of(example: Example) -> Path:
    return ROOT / "examples" / f"{example.script.replace('_', '-')}.yaml"


@pytest.fixture(scope="module")
def built() -> dict[str, NarrativeDocument]:
    documents = {}
    for example in EXAMPLES:
        document = getattr(load_example(example.script), example.builder)()
        assert isinstance(document, NarrativeDocument)
        documents[example.script] = document
    return documents


@pytest.fixture(scope="module")
def rendered(built: dict[str, NarrativeDocument]) -> dict[str, bytes]:
    return {name: document.render() for name, document in built.items()}


def texts(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in all_paragraphs(open_docx(data))]


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_the_example_conforms(example: Example, rendered: dict[str, bytes]) -> None:
    findings = check(rendered[example.script])
    assert findings == (), "\n".join(map(str, findings))
    assert [item.rule for item in findings.not_evaluated] == ["signature.kept-together"]


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_its_data_file_is_the_same_document(
    example: Example, built: dict[str, NarrativeDocument], rendered: dict[str, bytes]
) -> None:
    from_yaml = load(yaml_of(example))
    assert from_yaml == built[example.script]
    assert from_yaml.render() == rendered[example.script]


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_it_prints_its_type_name_and_number(
    example: Example, built: dict[str, NarrativeDocument], rendered: dict[str, bytes]
) -> None:
    document = built[example.script]
    assert document.doc_type is example.doc_type
    printed = texts(rendered[example.script])
    assert example.number_line in printed
    assert printed.count(example.type_name) == 1
    code = example.number_line.split("/")[1].split("-")[0]
    assert not any(code.upper() in text for text in printed) or code.isupper()
    assert any(text.endswith("./.") for text in printed)


def test_the_to_trinh_is_sent_to_its_superior(
    built: dict[str, NarrativeDocument], rendered: dict[str, bytes]
) -> None:
    submission = built["to_trinh_tuan_giao"]
    assert isinstance(submission, Submission)
    printed = texts(rendered["to_trinh_tuan_giao"])
    assert "Kính gửi: Ủy ban nhân dân tỉnh Điện Biên" in printed
    recipients = printed[printed.index("Nơi nhận:") + 1 :]
    assert recipients[0] == "- Như trên;"
    assert "- Lưu: VT, LĐTBXH." in recipients
    # The other types name no addressee: no Kính gửi, no "Như trên".
    for name, data in rendered.items():
        if name != "to_trinh_tuan_giao":
            assert not any(text.startswith("Kính gửi") for text in texts(data)), name
            assert "- Như trên;" not in texts(data), name


def test_the_thong_bao_is_signed_by_order(rendered: dict[str, bytes]) -> None:
    printed = texts(rendered["thong_bao_tuan_giao"])
    authority = printed.index("TL. CHỦ TỊCH")
    assert printed[authority + 1] == "CHÁNH VĂN PHÒNG"


def test_the_ke_hoach_carries_its_appendix_on_landscape_pages(
    built: dict[str, NarrativeDocument], rendered: dict[str, bytes]
) -> None:
    plan = built["ke_hoach_tuan_giao"]
    assert isinstance(plan, Plan)
    (appendix,) = plan.appendices
    assert appendix.landscape
    data = rendered["ke_hoach_tuan_giao"]
    printed = texts(data)
    label = printed.index("Phụ lục")
    assert printed[label + 1] == "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2022"
    assert printed[label + 2] == (
        "(Kèm theo Kế hoạch số 95/KH-UBND ngày 25 tháng 3 năm 2022 của Ủy ban nhân dân "
        "huyện Tuần Giáo)"
    )
    # The appendix is after the signature, in a section of its own turned landscape,
    # its pages numbered from 1.
    assert label > printed.index("Phạm Thị Tuyên")
    body = etree.fromstring(zip_parts(data)["word/document.xml"]).find(w("body"))
    assert body is not None
    sections = body.findall(f".//{w('sectPr')}")
    assert len(sections) == 2
    main, annex = (section.find(w("pgSz")) for section in sections)
    assert main is not None
    assert annex is not None
    assert main.get(w("orient")) in (None, "portrait")
    assert annex.get(w("orient")) == "landscape"
    assert int(annex.get(w("w")) or 0) > int(annex.get(w("h")) or 0)
    numbering = sections[1].find(w("pgNumType"))
    assert numbering is not None
    assert numbering.get(w("start")) == "1"


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_the_script_writes_what_the_data_file_renders(example: Example, tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / f"{example.script}.py"), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == load(yaml_of(example)).render()
    outline = subprocess.run(
        [sys.executable, str(ROOT / "examples" / f"{example.script}.py"), "--outline"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert example.type_name in outline.stdout
    assert example.number_line in outline.stdout


def test_the_cli_renders_every_data_file(tmp_path: Path) -> None:
    for example in EXAMPLES:
        target = tmp_path / f"{example.script}.docx"
        done = subprocess.run(
            [sys.executable, "-m", "vnreport", "render", str(yaml_of(example)), "-o", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert check(target.read_bytes()) == ()


@pytest.mark.slow
def test_libreoffice_prints_each_as_mẫu_1_4(
    built: dict[str, NarrativeDocument], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from test_render_pdf import convert_to_pdf, read_layout

    folder = tmp_path_factory.mktemp("narrative")
    profile = tmp_path_factory.mktemp("lo-profile-narrative")
    paths = [built[example.script].save(folder / f"{example.script}.docx") for example in EXAMPLES]
    pdfs = convert_to_pdf(paths, folder, profile)
    for example, pdf in zip(EXAMPLES, pdfs, strict=True):
        layout = read_layout(pdf)
        page = layout.pages[0]
        number = page.get(example.number_line)
        name = page.get(example.type_name)
        # The type name centred on the page below the header, bold and larger than the number.
        assert name[0].top > number[-1].bottom, example.script
        centre = (name[0].x0 + name[-1].x1) / 2
        assert abs(centre - page.width / 2) < 40, example.script
        assert name[0].bold, example.script
        assert name[0].size > number[0].size, example.script
        # The body's last words ("./.", the first of them: an appendix ends with its own)
        # on the page of the signature.
        signature_page, _ = layout.find_last("Nơi nhận:")
        ends = [p for p in layout.pages if any(word.text.endswith("./.") for word in p.words)]
        assert ends[0] is signature_page, example.script
    plan = read_layout(pdfs[[e.script for e in EXAMPLES].index("ke_hoach_tuan_giao")])
    annex_page, _ = plan.find_last("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2022")
    assert annex_page.width > annex_page.height
    assert plan.pages[0].width < plan.pages[0].height
