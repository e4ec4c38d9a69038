"""A share written beside its part and whole must follow from them."""

import pytest

from koryo_desktop.core.percentages import check_percentages


@pytest.mark.parametrize(
    "text",
    [
        "Estimates run from 16,500 to 50,000 deaths among 171,781 deportees, roughly 10 to 29 per cent of them.",
        "In 1929, 150,895 of the okrug's 621,305 inhabitants were Korean, or 24.3 per cent.",
        "South Korea had $2.34 bn of Uzbekistan's $62.6 bn of trade in 2023, 3.7 per cent.",
        "In all 2,613 of the 3,000 places were filled, about 87 per cent.",
        "The first year's plan of 30,000 cars out of a capacity of 200,000 was 15%.",
        "South Korea had 3.7 per cent of the 62.6 billion dollars.",  # a share of a whole, no part to check
        "Kazakhstan had 95,256 people and Uzbekistan 76,525.",  # no share at all
        "Chang gives 16.3 per cent; 16.3 per cent of 171,781 is about 28,000.",
    ],
)
def test_shares_that_follow_from_their_numbers_pass(text: str):
    assert check_percentages(text) == []


@pytest.mark.parametrize(
    ("text", "stated", "expected"),
    [
        (
            "Estimates run from 16,500 to 50,000 deaths among 171,781 deportees, roughly 10 to 25 per cent of them.",
            "roughly 10 to 25 per cent",
            "9.6 to 29.1",
        ),
        ("In 1929, 150,895 of the okrug's 621,305 inhabitants were Korean, or 24.22 per cent.", "24.22 per cent",
         "24.287"),
        ("South Korea had $1.04 bn of Uzbekistan's $62.6 bn of trade, 3.7 %.", "3.7 %", "1.66"),
        ("Of the quota, 2,613 of 3,000 places were filled. That is 97 per cent.", None, None),
    ],
)  # fmt: skip
def test_a_share_that_does_not_follow_is_reported(text: str, stated: str | None, expected: str | None):
    problems = check_percentages(text)
    if stated is None:  # the share stands in another sentence: not "written next to" its numbers
        assert problems == []
        return
    assert len(problems) == 1
    assert problems[0].stated == stated
    assert expected in problems[0].expected
    assert problems[0].message().startswith(f"percentage {stated} does not match its numbers")


def test_each_sentence_is_checked_on_its_own_and_located():
    text = "Of 36,442 families, 10 of 100 left, 10 per cent. Then 30 of 60 stayed, 40 per cent."
    problems = check_percentages(text)
    assert [p.stated for p in problems] == ["40 per cent"]
    assert text[problems[0].offset :].startswith("Then 30 of 60")
