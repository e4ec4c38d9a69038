"""What staff reach behind the PIN: leave kiosk mode, or see the visitors' statistics (per day, as a
table, saved as CSV) and how long they are kept."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koryo_desktop.core.kiosk_stats import LANGUAGES, Day, days_csv, totals
from koryo_desktop.core.pins import PinCheck
from koryo_desktop.store.kiosk_stats import KioskStats
from koryo_desktop.ui.kiosk_screens import PinPad, _big
from koryo_desktop.ui.kiosk_text import native_name

KEEP_CHOICES = (30, 90, 180, 365, 730)
_Index = QModelIndex | QPersistentModelIndex


class DaysModel(QAbstractTableModel):
    """The statistics, a day per row, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[Day] = []

    def set_days(self, days: list[Day]) -> None:
        self.beginResetModel()
        self.days = list(days)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7 + len(LANGUAGES)

    def _cells(self, day: Day) -> list[Any]:
        return [day.day, day.visits, round(day.minutes), round(day.minutes_per_visit, 1), day.screens, day.records,
                day.quizzes, *(day.languages.get(lang, 0) for lang in LANGUAGES)]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.days):
            return None
        value = self._cells(self.days[index.row()])[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return value  # ISO dates (2025-05-18): one way to read them in every language
            return QLocale().toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = [self.tr("Day"), self.tr("Visits"), self.tr("Minutes in all"), self.tr("Minutes per visit"),
                 self.tr("Screens opened"), self.tr("Records opened"), self.tr("Quizzes finished"),
                 *(native_name(lang) for lang in LANGUAGES)]  # fmt: skip
        return names[section] if 0 <= section < len(names) else None


class StatisticsView(QWidget):
    back = Signal()

    def __init__(self, stats: KioskStats, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats, self.folder = stats, folder
        self.title = QLabel()
        _big(self.title, 1.6, bold=True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DaysModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_label = QLabel()
        self.keep_box = QComboBox()
        self.keep_box.currentIndexChanged.connect(self._keep)
        self.keep_label.setBuddy(self.keep_box)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_csv)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        widget: QWidget
        for widget in (self.keep_label, self.keep_box):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.table):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        self.stats.prune()
        days = self.stats.days()
        self.model.set_days(days)
        total = totals(days)
        wrong = len(self.stats.staff_log("wrong-pin"))
        locale = QLocale()
        lines = [
            self.tr("%n visit(s) in the days kept", "", total.visits),
            self.tr("Average time per visit: %1 min").replace("%1", locale.toString(round(total.minutes_per_visit, 1))),
            self.tr("%n wrong staff PIN(s) tried", "", wrong),
        ]  # fmt: skip
        if self.stats.problem:
            lines.append(self.tr("The statistics could not all be saved: %1").replace("%1", self.stats.problem))
        self.summary.setText("\n".join(lines))
        self.keep_box.blockSignals(True)
        self.keep_box.setCurrentIndex(max(0, self.keep_box.findData(self.stats.keep_days())))
        self.keep_box.blockSignals(False)
        self.message.clear()

    def _keep(self, index: int) -> None:
        days = self.keep_box.itemData(index)
        if isinstance(days, int) and days != self.stats.keep_days():
            self.stats.set_keep_days(days)
            self.refresh()

    def save_csv(self) -> Path | None:
        """Save the days as CSV where staff choose (the data folder is offered)."""
        suggested = self.folder / f"kiosk-statistics-{_dt.date.today().isoformat()}.csv"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statistics"), str(suggested),
                                              self.tr("CSV (*.csv)"), options=QFileDialog.Option.DontUseNativeDialog)  # fmt: skip
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(days_csv(self.stats.days()), encoding="utf-8")
        except OSError as exc:
            self.message.setText(self.tr("Could not save the statistics: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.stats.staff_event("statistics-saved")
        self.message.setText(self.tr("Saved in %1").replace("%1", str(path)))
        return path

    def retranslate(self) -> None:
        self.title.setText(self.tr("Visitor statistics"))
        self.keep_label.setText(self.tr("&Keep them for"))
        self.keep_box.blockSignals(True)
        self.keep_box.clear()
        for days in KEEP_CHOICES:
            self.keep_box.addItem(self.tr("%n day(s)", "", days), days)
        self.keep_box.setCurrentIndex(max(0, self.keep_box.findData(self.stats.keep_days())))
        self.keep_box.blockSignals(False)
        self.save_button.setText(self.tr("Save as CSV…"))
        self.back_button.setText(self.tr("Back"))
        self.table.setAccessibleName(self.tr("Visitors per day"))

    def changeEvent(self, event: Any) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StaffPage(QStackedWidget):
    """The PIN pad; behind it, staff choose to leave, see the statistics or go back."""

    leave = Signal()
    back = Signal()

    def __init__(self, try_pin: Callable[[str], PinCheck], stats: KioskStats, folder: Path,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.pin = PinPad(try_pin)
        self.pin.accepted.connect(self._menu)
        self.pin.cancelled.connect(self.back)
        self.menu = QWidget()
        self.menu_title = QLabel()
        _big(self.menu_title, 1.6, bold=True)
        self.leave_button, self.stats_button, self.back_button = QPushButton(), QPushButton(), QPushButton()
        self.leave_button.clicked.connect(self.leave)
        self.stats_button.clicked.connect(self._statistics)
        self.back_button.clicked.connect(self.back)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.menu_title)
        for button in (self.leave_button, self.stats_button, self.back_button):
            button.setMinimumSize(360, 72)
            _big(button, 1.3)
            column.addWidget(button)
        column.addStretch(1)
        outer = QHBoxLayout(self.menu)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self.statistics = StatisticsView(stats, folder)
        self.statistics.back.connect(self._menu)
        for page in (self.pin, self.menu, self.statistics):
            self.addWidget(page)
        self.retranslate()

    def open(self) -> None:
        """Start at the PIN pad."""
        self.setCurrentWidget(self.pin)
        self.pin.reset()

    def _menu(self) -> None:
        self.setCurrentWidget(self.menu)
        self.leave_button.setFocus()

    def _statistics(self) -> None:
        self.statistics.refresh()
        self.setCurrentWidget(self.statistics)

    def retranslate(self) -> None:
        self.menu_title.setText(self.tr("Staff"))
        self.leave_button.setText(self.tr("Leave kiosk mode"))
        self.stats_button.setText(self.tr("Visitor statistics"))
        self.back_button.setText(self.tr("Back to the kiosk"))

    def changeEvent(self, event: Any) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
