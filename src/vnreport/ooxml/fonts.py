"""Which font Word shows each character of a run in.

A run names up to four fonts, one per slot (ascii, hAnsi, eastAsia, cs), and Word picks
the slot character by character from its Unicode block ([MS-OI29500] §2.1.88, on
ISO/IEC 29500-1 §17.3.2.26 rFonts): Basic Latin is shown in the ascii font, the rest of
the Latin script — every Vietnamese letter with a diacritic (Latin-1, Latin Extended-A
and -B, Latin Extended Additional) — in the hAnsi font, CJK in the eastAsia font. Only
``w:hint="eastAsia"`` moves characters shared with East Asian scripts (quotation marks,
dashes, "…", "°", "×") to the East Asian slot, and Vietnamese letters too when the run's
East Asian language is Chinese or its East Asian font has a Chinese character set; ``w:cs``
or ``w:rtl`` sets the whole run in the complex-script font.

A slot may name a theme font (``minorHAnsi`` …): its typeface is in the theme part
(``a:majorFont`` / ``a:minorFont``; the East Asian and complex-script ones by the
languages of ``w:themeFontLang`` when the theme leaves them empty).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping

import attrs
from lxml import etree

from vnreport.errors import PackageError
from vnreport.ooxml.names import w
from vnreport.ooxml.package import DocxPackage
from vnreport.ooxml.styles import FONT_SLOTS, RunProperties

__all__ = ["DocumentFonts", "ThemeFonts", "slot_of"]

_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"
_FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
_SETTINGS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"

# How a Unicode block picks its slot: always one slot, or hAnsi unless the hint (and,
# for Latin letters, a Chinese language or font) sends it to the East Asian slot.
_ASCII, _HANSI, _EAST, _HINTED, _LATIN1, _LATIN = range(6)
# (first code point, kind) of each range, in order; a range runs to the next one's start.
_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0000, _ASCII),  # Basic Latin
    (0x0080, _HANSI),
    (0x00A0, _LATIN1),  # Latin-1 Supplement: à á â ã è é ê ì í ò ó ô õ ù ú ý
    (0x0100, _LATIN),  # Latin Extended-A and -B, IPA: ă đ ĩ ũ ơ ư
    (0x02B0, _HINTED),  # spacing modifiers, combining marks (NFD text), Greek, Cyrillic
    (0x0500, _HANSI),
    (0x0590, _ASCII),  # Hebrew, Arabic, Syriac, Thaana: the table says ascii
    (0x07C0, _HANSI),
    (0x1100, _EAST),  # Hangul Jamo
    (0x1200, _HANSI),
    (0x1E00, _LATIN),  # Latin Extended Additional: ạ ả ấ ầ ẩ ẫ ậ … ỹ
    (0x1F00, _HANSI),
    (0x2000, _HINTED),  # punctuation (– — ‘ ’ “ ” …), symbols, arrows, box drawing
    (0x2C00, _HANSI),
    (0x2E80, _EAST),  # CJK radicals, symbols and punctuation, kana, ideographs, Yi
    (0xA4D0, _HANSI),
    (0xAC00, _EAST),  # Hangul syllables
    (0xD800, _HANSI),
    (0xE000, _HINTED),  # private use
    (0xF900, _EAST),  # CJK compatibility ideographs
    (0xFB00, _HINTED),  # Latin ligatures
    (0xFB1D, _ASCII),  # Hebrew and Arabic presentation forms
    (0xFE00, _HANSI),
    (0xFE30, _EAST),  # CJK compatibility forms, small forms
    (0xFE70, _ASCII),  # Arabic presentation forms B
    (0xFF00, _EAST),  # half- and full-width forms
    (0xFFF0, _HANSI),
    (0x20000, _EAST),  # CJK extensions
    (0x2FA20, _HANSI),
)
_STARTS = tuple(start for start, _ in _BLOCKS)
# Latin-1 characters a hint sends to the East Asian slot: ¡ ¤ § ¨ ª ­ ¯ ° ± ² ³ ´ ¶ · ¸ ¹ º
# ¼ ½ ¾ ¿ × ÷; and the letters it also sends there in a Chinese run: à á è é ê ì í ò ó ù ú ü.
_LATIN1_HINTED = frozenset(
    {0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAF, 0xD7, 0xF7}
    | {*range(0xB0, 0xB5), *range(0xB6, 0xBB), *range(0xBC, 0xC0)}
)
_LATIN1_CHINESE = frozenset(
    [0xE0, 0xE1, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC]
)
# Character sets (w:charset, hex) of Chinese fonts: GB2312 and Big5 (Chinese5).
_CHINESE_CHARSETS = frozenset({"86", "88"})
# Theme font → (which of a:majorFont / a:minorFont, which typeface in it).
_THEME_FONTS = {
    f"{kind}{name}": (kind, face)
    for kind in ("major", "minor")
    for name, face in (("Ascii", "latin"), ("HAnsi", "latin"), ("EastAsia", "ea"), ("Bidi", "cs"))
}
# Language → the script of the theme's a:font a theme leaves to the language.
_SCRIPTS = {
    "ja": "Jpan",
    "ko": "Hang",
    "zh-cn": "Hans",
    "zh-sg": "Hans",
    "zh": "Hans",
    "zh-tw": "Hant",
    "zh-hk": "Hant",
    "zh-mo": "Hant",
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "he": "Hebr",
    "th": "Thai",
}


def slot_of(
    code: int, hinted: bool = False, chinese: bool = False, chinese_font: bool = False
) -> str:
    """The slot Word shows the character ``code`` in: ``hinted`` when the run has
    ``w:hint="eastAsia"``, ``chinese`` when its East Asian language is Chinese,
    ``chinese_font`` when its East Asian font has a Chinese character set.

    >>> slot_of(ord("a")), slot_of(ord("ư")), slot_of(ord("ệ")), slot_of(ord("中"))
    ('ascii', 'hAnsi', 'hAnsi', 'eastAsia')
    >>> slot_of(ord("…")), slot_of(ord("…"), hinted=True), slot_of(ord("ư"), True, True)
    ('hAnsi', 'eastAsia', 'eastAsia')
    """
    kind = _BLOCKS[bisect.bisect_right(_STARTS, code) - 1][1]
    if kind == _ASCII:
        return "ascii"
    if kind == _EAST:
        return "eastAsia"
    if hinted:
        if kind == _HINTED:
            return "eastAsia"
        if kind == _LATIN1 and (code in _LATIN1_HINTED or (chinese and code in _LATIN1_CHINESE)):
            return "eastAsia"
        if kind == _LATIN and (chinese or chinese_font):
            return "eastAsia"
    return "hAnsi"


@attrs.frozen
class ThemeFonts:
    """The fonts of a document's theme: for "major" (headings) and "minor" (body text),
    the typeface of ``latin``, ``ea``, ``cs`` and of each script ("Jpan", "Hans" …)."""

    major: Mapping[str, str] = attrs.field(factory=dict)
    minor: Mapping[str, str] = attrs.field(factory=dict)
    #: ``w:themeFontLang`` (settings): the East Asian and the bidirectional language.
    east_asian_language: str | None = None
    bidi_language: str | None = None

    def typeface(self, theme_font: str) -> str | None:
        """The typeface a theme font (``minorHAnsi`` …) stands for; ``None`` if the theme
        names none."""
        known = _THEME_FONTS.get(theme_font)
        if known is None:
            return None
        kind, face = known
        faces = self.major if kind == "major" else self.minor
        typeface = faces.get(face)
        if not typeface and face != "latin":
            language = self.east_asian_language if face == "ea" else self.bidi_language
            typeface = faces.get(_script(language))
        return typeface or None


def _script(language: str | None) -> str:
    if not language:
        return ""
    language = language.lower()
    return _SCRIPTS.get(language) or _SCRIPTS.get(language.split("-")[0], "")


class DocumentFonts:
    """What a document's package says about its fonts beyond the run properties: its
    theme (``None`` when it has none) and the character set of each font it lists. Each
    part is read the first time it is needed (most runs need neither); a part that cannot
    be read counts as absent, since it only refines what the fonts are."""

    def __init__(self, package: DocxPackage) -> None:
        self._package = package

    @functools.cached_property
    def theme(self) -> ThemeFonts | None:
        """The fonts of the theme the main part relates to."""
        package = self._package
        return _read_theme(
            _part(package, _THEME_TYPE, "theme.xml"), _part(package, _SETTINGS_TYPE, "settings.xml")
        )

    @functools.cached_property
    def charsets(self) -> Mapping[str, str]:
        """Font name → its character set (``w:charset``, hex), from the font table."""
        return _read_charsets(_part(self._package, _FONT_TABLE_TYPE, "fontTable.xml"))

    def name(self, props: RunProperties, slot: str) -> str | None:
        """The font shown through ``slot``: the name it gives, or its theme font's
        typeface (``None`` when neither is known)."""
        font = props.fonts.get(slot)
        if font is None or slot not in props.theme_slots:
            return font
        return None if self.theme is None else self.theme.typeface(font)

    def shown(self, text: str, props: RunProperties) -> dict[str, str]:
        """Slot → the characters of ``text`` Word shows through it (spaces, which show
        no glyph, left out); only the slots some character uses."""
        visible = "".join(text.split())
        if not visible:
            return {}
        if props.complex_script:
            return {"cs": visible}
        fonts = props.fonts
        east_asia = None if "eastAsia" in props.theme_slots else fonts.get("eastAsia")
        same_latin = fonts.get("ascii") == fonts.get("hAnsi") and (
            ("ascii" in props.theme_slots) == ("hAnsi" in props.theme_slots)
        )
        if east_asia == "Times New Roman" and same_latin and fonts.get("ascii") is not None:
            # Word's own exception: the ascii font then shows every character.
            return {"ascii": visible}
        if visible.isascii():
            return {"ascii": visible}
        hinted = props.hint == "eastAsia"
        language = (props.east_asian_language or "").lower()
        chinese = language.startswith("zh")
        chinese_font = (
            hinted and self.charsets.get(self.name(props, "eastAsia") or "") in _CHINESE_CHARSETS
        )
        shown: dict[str, list[str]] = {}
        for character in visible:
            code = ord(character)
            slot = "ascii" if code < 0x80 else slot_of(code, hinted, chinese, chinese_font)
            shown.setdefault(slot, []).append(character)
        return {slot: "".join(shown[slot]) for slot in FONT_SLOTS if slot in shown}


def _part(package: DocxPackage, content_type: str, suffix: str) -> etree._Element | None:
    """The part of ``content_type`` the main part relates to (by the end of its name when
    the content types are missing), parsed; ``None`` when absent or unreadable."""
    names = list(package.relationships.values())
    name = next((n for n in names if package.content_type(n) == content_type), None)
    if name is None:
        # "theme/theme1.xml", "settings.xml": the names Word gives them.
        stem = suffix.removesuffix(".xml")
        name = next((n for n in names if n.rpartition("/")[2].startswith(stem)), None)
    if name is None:
        return None
    try:
        return package.xml(name)
    except PackageError:
        return None


def _read_theme(root: etree._Element | None, settings: etree._Element | None) -> ThemeFonts | None:
    if root is None:
        return None
    faces: dict[str, dict[str, str]] = {"major": {}, "minor": {}}
    for kind in faces:
        element = root.find(f".//{{{_DRAWING}}}{kind}Font")
        if element is None:
            continue
        for child in element:
            tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
            typeface = child.get("typeface")
            if typeface is None:
                continue
            if tag in ("latin", "ea", "cs"):
                faces[kind][tag] = typeface
            elif tag == "font" and child.get("script"):
                faces[kind][str(child.get("script"))] = typeface
    language = None if settings is None else settings.find(w("themeFontLang"))
    return ThemeFonts(
        major=faces["major"],
        minor=faces["minor"],
        east_asian_language=None if language is None else language.get(w("eastAsia")),
        bidi_language=None if language is None else language.get(w("bidi")),
    )


def _read_charsets(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    charsets: dict[str, str] = {}
    for font in root.iter(w("font")):
        name = font.get(w("name"))
        charset = font.find(w("charset"))
        value = None if charset is None else charset.get(w("val"))
        if name is not None and value is not None:
            charsets[name] = value.upper()
    return charsets
