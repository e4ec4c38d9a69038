import pytest

from koryo_desktop.core.dates import parse_date
from koryo_desktop.core.errors import BadDateError


@pytest.mark.parametrize(
    ("text", "precision", "english"),
    [
        ("1937-08-21", "day", "21 August 1937"),
        ("1937-08", "month", "August 1937"),
        ("1937", "year", "1937"),
        ("c. 1863", "circa", "c. 1863"),
        ("1860s", "decade", "the 1860s"),
        ("1937-09-09/1937-10-25", "day", "9 September 1937 – 25 October 1937"),
    ],
)
def test_parse_forms(text, precision, english):
    value = parse_date(text)
    assert value.precision == precision
    assert value.english() == english


def test_range_and_sort_keys():
    value = parse_date("1937-09/1938")
    assert value.is_range
    assert value.start.iso == "1937-09"
    assert value.last.iso == "1938"
    assert parse_date("1937-08-21").sort_key() < parse_date("1937-09").sort_key() < parse_date("1938").sort_key()


@pytest.mark.parametrize("bad", ["1937-02-30", "1937-13", "August 1937", "", "1938/1937", "1/2/3"])
def test_bad_dates_raise_readable_errors(bad):
    with pytest.raises(BadDateError):
        parse_date(bad)
