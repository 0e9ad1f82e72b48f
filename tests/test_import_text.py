"""read_text: the seed and noisy headers and bodies read into the typed model."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_TEXT
from vnreport import Bullet, Paragraph, Report, Section, read_text
from vnreport.cli.main import main

# The seed was flattened from a two-column header whose left column (the issuer) was
# lost; a file that prints it gives it back.
ISSUER = "ỦY BAN NHÂN DÂN\nHUYỆN TUẦN GIÁO\n"


def test_seed_text_reads_into_the_example(seed_report: Report) -> None:
    imported = read_text(ISSUER + SEED_TEXT.read_text(encoding="utf-8"))
    assert imported.unrecognised == ()
    assert imported.document == seed_report
    assert imported.document.render() == seed_report.render()


def test_the_seed_as_given_reads_into_the_example_its_lost_issuer_said(
    seed_report: Report,
) -> None:
    # The seed's header lost its left column: the issuer is read from the signature's
    # "TM. ỦY BAN NHÂN DÂN", the symbol's "UBND", the date line's place and the text's
    # "UBND huyện Tuần Giáo" — and said, for a person to confirm.
    imported = read_text(SEED_TEXT.read_text(encoding="utf-8"))
    assert imported.document == seed_report
    assert imported.document.render() == seed_report.render()
    [said] = imported.unrecognised
    assert said.reason.startswith("the header prints no issuer (cơ quan ban hành): read as")
    assert "'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO'" in said.reason
    assert said.text.startswith("UBND huyện Tuần Giáo báo cáo")
    assert said.line is not None
    fields = imported.fields
    assert fields.issuer is None  # the fields are what is printed
    assert (fields.symbol, fields.place, fields.date, fields.number) == (
        "BC-UBND", "Tuần Giáo", "2021-06", None,
    )  # fmt: skip
    assert fields.headings[0] == "I. ĐẶC ĐIỂM TÌNH HÌNH"
    assert fields.recipients == ("- Ban Dân vận Huyện ủy;", "- Lưu: VT, NV.")
    assert fields.signature_authority == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert (fields.signature_title, fields.signature_name) == ("PHÓ CHỦ TỊCH", "Phạm Thị Tuyên")


def test_an_issuer_the_text_does_not_agree_on_is_not_guessed() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8").replace("UBND huyện Tuần Giáo", "UBND xã")
    text += "\nỦy ban nhân dân thị xã Tuần Giáo và UBND huyện Tuần Giáo\n"
    imported = read_text(text)
    assert imported.document is None
    assert any("issuing agency" in item.reason for item in imported.unrecognised)


_BODY = """
BÁO CÁO
Kết quả công tác tháng 5

I. KẾT QUẢ
- Tiếp 99 lượt công dân.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
{signature}
Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("header", "expect"),
    [
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 218 /BC-UBND\nMường Ảng, ngày 05 tháng 02 năm 2021",
            ("218", "BC-UBND", "2021-02-05"),
        ),
        (
            "ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN MƯỜNG ẢNG\tĐộc lập – Tự do – Hạnh phúc\nSố:\t/BC-UBND\tMường Ảng, ngày   tháng 6 năm 2021",
            (None, "BC-UBND", "2021-06"),
        ),
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNGCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\nSố: 09/BC-\nUBND\nMường Ảng, ngày 5 tháng 2 năm 2021",
            ("09", "BC-UBND", "2021-02-05"),
        ),
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập-Tự do-Hạnh phúc\nSố: …/BC-UBND\nMường Ảng, ngày … tháng … năm 2021",
            (None, "BC-UBND", "2021"),
        ),
    ],
)
def test_noisy_headers(header: str, expect: tuple[object, ...]) -> None:
    import unicodedata

    text = header + _BODY.format(signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
    for form in ("NFC", "NFD"):
        fields = read_text(unicodedata.normalize(form, text)).fields
        assert (fields.number, fields.symbol, fields.date) == expect
        assert fields.issuer == "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG"
        assert fields.place == "Mường Ảng"
        assert fields.doc_type == "BÁO CÁO"


_HEADER = "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-SNV\nĐiện Biên, ngày 05 tháng 02 năm 2021\n"


@pytest.mark.parametrize(
    ("signature", "authority", "title"),
    [
        # As printed, without the space: the model's signature spaces it (the variants).
        ("KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", ("KT.GIÁM ĐỐC",), "PHÓ GIÁM ĐỐC"),
        (
            "TL. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
            ("TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG"),
            "PHÓ CHÁNH VĂN PHÒNG",
        ),
        ("BỘ TRƯỞNG, CHỦ NHIỆM", (), "BỘ TRƯỞNG, CHỦ NHIỆM"),
    ],
)
def test_signature_stacks(signature: str, authority: tuple[str, ...], title: str) -> None:
    fields = read_text(_HEADER + _BODY.format(signature=signature)).fields
    assert fields.signature_authority == authority
    assert fields.signature_title == title
    assert fields.signature_name == "Nguyễn Văn An"


def test_a_built_report_and_kinh_gui_in_both_forms() -> None:
    body = _BODY.format(signature="GIÁM ĐỐC")
    one = read_text(
        _HEADER + body.replace("I. KẾT QUẢ", "Kính gửi: Ủy ban nhân dân tỉnh\nI. KẾT QUẢ")
    )
    listed = read_text(
        _HEADER
        + body.replace("I. KẾT QUẢ", "Kính gửi:\n- Ủy ban nhân dân tỉnh;\n- Bộ Nội vụ.\nI. KẾT QUẢ")
    )
    assert one.fields.kinh_gui == ("Ủy ban nhân dân tỉnh",)
    # The fields keep the items as printed (dash and ";"); the model takes them without.
    assert listed.fields.kinh_gui == ("- Ủy ban nhân dân tỉnh;", "- Bộ Nội vụ.")
    assert listed.document is not None
    assert listed.document.addressees == ("Ủy ban nhân dân tỉnh", "Bộ Nội vụ")
    report = one.document
    assert isinstance(report, Report)
    assert report.issuer.issuer_lines == ("SỞ NỘI VỤ",)
    assert report.sections == (
        Section(title="Kết quả", content=[Bullet(text="Tiếp 99 lượt công dân.")]),
    )
    assert report.signature.title.upper() == "GIÁM ĐỐC"


def test_body_levels_and_page_cuts() -> None:
    body = """
I. KẾT QUẢ
1. Cải cách hành chính
- Một cửa ở 19/19 xã, thị
trấn (đạt 100%).
+ cấp huyện;
2. Tiếp tục rà soát thủ tục.
Trên đây là báo cáo./.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""
    report = read_text(_HEADER + "BÁO CÁO\nKết quả\n" + body).document
    assert isinstance(report, Report)
    (top,) = report.sections
    first, second = top.content
    assert isinstance(first, Section)
    assert first.title == "Cải cách hành chính"
    assert first.content == (
        Bullet(text="Một cửa ở 19/19 xã, thị trấn (đạt 100%).", items=[Bullet(text="cấp huyện;")]),
    )
    assert isinstance(second, Section)
    assert second.title is None
    assert second.content == (Paragraph(text="Tiếp tục rà soát thủ tục."),)
    assert report.closing == (Paragraph(text="Trên đây là báo cáo./."),)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   \n\n",
        "\x00\x01binary\x00",
        "Chương một.\n" + "Một câu văn dài của tiểu thuyết. " * 20_000,
    ],
)
def test_garbage_is_not_a_document(garbage: str) -> None:
    imported = read_text(garbage)
    assert imported.document is None
    assert not imported.recognised
    assert any("not a recognisable document" in item.reason for item in imported.unrecognised)


def test_from_outline() -> None:
    sections = Section.from_outline(
        "I. Kết quả\n    - Tiếp 99 lượt.\n    + cấp xã\n    1. Cải cách\n        Một cửa.\n"
        "    2. Rà soát thủ tục.\nII. Tồn tại\n    Còn chậm."
    )
    assert sections == (
        Section(
            title="Kết quả",
            content=[
                Bullet(text="Tiếp 99 lượt.", items=[Bullet(text="cấp xã")]),
                Section(title="Cải cách", content=["Một cửa."]),
                Section(content=["Rà soát thủ tục."]),
            ],
        ),
        Section(title="Tồn tại", content=["Còn chậm."]),
    )
    # Labels alone nest too, without indentation.
    assert Section.from_outline("I. A\n1. B\nII. C\nD") == (
        Section(title="A", content=[Section(content=["B"])]),
        Section(title="C", content=["D"]),
    )
    with pytest.raises(ValueError, match="top-level"):
        Section.from_outline("chỉ một đoạn văn")


def test_cli_import(tmp_path, capsys, seed_report: Report) -> None:  # type: ignore[no-untyped-def]
    from vnreport.exchange import load

    good = tmp_path / "seed.txt"
    good.write_text(ISSUER + SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["import", str(good), "-o", str(tmp_path / "seed.yaml")]) == 0
    assert load(tmp_path / "seed.yaml") == seed_report
    partial = tmp_path / "partial.txt"
    partial.write_text(ISSUER + SEED_TEXT.read_text(encoding="utf-8") + "\nDÒNG LẠ ở cuối\n")
    assert main(["import", str(partial), "-o", str(tmp_path / "partial.yaml")]) == 1
    assert (tmp_path / "partial.yaml").exists()
    assert f"{partial}: line " in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["import", str(empty), "-o", str(tmp_path / "empty.yaml")]) == 2
    assert not (tmp_path / "empty.yaml").exists()
    assert "not a recognisable document" in capsys.readouterr().err


def test_cli_import_never_replaces_a_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_report: Report
) -> None:
    from vnreport.exchange import load

    good = tmp_path / "seed.txt"
    good.write_text(ISSUER + SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "seed.yaml"
    target.write_text("doc_type: bao-cao # the clerk's own\n", encoding="utf-8")
    assert main(["import", str(good), "-o", str(target)]) == 2
    assert "seed.yaml exists; pass --force to replace it" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "doc_type: bao-cao # the clerk's own\n"
    assert main(["import", str(good), "-o", str(target), "--force"]) == 0
    assert load(target) == seed_report
    assert main(["import", str(good), "-o", str(good), "--force"]) == 2
    assert "is FILE; give another -o OUT" in capsys.readouterr().err
    assert good.read_text(encoding="utf-8").startswith(ISSUER)


def test_cli_import_trusted_raises_the_limits(tmp_path: Path) -> None:
    from vnreport.limits import Limits

    over = Limits().package.max_paragraphs + 10  # lines, as a .docx's paragraphs
    big = tmp_path / "big.txt"
    big.write_text(ISSUER + SEED_TEXT.read_text(encoding="utf-8") + "\n" * over, encoding="utf-8")
    assert main(["import", str(big), "-o", str(tmp_path / "a.yaml")]) == 2
    assert not (tmp_path / "a.yaml").exists()
    assert main(["import", str(big), "-o", str(tmp_path / "b.yaml"), "--trusted"]) == 0
