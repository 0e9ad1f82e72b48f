"""One rulebook: the decree's facts are written once, and every layer reads them.

- the shipped template's styles print what the rulebook says, component by component;
- no fixed text, size range, margin range or rule length of the decree is written again
  in src/ (outside vnreport.rules) or in the template's source;
- the layers import each other one way only: render/ and conformance/ never meet, and the
  rulebook depends on nothing.
"""

from __future__ import annotations

import ast
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from lxml import etree

from conftest import ROOT
from vnreport.metrics import TWIPS_PER_MM
from vnreport.ooxml.names import W_NS
from vnreport.ooxml.styles import StyleSheet
from vnreport.render.styles import STYLE_COMPONENTS
from vnreport.rules import ND30, Align, Component, RuleLength, Sizes

SRC = ROOT / "src" / "vnreport"
TEMPLATE = ROOT / "templates" / "van-ban.docx"
TEMPLATE_SOURCE = ROOT / "templates" / "van-ban"
W = f"{{{W_NS}}}"


def _part(name: str) -> etree._Element:
    with zipfile.ZipFile(TEMPLATE) as package:
        return etree.fromstring(package.read(name))


@pytest.fixture(scope="module")
def sheet() -> StyleSheet:
    return StyleSheet(_part("word/styles.xml"))


def _paragraph_in(style: str) -> etree._Element:
    return etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r/></w:p>'
    )


# --- the template prints what the rulebook says --------------------------------------------


@pytest.mark.parametrize(
    ("style", "component"),
    [(style, component) for style, component in STYLE_COMPONENTS.items()],
    ids=list(STYLE_COMPONENTS),
)
def test_every_component_style_has_the_rulebook_form(
    sheet: StyleSheet, style: str, component: Component
) -> None:
    form = ND30.form(component)
    paragraph = _paragraph_in(style)
    assert sheet.paragraph_style(paragraph) == style, f"the template has no style {style}"
    props = sheet.paragraph_properties(paragraph)
    run = sheet.run_properties(paragraph.find(f"{W}r"), style)
    assert run.size == form.sizes.printed
    if form.bold is not None:
        assert run.bold is form.bold
    if form.italic is not None:
        assert run.italic is form.italic
    if form.align is not None:
        assert props.alignment == form.align.value
    assert set(run.fonts.values()) == {ND30.font}
    assert not run.theme_slots


def test_body_paragraphs_have_the_rulebook_indent_spacing_and_line_spacing(
    sheet: StyleSheet,
) -> None:
    props = sheet.paragraph_properties(_paragraph_in("VNBody"))
    assert props.first_line == ND30.body_indent[2]
    assert props.space_before == ND30.body_spacing[1]
    assert props.line == round(ND30.body_line_spacing[2] * 240)
    assert props.line_rule == "auto"


def test_the_page_is_the_rulebook_paper_with_its_printed_margins() -> None:
    section = _part("word/document.xml").find(f"{W}body/{W}sectPr")
    assert section is not None
    size = section.find(f"{W}pgSz")
    margins = section.find(f"{W}pgMar")
    width, height = ND30.page.paper
    assert int(size.get(f"{W}w")) == round(width * TWIPS_PER_MM)
    assert int(size.get(f"{W}h")) == round(height * TWIPS_PER_MM)
    for side in ("top", "bottom", "left", "right"):
        expected = round(ND30.page.printed_margin(side) * TWIPS_PER_MM)
        assert int(margins.get(f"{W}{side}")) == expected, side


def test_a_stricter_profile_is_a_new_value() -> None:
    # An agency printing its body at 14 pt exactly: one evolve, no code.
    strict = attrs.evolve(
        ND30,
        forms={**ND30.forms, Component.BODY: ND30.form(Component.BODY).with_sizes(14, 14)},
    )
    assert strict.form(Component.BODY).sizes == Sizes(low=14, high=14, printed=14)
    assert ND30.form(Component.BODY).sizes.low == 13
    assert strict.texts is ND30.texts


# --- no decree fact written twice -----------------------------------------------------------


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list | frozenset):
        for item in value:
            yield from _strings(item)
    elif attrs.has(type(value)):  # a group of texts (a meeting's labels)
        for field in attrs.fields(type(value)):
            yield from _strings(getattr(value, field.name))


def _fixed_texts() -> set[str]:
    texts = {
        text
        for field in attrs.fields(type(ND30.texts))
        for text in _strings(getattr(ND30.texts, field.name))
    }
    return {text for text in texts if len(text) >= 3}  # "VT", "Số" are too short to tell


def _ranges() -> set[tuple[float, ...]]:
    """The numeric facts: every size range, margin range and rule length of the rulebook."""
    found: set[tuple[float, ...]] = set()
    for form in ND30.forms.values():
        found.add((form.sizes.low, form.sizes.high))
        found.add((form.sizes.low, form.sizes.high, form.sizes.printed))
    for low, high, printed in ND30.page.margins.values():
        found.add((low, high))
        found.add((low, high, printed))
    for length in ND30.rules.values():
        if (length.low, length.high) != (1, 1):
            found.add((length.low, length.high))
            found.add(length.accepted)
    return {facts for facts in found if facts[0] != facts[-1]}


def _python_sources() -> list[Path]:
    return [path for path in SRC.rglob("*.py") if "rules" not in path.relative_to(SRC).parts]


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def _literals(path: Path) -> Iterator[tuple[int, object]]:
    """The string constants (docstrings aside) and the numeric tuples of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                yield node.lineno, node.value
        elif isinstance(node, ast.Tuple) and node.elts:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(values) == len(node.elts) and all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in values
            ):
                yield node.lineno, tuple(values)


def test_no_fixed_text_of_the_decree_is_written_outside_the_rulebook() -> None:
    texts = _fixed_texts()
    assert {"Nơi nhận", "./.", "Như trên", "Độc lập - Tự do - Hạnh phúc", "Thư ký"} <= texts
    repeated = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in _python_sources()
        for line, value in _literals(path)
        if isinstance(value, str) and value.strip().rstrip(":;") in texts
    ]
    assert repeated == []


def test_no_size_margin_or_rule_length_is_written_outside_the_rulebook() -> None:
    ranges = _ranges()
    assert (13, 14) in ranges
    assert (30, 35) in ranges
    assert (1 / 3, 1 / 2) in ranges
    repeated = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in _python_sources()
        for line, value in _literals(path)
        if isinstance(value, tuple) and value in ranges
    ]
    assert repeated == []


def _template_sources() -> list[Path]:
    return sorted(TEMPLATE_SOURCE.rglob("*.xml"))


def test_the_template_source_holds_no_fixed_text_of_the_decree() -> None:
    texts = _fixed_texts()
    repeated = []
    for path in _template_sources():
        root = etree.parse(str(path)).getroot()
        for element in root.iter(f"{W}t"):
            if (element.text or "").strip().rstrip(":;") in texts:
                repeated.append(f"{path.relative_to(ROOT)}: {element.text!r}")
    assert repeated == []


def test_the_template_source_takes_sizes_fonts_and_page_from_the_rulebook() -> None:
    # A component's style gets its size from <vn:form>, the page from <vn:page>, the font
    # from <vn:font>: the source writes none of them itself.
    components = set(STYLE_COMPONENTS)
    for path in _template_sources():
        root = etree.parse(str(path)).getroot()
        assert root.find(f".//{W}pgMar") is None, path.name
        assert root.find(f".//{W}pgSz") is None, path.name
        for fonts in root.iter(f"{W}rFonts"):
            assert ND30.font not in fonts.attrib.values(), path.name
        for style in root.iter(f"{W}style"):
            if style.get(f"{W}styleId") in components:
                assert style.find(f".//{W}sz") is None, style.get(f"{W}styleId")


def test_the_rulebook_checks_itself() -> None:
    with pytest.raises(ValueError, match="outside"):
        Sizes(low=13, high=14, printed=12)
    length = ND30.rules[Component.SUBJECT]
    assert isinstance(length, RuleLength)
    assert length.low <= length.printed <= length.high
    assert length.accepted[0] <= length.low
    assert length.high <= length.accepted[1]
    assert Align(ND30.form(Component.BODY).align.value) is Align.JUSTIFY


# --- one-way doors ---------------------------------------------------------------------------


def _imports(path: Path) -> Iterator[tuple[str, bool]]:
    """The vnreport modules ``path`` imports, and whether only for type checking."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name.startswith("vnreport"):
                yield name, id(node) in typing_only


def _package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _layer_imports(layer: str) -> set[str]:
    found: set[str] = set()
    for path in (SRC / layer).rglob("*.py"):
        for module, typing_only in _imports(path):
            if not typing_only:
                found.add(_package_of(module))
    return found - {layer}


def test_render_and_conformance_never_import_each_other() -> None:
    assert "conformance" not in _layer_imports("render")
    assert "render" not in _layer_imports("conformance")


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("rules", {"formatting", "model", "layout", "render", "conformance", "types"}),
        ("formatting", {"model", "layout", "render", "conformance", "types", "pipeline"}),
        ("layout", {"render", "conformance", "types", "pipeline", "exchange", "cli"}),
        ("render", {"conformance", "types", "pipeline", "exchange", "cli"}),
        ("conformance", {"render", "types", "pipeline", "exchange", "cli", "layout"}),
        ("types", {"render", "conformance", "pipeline", "exchange", "cli"}),
    ],
)
def test_each_layer_imports_only_below_it(layer: str, forbidden: set[str]) -> None:
    assert _layer_imports(layer) & forbidden == set()


def test_the_model_reaches_the_pipeline_only_when_asked_to_render() -> None:
    # Document.render/save/outline are conveniences: they import the pipeline inside the
    # method, so that importing the model never loads a renderer or the checker.
    for path in (SRC / "model").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
        for node in top_level:
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            assert _package_of(module or "") not in {
                "layout", "render", "conformance", "types", "pipeline", "exchange", "cli"
            }, f"{path.name} imports {module}"  # fmt: skip
