import pytest

from koryo_desktop.core.results import (
    mastery_by_chapter,
    question_report,
    read_results_file,
    results_csv,
    results_file,
    weak_topics,
)  # fmt: skip


def attempt(qid: str, correct: bool, when: str, given: str = "") -> dict:
    return {"question_id": qid, "correct": correct, "answered_at": when, "given": given}


def test_mastery_uses_the_latest_answer_and_finds_weak_topics():
    attempts = [attempt("a", False, "1"), attempt("a", True, "2"), attempt("b", False, "1"), attempt("c", False, "3")]
    mastery = {m.chapter_id: m for m in mastery_by_chapter(attempts, {"a": "one", "b": "two", "c": "two"})}
    assert (mastery["one"].correct, mastery["one"].answered) == (1, 1)
    assert (mastery["two"].correct, mastery["two"].answered) == (0, 2)
    assert [m.chapter_id for m in weak_topics(mastery.values())] == ["two"]


def test_results_file_round_trip_and_report():
    text = results_file("Aigerim", [attempt("a", False, "1", "1936"), attempt("b", True, "2", "Nam Il")])
    learner, attempts = read_results_file(text)
    assert learner == "Aigerim" and len(attempts) == 2
    other = read_results_file(
        results_file("Minho", [attempt("a", False, "1", "1936"), attempt("a", True, "2", "1937")])
    )
    report = {s.question_id: s for s in question_report([(learner, attempts), other])}
    assert report["a"].learners == 2 and report["a"].answers == 3
    assert report["a"].share_correct == pytest.approx(1 / 3)
    assert report["a"].common_wrong[0] == ("1936", 2)
    assert report["b"].share_correct == 1.0
    for bad in ("{", '{"format": "other"}', '{"format": "koryo-desktop-results", "version": 9}'):
        with pytest.raises(ValueError):
            read_results_file(bad)


def test_csv_has_a_header_and_a_row_per_answer():
    text = results_csv([{"learner": "A", "question_id": "q", "chapter_id": "c", "correct": 1, "given": "x, y",
                         "answered_at": "t", "session_id": "s"}])  # fmt: skip
    lines = text.strip().splitlines()
    assert lines[0].startswith("learner,question_id") and lines[1] == 'A,q,c,1,"x, y",t,s'
