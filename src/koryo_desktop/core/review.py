"""Spaced review with the FSRS scheduler (the fsrs library): each question a learner has met has a
card; answering it right or wrong schedules the next review."""

from __future__ import annotations

import datetime as _dt
from functools import cache
from typing import Any


@cache
def _scheduler() -> Any:
    from fsrs import Scheduler  # loaded with the first answer, not at start-up

    return Scheduler(enable_fuzzing=False)


def now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def review(card_json: str | None, correct: bool, when: _dt.datetime | None = None) -> tuple[str, str]:
    """The card after an answer, as (card JSON, due time ISO): right = Good, wrong = Again."""
    import json

    from fsrs import Card, Rating

    card = Card.from_dict(json.loads(card_json)) if card_json else Card()
    card, _log = _scheduler().review_card(card, Rating.Good if correct else Rating.Again, when or now())
    return json.dumps(card.to_dict()), card.due.isoformat()
