"""The interface's translations read without Qt, for the command line (exports run on a server).

The app's catalogs are Qt Linguist files (resources/translations/koryo_<lang>.ts). The window
loads their compiled .qm through Qt; the export commands read the same .ts as XML, so a curator's
`koryo-desktop export moodle --lang ru` speaks Russian without loading Qt. Dates and numbers come
from CLDR through Babel. Strings that only the command line uses are marked with
``QT_TRANSLATE_NOOP(context, text)`` so that pyside6-lupdate collects them into the catalogs.
"""

from __future__ import annotations

import datetime as _dt
import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable

from koryo_desktop import paths
from koryo_desktop.core.dates import DatePoint, DateValue


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogs; translate it later with ``Catalog.lookup(context, text)``."""
    return text


class Catalog:
    """One language's interface strings, looked up by (context, English text)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._messages: dict[tuple[str, str], str] = {}
        path = paths.resources_dir() / "translations" / f"koryo_{lang}.ts"
        if lang == "en" or not path.is_file():
            return
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if message.get("numerus") == "yes":
                    continue  # plurals are the window's; the exports word their counts without them
                text = translation.text or ""
                if text:
                    self._messages[(name, message.findtext("source", ""))] = text

    def lookup(self, context: str, text: str) -> str:
        return self._messages.get((context, text), text)

    # -- dates, as the window writes them (ui/formatting.py), from CLDR ----------------------
    @property
    def locale(self) -> str:
        """The CLDR locale: British English writes "9 September 1937", as the app does."""
        return "en_GB" if self.lang == "en" else self.lang

    def format_point(self, point: DatePoint) -> str:
        from babel.dates import format_skeleton

        if point.precision == "decade":
            return self.lookup("Dates", "the %1s").replace("%1", str(point.year))
        if point.precision == "circa":
            return self.lookup("Dates", "c. %1").replace("%1", str(point.year))
        if point.day is not None and point.month is not None:
            return format_skeleton("yMMMMd", _dt.date(point.year, point.month, point.day), locale=self.locale)
        if point.month is not None:
            return format_skeleton("yMMMM", _dt.date(point.year, point.month, 1), locale=self.locale)
        return format_skeleton("y", _dt.date(point.year, 1, 1), locale=self.locale)

    def format_date(self, value: DateValue | None) -> str:
        if value is None:
            return self.lookup("Dates", "unknown")
        if value.end is None:
            return self.format_point(value.start)
        return (
            self.lookup("Dates", "%1 – %2")
            .replace("%1", self.format_point(value.start))
            .replace("%2", self.format_point(value.end))
        )

    def category_label(self, category: str) -> str:
        return self.lookup("Categories", category)

    def translator(self, context: str) -> Callable[[str], str]:
        """``lookup(text)`` for one context, for code that takes a plain function."""
        return functools.partial(self.lookup, context)
