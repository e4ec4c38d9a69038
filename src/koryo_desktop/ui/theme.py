"""Fonts and the look of the app. The fonts ship in resources/fonts so that Hangul, Cyrillic and
Latin render on a machine with no fonts of its own."""

from __future__ import annotations

import re
from typing import TypedDict

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QToolButton, QWidget

from koryo_desktop import paths

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NanumGothic.ttf",
    "NanumGothicBold.ttf",
)
LATIN_FAMILY = "Noto Sans"
KOREAN_FAMILY = "NanumGothic"

# Sizes are in points at 100 % ({11} is 11 pt at 100 %, 22 pt at 200 %) and colours are palette
# roles or {named} colours of the scheme; style_sheet() fills them in for the size and colours in use.
STYLE = """
#rail { background: palette(alternate-base); border-right: 1px solid palette(mid); }
#railArea { background: palette(alternate-base); border: none; }
#rail QToolButton { border: none; border-radius: 6px; padding: 10px 12px; text-align: left;
                    font-size: {11}pt; }
#rail QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
#rail QToolButton:hover:!checked { background: palette(midlight); }
#rail QToolButton:focus { border: 2px solid palette(text); padding: 8px 10px; }
#screenTitle { font-size: {18}pt; font-weight: bold; }
#notice { background: {notice_ground}; color: {notice_text}; border: 1px solid {notice_border}; border-radius: 4px;
          padding: 8px; }
#homeIntro { font-size: {13}pt; }
#homeCard { border: 1px solid palette(mid); border-radius: 8px; padding: 14px; font-size: {12}pt;
            text-align: left; background: palette(base); }
#homeCard:hover, #homeCard:focus { border: 2px solid palette(highlight); }
#cardHeading { font-weight: bold; font-size: {13}pt; }
#hint { color: palette(placeholder-text); }
"""

# The colours of a notice (the shell's messages, "sources disagree" on a page) in each scheme:
# ground, text, border; the text reads at 7:1 or more on the ground.
NOTICE_COLOURS = {
    "standard": ("#fff4ce", "#3d2e00", "#d9b300"),
    "dark": ("#473a00", "#ffeeb0", "#b39500"),
    "high-contrast": ("#000000", "#ffff00", "#ffff00"),
}


_loaded_families: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts once per process (a kiosk starts again many times a day);
    returns the families loaded."""
    if _loaded_families:
        return list(_loaded_families)
    families: list[str] = []
    font_dir = paths.resource("fonts")
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_dir / name))
        if font_id < 0:
            raise RuntimeError(f"could not load bundled font {font_dir / name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    _loaded_families.extend(families)
    return families


BASE_POINT_SIZE = 11.0
SCALES = (100, 125, 150, 175, 200)  # interface text sizes in per cent, for classrooms and projectors
SCHEMES = ("standard", "dark", "high-contrast")  # interface colours


class _Display(TypedDict):
    scale: int  # interface text size, per cent (one of SCALES)
    scheme: str  # interface colours (one of SCHEMES)


_display: _Display = {"scale": 100, "scheme": "standard"}


def apply_font(app: QApplication, point_size: float = BASE_POINT_SIZE) -> None:
    """The app font: Noto Sans, with NanumGothic for Hangul."""
    font = QFont(LATIN_FAMILY)
    font.setFamilies([LATIN_FAMILY, KOREAN_FAMILY])
    font.setPointSizeF(point_size)
    app.setFont(font)


def scaled(template: str, scale: int | None = None, scheme: str | None = None) -> str:
    """A style sheet template at the interface size and colours: {N} becomes N pt at `scale` per cent
    (the size in use by default) and {name} a named colour of the scheme."""
    scale = int(_display["scale"]) if scale is None else scale
    notice = NOTICE_COLOURS.get(str(_display["scheme"]) if scheme is None else scheme, NOTICE_COLOURS["standard"])
    colours = dict(zip(("notice_ground", "notice_text", "notice_border"), notice, strict=True))
    sheet = re.sub(r"\{(\d+)\}", lambda m: f"{int(m.group(1)) * scale / 100:g}", template)
    return re.sub(r"\{([a-z_]+)\}", lambda m: colours[m.group(1)], sheet)


def style_sheet(scale: int, scheme: str = "standard") -> str:
    """STYLE with its font sizes at `scale` per cent and the colours of `scheme`."""
    return scaled(STYLE, scale, scheme)


# The rail's rules (#rail …) reach it through the sheet of the railArea around it: a second copy on
# the rail itself would make Qt polish its buttons twice (2 ms at every start) for the same look.
STYLED_NAMES = frozenset({"railArea", "screenTitle", "notice", "homeIntro", "homeCard", "cardHeading", "hint"})
STYLE_PROPERTY = "koryoStyle"  # a widget's own style sheet template (see set_style)


def apply_style(root: QWidget) -> None:
    """Give the style sheet to `root` and its descendants named in it (and so to their children),
    once they are built. The other widgets keep the plain platform style: a sheet on the whole
    application would make Qt polish all ~450 widgets through its style-sheet engine at start-up,
    which costs about 10 ms and 2 MiB. Call it again for a named widget built later."""
    sheet = style_sheet(int(_display["scale"]), str(_display["scheme"]))
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in STYLED_NAMES:
            widget.setStyleSheet(sheet)
        elif _symbol_button(widget):
            widget.setFont(symbol_font())


SYMBOL_POINTS = 15  # at 100 %: bold and larger than body text


def symbol_font() -> QFont:
    """The font of a button that shows a symbol (← − ↑ ×) instead of a word: bold and larger, since
    a one-pixel arrow at body size is no more than a grey smudge (below 3:1)."""
    font = QFont(QApplication.font())
    font.setBold(True)
    font.setPointSizeF(SYMBOL_POINTS * int(_display["scale"]) / 100)
    return font


def _symbol_button(widget: QWidget) -> bool:
    if widget.property("symbol"):
        return True
    if not isinstance(widget, QToolButton) or not widget.text() or any(c.isalnum() for c in widget.text()):
        return False
    widget.setProperty("symbol", True)  # its font is set again at every change of size
    return True


def set_style(widget: QWidget, template: str) -> None:
    """Give `widget` a style sheet of its own that follows the interface: sizes as {N} (points at
    100 %), colours as palette(role) or {named} colours. It is made again whenever the size or the
    colours change, so the widget never keeps a size or a colour of another setting."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(scaled(template))


def refresh_styles() -> None:
    """Make every style sheet again for the interface size and colours in use. Qt resolves a style
    sheet's palette(role) and fonts when it polishes a widget, and a widget with a sheet of its own
    keeps the palette of that moment: without this, a label styled in the standard colours stays
    black on the black ground of the high-contrast ones."""
    sheet = style_sheet(int(_display["scale"]), str(_display["scheme"]))
    for widget in QApplication.allWidgets():
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str):
            widget.setStyleSheet(scaled(template))
        elif widget.objectName() in STYLED_NAMES:
            widget.setStyleSheet(sheet)
        elif widget.property("symbol"):
            widget.setFont(symbol_font())
        elif widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())  # polished again, with today's palette


def palette_for(scheme: str, standard: QPalette) -> QPalette:
    """The interface colours: the style's own, dark, or high contrast (white and yellow on black)."""
    if scheme not in ("dark", "high-contrast"):
        palette = QPalette(standard)
        # the platform's selection blue and half-transparent hints read below 4.5:1; these read above 5
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a6cb0"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
        return palette
    dark = scheme == "dark"
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b" if dark else "#000000",
        QPalette.ColorRole.WindowText: "#e8e8e8" if dark else "#ffffff",
        QPalette.ColorRole.Base: "#1e1e1e" if dark else "#000000",
        QPalette.ColorRole.AlternateBase: "#333333" if dark else "#1a1a1a",
        QPalette.ColorRole.Text: "#e8e8e8" if dark else "#ffffff",
        QPalette.ColorRole.Button: "#3a3a3a" if dark else "#000000",
        QPalette.ColorRole.ButtonText: "#e8e8e8" if dark else "#ffffff",
        QPalette.ColorRole.BrightText: "#ffffff" if dark else "#ffff00",
        QPalette.ColorRole.Highlight: "#2a6cb0" if dark else "#ffff00",
        QPalette.ColorRole.HighlightedText: "#ffffff" if dark else "#000000",
        QPalette.ColorRole.Link: "#8ab4f8" if dark else "#ffff00",
        QPalette.ColorRole.LinkVisited: "#c58af9" if dark else "#00ffff",
        QPalette.ColorRole.ToolTipBase: "#333333" if dark else "#000000",
        QPalette.ColorRole.ToolTipText: "#e8e8e8" if dark else "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a8a8a8" if dark else "#e0e0e0",
        QPalette.ColorRole.Light: "#505050" if dark else "#ffffff",
        QPalette.ColorRole.Midlight: "#444444" if dark else "#333333",
        QPalette.ColorRole.Mid: "#808080" if dark else "#ffffff",  # frames of fields: 3:1 on the ground
        QPalette.ColorRole.Dark: "#202020" if dark else "#ffffff",
        QPalette.ColorRole.Shadow: "#000000" if dark else "#ffffff",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#808080" if dark else "#c0c0c0")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


# The platform's style (False) and the framed one (True), each made once and kept: a new style for
# every change of colours would leave a Python wrapper of the old one behind (the app is its
# parent), which a kiosk switching colours for visitor after visitor piles up.
_styles: dict[bool, QStyle] = {}


def _use_framed_style(app: QApplication, framed: bool) -> None:
    if not _styles:
        _styles[False] = app.style()
    current = next((f for f, style in _styles.items() if style is app.style()), None)
    if current is None:  # something else set a style: it becomes the plain one
        _styles.clear()
        _styles[False] = app.style()
        current = False
    if framed == current:
        return
    if framed and True not in _styles:
        from koryo_desktop.ui.framed_style import FramedStyle  # only loaded for dark or high-contrast colours

        _styles[True] = FramedStyle(_styles[False].name())
    _styles[current].setParent(None)  # not the app's any more: setStyle must not delete it, it is kept
    app.setStyle(_styles[framed])


def apply_display(app: QApplication, root: QWidget | None, scale: int, scheme: str) -> None:
    """Set the interface text size (per cent of 11 pt) and colours, and make every style sheet again
    for them (`root`'s named widgets too, if they have none yet)."""
    scale = min(SCALES, key=lambda s: abs(s - scale))
    scheme = scheme if scheme in SCHEMES else "standard"
    _display.update({"scale": scale, "scheme": scheme})
    apply_font(app, BASE_POINT_SIZE * scale / 100)
    _use_framed_style(app, scheme != "standard")  # before the palette: a new style resets it
    app.setPalette(palette_for(scheme, app.style().standardPalette()))
    refresh_styles()
    if root is not None:
        apply_style(root)


def display() -> tuple[int, str]:
    """The interface text size (per cent) and colour scheme in use."""
    return int(_display["scale"]), str(_display["scheme"])


def reader_default() -> str:
    """The reading theme for a learner who has not chosen one: the one matching the interface."""
    return {"dark": "dark", "high-contrast": "contrast"}.get(str(_display["scheme"]), "light")


def is_dark() -> bool:
    """True when pages and lists are light text on a dark ground (dark or high-contrast colours)."""
    return QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
