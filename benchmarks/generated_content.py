"""Content for the benchmarks: the product's own content copied to a temporary folder, with
generated records added, compiled by the real content builder and opened through the store, so
that a benchmark measures the path the app takes.

- ``people``: that many generated people, each named in Latin, Hangul and Cyrillic.
- ``events``: that many generated events.

Each generated record has a Korean and a Russian translation beside it (``zz-generated.ko.toml``,
``.ru.toml``, made from the English as a translator's would be), so that a screen shown in Korean
or Russian reads its texts in that language as it does the real content's."""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from pathlib import Path

from koryo_desktop import paths
from koryo_desktop.store.content_builder import build
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.content_translations import english_texts, fingerprint

SURNAMES = [("Kim", "김", "Ким"), ("Pak", "박", "Пак"), ("Li", "이", "Ли"), ("Tsoi", "최", "Цой"), ("Nam", "남", "Нам"),
            ("Ten", "전", "Тен"), ("Khan", "한", "Хан"), ("Shin", "신", "Шин"), ("Ogai", "오가이", "Огай"),
            ("Hvan", "황", "Хван"), ("Yugai", "유가이", "Югай"), ("Tskhai", "채", "Цхай")]  # fmt: skip
GIVEN = [("Yakov", "야코프", "Яков"), ("Il", "일", "Ир"), ("Nellie", "넬리", "Нелли"), ("Viktor", "빅토르", "Виктор"),
         ("Anatoly", "아나톨리", "Анатолий"), ("Pen Hwa", "병화", "Пен Хва"), ("Denis", "데니스", "Денис"),
         ("Lavrenti", "라브렌티", "Лаврентий"), ("Robert", "로베르트", "Роберт"), ("Marina", "마리나", "Марина"),
         ("Sergei", "세르게이", "Сергей"), ("Olga", "올가", "Ольга")]  # fmt: skip
PATRONYMICS = [("Petrovich", "Петрович"), ("Ivanovich", "Иванович"), ("Andreevich", "Андреевич"),
               ("Maksimovich", "Максимович"), ("Vladimirovna", "Владимировна")]  # fmt: skip
ROLES = ["farmer", "writer", "athlete", "teacher", "scientist", "musician", "military", "diplomat"]
COUNTRIES = ["USSR", "Kazakhstan", "Uzbekistan", "Russia", "South Korea", "North Korea"]
CATEGORIES = ("migration", "repression", "war", "diplomacy", "economy", "culture", "education", "politics")
SOURCE = "lee-oped"


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _people(count: int, seed: int = 7) -> dict[str, str]:
    """The generated people's file and its translations, by language ("en", "ko", "ru")."""
    rng = random.Random(seed)
    out: list[str] = []
    local: dict[str, list[str]] = {"ko": [], "ru": []}
    for i in range(count):
        (sl, sh, sc), (gl, gh, gc), (pl, pc) = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(PATRONYMICS)
        year = rng.randint(1860, 2005)
        names = ((f"{sl} {gl}", "latin", "name"), (f"{sh}{gh}", "hangul", "korean-name"),
                 (f"{gc} {pc} {sc}", "cyrillic", "russian-name"), (f"{gl} {pl} {sl}", "latin", "birth-name"))  # fmt: skip
        english = {"name": f"{sl} {gl} {i}", "summary": "A generated person."}
        out.append(f"[[person]]\nid = \"gen-{i}\"\nname = {_q(english['name'])}\nborn = \"{year}\"\n"
                   f"roles = [{_q(rng.choice(ROLES))}]\ncountries = [{_q(rng.choice(COUNTRIES))}]\n"
                   f"summary = {_q(english['summary'])}\nsources = [\"{SOURCE}\"]\n")  # fmt: skip
        for text, script, kind in names:
            out.append(f'[[person.names]]\ntext = {_q(text)}\nkind = "{kind}"\nscript = "{script}"\n')
        made_from = fingerprint(english_texts("person", english))
        local["ko"].append(_translation("person", i, made_from, name=f"{sh}{gh} {i}", summary="생성된 인물."))
        local["ru"].append(
            _translation("person", i, made_from, name=f"{gc} {sc} {i}", summary="Сгенерированный человек.")
        )
    return {"en": "\n".join(out), "ko": "\n".join(local["ko"]), "ru": "\n".join(local["ru"])}


def _translation(table: str, i: int, made_from: str, **texts: str) -> str:
    fields = "".join(f"{key} = {_q(text)}\n" for key, text in texts.items())
    return f'[[{table}]]\nid = "gen-{i}"\nfrom = "{made_from}"\n{fields}'


def _events(count: int, seed: int = 3) -> dict[str, str]:
    """The generated events' file and its translations, by language ("en", "ko", "ru")."""
    rng = random.Random(seed)
    out: list[str] = []
    local: dict[str, list[str]] = {"ko": [], "ru": []}
    for i in range(count):
        year = rng.randint(1860, 2025)
        kind = rng.random()
        if kind < 0.6:
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind < 0.8:
            date = f"{year}-{rng.randint(1, 12):02d}"
        elif kind < 0.9:
            date = f"c. {year}"
        else:
            date = f"{year}/{min(2026, year + rng.randint(1, 6))}"
        english = {"title": f"Generated event number {i} in {year}", "description": "A generated event."}
        out.append(f"[[event]]\nid = \"gen-{i}\"\ntitle = {_q(english['title'])}\n"
                   f"date = \"{date}\"\ncategory = \"{rng.choice(CATEGORIES)}\"\n"
                   f"description = {_q(english['description'])}\nsources = [\"{SOURCE}\"]\n")  # fmt: skip
        made_from = fingerprint(english_texts("event", english))
        local["ko"].append(_translation("event", i, made_from, title=f"{year}년의 생성된 사건 {i}번",
                                        description="생성된 사건."))  # fmt: skip
        local["ru"].append(_translation("event", i, made_from, title=f"Сгенерированное событие № {i} ({year} год)",
                                        description="Сгенерированное событие."))  # fmt: skip
    return {"en": "\n".join(out), "ko": "\n".join(local["ko"]), "ru": "\n".join(local["ru"])}


def content_store(people: int = 0, events: int = 0) -> ContentStore:
    """A content store over the real content (in its three languages) plus what is asked for,
    built once into a temporary folder and reused while the content and this generator stay the
    same."""
    digest = hashlib.blake2b(f"{people}/{events}".encode(), digest_size=16)
    for file in sorted([Path(__file__), *paths.content_sources_dir().rglob("*")]):
        if file.is_file():
            digest.update(file.name.encode() + file.read_bytes())
    out = Path(tempfile.gettempdir()) / f"koryo-bench-{digest.hexdigest()}.db"
    if not out.exists():
        tmp = Path(tempfile.mkdtemp(prefix="koryo-bench-"))
        root = tmp / "content"
        shutil.copytree(paths.content_sources_dir(), root)
        for folder, count, make in (("people", people, _people), ("events", events, _events)):
            if count:
                for lang, text in make(count).items():
                    suffix = "" if lang == "en" else f".{lang}"
                    (root / folder / f"zz-generated{suffix}.toml").write_text(text, encoding="utf-8")
        build(root, tmp / "content.db")
        shutil.move(tmp / "content.db", out)
        shutil.rmtree(tmp)
    return ContentStore(out)


class QueryCount:
    """Counts the SQL statements the store runs inside ``with QueryCount(store) as queries:``
    (``queries.count``): a screen's records must load with one query per table, not one per row."""

    def __init__(self, store: ContentStore) -> None:
        self.store = store
        self.count = 0

    def _seen(self, _statement: str) -> None:
        self.count += 1

    def __enter__(self) -> QueryCount:
        self.store._conn.set_trace_callback(self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        self.store._conn.set_trace_callback(None)


class Profile:
    """With BENCH_PROFILE set, profiles what runs inside ``with Profile(name):`` and prints the
    functions that took the most time to stderr (cProfile); otherwise does nothing."""

    def __init__(self, name: str) -> None:
        import os

        self.name = name
        self.profiler = None
        if os.environ.get("BENCH_PROFILE"):
            import cProfile

            self.profiler = cProfile.Profile()

    def __enter__(self) -> Profile:
        if self.profiler is not None:
            self.profiler.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.profiler is None:
            return
        import pstats
        import sys

        self.profiler.disable()
        print(f"--- profile: {self.name} (cProfile, by own time) ---", file=sys.stderr)
        pstats.Stats(self.profiler, stream=sys.stderr).sort_stats("tottime").print_stats(14)


def languages() -> list[str]:
    """The languages a benchmark measures in, one after the other: English, Korean and Russian
    (BENCH_LANGS=en,ko to choose)."""
    import os

    return [lang.strip() for lang in os.environ.get("BENCH_LANGS", "en,ko,ru").split(",") if lang.strip()]


def p95(values: list[float]) -> float:
    """The 95th percentile of ``values`` (nearest rank below), as every benchmark reports it."""
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0
