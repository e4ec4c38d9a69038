"""The map's region names (core.map_periods) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def region_name(key: str) -> str:
    names = {
        "Kazakh SSR": QCoreApplication.translate("MapRegions", "Kazakh SSR"),
        "Uzbek SSR": QCoreApplication.translate("MapRegions", "Uzbek SSR"),
        "Kirghiz SSR": QCoreApplication.translate("MapRegions", "Kirghiz SSR"),
        "Turkmen SSR": QCoreApplication.translate("MapRegions", "Turkmen SSR"),
        "Tajik SSR": QCoreApplication.translate("MapRegions", "Tajik SSR"),
        "RSFSR": QCoreApplication.translate("MapRegions", "RSFSR"),
        "Far Eastern Krai": QCoreApplication.translate("MapRegions", "Far Eastern Krai"),
        "Korea under Japanese rule": QCoreApplication.translate("MapRegions", "Korea under Japanese rule"),
        "Manchukuo": QCoreApplication.translate("MapRegions", "Manchukuo"),
        "Kazakhstan": QCoreApplication.translate("MapRegions", "Kazakhstan"),
        "Uzbekistan": QCoreApplication.translate("MapRegions", "Uzbekistan"),
        "Kyrgyzstan": QCoreApplication.translate("MapRegions", "Kyrgyzstan"),
        "Turkmenistan": QCoreApplication.translate("MapRegions", "Turkmenistan"),
        "Tajikistan": QCoreApplication.translate("MapRegions", "Tajikistan"),
        "Russia": QCoreApplication.translate("MapRegions", "Russia"),
        "North Korea": QCoreApplication.translate("MapRegions", "North Korea"),
        "South Korea": QCoreApplication.translate("MapRegions", "South Korea"),
        "Mongolia": QCoreApplication.translate("MapRegions", "Mongolia"),
        "Japan": QCoreApplication.translate("MapRegions", "Japan"),
    }
    return names.get(key, key)
