"""The formatting a paragraph or a run prints with, resolved as Word resolves it.

Formatting comes from, in order of precedence: the direct properties of the run or the
paragraph, the run's character style, the paragraph's style and its ``basedOn`` ancestors,
the table's style for text in a table, and finally ``w:docDefaults``. Each property is
resolved on its own (``w:spacing w:before`` may come from one level and ``w:line`` from
another). Theme fonts are kept as such (the theme's name for them, ``minorHAnsi`` …):
:mod:`vnreport.ooxml.fonts` resolves them, and tells which slot shows which character.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
from lxml import etree

from vnreport.errors import PackageError
from vnreport.ooxml.names import w
from vnreport.ooxml.numbering import ListLevel

__all__ = [
    "FONT_SLOTS",
    "MAX_STYLE_DEPTH",
    "THEME_ATTRIBUTES",
    "ParagraphProperties",
    "RunProperties",
    "StyleSheet",
    "measurement",
]

#: The four font slots of a run: Latin text, high ANSI, East Asian and complex scripts.
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
#: The attribute naming each slot's theme font; the complex-script one is spelled in lower
#: case in the schema (w:cstheme).
THEME_ATTRIBUTES = {
    "ascii": w("asciiTheme"),
    "hAnsi": w("hAnsiTheme"),
    "eastAsia": w("eastAsiaTheme"),
    "cs": w("cstheme"),
}
_OFF = frozenset({"0", "false", "off"})
_NO_BORDER = frozenset({"nil", "none"})
_PPR, _RPR, _PSTYLE, _RSTYLE, _BASED_ON = w("pPr"), w("rPr"), w("pStyle"), w("rStyle"), w("basedOn")
_PSTYLE_PATH = f"{_PPR}/{_PSTYLE}"
# Direct properties that only name a style (or track revisions): nothing to add.
_STYLE_ONLY = frozenset({_PSTYLE, _RSTYLE, _RPR, w("sectPr"), w("rPrChange")})
_VAL = w("val")
_HINT, _EAST_ASIA = w("hint"), w("eastAsia")
_ALIGNMENTS = {"start": "left", "end": "right", "distribute": "both", "justify": "both"}
#: A style based on a chain of more styles than this is refused: no document nests its
#: styles so deep, and resolving a paragraph costs the length of its chain.
MAX_STYLE_DEPTH = 100
# The properties read from each element: what the rules use, and nothing else, so that a
# style with a million attributes costs no more than one with ten.
# ``cs`` and ``rtl`` (the elements, not the rFonts slot) set the whole run in the
# complex-script font.
_RUN_TAGS = frozenset({"b", "i", "caps", "u", "sz", "color", "cs", "rtl"})
_PARAGRAPH_TAGS = frozenset({"jc", "keepNext", "keepLines"})
_MEASURED = {
    "spacing": frozenset({"before", "after", "line", "lineRule"}),
    "ind": frozenset({"left", "start", "right", "end", "firstLine", "hanging"}),
}
_SIDES = frozenset({"top", "left", "start", "bottom", "right", "end", "between", "bar"})
#: Lengths are clamped to this many twips (about 17 km): far beyond any page, and small
#: enough that sums and ratios of them stay finite floats.
_MAX_MEASUREMENT = 10**9
# No length needs more characters than this; float() of a longer string is not tried.
_MEASUREMENT_CHARS = 40


@attrs.frozen(kw_only=True)
class RunProperties:
    """The effective formatting of a run."""

    size: float | None = None  # points; None when nothing sets it (Word then uses 10 pt)
    bold: bool = False
    italic: bool = False
    caps: bool = False
    underline: bool = False
    color: str | None = None
    #: Font slot → the font name in effect, or ``None`` when no level names one.
    fonts: Mapping[str, str | None] = attrs.field(factory=dict, eq=False)
    #: The slots whose font comes from the theme (``w:asciiTheme`` …).
    theme_slots: frozenset[str] = frozenset()
    #: ``w:rFonts/@w:hint``: "eastAsia" sends some characters shared by several scripts
    #: to the East Asian slot.
    hint: str | None = None
    #: ``w:lang/@w:eastAsia``, the East Asian language of the run ("zh-CN" …).
    east_asian_language: str | None = None
    #: ``w:cs`` or ``w:rtl`` is on: the whole run is set in the complex-script font.
    complex_script: bool = False


@attrs.frozen(kw_only=True)
class ParagraphProperties:
    """The effective formatting of a paragraph; lengths in twips."""

    style: str | None = None
    alignment: str = "left"
    left: int = 0
    right: int = 0
    first_line: int = 0  # negative for a hanging indent
    space_before: int = 0
    space_after: int = 0
    line: int | None = None
    line_rule: str = "auto"
    keep_next: bool = False
    keep_lines: bool = False
    numbered: bool = False
    #: Side → border size in eighths of a point, for the sides with a visible border.
    borders: Mapping[str, int] = attrs.field(factory=dict, eq=False)


class StyleSheet:
    """The styles of a document, read once; resolves properties for paragraphs and runs.

    What each style sets is read once; what a combination of styles gives is resolved
    once per combination and kept; a paragraph or run then only adds its direct
    formatting.
    """

    def __init__(self, styles: etree._Element | None) -> None:
        self._styles: dict[str, etree._Element] = {}
        self._default_paragraph: str | None = None
        self._default_ppr: _Layer = _EMPTY
        self._default_rpr: _Layer = _EMPTY
        self._chains: dict[str | None, list[etree._Element]] = {}
        self._layers: dict[tuple[str, str], _Layer] = {}
        self._run_bases: dict[tuple[str | None, str | None, str | None], _Values] = {}
        self._paragraph_bases: dict[tuple[str | None, str | None], _Values] = {}
        # Direct formatting repeats (every run of a body "bold, 14 pt"): each combination
        # of styles and direct formatting is resolved once.
        self._runs: dict[tuple[object, ...], RunProperties] = {}
        self._paragraphs: dict[tuple[object, ...], ParagraphProperties] = {}
        if styles is None:
            return
        for style in styles.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id is None:
                continue
            self._styles[style_id] = style
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                self._default_paragraph = style_id
        self._default_ppr = _paragraph_layer(
            styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
        )
        self._default_rpr = _run_layer(
            styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        )

    @property
    def styles(self) -> Mapping[str, etree._Element]:
        """Style id → its ``w:style`` element."""
        return self._styles

    def name(self, style_id: str | None) -> str | None:
        """The display name of a style."""
        style = self._styles.get(style_id or "")
        element = None if style is None else style.find(w("name"))
        return None if element is None else element.get(w("val"))

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and its ``basedOn`` ancestors, the most basic first;
        :class:`PackageError` beyond :data:`MAX_STYLE_DEPTH` styles."""
        cached = self._chains.get(style_id)
        if cached is not None:
            return cached
        chain: list[etree._Element] = []
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in self._styles:
            if len(chain) == MAX_STYLE_DEPTH:
                raise PackageError(
                    f"the style {style_id!r} is based on more than {MAX_STYLE_DEPTH} styles "
                    "in a row (w:basedOn); no document nests its styles so deep"
                )
            seen.add(current)
            style = self._styles[current]
            chain.append(style)
            based_on = style.find(_BASED_ON)
            current = None if based_on is None else based_on.get(_VAL)
        chain.reverse()
        self._chains[style_id] = chain
        return chain

    def paragraph_style(self, paragraph: etree._Element) -> str | None:
        """The style id of a paragraph, or the default paragraph style."""
        element = paragraph.find(_PSTYLE_PATH)
        style = None if element is None else element.get(_VAL)
        return style if style in self._styles else self._default_paragraph

    def paragraph_properties(
        self,
        paragraph: etree._Element,
        table_style: str | None = None,
        level: ListLevel | None = None,
    ) -> ParagraphProperties:
        """The effective properties of ``paragraph`` (in a table of ``table_style``; at
        list ``level`` when it is in a list, whose indents come under its own)."""
        style = self.paragraph_style(paragraph)
        key = (style, table_style)
        base = self._paragraph_bases.get(key)
        if base is None:
            base = _Values()
            base.apply(self._default_ppr)
            for item in (*self.chain(table_style), *self.chain(style)):
                base.apply(self._layer(item, "p"))
            self._paragraph_bases[key] = base
        direct = paragraph.find(_PPR)
        if direct is None or all(child.tag in _STYLE_ONLY for child in direct):
            return base.paragraph(style)
        layer = _paragraph_layer(direct)
        combination = (*key, None if level is None else level[0], *layer.signature())
        found = self._paragraphs.get(combination)
        if found is None:
            values = base.copy()
            if level is not None:
                values.apply(_list_layer(level[1]))
            values.apply(layer)
            found = self._paragraphs[combination] = values.paragraph(style)
        return found

    def run_properties(
        self,
        run: etree._Element,
        paragraph_style: str | None,
        table_style: str | None = None,
    ) -> RunProperties:
        """The effective properties of ``run`` in a paragraph of ``paragraph_style``."""
        direct = run.find(_RPR)
        character = None if direct is None else direct.find(_RSTYLE)
        character_style = None if character is None else character.get(_VAL)
        key = (table_style, paragraph_style, character_style)
        base = self._run_bases.get(key)
        if base is None:
            base = _Values()
            base.apply(self._default_rpr)
            for style in (table_style, paragraph_style, character_style):
                for item in self.chain(style):
                    base.apply(self._layer(item, "r"))
            self._run_bases[key] = base
        if direct is None or all(child.tag in _STYLE_ONLY for child in direct):
            return base.run()
        layer = _run_layer(direct)
        combination = (*key, *layer.signature())
        found = self._runs.get(combination)
        if found is None:
            values = base.copy()
            values.apply(layer)
            found = self._runs[combination] = values.run()
        return found

    def _layer(self, style: etree._Element, kind: str) -> _Layer:
        """What one style sets for paragraphs ("p") or runs ("r"), read once."""
        key = (str(style.get(w("styleId"))), kind)
        layer = self._layers.get(key)
        if layer is None:
            if kind == "p":
                layer = _paragraph_layer(style.find(_PPR))
            else:
                layer = _run_layer(style.find(_RPR))
            self._layers[key] = layer
        return layer


@attrs.frozen
class _Layer:
    """What one level of formatting (a style's, the defaults', a paragraph's own) sets."""

    values: Mapping[str, str] = attrs.field(factory=dict)
    #: Font slot → (font name or theme font, whether it is a theme font).
    fonts: Mapping[str, tuple[str, bool]] = attrs.field(factory=dict)
    #: Side → border size in eighths of a point, or ``None`` where the level removes it.
    borders: Mapping[str, int | None] = attrs.field(factory=dict)

    def signature(self) -> tuple[object, ...]:
        """What the layer sets, as a key: layers that set the same are equal in it."""
        return (
            tuple(sorted(self.values.items())),
            tuple(sorted(self.fonts.items())),
            tuple(sorted(self.borders.items(), key=lambda item: item[0])),
        )


_EMPTY = _Layer()


def _run_layer(rpr: etree._Element | None) -> _Layer:
    if rpr is None:
        return _EMPTY
    values: dict[str, str] = {}
    fonts: dict[str, tuple[str, bool]] = {}
    for child in rpr:
        tag = _local(child)
        if tag == "rFonts":
            for slot in FONT_SLOTS:
                theme = child.get(THEME_ATTRIBUTES[slot])
                name = child.get(w(slot))
                if theme is not None:
                    fonts[slot] = (theme, True)
                elif name is not None:
                    fonts[slot] = (name, False)
            hint = child.get(_HINT)
            if hint is not None:
                values["hint"] = hint
        elif tag == "lang":
            language = child.get(_EAST_ASIA)
            if language is not None:
                values["lang.eastAsia"] = language
        elif tag in _RUN_TAGS:
            values[tag] = child.get(_VAL, "true")
    return _Layer(values, fonts)


def _paragraph_layer(ppr: etree._Element | None) -> _Layer:
    if ppr is None:
        return _EMPTY
    values: dict[str, str] = {}
    borders: dict[str, int | None] = {}
    for child in ppr:
        tag = _local(child)
        if tag in _MEASURED:
            known = _MEASURED[tag]
            for key, value in child.attrib.items():
                name = str(key).rpartition("}")[2]
                if name in known:
                    values[f"{tag}.{name}"] = str(value)
        elif tag in _PARAGRAPH_TAGS:
            values[tag] = child.get(_VAL, "true")
        elif tag == "numPr":
            values["numPr"] = "true"
        elif tag == "pBdr":
            for side in child:
                name = _local(side)
                if name not in _SIDES:
                    continue
                if side.get(_VAL) in _NO_BORDER:
                    borders[name] = None
                else:
                    borders[name] = measurement(side.get(w("sz"), "4"))
    return _Layer(values, borders=borders)


def _list_layer(properties: etree._Element) -> _Layer:
    """What a list level sets for its paragraphs: their indents."""
    values = _paragraph_layer(properties).values
    return _Layer({key: value for key, value in values.items() if key.startswith("ind.")})


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class _Values:
    """Properties gathered level by level; a later level overrides an earlier one."""

    __slots__ = ("borders", "cached", "cached_paragraph", "fonts", "themes", "values")

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.fonts: dict[str, str | None] = dict.fromkeys(FONT_SLOTS)
        self.themes: set[str] = set()
        self.borders: dict[str, int] = {}
        # The properties of a style combination, built once: most runs and paragraphs
        # add nothing of their own.
        self.cached: RunProperties | None = None
        self.cached_paragraph: ParagraphProperties | None = None

    def copy(self) -> _Values:
        other = _Values()
        other.values = dict(self.values)
        other.fonts = dict(self.fonts)
        other.themes = set(self.themes)
        other.borders = dict(self.borders)
        return other

    def apply(self, layer: _Layer) -> None:
        # A first-line indent and a hanging one are one setting: a level that sets either
        # replaces the other.
        if "ind.firstLine" in layer.values or "ind.hanging" in layer.values:
            self.values.pop("ind.firstLine", None)
            self.values.pop("ind.hanging", None)
        self.values.update(layer.values)
        for slot, (name, theme) in layer.fonts.items():
            self.fonts[slot] = name
            if theme:
                self.themes.add(slot)
            else:
                self.themes.discard(slot)
        for side, size in layer.borders.items():
            if size is None:
                self.borders.pop(side, None)
            else:
                self.borders[side] = size

    def _on(self, tag: str) -> bool:
        value = self.values.get(tag)
        return value is not None and value not in _OFF

    def run(self) -> RunProperties:
        if self.cached is not None:
            return self.cached
        size = self.values.get("sz")
        underline = self.values.get("u")
        color = self.values.get("color")
        self.cached = RunProperties(
            size=None if size is None else measurement(size) / 2,
            bold=self._on("b"),
            italic=self._on("i"),
            caps=self._on("caps"),
            underline=underline is not None and underline != "none",
            color=None if color in (None, "auto") else color,
            fonts=dict(self.fonts),
            theme_slots=frozenset(self.themes),
            hint=self.values.get("hint"),
            east_asian_language=self.values.get("lang.eastAsia"),
            complex_script=self._on("cs") or self._on("rtl"),
        )
        return self.cached

    def paragraph(self, style: str | None) -> ParagraphProperties:
        if self.cached_paragraph is not None and self.cached_paragraph.style == style:
            return self.cached_paragraph
        get = self.values.get
        alignment = get("jc", "left")
        line = get("spacing.line")
        self.cached_paragraph = ParagraphProperties(
            style=style,
            alignment=_ALIGNMENTS.get(alignment, alignment),
            left=measurement(get("ind.left", get("ind.start"))),
            right=measurement(get("ind.right", get("ind.end"))),
            first_line=measurement(get("ind.firstLine")) - measurement(get("ind.hanging")),
            space_before=measurement(get("spacing.before")),
            space_after=measurement(get("spacing.after")),
            line=None if line is None else measurement(line),
            line_rule=get("spacing.lineRule", "auto"),
            keep_next=self._on("keepNext"),
            keep_lines=self._on("keepLines"),
            numbered="numPr" in self.values,
            borders=dict(self.borders),
        )
        return self.cached_paragraph


def measurement(value: str | None, default: int = 0, scale: float = 1) -> int:
    """A length or size attribute as an integer (``scale`` times the number it holds):
    ``default`` when it is absent or not a number, clamped to a billion either way.

    >>> measurement("1134"), measurement("12.6"), measurement("1e999"), measurement("x", 5)
    (1134, 13, 1000000000, 5)
    """
    if value is None or len(value) > _MEASUREMENT_CHARS:
        return default
    try:
        number = float(value) * scale
    except ValueError:
        return default
    if number != number:  # NaN
        return default
    return round(max(-_MAX_MEASUREMENT, min(_MAX_MEASUREMENT, number)))
