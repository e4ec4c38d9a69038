"""The content in other languages: translation files, fallback to English, status and stamping."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from koryo_desktop.core.errors import ContentValidationError
from koryo_desktop.store.content_builder import build, check
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.content_translations import stamp, status
from tests.conftest import FIXTURE_CONTENT


def test_a_translated_record_comes_in_the_chosen_language(store):
    store.set_language("ko")
    person = store.people.get("nam-il")
    assert person.summary.startswith("1953년 정전 협정")
    assert person.bio.startswith("판문점에서")
    assert person.dispute.startswith("출생 연도")
    assert person.text_lang == "ko"
    assert person.born.text == "1913-06-05"  # facts come from the English record
    store.set_language("en")
    assert store.people.get("nam-il").summary.startswith("Soviet Korean officer")
    assert store.people.get("nam-il").text_lang == "en"


def test_a_missing_translation_falls_back_to_english_and_says_so(store):
    store.set_language("ko")
    event = store.events.get("deportation")
    assert event.title == "Deportation trains leave the Far East"
    assert event.text_lang == "en"
    assert store.events.get("armistice-signed").title == "한국 전쟁 정전 협정 서명"
    assert store.events.get("armistice-signed").text_lang == "ko"
    store.set_language("ru")  # partly translated: the summary is Russian, the rest stays English
    person = store.people.get("nam-il")
    assert person.summary.startswith("Советский кореец")
    assert person.bio.startswith("A test biography")
    assert person.text_lang == "en"


def test_chapters_sections_and_citations_in_another_language(store):
    store.set_language("ko")
    chapter = store.chapters.get("north-korea")
    assert chapter.title == "소련 고려인과 북한"
    assert chapter.objectives == ("서명한 사람의 이름을 말한다.",)
    sections = {s.slug: s for s in chapter.sections}
    assert "판문점" in sections["the-armistice"].html
    assert "people/nam-il" in sections["the-armistice"].html  # record links work as in English
    assert "[1]" in sections["the-armistice"].html  # numbered as the English chapter numbers its sources
    assert sections["the-armistice"].text_lang == "ko"
    assert sections["numbers"].text_lang == "en"  # not translated yet: English
    assert "Sources disagree" in sections["numbers"].markdown
    assert ("north-korea", "the-armistice", "정전 협정") in store.chapters.mentioning("person", "nam-il")


def test_a_question_keeps_its_identity_and_right_answer_in_every_language(store):
    english = store.questions.get("signer")
    store.set_language("ko")
    korean = store.questions.get("signer")
    assert korean.id == english.id
    assert korean.prompt.startswith("북측을")
    assert [c.text for c in korean.choices] == ["남일", "다른 사람"]
    assert [c.correct for c in korean.choices] == [c.correct for c in english.choices]
    short = store.questions.get("signer-name")
    assert "남 일" in short.answer["accepted"] and "Nam Il" in short.answer["accepted"]


def test_search_finds_the_languages_own_text_and_names_in_any_script(store):
    assert not store.search.search("서명했다", suggest=False).hits  # English readers search English
    store.set_language("ko")
    hits = store.search.search("서명했다", suggest=False).hits
    assert hits and hits[0].record_id == "north-korea"
    for query in ("남일은", "Nam Il", "Нам Ир"):  # a particle attached, Latin, Cyrillic
        assert store.search.search(query, suggest=False).hits[0].record_id == "nam-il", query
    store.set_language("ru")
    assert store.search.search("Советский кореец", suggest=False).hits[0].record_id == "nam-il"


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


def test_status_lists_missing_outdated_and_partial(tmp_path):
    root = _copy(tmp_path)
    bundle = check(root)
    states = {(r.lang, r.kind, r.record_id, r.part): r.state for r in status(bundle, bundle.translations, ["ko", "ru"])}
    assert states[("ko", "person", "nam-il", "")] == "current"
    assert states[("ko", "event", "deportation", "")] == "missing"
    assert states[("ru", "person", "nam-il", "")] == "partial"
    assert states[("ko", "chapter", "north-korea", "numbers")] == "missing"
    # a curator changes the English: the translation made from the old text is out of date
    path = root / "people" / "nam-il.toml"
    path.write_text(path.read_text().replace("Soviet Korean officer", "Korean officer from the USSR"))
    bundle = check(root)
    rows = status(bundle, bundle.translations, ["ko"])
    assert next(r for r in rows if r.record_id == "nam-il").state == "outdated"
    # once the translator has brought it up to date, stamping records that
    assert stamp(root / "people" / "nam-il.ko.toml", bundle, force=True) == 1
    bundle = check(root)
    assert next(r for r in status(bundle, bundle.translations, ["ko"]) if r.record_id == "nam-il").state == "current"


def test_stamp_fills_in_empty_fingerprints_only(tmp_path):
    root = _copy(tmp_path)
    path = root / "events" / "events.ko.toml"
    path.write_text(path.read_text().replace('from = "', 'from = "x').replace("\nfrom = ", "\n#from = "))
    bundle = check(root)
    assert stamp(path, bundle) == 1  # the record had none
    assert stamp(path, bundle) == 0
    bundle = check(root)
    row = next(r for r in status(bundle, bundle.translations, ["ko"]) if r.record_id == "armistice-signed")
    assert row.state == "current" and f'from = "{row.expected}"' in path.read_text()


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentValidationError) as info:
        check(root)
    return [str(p) for p in info.value.problems]


def test_bad_translations_are_reported_with_file_and_line(tmp_path):
    root = _copy(tmp_path)
    (root / "events" / "more.ko.toml").write_text(
        '[[event]]\nid = "no-such-event"\ntitle = "없음"\n\n[[event]]\nid = "deportation"\ndate = "1938"\n'
    )
    questions = root / "questions" / "questions.ko.toml"
    questions.write_text(questions.read_text().replace('choices = ["남일", "다른 사람"]', 'choices = ["남일"]'))
    chapter = root / "chapters" / "01-war.ko.md"
    chapter.write_text(chapter.read_text().replace("## 정전 협정 {#the-armistice}", "## 정전 협정"))
    problems = _problems(root)
    assert any("more.ko.toml:2: no English event has the id 'no-such-event'" in p for p in problems)
    assert any("more.ko.toml:7: 'date' cannot be translated" in p for p in problems)
    assert any("questions.ko.toml" in p and "'choices' has 1 entries but the English question" in p for p in problems)
    assert any("01-war.ko.md" in p and "names the English section it translates" in p for p in problems)


def test_a_translated_chapter_link_must_go_somewhere(tmp_path):
    root = _copy(tmp_path)
    chapter = root / "chapters" / "01-war.ko.md"
    chapter.write_text(chapter.read_text().replace("(person:nam-il)", "(person:nobody)"))
    assert any("link to unknown person 'nobody'" in p for p in _problems(root))


def test_the_built_database_lists_its_languages(tmp_path):
    out = tmp_path / "c.db"
    build(FIXTURE_CONTENT, out)
    store = ContentStore(out)
    assert store.languages == ("en", "ko", "ru")
    store.close()


def test_content_status_command(capsys):
    from koryo_desktop.cli import main

    assert main(["status", str(FIXTURE_CONTENT), "--lang", "ko", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["languages"]["ko"]["current"] == 8
    missing = {(r["kind"], r["id"], r["part"]) for r in report["records"] if r["state"] == "missing"}
    assert ("event", "deportation", "") in missing
    assert main(["check", str(FIXTURE_CONTENT)]) == 0
    assert "warning: the 'ko' translation has" in capsys.readouterr().err


def test_terminology_tables_hold_the_translations(tmp_path):
    from koryo_desktop.store import terminology

    root = _copy(tmp_path)
    (root / "terminology").mkdir()
    (root / "terminology" / "ko.toml").write_text(
        '[[term]]\nen = "armistice"\nuse = "정전협정"\navoid = ["정전 협정", "휴전협정"]\n'
    )
    bundle = check(root)
    found = terminology.problems(bundle, "ko")
    assert found and all("'정전 협정' for armistice: write '정전협정'" in p for p in found)
    assert any("01-war.ko.md" in p for p in found)
    assert terminology.conflicts(root, "ko") == []


def test_a_variant_that_differs_from_the_rendering_only_in_case_is_the_rendering(tmp_path):
    from koryo_desktop.store import terminology

    root = _copy(tmp_path)
    (root / "terminology").mkdir()
    (root / "terminology" / "ru.toml").write_text(
        '[[term]]\nen = "Russian Far East"\nuse = "российский Дальний Восток"\n'
        'avoid = ["Дальний восток", "дальний Восток"]\n',
        encoding="utf-8",
    )
    person = root / "people" / "nam-il.ru.toml"
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("Советский кореец", "Уроженец края, который зовут российский Дальний Восток"),
                      encoding="utf-8")  # fmt: skip
    assert terminology.problems(check(root), "ru") == []
    person.write_text(text.replace("Советский кореец", "Уроженец края, который зовут Дальний восток"),
                      encoding="utf-8")  # fmt: skip
    found = terminology.problems(check(root), "ru")
    assert found and all("nam-il.ru.toml" in p for p in found)
    assert any("'Дальний восток' for Russian Far East" in p for p in found)


def test_the_products_terminology_tables_are_consistent_and_followed(real_db):
    from koryo_desktop.store import terminology
    from tests.conftest import REAL_CONTENT

    bundle = check(REAL_CONTENT)
    for lang in ("ko", "ru"):
        assert terminology.load(REAL_CONTENT, lang), f"no terminology table for {lang}"
        assert terminology.conflicts(REAL_CONTENT, lang) == []
        assert terminology.problems(bundle, lang) == []


def test_a_language_the_content_has_no_translation_in_searches_the_english(store):
    store.set_language("uz")
    assert store.search.search("Nam Il", suggest=False).hits[0].record_id == "nam-il"
    assert store.people.get("nam-il").summary.startswith("Soviet Korean officer")


def test_the_notes_on_a_persons_spellings_are_translated_without_outdating_the_rest(tmp_path):
    root = _copy(tmp_path)
    path = root / "people" / "nam-il.ko.toml"
    notes = '["", "", "", "", "기고문의 표기", ""]'
    path.write_text(path.read_text().replace('dispute = "', f'name_notes = {notes}\ndispute = "'))
    bundle = check(root)
    row = next(r for r in status(bundle, bundle.translations, ["ko"]) if r.record_id == "nam-il")
    assert row.state == "current"  # the notes take no part in the fingerprint
    out = tmp_path / "c.db"
    build(root, out)
    store = ContentStore(out)
    store.set_language("ko")
    notes_shown = [n.note for n in store.people.get("nam-il").names]
    assert notes_shown[4] == "기고문의 표기" and notes_shown[0] == ""
    store.close()
    path.write_text(path.read_text().replace(notes, '["하나"]'))
    assert any("'name_notes' has 1 entries but the person has 6 names" in p for p in _problems(root))


def _translated_fields(value, lang: str, where: str) -> list[tuple[str, str]]:
    """(where, text) for every ``*_<lang>`` string in a parsed TOML value."""
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and key.endswith(f"_{lang}"):
                found.append((f"{where}: {key}", item))
            else:
                found += _translated_fields(item, lang, where)
    elif isinstance(value, list):
        for item in value:
            found += _translated_fields(item, lang, where)
    return found


def test_the_interface_and_the_map_records_follow_the_terminology_tables_too():
    """One term for one thing across the whole app: the interface catalogs and the number series'
    and routes' translated titles use the renderings the content's tables prescribe."""
    import tomllib
    import xml.etree.ElementTree as ET

    from koryo_desktop.store import terminology
    from tests.conftest import REAL_CONTENT, ROOT

    for lang in ("ko", "ru"):
        texts: list[tuple[str, str]] = []
        catalog = ET.parse(ROOT / "resources" / "translations" / f"koryo_{lang}.ts").getroot()
        for message in catalog.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
                texts += [(f"koryo_{lang}.ts: {message.findtext('source')!r}", form) for form in forms]
        for folder in ("series", "routes"):
            for path in sorted((REAL_CONTENT / folder).glob("*.toml")):
                texts += _translated_fields(tomllib.loads(path.read_text(encoding="utf-8")), lang, path.name)
        found = [
            f"{where}: '{variant}' for {rule.en}: write '{rule.use}'"
            for rule in terminology.load(REAL_CONTENT, lang)
            for variant in rule.avoid
            for where, text in texts
            if any(hit.group() not in rule.use for hit in terminology._pattern(variant).finditer(text))
        ]
        assert found == [], "\n".join(found)
