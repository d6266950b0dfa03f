"""Cross-page settings (language, dataset, seed) and the sidebar that edits them.

Widget keys are dropped when the user switches page, so the values live under plain
session_state keys and each widget is recreated from them on every run.
"""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from core.data import DATASETS
from ui.i18n import LANGUAGE_STATE_KEY, LANGUAGES, current_language, t

DATASET_STATE_KEY = "dataset"
SEED_STATE_KEY = "seed"
DEFAULTS = {LANGUAGE_STATE_KEY: "en", DATASET_STATE_KEY: "mnist", SEED_STATE_KEY: 0}


@dataclass(frozen=True)
class Settings:
    language: str
    dataset: str
    seed: int


def run_through_navigation() -> None:
    """Make sure a page runs under app.py's st.navigation, even on a server's very first request.

    With a pages/ folder next to app.py, Streamlit's first run after server start uses the old
    automatic page discovery: a deep link (/interpolation) then runs the page file on its own,
    without app.py's menu, sidebar or wide layout. Turning that mode off and rerunning sends the
    request through app.py, as every later request is.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


QUERY_KEYS = {LANGUAGE_STATE_KEY: "lang", DATASET_STATE_KEY: "dataset", SEED_STATE_KEY: "seed"}


def _valid(state_key: str, value: str):
    """A query-parameter value converted to the setting's type, or None if it is not allowed."""
    if state_key == LANGUAGE_STATE_KEY:
        return value if value in LANGUAGES else None
    if state_key == DATASET_STATE_KEY:
        return value if value in DATASETS else None
    return int(value) if value.isdigit() and int(value) <= 10_000 else None


def _sync_with_url() -> None:
    """Settings live in the URL too (?lang=ja&dataset=fashion&seed=3), so a teacher can hand out
    one link that opens every student's screen the same way, and a reload keeps them."""
    for state_key, query_key in QUERY_KEYS.items():
        if state_key not in st.session_state and query_key in st.query_params:
            value = _valid(state_key, st.query_params[query_key])
            if value is not None:
                st.session_state[state_key] = value
        st.session_state.setdefault(state_key, DEFAULTS[state_key])
        if st.query_params.get(query_key) != str(st.session_state[state_key]):
            st.query_params[query_key] = str(st.session_state[state_key])


def settings(route: bool = True) -> Settings:
    """The current cross-page settings (defaults when a page runs on its own, e.g. in tests).

    Pages call it first thing, which also routes a first-request deep link through app.py;
    app.py itself passes route=False (its own st.navigation call ends the old mode).
    """
    if route:
        run_through_navigation()
    _sync_with_url()
    dataset = st.session_state[DATASET_STATE_KEY]
    return Settings(current_language(), dataset if dataset in DATASETS else "mnist", int(st.session_state[SEED_STATE_KEY]))


def _persist(widget_key: str, state_key: str) -> None:
    st.session_state[state_key] = st.session_state[widget_key]


def render_sidebar() -> Settings:
    """Language, dataset and seed controls shared by all pages."""
    current = settings(route=False)
    with st.sidebar:
        languages = list(LANGUAGES)
        st.radio("Language / 言語", languages, index=languages.index(current.language), format_func=LANGUAGES.get,
                 horizontal=True, key="_language_widget", on_change=_persist, args=("_language_widget", LANGUAGE_STATE_KEY))
        datasets = list(DATASETS)
        st.selectbox(t("sidebar.dataset"), datasets, index=datasets.index(current.dataset),
                     format_func=lambda key: DATASETS[key].title, key="_dataset_widget",
                     on_change=_persist, args=("_dataset_widget", DATASET_STATE_KEY), help=t("sidebar.dataset_help"))
        st.number_input(t("sidebar.seed"), min_value=0, max_value=10_000, value=current.seed, step=1,
                        key="_seed_widget", on_change=_persist, args=("_seed_widget", SEED_STATE_KEY),
                        help=t("sidebar.seed_help"))
    return settings(route=False)
