"""The teacher's tools: a learner's results file, every learner's answers as CSV, and a class
report from the results files learners hand in. Files are read and checked off the interface's
thread; a file that is not a results file (too large, nested too deeply, another format) is
skipped and named, and the rest are read."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from koryo_desktop.core.question_bank import QuestionBank
from koryo_desktop.core.results import (
    MAX_RESULTS_BYTES,
    NotResultsFile,
    learner_scores,
    question_report,
    read_results_file,
    results_csv,
    results_file,
    visible_attempts,
)  # fmt: skip
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.ui.learners.dialogs import plain_message
from koryo_desktop.ui.quiz.files import FileDialogs
from koryo_desktop.ui.quiz.quiz_html import QuizHtml
from koryo_desktop.ui.quiz.wrap_button import WrapButton
from koryo_desktop.ui.quiz.xapi_tools import XapiTools
from koryo_desktop.ui.xapi_service import XapiService

if TYPE_CHECKING:
    from koryo_desktop.core.xapi_settings import XapiSettings

Results = list[tuple[str, list[dict[str, Any]]]]


def safe_file_name(text: str) -> str:
    """A name fit for a file in any system: no folders, no reserved characters."""
    return re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "-", text).strip(" .-") or "learner"


def read_files(paths: list[Path]) -> tuple[Results, list[tuple[str, str]]]:
    """(learner, attempts) per readable results file, and (file name, reason) for the others."""
    results: Results = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_RESULTS_BYTES:
                raise NotResultsFile("size")
            results.append(read_results_file(path.read_text(encoding="utf-8")))
        except NotResultsFile as exc:
            problems.append((path.name, exc.reason))
        except UnicodeDecodeError:
            problems.append((path.name, "format"))
        except OSError:
            problems.append((path.name, "unreadable"))
    return results, problems


class _Signals(QObject):
    done = Signal(object, object)


class _LrsReadTask(QRunnable):
    """The class's answers read from the Learning Record Store, reported like results files."""

    def __init__(self, settings: XapiSettings, signals: _Signals) -> None:
        super().__init__()
        self.settings, self.signals = settings, signals

    def run(self) -> None:
        # the HTTP client loads here, off the interface's thread, the first time a class is read from
        # the store: never with the quiz's first visit
        from koryo_desktop.core.xapi_client import LrsClient
        from koryo_desktop.core.xapi_report import read_class

        client = LrsClient(self.settings.endpoint, self.settings.username, self.settings.password)
        read = read_class(client, self.settings)
        problem = read.problem
        problems = [] if problem is None else [("", f"lrs:{problem.status}:{problem.reason() or problem.body}")]
        self.signals.done.emit(read.results, problems)


class _ReadTask(QRunnable):
    def __init__(self, paths: list[Path], signals: _Signals) -> None:
        super().__init__()
        self.paths, self.signals = paths, signals

    def run(self) -> None:
        results, problems = read_files(self.paths)
        self.signals.done.emit(results, problems)


class TeacherTools(QGroupBox):
    report_ready = Signal(str)  # the class report, as HTML
    saved = Signal(str)  # where a file was saved
    busy = Signal(bool)  # reading results files

    def __init__(self, learners: LearnerStore, bank: QuestionBank, files: FileDialogs,
                 current: Callable[[], tuple[int, str]], parent: QWidget | None = None,
                 xapi: XapiService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.learners, self.bank, self.files, self.current = learners, bank, files, current
        self.export_mine_button, self.export_all_button, self.import_button = WrapButton(), WrapButton(), WrapButton()
        self.export_mine_button.clicked.connect(self.export_my_results)
        self.export_all_button.clicked.connect(self.export_all_csv)
        self.import_button.clicked.connect(self.import_and_report)
        self.lrs = XapiTools(xapi, self) if xapi is not None else None  # the school's Learning Record Store
        layout = QVBoxLayout(self)
        for button in (self.export_mine_button, self.export_all_button, self.import_button):
            layout.addWidget(button)
        if self.lrs is not None:
            self.lrs.report_requested.connect(self.report_from_store)
            layout.addWidget(self.lrs)
        self._signals = _Signals(self)
        self._signals.done.connect(self._read)
        self.reading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Results"))
        for button, text in ((self.export_mine_button, self.tr("Export my results…")),
                             (self.export_all_button, self.tr("Export all learners' results (CSV)…")),
                             (self.import_button, self.tr("Import results files and make a report…"))):  # fmt: skip
            button.set_label(text)
        if self.lrs is not None:
            self.lrs.retranslate()

    def export_my_results(self) -> Path | None:
        learner_id, name = self.current()
        name = name or self.tr("Guest")
        path = self.files.save_path(self, self.tr("Export my results"), f"koryo-results-{safe_file_name(name)}.json",
                                    self.tr("Results (*.json)"))  # fmt: skip
        if path is not None and self._write(path, results_file(name, self.learners.attempts(learner_id))):
            self.saved.emit(str(path))
            return path
        return None

    def export_all_csv(self) -> Path | None:
        """Every learner's answers, but never those of a learner with a PIN other than the current
        one: the guest exports only what is open to all."""
        path = self.files.save_path(self, self.tr("Export all results"), "koryo-results.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return None
        learner_id, _name = self.current()
        protected = [row["id"] for row in self.learners.learners() if self.learners.has_pin(row["id"])]
        rows = visible_attempts(self.learners.all_attempts(), protected, learner_id)
        chapter_of = self.bank.chapter_of(row["question_id"] for row in rows)
        for row in rows:
            row["chapter_id"] = chapter_of.get(row["question_id"], "")
            row["question"] = self.bank.prompt(row["question_id"])
            if row.get("learner_id") == GUEST_ID:
                row["learner"] = self.tr("Guest")
        if self._write(path, results_csv(rows)):
            self.saved.emit(str(path))
            return path
        return None

    def _write(self, path: Path, text: str) -> bool:
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            plain_message(self, self.tr("Results"), self.tr("Could not save %1: %2").replace("%1", str(path))
                          .replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return False
        return True

    def import_and_report(self) -> bool:
        """Choose results files; they are read in the background and ``report_ready`` follows."""
        paths = self.files.open_paths(self, self.tr("Import results"), self.tr("Results (*.json);;All files (*)"))
        if not paths or self.reading:
            return False
        self.reading = True
        self.import_button.setEnabled(False)
        self.busy.emit(True)
        QThreadPool.globalInstance().start(_ReadTask(paths, self._signals))
        return True

    def report_from_store(self) -> bool:
        """The class report from the statements in the school's Learning Record Store (read in the
        background; ``report_ready`` follows)."""
        if self.reading or self.lrs is None or not self.lrs.service.settings.endpoint:
            return False
        self.reading = True
        self.import_button.setEnabled(False)
        self.busy.emit(True)
        QThreadPool.globalInstance().start(_LrsReadTask(self.lrs.service.settings, self._signals))
        return True

    def _reason(self, reason: str) -> str:
        if reason.startswith("lrs:"):
            status, words = reason[4:].split(":", 1)
            if status == "0":
                return self.tr("the store did not answer: %1").replace("%1", words)
            return self.tr("the store answered HTTP %1: %2").replace("%1", status).replace("%2", words)
        return {
            "size": self.tr("too large for a results file"),
            "depth": self.tr("not a results file (nested too deeply)"),
            "version": self.tr("a results file from a newer version of the app"),
            "unreadable": self.tr("could not be read"),
        }.get(reason, self.tr("not a Koryo Desktop results file"))

    def _read(self, results: Results, problems: list[tuple[str, str]]) -> None:
        self.reading = False
        self.import_button.setEnabled(True)
        self.busy.emit(False)
        named = [self.tr("%1: %2").replace("%1", name or self.tr("Learning Record Store"))
                 .replace("%2", self._reason(why)) for name, why in problems]  # fmt: skip
        if not results:
            plain_message(self, self.tr("Import results"),
                          self.tr("No results were read.") + "\n" + "\n".join(named))  # fmt: skip
            return
        html = QuizHtml().report_html(learner_scores(results), question_report(results), named, self.bank.prompt)
        self.report_ready.emit(html)
