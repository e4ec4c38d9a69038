import pytest

from koryo_desktop.core.results import (
    MAX_JSON_DEPTH,
    MAX_RESULTS_BYTES,
    NotResultsFile,
    learner_scores,
    mastery_by_chapter,
    next_chapter,
    question_report,
    read_results_file,
    results_csv,
    results_file,
    visible_attempts,
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


def test_csv_has_a_header_a_row_per_answer_and_no_formulas():
    text = results_csv([
        {"learner": "A", "question_id": "q", "question": "Who?", "chapter_id": "c", "correct": 1, "given": "x, y",
         "answered_at": "t", "session_id": "s"},
        {"learner": "=cmd|' /C calc'!A0", "question_id": "q", "correct": 0, "given": "-2+3", "answered_at": "t"},
        {"learner": "B", "question_id": "q", "correct": 0, "given": "@SUM(1)", "answered_at": "t"},
        {"learner": "\tC", "question_id": "q", "correct": 0, "given": "+1\r", "answered_at": "t"},
    ])  # fmt: skip
    lines = text.strip().splitlines()
    assert lines[0] == "learner,question_id,question,chapter_id,correct,answer,answered_at,session_id"
    assert lines[1] == 'A,q,Who?,c,1,"x, y",t,s'
    assert lines[2].startswith("'=cmd|' /C calc'!A0,q,,,0,'-2+3,")
    assert "'@SUM(1)" in lines[3] and lines[4].startswith("'\tC") and "'+1" in text


def test_only_results_files_are_read_and_hostile_ones_are_refused():
    good = results_file("A", [attempt("a", True, "1")])
    assert read_results_file(good)[0] == "A"
    cases = {"{": "json", "[]": "format", '{"format": "other"}': "format",
             '{"format": "koryo-desktop-results", "version": 9}': "version",
             '{"format": "koryo-desktop-results", "version": 1, "attempts": [1]}': "answers",
             "[" * 100_000 + "]" * 100_000: "depth", " " * (MAX_RESULTS_BYTES + 1): "size"}  # fmt: skip
    for text, reason in cases.items():
        with pytest.raises(NotResultsFile) as caught:
            read_results_file(text)
        assert caught.value.reason == reason
    nested = '{"format": "koryo-desktop-results", "version": 1, "attempts": [], "x": ' + "[" * MAX_JSON_DEPTH
    with pytest.raises(NotResultsFile):
        read_results_file(nested + "]" * MAX_JSON_DEPTH + "}")
    assert read_results_file(good.replace('"A"', '"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["'))[0].startswith("[[[")


def test_scores_per_learner_private_learners_and_what_next():
    results = [("A", [attempt("a", True, "1"), attempt("b", False, "2")]), ("B", [attempt("a", True, "1")])]
    scores = {s.learner: s for s in learner_scores(results)}
    assert (scores["A"].answers, scores["A"].correct, scores["A"].share) == (2, 1, 0.5)
    rows = [{"learner_id": 1}, {"learner_id": 2}, {"learner_id": 3}]
    assert visible_attempts(rows, protected=[2, 3], current=1) == [{"learner_id": 1}]
    assert visible_attempts(rows, protected=[2, 3], current=3) == [{"learner_id": 1}, {"learner_id": 3}]
    written = {"one": {"a", "b"}, "two": {"c"}}
    assert next_chapter(["one", "two"], written, []) == ("one", 0, 2)
    done = [attempt("a", True, "1"), attempt("b", False, "2"), attempt("b", True, "3")]
    assert next_chapter(["one", "two"], written, done) == ("two", 0, 1)
    assert next_chapter(["one", "two"], written, [*done, attempt("c", True, "4")]) is None
