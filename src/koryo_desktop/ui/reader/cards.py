"""Short cards shown when the pointer rests on a link in a chapter."""

from __future__ import annotations

from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import formatting as fmt


def _clip(text: str, limit: int = 260) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def card_html(store: ContentStore, target: str) -> str | None:
    """HTML for a link target ('people/nam-il', 'timeline/x', '#source-y', …), or None."""
    if target.startswith("#source-"):
        source = store.sources.get(target.removeprefix("#source-"))
        return f"<p style='max-width:420px'>{fmt.esc(source.citation())}</p>" if source else None
    module, _, rest = target.partition("/")
    record = rest.partition("#")[0]
    if module == "people" and (person := store.people.get(record)):
        life = fmt.life_span(person.born, person.died)
        return (f"<b>{fmt.esc(person.name)}</b>" + (f"<br/><i>{fmt.esc(life)}</i>" if life else "")
                + f"<p>{fmt.esc(_clip(person.summary))}</p>")  # fmt: skip
    if module == "timeline" and (event := store.events.get(record)):
        return (f"<b>{fmt.esc(event.title)}</b><br/><i>{fmt.esc(fmt.format_date(event.date))}</i>"
                f"<p>{fmt.esc(_clip(event.description))}</p>")  # fmt: skip
    if module == "places" and (place := store.places.get(record)):
        names = " · ".join(n for n in (place.name_ko, place.name_ru) if n)
        return (f"<b>{fmt.esc(place.name)}</b>" + (f"<br/>{fmt.esc(names)}" if names else "")
                + f"<p>{fmt.esc(_clip(place.description))}</p>")  # fmt: skip
    if module == "glossary" and (term := store.glossary.get(record)):
        return f"<b>{fmt.esc(term.term)}</b><p>{fmt.esc(_clip(term.definition))}</p>"
    if module == "reader" and (chapter := store.chapters.get(record)):
        return f"<b>{fmt.esc(chapter.title)}</b><p>{fmt.esc(_clip(chapter.summary))}</p>"
    return None
