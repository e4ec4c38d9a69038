"""The learner chooser: who is learning, with each learner's colour, and a new learner. The quiz
shows it in a row with a "New learner…" button; the rail, where room is narrow, as a label over a
list whose last entry adds a learner. Choosing a learner with a PIN asks it first; either chooser
switches the one current learner (``CurrentLearner``), and both follow it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QComboBox, QDialog, QLabel, QPushButton, QWidget

from koryo_desktop.core.errors import LearnerDataError
from koryo_desktop.store.learner_store import GUEST_ID
from koryo_desktop.ui.learner_notices import write_error_text
from koryo_desktop.ui.learners.current import CurrentLearner
from koryo_desktop.ui.learners.swatch import colour_icon

NEW = -1  # the rail list's last entry: add a learner


class LearnerBar(QWidget):
    def __init__(self, current: CurrentLearner, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.compact = compact
        self.label = QLabel()
        self.label.setWordWrap(compact)
        self.box = QComboBox()
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names are never clipped
        self.label.setBuddy(self.box)
        self.box.activated.connect(self._activated)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_learner)
        direction = QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        layout.addWidget(self.new_button)
        self.new_button.setVisible(not compact)  # only once it has a parent: else it would be a window of its own
        if compact:
            self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.box.setMinimumContentsLength(8)  # a long name is elided in the narrow rail, never widens it
            layout.setSpacing(4)
        current.changed.connect(self._follow)
        current.roster_changed.connect(self.fill)
        self.retranslate()

    @property
    def learner_id(self) -> int:
        return self.current.id

    def retranslate(self) -> None:
        self.label.setText(self.tr("Le&arner") if self.compact else self.tr("&Learner"))
        self.box.setAccessibleName(self.tr("Learner"))
        self.box.setToolTip(self.tr("Who is learning: their reading places, notes and quiz progress"))
        self.new_button.setText(self.tr("New learner…"))
        self.new_button.setAccessibleName(self.tr("New learner"))
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        for row in self.current.learners():
            name = self.tr("Guest") if row["is_guest"] else row["name"]
            self.box.addItem(colour_icon(row["colour"]), name, row["id"])
            self.box.setItemData(self.box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if self.compact:
            self.box.addItem(self.tr("New learner…"), NEW)
        self.box.setCurrentIndex(max(0, self.box.findData(self.current.id)))
        self.box.blockSignals(False)

    def name_of(self, learner_id: int) -> str:
        index = self.box.findData(learner_id)
        return self.box.itemText(index) if index >= 0 and learner_id != NEW else ""

    @property
    def name(self) -> str:
        return self.name_of(self.current.id)

    def _activated(self, index: int) -> None:
        learner_id = self.box.itemData(index)
        if learner_id == NEW:
            if self.new_learner() is None:
                self._follow()
        else:
            self.choose(learner_id)

    def _follow(self, _learner_id: int = 0) -> None:
        self.box.setCurrentIndex(max(0, self.box.findData(self.current.id)))

    def choose(self, learner_id: int) -> bool:
        """Switch to ``learner_id``, asking the PIN when they have one; False when refused."""
        if learner_id == self.current.id:
            return True
        if learner_id != GUEST_ID and self.current.has_pin(learner_id):
            from koryo_desktop.ui.learners.dialogs import PinDialog  # the dialogs load when one opens

            store = self.current.store
            dialog = PinDialog(self.name_of(learner_id), lambda pin: store.try_pin(learner_id, pin),
                               store.pin_wait(learner_id), self)  # fmt: skip
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._follow()
                return False
        if not self.current.switch(learner_id):
            self._follow()
            return False
        return True

    def new_learner(self) -> int | None:
        """Ask for a new learner and make them current; None when cancelled or not saved."""
        from koryo_desktop.ui.learners.dialogs import NewLearnerDialog, plain_message

        taken = {row["name"].casefold() for row in self.current.learners()} | {self.tr("Guest").casefold()}
        dialog = NewLearnerDialog(taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = dialog.name.text().strip()
        try:
            learner_id = self.current.add(name, dialog.colour(), dialog.pin.text() or None)
        except LearnerDataError as exc:
            plain_message(self, self.tr("New learner"), write_error_text(exc.kind))
            return None
        except ValueError:  # what the dialog checked, said again in the interface's words
            dialog.taken = {row["name"].casefold() for row in self.current.learners()}
            plain_message(self, self.tr("New learner"), dialog.trouble() or self.tr(
                "There is already a learner called “%1”. Choose another name.").replace("%1", name))  # fmt: skip
            return None
        self.current.switch(learner_id)
        return learner_id
