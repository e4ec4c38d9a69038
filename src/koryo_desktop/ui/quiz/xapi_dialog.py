"""The teacher's settings for the school's Learning Record Store: the store's address and
credentials, the school's home page, how learners are named, a class, the ids the school gave the
learners on this computer; what is sent, in words; how many statements wait, were sent or were
refused (and why); testing the connection and sending now. Off until the school turns it on."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from koryo_desktop.core.xapi_client import LrsAnswer, LrsClient
from koryo_desktop.core.xapi_settings import ACTOR_SCHEMES, XapiSettings
from koryo_desktop.store.learner_store import GUEST_ID
from koryo_desktop.store.xapi_journal import SCHOOL_ID_KEY, save_settings
from koryo_desktop.ui.quiz.xapi_models import XapiTableModel
from koryo_desktop.ui.xapi_service import XapiService


class _Answered(QObject):
    done = Signal(object)


class _TestTask(QRunnable):
    def __init__(self, settings: XapiSettings, signals: _Answered) -> None:
        super().__init__()
        self.settings, self.signals = settings, signals

    def run(self) -> None:
        client = LrsClient(self.settings.endpoint, self.settings.username, self.settings.password, timeout=15)
        self.signals.done.emit(client.get(limit="1"))


class XapiDialog(QDialog):
    def __init__(self, service: XapiService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.learners = service.learners
        settings = service.journal.settings
        self.setWindowTitle(self.tr("Learning Record Store"))
        self.enabled = QCheckBox(self.tr("Send learning records (xAPI) to the school's Learning Record Store"))
        self.enabled.setChecked(settings.enabled)
        self.endpoint = QLineEdit(settings.endpoint)
        self.endpoint.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.username = QLineEdit(settings.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if settings.password:
            self.password.setPlaceholderText(self.tr("(unchanged)"))
        self.home_page = QLineEdit(settings.home_page)
        self.home_page.setPlaceholderText("https://school.example.org/")
        self.actor = QComboBox()
        for scheme in ACTOR_SCHEMES:
            self.actor.addItem(self.scheme_text(scheme), scheme)
        self.actor.setCurrentIndex(max(0, self.actor.findData(settings.actor)))
        self.class_name = QLineEdit(settings.class_name)
        form = QFormLayout()
        for label, field in ((self.tr("Store's address (xAPI endpoint):"), self.endpoint),
                             (self.tr("User name:"), self.username), (self.tr("Password:"), self.password),
                             (self.tr("School's home page:"), self.home_page),
                             (self.tr("Learners are named by:"), self.actor),
                             (self.tr("Class (optional):"), self.class_name)):  # fmt: skip
            form.addRow(label, field)
            field.setAccessibleName(label.rstrip(":"))
        self.ids_model = XapiTableModel([self.tr("Learner"), self.tr("Id at school")], self._id_rows(), frozenset({1}),
                                        self)  # fmt: skip
        self.ids_view = self._table(self.ids_model, self.tr("Ids the school gave the learners on this computer"))
        self.what = QLabel(self.what_is_sent())
        self.what.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refused_model = XapiTableModel([self.tr("When"), self.tr("What"), self.tr("Why the store refused it")], [],
                                            parent=self)  # fmt: skip
        self.refused_view = self._table(self.refused_model, self.tr("Statements the store refused"))
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.send_button = QPushButton(self.tr("Send now"))
        self.retry_button = QPushButton(self.tr("Send the refused statements again"))
        self.test_button.clicked.connect(self.test_connection)
        self.send_button.clicked.connect(self.service.send_now)
        self.retry_button.clicked.connect(self.retry_refused)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.test_button, self.send_button, self.retry_button):
            actions.addWidget(button)
        actions.addStretch(1)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.enabled)
        inner.addLayout(form)
        inner.addWidget(QLabel(self.tr("Ids the school gave the learners on this computer:")))
        inner.addWidget(self.ids_view)
        inner.addWidget(self.what)
        inner.addWidget(self.status)
        inner.addWidget(self.refused_view)
        inner.addLayout(actions)
        inner.addWidget(self.problem)
        scroll = QScrollArea()  # at a large interface size or on a small screen the settings scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._fit()
        self._answers = _Answered(self)
        self._answers.done.connect(self._tested)
        service.sent.connect(self.refresh)
        self.refresh()

    def _table(self, model: XapiTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        rows = view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows * 3 + 2 * view.frameWidth())
        return view

    def _fit(self) -> None:
        """As large as the settings want, within the screen the window is on."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = self.sizeHint().expandedTo(QSize(self.fontMetrics().averageCharWidth() * 90, 0))
        self.resize(min(wanted.width() + 40, screen.width() - 40), min(wanted.height() + 200, screen.height() - 60))

    def scheme_text(self, scheme: str) -> str:
        return {"school-id": self.tr("the id the school gives each learner (below); a random id until then"),
                "pseudonym": self.tr("always a random id made on this computer (no name)"),
                "email": self.tr("an e-mail address the school gives each learner (below)"),
                "name": self.tr("the learner's name on this computer")}[scheme]  # fmt: skip

    def what_is_sent(self) -> str:
        return self.tr(
            "What is sent: for each learner on this computer, each answer (the question, whether it was "
            "right, the answer given and how long it took), the score of each practice, test and review, "
            "each section of a chapter read and each chapter read to the end. A learner is named only as "
            "chosen above, with the school's home page; a record also carries the app's name, the content's "
            "version and the language used, and nothing else about the learner or this computer. Records "
            "wait on this computer until the store has taken them."
        )

    def _id_rows(self) -> list[list[str]]:
        rows = []
        for learner in self.learners.learners():
            name = self.tr("Guest") if learner["id"] == GUEST_ID else learner["name"]
            rows.append([name, str(self.learners.setting(SCHOOL_ID_KEY, "", learner["id"]) or "")])
        return rows

    # -- what happens ---------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        counts, refused = self.service.state()
        text = self.tr("Waiting: %1 · Sent: %2 · Refused: %3").replace("%1", str(counts["queued"]))
        text = text.replace("%2", str(counts["sent"])).replace("%3", str(counts["refused"]))
        last = self.service.last
        if last is not None and last.stopped:
            text += "\n" + self.tr("The last try stopped: %1. The statements wait for the next try.").replace(
                "%1", last.error)  # fmt: skip
        self.status.setText(text)
        self.refused_model.set_rows([[r.created_at, f"{r.verb} {r.activity}", f"HTTP {r.status}: {r.reason}"]
                                     for r in refused])  # fmt: skip
        self.refused_view.setVisible(bool(refused))
        self.retry_button.setEnabled(bool(refused))
        self.send_button.setEnabled(self.service.journal.active and counts["queued"] > 0)

    def chosen(self) -> XapiSettings:
        old = self.service.journal.settings
        return XapiSettings(self.enabled.isChecked(), self.endpoint.text().strip(), self.username.text().strip(),
                            self.password.text() or old.password, self.home_page.text().strip(),
                            str(self.actor.currentData()), self.class_name.text().strip())  # fmt: skip

    def save(self) -> bool:
        settings = self.chosen()
        problems = settings.problems() if settings.enabled else []
        if problems:
            words = {"endpoint": self.tr("The store's address must start with http:// or https://."),
                     "home_page": self.tr("The school's home page must start with http:// or https://.")}  # fmt: skip
            self.problem.setText(" ".join(words.get(p, p) for p in problems))
            self.problem.show()
            return False
        save_settings(self.learners, settings)
        for learner, row in zip(self.learners.learners(), self.ids_model.rows, strict=False):
            if str(self.learners.setting(SCHOOL_ID_KEY, "", learner["id"]) or "") != row[1]:
                self.learners.set_setting(SCHOOL_ID_KEY, row[1] or None, learner["id"])
        self.service.apply()
        self.accept()
        return True

    def test_connection(self) -> None:
        settings = self.chosen()
        if "endpoint" in settings.problems():
            self.problem.setText(self.tr("The store's address must start with http:// or https://."))
            self.problem.show()
            return
        self.test_button.setEnabled(False)
        self.problem.setText(self.tr("Asking the store…"))
        self.problem.show()
        QThreadPool.globalInstance().start(_TestTask(settings, self._answers))

    def _tested(self, answer: LrsAnswer) -> None:
        self.test_button.setEnabled(True)
        if answer.status == 0:
            text = self.tr("The store did not answer: %1").replace("%1", answer.body)
        elif answer.ok:
            text = self.tr("The store answered and took the user name and password.")
        else:
            text = {401: self.tr("The store refused the user name and password (HTTP %1: %2)."),
                    403: self.tr("The store does not let these credentials read statements (HTTP %1: %2). Sending "
                                 "needs permission to write them; the class report needs permission to read them.")
                    }.get(answer.status, self.tr("The store answered with an error (HTTP %1: %2)."))  # fmt: skip
            text = text.replace("%1", str(answer.status)).replace("%2", answer.reason())
        self.problem.setText(text)
        self.problem.show()

    def retry_refused(self) -> None:
        self.service.requeue_refused()
        self.refresh()
