"""Screening: fuzzy matching against the lists as they stood on a day, with status per hit."""

from embargo.screening.service import Hit, Screener, ScreeningResult, screen

__all__ = ["Hit", "Screener", "ScreeningResult", "screen"]
