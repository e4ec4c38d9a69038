"""What the kiosk's attract screen shows while nobody uses it: which records become slides, in
which order and for how long. Curators choose them in resources/content/kiosk/slides.toml (read by
store/kiosk_slides.py); without that file every person, event, glossary term and chapter takes its
turn. Plain Python."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass

SLIDE_KINDS = ("person", "event", "term", "chapter")
SECONDS_RANGE = (5, 120)


@dataclass(frozen=True)
class SlidePlan:
    """``picks``: (kind, id) shown first, in this order; then every record of ``kinds``, taking
    turns kind by kind (shuffled when ``shuffle``). Each slide shows for ``seconds``."""

    seconds: int = 12
    picks: tuple[tuple[str, str], ...] = ()
    kinds: tuple[str, ...] = SLIDE_KINDS
    shuffle: bool = False

    def to_json(self) -> str:
        return json.dumps({"seconds": self.seconds, "picks": [list(p) for p in self.picks], "kinds": list(self.kinds),
                           "shuffle": self.shuffle})  # fmt: skip

    @classmethod
    def from_json(cls, text: str | None) -> SlidePlan:
        """The plan stored in the content database; the default one when there is none (or it is
        not one: an older database, another program's)."""
        try:
            data = json.loads(text) if text else None
            if not isinstance(data, dict):
                return cls()
            return cls(
                int(data.get("seconds", 12)),
                tuple((str(k), str(i)) for k, i in data.get("picks", [])),
                tuple(str(k) for k in data.get("kinds", ())),
                bool(data.get("shuffle", False)),
            )
        except (ValueError, TypeError):
            return cls()


def slide_order(plan: SlidePlan, available: dict[str, list[str]], seed: int | None = None) -> list[tuple[str, str]]:
    """The slides as (kind, id): the picks that exist, then the records of the plan's kinds."""
    listed = [p for p in plan.picks if p[1] in available.get(p[0], ())]
    seen = set(listed)
    queues = [[(kind, i) for i in available.get(kind, []) if (kind, i) not in seen] for kind in plan.kinds]
    rest: list[tuple[str, str]] = []
    while any(queues):
        for queue in queues:
            if queue:
                rest.append(queue.pop(0))
    if plan.shuffle:
        random.Random(seed).shuffle(rest)
    return listed + rest


_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+(?=[\"“«(]?[A-ZА-ЯЁ\uac00-\ud7a3])")


def first_sentence(text: str, limit: int = 220) -> str:
    """The first sentence of ``text`` (one line of a story), cut at a word with "…" when longer
    than ``limit`` characters."""
    text = " ".join(text.split())
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + "…"
