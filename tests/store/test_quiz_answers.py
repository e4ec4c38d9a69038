import pytest

from koryo_desktop.store.learner_store import LearnerWriteError
from koryo_desktop.store.quiz_answers import AnswerNotSaved, AnswerRecorder


def test_a_failed_save_raises_with_a_reason_and_a_retry_records_once(learner, monkeypatch):
    recorder = AnswerRecorder(learner, "s1", 1)
    real_record, real_card = learner.record_attempt, learner.save_review_card

    def fail(kind):
        def raise_(*_a, **_k):
            raise LearnerWriteError(kind, learner.path, "as the store raises it")

        return raise_

    monkeypatch.setattr(learner, "record_attempt", fail("busy"))
    with pytest.raises(AnswerNotSaved) as caught:
        recorder.save(0, "q1", 2, True, "Nam Il", schedule=True)
    assert caught.value.kind == "busy" and learner.attempts() == []
    monkeypatch.setattr(learner, "record_attempt", real_record)
    monkeypatch.setattr(learner, "save_review_card", fail("full"))
    with pytest.raises(AnswerNotSaved) as caught:
        recorder.save(0, "q1", 2, True, "Nam Il", schedule=True)
    assert caught.value.kind == "full" and len(learner.attempts()) == 1
    monkeypatch.setattr(learner, "save_review_card", real_card)
    assert recorder.save(0, "q1", 3, False, "Kim", schedule=True) == 2  # the answer saved first stands
    assert len(learner.attempts()) == 1 and learner.review_card("q1") is not None
    assert recorder.save(1, "q2", {1, 0}, False, "a; b", schedule=False) == {0, 1}
    assert [a["answer_json"] for a in learner.attempts()] == ["2", "[0, 1]"]
    assert learner.review_card("q2") is None
