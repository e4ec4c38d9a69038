"""Koryo Desktop: an offline app that teaches the history of the Koryo-saram."""

__version__ = "0.1.0"
