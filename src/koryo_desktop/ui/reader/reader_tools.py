"""The reader's tools: one action per tool, each with a shortcut (shown in its tooltip, its
accessible name and the » menu), the buttons and boxes that show them, and the row they sit on
(ToolStrip, whose » menu offers the same actions when the row is too narrow)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSpinBox, QToolButton, QWidget

from koryo_desktop.ui.reader.chapter_view import MAX_SCALE, MIN_SCALE
from koryo_desktop.ui.reader.themes import THEMES
from koryo_desktop.ui.reader.tool_strip import ToolStrip

Keys = QKeySequence.StandardKey | str
SHORTCUTS: dict[str, tuple[Keys, ...]] = {
    "previous": ("Ctrl+PgUp",),
    "next": ("Ctrl+PgDown",),
    "smaller": (QKeySequence.StandardKey.ZoomOut,),
    "larger": (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
    "normal_size": ("Ctrl+0",),
    "next_theme": ("Ctrl+Shift+T",),
    "find": (QKeySequence.StandardKey.Find,),
    "bookmark": ("Ctrl+D",),
    "highlight": ("Ctrl+H",),
    "notes": ("Ctrl+B",),
    "read": ("Ctrl+Shift+U",),
    "print": (QKeySequence.StandardKey.Print,),
    "pdf": ("Ctrl+Shift+S",),
}


def _sequences(keys: tuple[Keys, ...]) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for key in keys:
        out += QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
    return out


class ReaderTools(QObject):
    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self.actions: dict[str, QAction] = {}
        for name, keys in SHORTCUTS.items():
            action = QAction(screen)
            action.setShortcuts(_sequences(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            screen.addAction(action)  # the keys work while the reader is on screen, wherever the focus is
            self.actions[name] = action
        self.actions["notes"].setCheckable(True)
        self.actions["read"].setCheckable(True)
        self.theme_menu = QMenu(screen)
        self.theme_group = QActionGroup(self)
        for key in THEMES:
            action = self.theme_menu.addAction("")
            action.setCheckable(True)
            action.setData(key)
            self.theme_group.addAction(action)

        self.buttons = {name: self._button(name) for name in ("previous", "next", "smaller", "larger", "find",
                                                              "bookmark", "highlight", "notes", "read", "print", "pdf")}  # fmt: skip
        self.size_label = QLabel()
        self.size_box = QSpinBox()
        self.size_box.setRange(MIN_SCALE, MAX_SCALE)
        self.size_box.setSingleStep(10)
        self.size_box.setSuffix(" %")
        self.size_label.setBuddy(self.size_box)
        self.theme_box = QComboBox()
        self.theme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in THEMES:
            self.theme_box.addItem("", key)

        a, b = self.actions, self.buttons
        self.strip = ToolStrip()
        self.strip.add_group([b["previous"]], [a["previous"]])
        self.strip.add_group([b["next"]], [a["next"]])
        self.strip.add_group([self.size_label, b["smaller"], self.size_box, b["larger"]],
                             [a["smaller"], a["larger"], a["normal_size"]], separator=True)  # fmt: skip
        self.strip.add_group([self.theme_box], [self.theme_menu])
        self.groups = {
            name: self.strip.add_group([b[name]], [a[name]], separator=name == "find")
            for name in ("find", "bookmark", "highlight", "notes", "read", "print", "pdf")
        }
        self.strip.set_available(self.groups["read"], False)  # until a speech engine is found

    def _button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setDefaultAction(self.actions[name])
        return button

    def retranslate(self) -> None:
        texts = {  # name: (on the row, in the menu and the tooltip)
            "previous": (self.tr("◀ Previous"), self.tr("Previous chapter")),
            "next": (self.tr("Next ▶"), self.tr("Next chapter")),
            "smaller": (self.tr("A−"), self.tr("Smaller text")),
            "larger": (self.tr("A+"), self.tr("Larger text")),
            "normal_size": (self.tr("100 %"), self.tr("Normal text size")),
            "next_theme": ("", self.tr("Next reading theme")),
            "find": (self.tr("Find"), self.tr("Find in this chapter")),
            "bookmark": (self.tr("Bookmark"), self.tr("Bookmark this place")),
            "highlight": (self.tr("Highlight"), self.tr("Highlight the selected text")),
            "notes": (self.tr("Notes"), self.tr("Show your bookmarks and highlights")),
            "read": (self.tr("Read aloud"), self.tr("Read this chapter aloud")),
            "print": (self.tr("Print…"), self.tr("Print this chapter…")),
            "pdf": (self.tr("PDF…"), self.tr("Save this chapter as PDF…")),
        }
        for name, (short, long) in texts.items():
            action = self.actions[name]
            action.setText(long)
            action.setIconText(short or long)
            described = self.with_keys(long.rstrip("…"), action.shortcut())
            action.setToolTip(described)
            if name in self.buttons:
                self.buttons[name].setAccessibleName(described)
        self.size_label.setText(self.tr("&Text size"))
        size_keys = self.tr("%1 and %2").replace("%1", self._keys(self.actions["smaller"].shortcut()))
        size_keys = size_keys.replace("%2", self._keys(self.actions["larger"].shortcut()))
        self.size_box.setAccessibleName(self.tr("Text size"))
        self.size_box.setToolTip(self.with_keys(self.tr("Text size"), size_keys))
        self.theme_box.setAccessibleName(
            self.with_keys(self.tr("Reading theme"), self.actions["next_theme"].shortcut())
        )
        self.theme_box.setToolTip(self.theme_box.accessibleName())
        self.theme_menu.setTitle(self.tr("Reading theme"))
        for i, action in enumerate(self.theme_group.actions()):
            label = THEMES[action.data()].label()
            action.setText(label)
            self.theme_box.setItemText(i, label)
        self.strip.more_button.setAccessibleName(self.tr("More reading tools"))
        self.strip.more_button.setToolTip(self.tr("More reading tools"))

    @staticmethod
    def _keys(keys: QKeySequence | str) -> str:
        if isinstance(keys, QKeySequence):
            return keys.toString(QKeySequence.SequenceFormat.NativeText)
        return keys

    def with_keys(self, text: str, keys: QKeySequence | str) -> str:
        """'Find in this chapter (Ctrl+F)'."""
        return self.tr("%1 (%2)", "a tool and its shortcut").replace("%1", text).replace("%2", self._keys(keys))
