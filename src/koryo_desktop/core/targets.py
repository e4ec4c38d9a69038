"""Navigation targets: the one registry of the app's screens (what each takes after its name), of
the screen that shows each kind of record, and the one place where targets such as
'people/nam-il' or 'reader/<chapter>#<section>?q=<words>' are made and read. Plain Python: the
command line checks `--open` with it without loading Qt."""

from __future__ import annotations

from enum import StrEnum


class ScreenName(StrEnum):
    """Every screen, in the rail's order."""

    HOME = "home"
    READER = "reader"
    PEOPLE = "people"
    TIMELINE = "timeline"
    QUIZ = "quiz"
    SEARCH = "search"
    GLOSSARY = "glossary"
    PLACES = "places"
    MAP = "map"


# what a screen takes after its name ('people/<id>'): a record's id, a search's words, or nothing
TAKES: dict[ScreenName, str | None] = {
    ScreenName.HOME: None, ScreenName.READER: "id", ScreenName.PEOPLE: "id", ScreenName.TIMELINE: "id",
    ScreenName.QUIZ: "id", ScreenName.SEARCH: "query", ScreenName.GLOSSARY: "id", ScreenName.PLACES: "id",
    ScreenName.MAP: "id",
}  # fmt: skip

# the screen that opens a record of each kind (the kinds of the content's links and search hits)
SCREEN_OF_KIND: dict[str, ScreenName] = {
    "chapter": ScreenName.READER, "section": ScreenName.READER, "person": ScreenName.PEOPLE,
    "event": ScreenName.TIMELINE, "place": ScreenName.PLACES, "term": ScreenName.GLOSSARY,
    "question": ScreenName.QUIZ,
}  # fmt: skip


def target(screen: ScreenName, record: str | None = None, anchor: str | None = None, query: str | None = None) -> str:
    """The target that opens `screen` (at `record`, scrolled to `anchor`, with `query`'s words marked)."""
    text = str(screen.value)
    if record:
        text += f"/{record}"
    if anchor:
        text += f"#{anchor}"
    if query:
        text += f"?q={query}"
    return text


def record_target(kind: str, record_id: str, anchor: str | None = None) -> str:
    """The target that opens a record of `kind` ('person', 'event', 'chapter', …)."""
    return target(SCREEN_OF_KIND[kind], record_id, anchor)


def split_target(text: str) -> tuple[str, str | None, str | None]:
    """'people/nam-il#bio' -> ('people', 'nam-il', 'bio'); a '?q=…' suffix is left out (see query_of)."""
    text = text.partition("?q=")[0]
    text, _, anchor = text.partition("#")
    screen, _, record = text.partition("/")
    return screen, (record or None), (anchor or None)


def query_of(text: str) -> str | None:
    """The words a search hit asks the screen to highlight: 'reader/x#y?q=nam il' -> 'nam il'."""
    _, marker, query = text.partition("?q=")
    return query if marker and query else None


def valid_targets_text() -> str:
    """Every form `--open` takes, for messages."""
    forms = []
    for screen, takes in TAKES.items():
        forms.append(screen.value)
        if takes:
            forms.append(f"{screen.value}/<{takes}>")
    return ", ".join(forms)


def is_valid(text: str) -> bool:
    """Whether `text` names a screen, and a record only where the screen takes one."""
    name = text.partition("/")[0]
    if name not in set(ScreenName):
        return False
    return "/" not in text or TAKES[ScreenName(name)] is not None
