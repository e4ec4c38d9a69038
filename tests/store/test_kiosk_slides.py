"""Curators choose the attract screen's slides in kiosk/slides.toml: checked with the content, every
problem as file:line, and kept in the content database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from koryo_desktop.core.attract import SlidePlan, first_sentence, slide_order
from koryo_desktop.core.errors import ContentValidationError
from koryo_desktop.store.content_builder import build
from koryo_desktop.store.content_loader import ContentLoader
from koryo_desktop.store.content_store import ContentStore

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE, root)
    (root / "kiosk").mkdir()
    return root


def problems(root: Path, text: str) -> list[str]:
    (root / "kiosk" / "slides.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentValidationError) as caught:
        ContentLoader(root).load()
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in caught.value.problems]


def test_every_problem_in_the_slides_is_named_with_its_line(content: Path):
    found = problems(content, 'seconds = 2\nslides = [\n  "person:nam-il",\n  "person:nobody",\n'
                              '  "place:panmunjom",\n  "person:nam-il",\n  7,\n]\nkinds = ["person", "ships"]\n'
                              'colour = "red"\nshuffle = "yes"\n')  # fmt: skip
    assert sorted(found) == sorted(
        [
            "slides.toml:10: unknown setting 'colour' (allowed: seconds, slides, kinds, shuffle)",
            "slides.toml:1: 'seconds' must be a whole number from 5 to 120",
            "slides.toml:11: 'shuffle' must be true or false",
            "slides.toml:4: slide 'person:nobody': there is no person 'nobody'",
            "slides.toml:5: slide 'place:panmunjom' must be \"kind:id\" with a kind of person, event, term, chapter",
            "slides.toml:6: slide 'person:nam-il' is listed twice",
            'slides.toml:2: a slide is written as "kind:id", not 7',
            "slides.toml:9: 'kinds' must list kinds of records: person, event, term, chapter",
        ]
    )
    assert problems(content, "seconds = 10\n") == ["slides.toml:1: no slides: list records in 'slides' or kinds "
                                                   "of records in 'kinds'"]  # fmt: skip
    assert problems(content, 'seconds = 8\nslides = ["person:nam-il",,]\n')[0].startswith("slides.toml:2: TOML syntax")


def test_the_plan_is_kept_in_the_content_database(content: Path, tmp_path: Path):
    (content / "kiosk" / "slides.toml").write_text(
        'seconds = 8\nslides = ["term:armistice", "person:nam-il"]\nkinds = ["event"]\n', encoding="utf-8"
    )
    build(content, tmp_path / "content.db")
    store = ContentStore(tmp_path / "content.db")
    plan = SlidePlan.from_json(store.meta.get("kiosk_slides"))
    store.close()
    assert plan == SlidePlan(8, (("term", "armistice"), ("person", "nam-il")), ("event",), False)


def test_without_the_file_every_kind_takes_its_turn(fixture_db: Path):
    store = ContentStore(fixture_db)
    plan = SlidePlan.from_json(store.meta.get("kiosk_slides"))
    store.close()
    assert plan == SlidePlan() and SlidePlan.from_json("[1, 2]") == SlidePlan()
    available = {"person": ["a", "b"], "event": ["e"], "term": ["t1", "t2", "t3"], "chapter": []}
    assert slide_order(plan, available) == [("person", "a"), ("event", "e"), ("term", "t1"), ("person", "b"),
                                            ("term", "t2"), ("term", "t3")]  # fmt: skip
    picked = SlidePlan(picks=(("term", "t2"), ("person", "gone")), kinds=("term",), shuffle=True)
    order = slide_order(picked, available, seed=1)
    assert order[0] == ("term", "t2") and sorted(order[1:]) == [("term", "t1"), ("term", "t3")]


def test_one_line_of_a_story():
    assert first_sentence("Nam Il was born in 1913. He grew up in Tashkent.") == "Nam Il was born in 1913."
    assert first_sentence("Around c. 1863 families crossed the Tumen. Then more came.") == (
        "Around c. 1863 families crossed the Tumen.")  # fmt: skip
    assert first_sentence("남일은 1913년에 태어났다. 그는 타슈켄트에서 자랐다.") == "남일은 1913년에 태어났다."
    assert first_sentence("Нам Ир родился в 1913 году. Он вырос в Ташкенте.") == "Нам Ир родился в 1913 году."
    long = first_sentence("word " * 100, limit=40)
    assert long.endswith("…") and len(long) <= 41
