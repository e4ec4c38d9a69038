"""Interface translations: Qt's own catalog and the app's, for English, Korean and Russian."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from koryo_desktop import paths


class _Content(Protocol):
    def set_language(self, lang: str) -> None: ...


class Translations:
    """Installs and swaps the translators of the running application, and switches the content's
    language with them, so that a screen retranslating itself reads its texts in the new one."""

    def __init__(self, app: QCoreApplication, content: _Content | None = None) -> None:
        self._app = app
        self._content = content
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def set_language(self, lang: str) -> bool:
        """Switch the interface language; widgets get a LanguageChange event and retranslate."""
        if self._content is not None:
            self._content.set_language(lang)  # before the translators, whose change screens react to
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []  # the translators have no parent: dropping them frees their catalogs
        self.lang = lang
        QLocale.setDefault(QLocale(lang))
        ok = True
        qt = QTranslator()  # no parent: a kiosk switches language all day, and they must not pile up
        if lang != "en" and qt.load(
            QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        # English has a catalog too, of plural forms only: "1 person", "30 people".
        own = QTranslator()
        qm = paths.resources_dir() / "translations" / f"koryo_{lang}.qm"
        if qm.is_file() and own.load(str(qm)):
            self._app.installTranslator(own)
            self._installed.append(own)
        else:
            ok = False
        return ok
