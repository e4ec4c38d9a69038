"""The content's texts in every language it has, for the definitions in xAPI statements.

The app's ContentStore hands out one language at a time (the one the learner reads in); a
statement names a question, a section or a chapter in all of them. So this opens the content
database once more per language (read-only, on first need) and keeps what it read. A text the
content has not translated whole is left out of that language's entry: the English one stands
for it, as it does in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from koryo_desktop.core.entities import Question
from koryo_desktop.store.content_store import ContentStore


@dataclass(frozen=True)
class ChapterTexts:
    titles: dict[str, str]  # language -> the chapter's title
    sections: tuple[str, ...]  # the sections' slugs, in reading order
    section_titles: dict[str, dict[str, str]]  # slug -> language -> title


class ContentTexts:
    def __init__(self, path: Path, languages: tuple[str, ...] = ("en",)) -> None:
        self.path = Path(path)
        self.languages = ("en", *(lang for lang in languages if lang != "en"))
        self._stores: dict[str, ContentStore] = {}
        self._questions: dict[str, dict[str, Question]] = {}
        self._chapters: dict[str, ChapterTexts | None] = {}

    def _store(self, lang: str) -> ContentStore:
        if lang not in self._stores:
            store = ContentStore(self.path)
            store.set_language(lang)
            self._stores[lang] = store
        return self._stores[lang]

    def close(self) -> None:
        for store in self._stores.values():
            store.close()
        self._stores.clear()

    def question(self, question_id: str) -> dict[str, Question]:
        """The written question in each language it is translated into whole (English first);
        empty for a question the content does not have."""
        if question_id not in self._questions:
            versions: dict[str, Question] = {}
            for lang in self.languages:
                question = self._store(lang).questions.get(question_id)
                if question is not None and (lang == "en" or question.text_lang == lang):
                    versions[lang] = question
            self._questions[question_id] = versions
        return self._questions[question_id]

    def chapter(self, chapter_id: str) -> ChapterTexts | None:
        if chapter_id not in self._chapters:
            titles: dict[str, str] = {}
            section_titles: dict[str, dict[str, str]] = {}
            slugs: tuple[str, ...] = ()
            for lang in self.languages:
                chapter = self._store(lang).chapters.get(chapter_id)
                if chapter is None:
                    break
                if lang == "en":
                    slugs = tuple(s.slug for s in chapter.sections)
                if lang == "en" or chapter.text_lang == lang:
                    titles[lang] = chapter.title
                for section in chapter.sections:
                    if lang == "en" or section.text_lang == lang:
                        section_titles.setdefault(section.slug, {})[lang] = section.title
            self._chapters[chapter_id] = ChapterTexts(titles, slugs, section_titles) if titles else None
        return self._chapters[chapter_id]
