"""What the frozen bundle keeps of the data PyInstaller collects (packaging/pyinstaller/qt_prune.py)."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
from qt_prune import keep_data


def test_the_bundle_keeps_cldr_data_for_the_languages_it_ships_and_their_root():
    shipped = frozenset({"en", "ko", "ru"})
    kept = ["babel/locale-data/root.dat", "babel/locale-data/ko.dat", "babel/locale-data/ko_KP.dat",
            "babel/locale-data/ru_UA.dat", "babel/locale-data/en_001.dat", "babel/locale-data/en_US_POSIX.dat",
            "babel/global.dat"]  # fmt: skip
    left_out = ["babel/locale-data/uz.dat", "babel/locale-data/kk_KZ.dat", "babel/locale-data/fr.dat"]
    assert all(keep_data(path, shipped) for path in kept)
    assert not any(keep_data(path, shipped) for path in left_out)
    assert keep_data("babel/locale-data/uz_Latn.dat", shipped | {"uz"})  # a fourth language brings its own


def test_every_language_the_app_offers_has_its_cldr_data_in_babel():
    """The export commands format dates and numbers with Babel in each interface language."""
    from babel import Locale

    from koryo_desktop.config import languages

    for code in languages():
        assert Locale.parse(code).language == code
