"""Fonts and the look of the app. The fonts ship in resources/fonts so that Hangul, Cyrillic and
Latin render on a machine with no fonts of its own."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

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

STYLE = """
#rail { background: palette(alternate-base); border-right: 1px solid palette(mid); }
#rail QToolButton { border: none; border-radius: 6px; padding: 10px 12px; text-align: left;
                    font-size: 11pt; }
#rail QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
#rail QToolButton:hover:!checked { background: palette(midlight); }
#rail QToolButton:focus { border: 2px solid palette(text); padding: 8px 10px; }
#screenTitle { font-size: 18pt; font-weight: bold; }
#notice { background: #fff4ce; color: #3d2e00; border: 1px solid #d9b300; border-radius: 4px; padding: 8px; }
#homeIntro { font-size: 13pt; }
#homeCard { border: 1px solid palette(mid); border-radius: 8px; padding: 14px; font-size: 12pt;
            text-align: left; background: palette(base); }
#homeCard:hover, #homeCard:focus { border: 2px solid palette(highlight); }
#hint { color: palette(placeholder-text); }
"""


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families loaded."""
    families: list[str] = []
    font_dir = paths.resource("fonts")
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_dir / name))
        if font_id < 0:
            raise RuntimeError(f"could not load bundled font {font_dir / name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_font(app: QApplication, point_size: float = 11.0) -> None:
    """The app font: Noto Sans, with NanumGothic for Hangul."""
    font = QFont(LATIN_FAMILY)
    font.setFamilies([LATIN_FAMILY, KOREAN_FAMILY])
    font.setPointSizeF(point_size)
    app.setFont(font)


STYLED_NAMES = frozenset({"rail", "screenTitle", "notice", "homeIntro", "homeCard", "hint"})


def apply_style(root: QWidget) -> None:
    """Give the style sheet to `root` and its descendants named in it (and so to their children),
    once they are built. The other widgets keep the plain platform style: a sheet on the whole
    application would make Qt polish all ~450 widgets through its style-sheet engine at start-up,
    which costs about 10 ms and 2 MiB. Call it again for a named widget built later."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in STYLED_NAMES:
            widget.setStyleSheet(STYLE)
