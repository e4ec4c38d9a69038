"""Records of the content, as the stores hand them to the rest of the app (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field

from koryo_desktop.core.dates import DateValue
from koryo_desktop.core.targets import record_target

RECORD_KINDS = ("chapter", "person", "event", "place", "term")
SEARCH_KINDS = ("chapter", "person", "event", "place", "term")


@dataclass(frozen=True)
class Source:
    id: str
    author: str
    title: str
    publisher: str
    year: str
    where: str
    note: str = ""
    kind: str = ""  # scholarly | archival | official | press | reference
    text_lang: str = "en"  # the language of the texts shown: English where a translation is missing

    def citation(self) -> str:
        parts = [p.strip().rstrip(".") for p in (self.author, self.title, self.publisher, self.year) if p.strip()]
        return ". ".join(parts) + "."


@dataclass(frozen=True)
class PersonName:
    text: str
    script: str
    kind: str
    lang: str = ""
    note: str = ""


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    summary: str
    bio: str = ""
    born: DateValue | None = None
    died: DateValue | None = None
    born_place: str | None = None
    died_place: str | None = None
    roles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    names: tuple[PersonName, ...] = ()
    event_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    disputed: bool = False
    dispute: str = ""
    text_lang: str = "en"
    local_name: str = ""  # the name in the content's language, where a translation gives one


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: DateValue
    category: str
    description: str
    place_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    disputed: bool = False
    dispute: str = ""
    text_lang: str = "en"


@dataclass(frozen=True)
class Era:
    id: str
    title: str
    start: DateValue
    end: DateValue
    description: str = ""
    text_lang: str = "en"


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_ko: str
    name_ru: str
    latitude: float
    longitude: float
    country: str
    description: str
    source_ids: tuple[str, ...] = ()
    local_name: str = ""  # the name in the content's language, where the content gives one
    text_lang: str = "en"


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    term_ko: str
    term_ru: str
    definition: str
    source_ids: tuple[str, ...] = ()
    local_term: str = ""  # the term in the content's language, where the content gives one
    text_lang: str = "en"


@dataclass(frozen=True)
class Section:
    id: str
    chapter_id: str
    slug: str
    position: int
    title: str
    markdown: str
    disputed: bool = False
    html: str = ""  # the Markdown rendered and sanitised when the content database was built
    text_lang: str = "en"


@dataclass(frozen=True)
class Chapter:
    id: str
    number: int
    title: str
    summary: str
    objectives: tuple[str, ...] = ()
    discussion: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    word_count: int = 0
    sections: tuple[Section, ...] = field(default=())
    cited: tuple[str, ...] = ()  # the sources in the order the sections first cite them: [1], [2], …
    text_lang: str = "en"


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    chapter_id: str
    section_id: str | None
    type: str
    difficulty: str
    prompt: str
    explanation: str
    choices: tuple[Choice, ...] = ()
    answer: object = None
    source_ids: tuple[str, ...] = ()
    text_lang: str = "en"


@dataclass(frozen=True)
class SearchHit:
    """One search result: which record, where in it, and a highlighted snippet (HTML)."""

    kind: str
    record_id: str
    title: str
    snippet_html: str
    anchor: str | None
    score: float
    doc_id: int = 0  # the document the hit was found in (the store can make its snippet later)

    @property
    def target(self) -> str:
        """The navigation target that opens the record at the hit."""
        return record_target(self.kind, self.record_id, self.anchor)


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    suggestions: tuple[str, ...] = ()
