"""Reading themes: light, dark, high contrast and sepia. Each gives the colours of the page and of
the marks the reader draws (find hits, search hits, the learner's highlights)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ReaderTheme:
    key: str
    background: str
    text: str
    link: str
    heading: str
    muted: str
    number: str
    find: str
    search_hit: str
    highlight: str

    def label(self) -> str:
        labels = {
            "light": QCoreApplication.translate("ReaderTheme", "Light"),
            "dark": QCoreApplication.translate("ReaderTheme", "Dark"),
            "contrast": QCoreApplication.translate("ReaderTheme", "High contrast"),
            "sepia": QCoreApplication.translate("ReaderTheme", "Sepia"),
        }
        return labels[self.key]

    def css(self) -> str:
        return (
            f"body {{ color: {self.text}; }} a {{ color: {self.link}; }} "
            f"h1, h2, h3 {{ color: {self.heading}; }} .muted {{ color: {self.muted}; }} "
            f".num {{ color: {self.number}; font-weight: bold; }} "
            f"td, th {{ border: 1px solid {self.muted}; padding: 4px; }}"
        )

    def widget_style(self) -> str:
        return f"QTextBrowser {{ background: {self.background}; color: {self.text}; border: none; }}"


THEMES: dict[str, ReaderTheme] = {
    t.key: t
    for t in (
        ReaderTheme(
            "light", "#ffffff", "#1f1f1f", "#0b57d0", "#202a44", "#5f6368", "#8a3b00", "#ffe066", "#ffb347", "#c8f0c8"
        ),
        ReaderTheme(
            "dark", "#1e1f22", "#e3e3e3", "#8ab4f8", "#f0f0f0", "#a0a4a8", "#ffb870", "#6b5a00", "#8a4b00", "#2e5a2e"
        ),
        ReaderTheme(
            "contrast",
            "#000000",
            "#ffffff",
            "#ffff00",
            "#ffffff",
            "#ffffff",
            "#00ffff",
            "#0000ff",
            "#ff00ff",
            "#008000",
        ),
        ReaderTheme(
            "sepia", "#f4ecd8", "#3b2f22", "#7a3e00", "#3b2f22", "#6b5a45", "#8a3b00", "#ffd966", "#f4a460", "#cfe3b0"
        ),
    )
}
