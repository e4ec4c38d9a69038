"""Home: what the app is about, the modules as large entries, 'continue reading', and a person and
an event from the content to start with."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from koryo_desktop.core.targets import ScreenName, target
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt
from koryo_desktop.ui.learners.current import CurrentLearner
from koryo_desktop.ui.widgets.card_button import CardButton
from koryo_desktop.ui.widgets.screen import Screen


class HomeScreen(Screen):
    name = "home"

    def __init__(self, store: ContentStore, current: CurrentLearner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = current
        current.changed.connect(self._learner_changed)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 24, 32, 24)
        self.layout_.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.intro = QLabel()
        self.intro.setObjectName("homeIntro")
        self.intro.setWordWrap(True)
        self.continue_button = self._card("")
        self.modules_label = QLabel()
        self.modules_label.setObjectName("screenTitle")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.module_buttons: dict[str, CardButton] = {}
        for i, key in enumerate(("reader", "people", "timeline", "quiz", "search", "glossary", "places", "map")):
            button = self._card(key)
            self.module_buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)
        self.start_label = QLabel()
        self.start_label.setObjectName("screenTitle")
        self.person_button = self._card("")
        self.event_button = self._card("")
        for widget in (self.title, self.intro, self.continue_button, self.modules_label):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(self.start_label)
        starters = QGridLayout()
        starters.setSpacing(12)
        starters.addWidget(self.person_button, 0, 0)
        starters.addWidget(self.event_button, 0, 1)
        self.layout_.addLayout(starters)
        self.layout_.addStretch(1)
        self._person_id, self._event_id = self._starters()
        self.retranslate()

    def _card(self, target: str) -> CardButton:
        button = CardButton()
        button.setProperty("target", target)
        button.clicked.connect(lambda: self.target_activated.emit(button.property("target")))
        return button

    def _starters(self) -> tuple[str | None, str | None]:
        return self.store.people.most_connected(prefer="nam-il"), self.store.events.most_connected()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Koryo Desktop"))
        self.intro.setText(
            self.tr(
                "In 1937 the Soviet state deported almost the whole Korean population of its Far East to Kazakhstan and "
                "Uzbekistan. This app tells the story of these Koryo-saram, from the first Korean villages in Russia "
                "to their ties with both Koreas today."
            )
        )
        self.modules_label.setText(self.tr("Explore"))
        texts = {
            "reader": (self.tr("Read the chapters"), self.tr("The history, chapter by chapter")),
            "people": (self.tr("People"), self.tr("Lives, in every spelling of their names")),
            "timeline": (self.tr("Timeline"), self.tr("Events from the 1860s to today")),
            "quiz": (self.tr("Quiz"), self.tr("Test what you remember")),
            "search": (self.tr("Search"), self.tr("Find any name, place or word")),
            "glossary": (self.tr("Glossary"), self.tr("Words the story uses")),
            "places": (self.tr("Places"), self.tr("From Vladivostok to Tashkent")),
            "map": (self.tr("Map"), self.tr("The 1937 deportation routes and where Koreans lived")),
        }
        for key, (title, subtitle) in texts.items():
            self.module_buttons[key].set_texts(title, subtitle)
        self.start_label.setText(self.tr("Start with"))
        self._update_dynamic()

    def _update_dynamic(self) -> None:
        position = self.current.store.last_position(self.current.id)
        chapter = self.store.chapters.get(position.chapter_id) if position else None
        if chapter and position:
            self.continue_button.setProperty("target", target(ScreenName.READER, chapter.id, position.section_slug))
            self.continue_button.set_texts(self.tr("Continue reading"), chapter.title)
            self.continue_button.show()
        else:
            self.continue_button.hide()
        person = self.store.people.get(self._person_id) if self._person_id else None
        if person:
            self.person_button.setProperty("target", target(ScreenName.PEOPLE, person.id))
            self.person_button.set_texts(fmt.person_name(person), person.summary)
        self.person_button.setVisible(person is not None)
        event = self.store.events.get(self._event_id) if self._event_id else None
        if event:
            self.event_button.setProperty("target", target(ScreenName.TIMELINE, event.id))
            self.event_button.set_texts(event.title, fmt.format_date(event.date))
        self.event_button.setVisible(event is not None)

    def _learner_changed(self, _learner_id: int) -> None:
        self._update_dynamic()  # "continue reading" is the learner's

    def showEvent(self, event: QShowEvent) -> None:
        self._update_dynamic()
        super().showEvent(event)

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        return record is None
