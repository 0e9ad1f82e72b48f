"""The rendered report as a printer lays it out: header, rules, page numbers, signature.

Each report is rendered to .docx, converted to PDF once by LibreOffice (``soffice`` in a
private profile) and read back with pdfplumber: the checks are on the positions of the
printed words and of the drawn lines (the rules are paragraph borders). Liberation Serif
has the metrics of Times New Roman, so every width is Word's; LibreOffice breaks lines
and pages much as Word does, though not always to the point.

LibreOffice and poppler are required, not optional: without ``soffice`` or ``pdftotext``
every test here fails and says what to install (.ci/run installs them).
"""

from __future__ import annotations

import itertools
import math
import os
import shutil
import signal
import statistics
import subprocess
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs
import pdfplumber
import pytest

from docx_helpers import W_NS, open_docx, zip_parts
from template_variants import SHIPPED as TEMPLATE
from vnreport import Agency, Appendix, Paragraph, Report, Table

MM = 72 / 25.4  # points per millimetre
A4 = (210 * MM, 297 * MM)
# The shipped template's page: margins 20 / 20 / 30 / 15 mm (top, bottom, left, right).
TOP_MARGIN = 20 * MM
BOTTOM_MARGIN = 20 * MM
TEXT_LEFT = 30 * MM
TEXT_RIGHT = 195 * MM
TEXT_CENTRE = (TEXT_LEFT + TEXT_RIGHT) / 2
# VNBody: 6 pt before each paragraph.
BODY_SPACING = 6.0
# A page number is set at 13–14 pt (Phụ lục I, I.7).
PAGE_NUMBER_SIZES = (13.0, 14.0)

# Seconds for one soffice run, however many files it converts (and for pdftotext).
SOFFICE_TIMEOUT = 180

INSTALL_HINT = (
    "install LibreOffice Writer, poppler-utils and Liberation Serif 2 "
    "(Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation "
    "fonts-liberation2; .ci/run does it)"
)


class ConversionError(Exception):
    """LibreOffice or poppler is missing, or a conversion failed."""


# --- the PDF as words and lines ---------------------------------------------------------


@attrs.frozen
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float

    @property
    def bold(self) -> bool:
        return "Bold" in self.font


@attrs.frozen
class Span:
    """A horizontal extent at a height: a row of words or a drawn horizontal line."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str = ""

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def span(words: Sequence[Word]) -> Span:
    """The extent of ``words`` (one row, or one phrase)."""
    assert words, "no words to measure"
    return Span(
        x0=min(word.x0 for word in words),
        x1=max(word.x1 for word in words),
        top=min(word.top for word in words),
        bottom=max(word.bottom for word in words),
        text=" ".join(word.text for word in words),
    )


def rows(words: Sequence[Word], tolerance: float = 3.0) -> list[Span]:
    """``words`` grouped into printed rows, top to bottom."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda word: (word.top, word.x0)):
        if groups and word.top - groups[-1][0].top <= tolerance:
            groups[-1].append(word)
        else:
            groups.append([word])
    return [span(sorted(group, key=lambda word: word.x0)) for group in groups]


@attrs.frozen
class Page:
    number: int
    width: float
    height: float
    # In reading order: rows top to bottom, left to right.
    words: tuple[Word, ...] = attrs.field(repr=False)
    # Horizontal lines and hairline rectangles, without repeats.
    rules: tuple[Span, ...] = attrs.field(repr=False)

    def find(self, phrase: str) -> list[Word] | None:
        """The first run of consecutive words that spells ``phrase``, or ``None``."""
        tokens = phrase.split()
        for start in range(len(self.words) - len(tokens) + 1):
            run = self.words[start : start + len(tokens)]
            if [word.text for word in run] == tokens:
                return list(run)
        return None

    def get(self, phrase: str) -> list[Word]:
        found = self.find(phrase)
        if found is None:
            pytest.fail(f"{phrase!r} is not on page {self.number}: {self.text()!r}")
        return found

    @property
    def margin_words(self) -> list[Word]:
        """Words wholly inside the top margin (the page number)."""
        return [word for word in self.words if word.bottom <= TOP_MARGIN]

    @property
    def body_words(self) -> list[Word]:
        """Words below the top margin: everything but the page number."""
        return [word for word in self.words if word.bottom > TOP_MARGIN]

    def text(self) -> str:
        return " ".join(word.text for word in self.words)


@attrs.frozen
class Layout:
    name: str
    pages: tuple[Page, ...] = attrs.field(repr=False)
    text: str = attrs.field(repr=False)  # pdftotext's plain text of the whole file

    def find_last(self, phrase: str) -> tuple[Page, list[Word]]:
        """The last page holding ``phrase`` and its words there."""
        for page in reversed(self.pages):
            found = page.find(phrase)
            if found is not None:
                return page, found
        pytest.fail(f"{phrase!r} is not anywhere in {self.name}.pdf")

    def body_text(self) -> str:
        """Every printed word but the page numbers, in reading order, without whitespace."""
        return "".join(word.text for page in self.pages for word in page.body_words)


def _horizontal_rules(page: pdfplumber.page.Page) -> tuple[Span, ...]:
    found: dict[tuple[float, float, float], Span] = {}
    shapes = [*page.lines, *(rect for rect in page.rects if rect["bottom"] - rect["top"] <= 2)]
    for shape in shapes:
        if abs(shape["bottom"] - shape["top"]) > 2 or shape["x1"] - shape["x0"] < 2:
            continue
        rule = Span(x0=shape["x0"], x1=shape["x1"], top=shape["top"], bottom=shape["bottom"])
        # LibreOffice draws some borders twice; one rule per place.
        found.setdefault((round(rule.x0), round(rule.x1), round(rule.top)), rule)
    return tuple(sorted(found.values(), key=lambda rule: (rule.top, rule.x0)))


def read_layout(pdf: Path) -> Layout:
    pages = []
    with pdfplumber.open(pdf) as document:
        for index, page in enumerate(document.pages):
            words = tuple(
                Word(
                    text=unicodedata.normalize("NFC", word["text"]),
                    x0=word["x0"],
                    x1=word["x1"],
                    top=word["top"],
                    bottom=word["bottom"],
                    font=word["fontname"].partition("+")[2] or word["fontname"],
                    size=word["size"],
                )
                for word in page.extract_words(extra_attrs=["fontname", "size"])
            )
            pages.append(
                Page(
                    number=index + 1,
                    width=float(page.width),
                    height=float(page.height),
                    words=words,
                    rules=_horizontal_rules(page),
                )
            )
    text = _run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], "pdftotext").stdout
    return Layout(name=pdf.stem, pages=tuple(pages), text=unicodedata.normalize("NFC", text))


# --- conversion -------------------------------------------------------------------------


def _run(command: list[str], tool: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in its own process group, killing the group on time-out."""
    if shutil.which(command[0]) is None:
        raise ConversionError(f"{command[0]} is not on PATH: {INSTALL_HINT}")
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=SOFFICE_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ConversionError(f"{tool} did not finish in {SOFFICE_TIMEOUT} s") from None
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    if done.returncode != 0:
        raise ConversionError(f"{tool} failed ({done.returncode}): {stderr.strip()}")
    return done


def convert_to_pdf(documents: Sequence[Path], folder: Path, profile: Path) -> list[Path]:
    """Convert ``documents`` with one soffice run; the PDFs land in ``folder``."""
    return convert(documents, folder, profile, "pdf")


def convert(documents: Sequence[Path], folder: Path, profile: Path, target: str) -> list[Path]:
    """Convert ``documents`` with one soffice run to ``target`` ("pdf", or "docx:<filter>"
    to save them again as LibreOffice does); the results land in ``folder``."""
    done = _run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            *map(str, documents),
        ],
        "soffice",
    )
    suffix = target.split(":")[0]
    outputs = [folder / f"{document.stem}.{suffix}" for document in documents]
    missing = [output.name for output in outputs if not output.is_file()]
    if missing:
        # soffice exits 0 when it cannot load a file; only the missing output tells.
        raise ConversionError(
            f"soffice wrote no {', '.join(missing)}:\n{done.stdout.strip()}\n{done.stderr.strip()}"
        )
    return outputs


@attrs.frozen
class Converted:
    """The layouts of some converted reports by name, or why there are none.

    A missing LibreOffice is reported by each test that needs a layout, as a failure.
    """

    layouts: Mapping[str, Layout] = attrs.field(repr=False)
    error: str | None = None

    def require(self) -> None:
        """Fail the calling test if the reports could not be converted."""
        if self.error is not None:
            pytest.fail(self.error, pytrace=False)

    def __getitem__(self, name: str) -> Layout:
        self.require()
        return self.layouts[name]


def render_and_convert(reports: Mapping[str, Report], folder: Path, profile: Path) -> Converted:
    documents = [report.save(folder / f"{name}.docx") for name, report in reports.items()]
    try:
        pdfs = convert_to_pdf(documents, folder, profile)
        return Converted({name: read_layout(pdf) for name, pdf in zip(reports, pdfs, strict=True)})
    except ConversionError as error:
        return Converted({}, f"cannot lay out the reports as PDF: {error}")


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LibreOffice user profile of this run only: no clash with a running soffice."""
    return tmp_path_factory.mktemp("lo-profile")


DIEN_BIEN = Agency(
    name="Ủy ban nhân dân tỉnh Điện Biên",
    abbreviation="UBND",
    place="Điện Biên",
    short_name="UBND tỉnh Điện Biên",
)
#: Issuers whose name is wider than the header's left column, so that it wraps there.
WRAPPED_ISSUERS = {
    # "SỞ LAO ĐỘNG - THƯƠNG / BINH VÀ XÃ HỘI": the whole name is 249 pt, the cell 179 pt.
    "so-ldtbxh": Agency(
        name="Sở Lao động - Thương binh và Xã hội",
        abbreviation="SLĐTBXH",
        place="Điện Biên",
        parent=DIEN_BIEN,
    ),
    # "BAN THI ĐUA - KHEN / THƯỞNG": a longest line of 125 pt, well short of the cell.
    "ban-tdkt": Agency(
        name="Ban Thi đua - Khen thưởng",
        abbreviation="BTĐKT",
        place="Điện Biên",
        parent=Agency(name="Sở Nội vụ tỉnh Điện Biên", abbreviation="SNV", place="Điện Biên"),
    ),
}


@pytest.fixture(scope="module")
def layouts(
    seed_report: Report, tmp_path_factory: pytest.TempPathFactory, lo_profile: Path
) -> Converted:
    reports = {
        "seed": seed_report,
        **{name: attrs.evolve(seed_report, issuer=a) for name, a in WRAPPED_ISSUERS.items()},
        "appendices": with_appendices(seed_report),
    }
    return render_and_convert(reports, tmp_path_factory.mktemp("pdf"), lo_profile)


def with_appendices(report: Report) -> Report:
    """The seed with a two-page Phụ lục I and a landscape Phụ lục II."""
    rows = tuple((f"Xã số {n}", n, n * 2) for n in range(1, 61))
    long_table = Table(header=("Xã", "Số lượt", "Số người"), rows=rows)
    wide = Table(
        header=tuple(f"Tháng {month}" for month in range(1, 13)),
        rows=(tuple(str(month * 10) for month in range(1, 13)),),
    )
    return attrs.evolve(
        report,
        opening=(*report.opening, Paragraph(text="(Chi tiết tại Phụ lục I và Phụ lục II).")),
        appendices=(
            Appendix(title="Kết quả tiếp công dân theo xã", content=[long_table]),
            Appendix(title="Số liệu theo tháng", content=[wide], landscape=True),
        ),
    )


# --- checks shared by several reports ---------------------------------------------------


def _line_pitch(layout: Layout) -> float:
    """The distance between two lines of one body paragraph (the commonest row step)."""
    page = layout.pages[1] if len(layout.pages) > 1 else layout.pages[0]
    tops = [row.top for row in rows(page.body_words)]
    return statistics.mode(round(b - a, 1) for a, b in itertools.pairwise(tops))


def check_signature_block(layout: Layout, report: Report) -> list[str]:
    """What is wrong with the Nơi nhận / signature block of ``layout`` (empty: nothing)."""
    problems: list[str] = []
    parts = ["Nơi nhận:", *report.signature.lines, report.signature.name]
    found = {part: layout.find_last(part) for part in parts}
    pages = {part: page.number for part, (page, _) in found.items()}
    if len(set(pages.values())) != 1:
        return [f"the block is split across pages: {pages}"]
    page = found["Nơi nhận:"][0]
    heading = span(found["Nơi nhận:"][1])
    titles = [span(found[line][1]) for line in report.signature.lines]
    name = span(found[report.signature.name][1])
    if abs(heading.top - titles[0].top) > 6:
        problems.append(
            f"'Nơi nhận:' (top {heading.top:.1f}) is not level with "
            f"{titles[0].text!r} (top {titles[0].top:.1f})"
        )
    last_word = report.body[-1].text.split()[-1]
    assert last_word.endswith("./.")
    ends = [word for word in page.words if word.text == last_word and word.bottom <= heading.top]
    if not ends:
        problems.append(
            f"page {page.number} holds the block but not the end of the body ({last_word!r} "
            "above 'Nơi nhận:'): the signature page stands alone"
        )
    gap = name.top - max(title.bottom for title in titles)
    if gap < 30:
        problems.append(f"only {gap:.1f} pt between the titles and the name: no room to sign")
    return problems


def check_issuer_rule(page: Page) -> None:
    """One rule under the issuer: 1/3–1/2 of its longest line, centred under it."""
    national = span(page.get("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    number = span(page.get("Số:"))
    column = [word for word in page.words if word.x1 < national.x0 and word.bottom < number.top]
    # The issuer's own lines are bold; a parent agency's line above them is not.
    issuer_rows = rows([word for word in column if word.bold])
    assert issuer_rows, f"no issuer lines left of the Quốc hiệu: {page.text()!r}"
    longest = max(issuer_rows, key=lambda row: row.width)
    rules = [
        rule
        for rule in page.rules
        if rule.centre < national.x0 and issuer_rows[-1].bottom <= rule.top <= number.top
    ]
    assert len(rules) == 1, f"expected one rule under the issuer, found {rules}"
    rule = rules[0]
    ratio = rule.width / longest.width
    assert 1 / 3 <= ratio <= 1 / 2, (
        f"the issuer's rule is {rule.width:.1f} pt, {ratio:.2f} of the longest issuer line "
        f"{longest.text!r} ({longest.width:.1f} pt); Phụ lục I, II.2 wants 1/3–1/2"
    )
    assert abs(rule.centre - longest.centre) <= 2 * MM, (
        f"the issuer's rule is centred at {rule.centre:.1f} pt, the issuer at "
        f"{longest.centre:.1f} pt"
    )


# --- 1. the header of page 1 ------------------------------------------------------------


def test_page_one_carries_the_header(layouts: Converted) -> None:
    page = layouts["seed"].pages[0]
    left = [span(page.get(text)) for text in ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")]
    national = page.get("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    right = [span(national), span(page.get("Độc lập - Tự do - Hạnh phúc"))]
    for line in left:
        assert line.centre < TEXT_CENTRE, f"{line.text!r} is not in the left half"
    for line in right:
        assert line.centre > TEXT_CENTRE, f"{line.text!r} is not in the right half"
    assert max(line.x1 for line in left) < min(line.x0 for line in right), (
        "the issuer and the Quốc hiệu overlap"
    )
    # The Quốc hiệu fits on one line: all its words on one row.
    assert max(word.top for word in national) - min(word.top for word in national) <= 1
    number = span(page.get("Số:"))
    date = span(page.get("Tuần Giáo, ngày"))
    assert abs(number.top - date.top) <= 3, (
        f"'Số:' (top {number.top:.1f}) and the date line (top {date.top:.1f}) are not level"
    )
    assert number.centre < TEXT_CENTRE < date.centre
    type_name = span(page.get("BÁO CÁO"))
    assert abs(type_name.centre - TEXT_CENTRE) <= 5 * MM, (
        f"'BÁO CÁO' is centred at {type_name.centre / MM:.1f} mm, the text area at "
        f"{TEXT_CENTRE / MM:.1f} mm"
    )
    assert type_name.top > max(number.bottom, date.bottom)


# --- 2. the rules -----------------------------------------------------------------------


def test_rules_under_issuer_motto_and_subject(layouts: Converted, seed_report: Report) -> None:
    page = layouts["seed"].pages[0]
    assert len(page.rules) == 3, f"page 1 should draw exactly 3 rules, found {page.rules}"
    check_issuer_rule(page)

    motto = span(page.get("Độc lập - Tự do - Hạnh phúc"))
    date = span(page.get("Tuần Giáo, ngày"))
    motto_rules = [
        rule
        for rule in page.rules
        if rule.centre > TEXT_CENTRE and motto.bottom <= rule.top <= date.top
    ]
    assert len(motto_rules) == 1, f"expected one rule under the motto, found {motto_rules}"
    rule = motto_rules[0]
    assert rule.width == pytest.approx(motto.width, rel=0.10), (
        f"the motto's rule is {rule.width:.1f} pt, the motto {motto.width:.1f} pt"
    )
    assert abs(rule.centre - motto.centre) <= 2 * MM

    type_name = span(page.get("BÁO CÁO"))
    subject_rules = [rule for rule in page.rules if rule.top > type_name.bottom]
    assert len(subject_rules) == 1, f"expected one rule under the subject, found {subject_rules}"
    rule = subject_rules[0]
    subject_rows = rows(
        [word for word in page.words if type_name.bottom < word.top and word.bottom <= rule.top]
    )
    printed = "".join(row.text for row in subject_rows).replace(" ", "")
    assert printed == seed_report.subject.replace(" ", ""), "the rule is not under the subject"
    longest = max(subject_rows, key=lambda row: row.width)
    ratio = rule.width / longest.width
    assert 1 / 3 <= ratio <= 1 / 2, (
        f"the subject's rule is {rule.width:.1f} pt, {ratio:.2f} of its longest line "
        f"({longest.width:.1f} pt); Phụ lục I, II.5 wants 1/3–1/2"
    )
    assert abs(rule.centre - TEXT_CENTRE) <= 2 * MM


@pytest.mark.parametrize("issuer", WRAPPED_ISSUERS)
def test_issuer_rule_follows_a_name_that_wraps(layouts: Converted, issuer: str) -> None:
    # The name wraps in the header's left column (long names may wrap, nd30-spec §3.2):
    # the rule is 1/3–1/2 of the longest printed line, not of the name set on one line.
    page = layouts[issuer].pages[0]
    assert len(rows([word for word in page.words if word.bold and word.x1 < TEXT_CENTRE])) >= 2
    check_issuer_rule(page)


def test_rules_are_borders_not_underscores(layouts: Converted) -> None:
    layout = layouts["seed"]
    assert layout.text.strip(), "pdftotext found no text"
    assert "_" not in layout.text


# --- 3. page numbers --------------------------------------------------------------------


def test_page_numbers_from_page_two_centred_in_the_top_margin(layouts: Converted) -> None:
    layout = layouts["seed"]
    assert len(layout.pages) >= 2, "the seed should run over several pages"
    first = layout.pages[0]
    header_top = span(first.get("ỦY BAN NHÂN DÂN")).top
    numbers = [w for w in first.words if w.text.isdigit() and w.bottom <= header_top]
    assert not numbers, f"page 1 carries a number above its header: {numbers}"
    for page in layout.pages[1:]:
        margin = page.margin_words
        assert [word.text for word in margin] == [str(page.number)], (
            f"page {page.number}: the top margin holds {[w.text for w in margin]}"
        )
        number = margin[0]
        assert number.bottom < min(word.top for word in page.body_words)
        assert abs(span([number]).centre - TEXT_CENTRE) <= 5 * MM, (
            f"page {page.number}: the number is at {span([number]).centre / MM:.1f} mm, "
            f"the text area's centre at {TEXT_CENTRE / MM:.1f} mm"
        )
        assert PAGE_NUMBER_SIZES[0] - 0.1 <= number.size <= PAGE_NUMBER_SIZES[1] + 0.1
        assert not number.bold


# --- 4. the signature block -------------------------------------------------------------


def test_signature_block_on_one_page_with_the_end_of_the_body(
    layouts: Converted, seed_report: Report
) -> None:
    problems = check_signature_block(layouts["seed"], seed_report)
    assert not problems, "; ".join(problems)


# --- 5. the body text -------------------------------------------------------------------


def _squeeze(text: str) -> str:
    # Lines break after a hyphen ("2021-" / "2026"), so whitespace is dropped, not collapsed.
    return "".join(unicodedata.normalize("NFC", text).split())


def test_every_body_paragraph_is_printed_in_order(layouts: Converted, seed_report: Report) -> None:
    layout = layouts["seed"]
    printed = _squeeze(layout.body_text())
    position = 0
    for index, block in enumerate(seed_report.body):
        if block.table is not None:
            continue
        start = _squeeze(" ".join(block.text.split()[:8]))
        found = printed.find(start, position)
        assert found >= 0, f"body[{index}] ({block.text[:60]!r}…) is missing or out of order"
        position = found + len(start)

    # The last section, its heading on a line of its own and its paragraph whole.
    heading = "VI. KIẾN NGHỊ, ĐỀ XUẤT"
    assert len(rows(layout.find_last(heading)[1])) == 1
    texts = [block.text for block in seed_report.body]
    paragraph = _squeeze(heading) + _squeeze(texts[texts.index(heading) + 1])
    assert paragraph in printed, "the last section's paragraph is not printed whole"


# --- 6. keep-together near the bottom of a page -----------------------------------------


def _stress_counts(seed: Layout, report: Report) -> range:
    """Filler counts that walk the end of the body over the foot of a page.

    Each one-line filler paragraph before the last one moves what follows down by one
    pitch (a line and the paragraph spacing). The first count leaves less than a pitch
    under the signer's name; the last would take the whole last paragraph past the foot
    of the page. In between, the block stops fitting under the body, then the last
    paragraph's own lines reach the foot: about 8 variants for the seed.
    """
    foot = A4[1] - BOTTOM_MARGIN
    page, name = seed.find_last(report.signature.name)
    last = span(page.get(" ".join(report.body[-1].text.split()[:4])))
    pitch = _line_pitch(seed) + BODY_SPACING
    start = max(0, math.floor((foot - span(name).bottom) / pitch))
    stop = math.floor((foot - last.top) / pitch) + 2
    return range(start, stop)


@pytest.fixture(scope="module")
def stress_layouts(
    layouts: Converted,
    seed_report: Report,
    tmp_path_factory: pytest.TempPathFactory,
    lo_profile: Path,
) -> tuple[Converted, dict[str, Report]]:
    if layouts.error is not None:
        return layouts, {}
    reports = {
        f"fillers-{count:02d}": attrs.evolve(
            seed_report,
            closing=[
                *(f"Nội dung bổ sung thứ {index + 1} của báo cáo." for index in range(count)),
                *seed_report.closing,
            ],
        )
        for count in _stress_counts(layouts["seed"], seed_report)
    }
    return render_and_convert(reports, tmp_path_factory.mktemp("stress"), lo_profile), reports


def test_signature_block_never_splits_nor_stands_alone(
    stress_layouts: tuple[Converted, dict[str, Report]],
) -> None:
    converted, reports = stress_layouts
    converted.require()
    problems = {}
    signature_pages = set()
    for name, report in reports.items():
        layout = converted[name]
        signature_pages.add(layout.find_last(report.signature.name)[0].number)
        found = check_signature_block(layout, report)
        if found:
            problems[name] = found
    assert not problems, f"{len(problems)} of {len(reports)} variants: {problems}"
    assert len(signature_pages) > 1, (
        f"every variant signs on page {signature_pages}: the range never crosses a page end"
    )


# --- 7. page and margins ----------------------------------------------------------------


def test_pages_are_a4_with_the_template_margins(layouts: Converted) -> None:
    layout = layouts["seed"]
    for page in layout.pages:
        assert page.width == pytest.approx(A4[0], abs=1)
        assert page.height == pytest.approx(A4[1], abs=1)
    body = layout.pages[1].body_words
    left = min(word.x0 for word in body)
    right = max(word.x1 for word in body)
    assert abs(left - TEXT_LEFT) <= 2 * MM, f"the body starts at {left / MM:.1f} mm, not 30"
    assert abs(right - TEXT_RIGHT) <= 2 * MM, f"the body ends at {right / MM:.1f} mm, not 195"


def test_every_glyph_comes_from_a_times_metric_font(layouts: Converted) -> None:
    # A font without the Vietnamese letters (Liberation Serif 1.x) makes LibreOffice take
    # them from another family, and every width above goes wrong.
    fonts = {word.font for page in layouts["seed"].pages for word in page.words}
    strays = {font for font in fonts if not font.startswith(("LiberationSerif", "TimesNewRoman"))}
    assert not strays, f"text set in {sorted(strays)}: {INSTALL_HINT}"


def test_a_template_saved_by_libreoffice_renders(
    tmp_path: Path, lo_profile: Path, seed_report: Report
) -> None:
    # LibreOffice rewrites the whole package: it renames style ids ("VN Subject rule"
    # becomes VNSubjectrule), splits and merges runs, writes its own settings; the
    # template must work all the same.
    saved_again = tmp_path / "saved"
    saved_again.mkdir()
    template = shutil.copy(TEMPLATE, tmp_path / "van-phong.docx")
    (resaved,) = convert([Path(template)], saved_again, lo_profile, "docx:MS Word 2007 XML")
    parts = zip_parts(resaved.read_bytes())
    assert 'w:styleId="VNSubjectrule"' in parts["word/styles.xml"].decode("utf-8")
    document = open_docx(seed_report.render(template=resaved))  # strict: it conforms
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert seed_report.subject in texts
    rules = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "VN Subject rule"
    ]
    assert len(rules) == 1
    assert rules[0]._p.pPr.find(f"{{{W_NS}}}ind") is not None  # sized to the subject


# --- 6. appendices ---------------------------------------------------------------------------


def _page_opening_with(layout: Layout, phrase: str) -> Page:
    for page in layout.pages:
        words = page.body_words
        if words and " ".join(word.text for word in words).startswith(phrase):
            return page
    pytest.fail(f"no page of {layout.name} starts with {phrase!r}")


def test_each_appendix_starts_a_page_numbered_on_its_own(
    layouts: Converted, seed_report: Report
) -> None:
    layout = layouts["appendices"]
    first = _page_opening_with(layout, "Phụ lục I KẾT QUẢ TIẾP CÔNG DÂN")
    signer, _ = layout.find_last(seed_report.signature.name)
    assert signer.number == first.number - 1  # right after the signature's page
    # Its first page carries no number, as page 1 of the document does; the next is "2".
    assert first.margin_words == []
    following = layout.pages[first.number]  # the page after (numbers start at 1)
    assert [word.text for word in following.margin_words] == ["2"]
    second = _page_opening_with(layout, "Phụ lục II SỐ LIỆU THEO THÁNG")
    assert second.number > following.number


def test_a_landscape_appendix_prints_on_a_turned_page(layouts: Converted) -> None:
    layout = layouts["appendices"]
    second = _page_opening_with(layout, "Phụ lục II")
    assert (round(second.width), round(second.height)) == (round(A4[1]), round(A4[0]))
    for page in layout.pages[: second.number - 1]:
        assert (round(page.width), round(page.height)) == (round(A4[0]), round(A4[1]))
    # The twelve months fit side by side on the wide page.
    assert second.find("Tháng 12") is not None
