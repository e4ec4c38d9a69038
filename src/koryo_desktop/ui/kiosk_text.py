"""Texts a kiosk shows in every language at once ("Touch to start" in English, 한국어 and Русский),
whatever the interface's language: each language's catalog is loaded once and asked directly."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from koryo_desktop import paths
from koryo_desktop.config import languages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogs; ``LanguageTexts.text`` translates it."""
    return text


def native_name(lang: str) -> str:
    """The language's name in itself: English, 한국어, Русский."""
    name = QLocale(lang).nativeLanguageName() if lang != "en" else "English"
    return name[:1].upper() + name[1:]


class LanguageTexts:
    """Every language's interface catalog, for texts shown in several languages side by side."""

    def __init__(self) -> None:
        self._translators: dict[str, QTranslator] = {}
        for lang in languages():
            translator = QTranslator()
            if lang != "en" and translator.load(str(paths.resources_dir() / "translations" / f"koryo_{lang}.qm")):
                self._translators[lang] = translator

    def text(self, lang: str, context: str, source: str) -> str:
        translator = self._translators.get(lang)
        return (translator.translate(context, source) if translator else "") or source
