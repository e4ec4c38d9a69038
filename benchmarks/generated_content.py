"""Content for the benchmarks: the product's own content copied to a temporary folder, with
generated records added, compiled by the real content builder and opened through the store, so
that a benchmark measures the path the app takes.

- ``people``: that many generated people, each named in Latin, Hangul and Cyrillic.
- ``events``: that many generated events.
- ``translations``: a generated Korean and a Russian copy of every chapter, person, event, place
  and term (the real translations do not exist yet): each English word becomes a made-up word in
  Hangul or Cyrillic, always the same one, and the names of people and places take their real
  Korean and Russian forms, so the search meets three scripts in the volume a translated content
  will have. None of this text is meant to be read."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import tempfile
from pathlib import Path

from koryo_desktop import paths
from koryo_desktop.store.content_builder import build
from koryo_desktop.store.content_store import ContentStore

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


def _people(count: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        (sl, sh, sc), (gl, gh, gc), (pl, pc) = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(PATRONYMICS)
        year = rng.randint(1860, 2005)
        names = ((f"{sl} {gl}", "latin", "name"), (f"{sh}{gh}", "hangul", "korean-name"),
                 (f"{gc} {pc} {sc}", "cyrillic", "russian-name"), (f"{gl} {pl} {sl}", "latin", "birth-name"))  # fmt: skip
        out.append(f"[[person]]\nid = \"gen-{i}\"\nname = {_q(f'{sl} {gl} {i}')}\nborn = \"{year}\"\n"
                   f"roles = [{_q(rng.choice(ROLES))}]\ncountries = [{_q(rng.choice(COUNTRIES))}]\n"
                   f"summary = \"A generated person.\"\nsources = [\"{SOURCE}\"]\n")  # fmt: skip
        for text, script, kind in names:
            out.append(f'[[person.names]]\ntext = {_q(text)}\nkind = "{kind}"\nscript = "{script}"\n')
    return "\n".join(out)


def _events(count: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    out = []
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
        out.append(f"[[event]]\nid = \"gen-{i}\"\ntitle = \"Generated event number {i} in {year}\"\n"
                   f"date = \"{date}\"\ncategory = \"{rng.choice(CATEGORIES)}\"\n"
                   f"description = \"A generated event.\"\nsources = [\"{SOURCE}\"]\n")  # fmt: skip
    return "\n".join(out)


# -- generated translations ---------------------------------------------------------------------
_SYLLABLES = [chr(0xAC00 + n) for n in range(0, 11172, 97)]  # a spread of Hangul syllables
_CYR = "бвгдзклмнпрстфхцчш"
_VOW = "аеиоуыя"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _seed(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.lower().encode(), digest_size=4).digest(), "big")


def _korean_word(word: str) -> str:
    n = _seed(word)
    return "".join(_SYLLABLES[(n >> (5 * k)) % len(_SYLLABLES)] for k in range(1 + n % 3))


def _russian_word(word: str) -> str:
    n = _seed(word)
    letters = [(_CYR if k % 2 == 0 else _VOW)[(n >> (3 * k)) % (len(_CYR) if k % 2 == 0 else len(_VOW))]
               for k in range(max(2, min(9, len(word))))]  # fmt: skip
    text = "".join(letters)
    return text.capitalize() if word[:1].isupper() else text


class _Translator:
    """English → made-up Korean or Russian, keeping the real forms of known names."""

    def __init__(self, names: dict[str, tuple[str, str]]) -> None:
        self.names = sorted(names.items(), key=lambda kv: -len(kv[0]))
        self.pattern = re.compile("|".join(re.escape(n) for n, _ in self.names)) if names else None
        self.lookup = dict(names)

    def __call__(self, text: str, lang: str) -> str:
        index = 0 if lang == "ko" else 1
        word = _korean_word if lang == "ko" else _russian_word
        parts, last = [], 0
        for match in self.pattern.finditer(text) if self.pattern else ():
            parts.append(_WORD.sub(lambda m: word(m.group()), text[last : match.start()]))
            parts.append(self.lookup[match.group()][index] or match.group())
            last = match.end()
        parts.append(_WORD.sub(lambda m: word(m.group()), text[last:]))
        return "".join(parts)


def _translated_copies(root: Path) -> None:
    import tomllib

    names: dict[str, tuple[str, str]] = {}
    for file in sorted((root / "people").glob("*.toml")):
        for person in tomllib.loads(file.read_text(encoding="utf-8")).get("person", []):
            by_script = {n.get("script"): n["text"] for n in person["names"]}
            names[person["name"]] = (by_script.get("hangul", ""), by_script.get("cyrillic", ""))
    for file in sorted((root / "places").glob("*.toml")):
        for place in tomllib.loads(file.read_text(encoding="utf-8")).get("place", []):
            names[place["name"]] = (place.get("name_ko", ""), place.get("name_ru", ""))
    translate = _Translator({k: v for k, v in names.items() if k})
    for lang in ("ko", "ru"):
        _translate_chapters(root, lang, translate)
        _translate_records(root, lang, translate)


def _translate_chapters(root: Path, lang: str, translate: _Translator) -> None:
    for file in sorted((root / "chapters").glob("*.md")):
        text = file.read_text(encoding="utf-8")
        _, front, body = text.split("+++", 2)
        front = re.sub(r'^id = "([^"]+)"', rf'id = "\1-{lang}"', front, count=1, flags=re.M)
        front = re.sub(r"^number = (\d+)", lambda m: f"number = {int(m.group(1)) + (100 if lang == 'ko' else 200)}",
                       front, count=1, flags=re.M)  # fmt: skip
        for key in ("title", "summary"):
            front = re.sub(rf'^{key} = "(.*)"$', lambda m, key=key: f"{key} = {_q(translate(m.group(1), lang))}", front,
                           count=1, flags=re.M)  # fmt: skip
        front = re.sub(r"^(objectives|discussion) = \[.*?^\]\n", "", front, flags=re.M | re.S)
        lines = []
        for line in body.split("\n"):
            heading = re.match(r"^(##\s+)(.+?)(\s*\{[^}]*\})?\s*$", line)
            if heading:
                lines.append(heading.group(1) + translate(heading.group(2), lang) + (heading.group(3) or ""))
                continue
            # keep links and citations working: translate only the text between them
            pieces = re.split(r"(\[@[^\]]+\]|\]\([a-z]+:[^)]*\)|\[)", line)
            lines.append("".join(p if i % 2 else translate(p, lang) for i, p in enumerate(pieces)))
        (root / "chapters" / f"{file.stem}-{lang}.md").write_text(f"+++{front}+++{chr(10).join(lines)}",
                                                                   encoding="utf-8")  # fmt: skip


def _translate_records(root: Path, lang: str, translate: _Translator) -> None:
    import tomllib

    out = []
    for folder, table, text_keys in (("people", "person", ("summary", "bio")),
                                     ("events", "event", ("title", "description")),
                                     ("places", "place", ("description",)),
                                     ("glossary", "term", ("definition",))):  # fmt: skip
        for file in sorted((root / folder).glob("[!z]*.toml")):
            for record in tomllib.loads(file.read_text(encoding="utf-8")).get(table, []):
                lines = [f"[[{table}]]", f'id = "{record["id"]}-{lang}"']
                for key, value in record.items():
                    if key in ("id", "names", "see_also", "events", "people", "dispute", "disputed"):
                        continue
                    if key in text_keys:
                        value = translate(value, lang)
                    if key in ("name", "term"):
                        value = f"{value} ({lang})"
                    lines.append(f"{key} = {_toml_value(value)}")
                for name in record.get("names", []):
                    lines.append(f"[[{table}.names]]")
                    lines.extend(f"{k} = {_toml_value(v)}" for k, v in name.items())
                out.append("\n".join(lines) + "\n")
        (root / folder / f"zz-generated-{lang}.toml").write_text("\n".join(out), encoding="utf-8")
        out = []


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _q(str(value))


def content_store(people: int = 0, events: int = 0, translations: bool = False) -> ContentStore:
    """A content store over the real content plus what is asked for, built once into a temporary
    folder and reused while the content and this generator stay the same."""
    digest = hashlib.blake2b(f"{people}/{events}/{translations}".encode(), digest_size=16)
    for file in sorted([Path(__file__), *paths.content_sources_dir().rglob("*")]):
        if file.is_file():
            digest.update(file.name.encode() + file.read_bytes())
    out = Path(tempfile.gettempdir()) / f"koryo-bench-{digest.hexdigest()}.db"
    if not out.exists():
        tmp = Path(tempfile.mkdtemp(prefix="koryo-bench-"))
        root = tmp / "content"
        shutil.copytree(paths.content_sources_dir(), root)
        if people:
            (root / "people" / "zz-generated.toml").write_text(_people(people), encoding="utf-8")
        if events:
            (root / "events" / "zz-generated.toml").write_text(_events(events), encoding="utf-8")
        if translations:
            _translated_copies(root)
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
