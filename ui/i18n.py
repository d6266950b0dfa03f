"""One small translation layer: every string a user sees is looked up here by key.

Catalogues live in ui/locales/<lang>.py as a flat dict `STRINGS`. A test checks that both
languages have exactly the same keys and the same {placeholders}. Formulas are not
translated: they stay in st.latex on the pages.
"""
from __future__ import annotations

import importlib

LANGUAGES = {"en": "English", "ja": "日本語"}
DEFAULT_LANGUAGE = "en"
LANGUAGE_STATE_KEY = "language"


def catalogue(language: str) -> dict[str, str]:
    return importlib.import_module(f"ui.locales.{language}").STRINGS


def current_language() -> str:
    import streamlit as st

    language = st.session_state.get(LANGUAGE_STATE_KEY, DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def class_names(dataset: str, language: str | None = None) -> list[str]:
    """The dataset's class names in the current language (digits stay digits)."""
    from core.data import dataset_info

    names = dataset_info(dataset).class_names
    if dataset == "mnist":
        return list(names)
    return [t(f"class.{dataset}.{index}", language) for index in range(len(names))]


def t(key: str, language: str | None = None, **values) -> str:
    """The text for `key` in the current language, with {placeholders} filled from `values`.

    A missing key is a bug: it raises KeyError so tests catch it instead of showing the key.
    """
    text = catalogue(language or current_language())[key]
    return text.format(**values) if values else text
