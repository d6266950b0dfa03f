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
PRESENT_STATE_KEY = "present"
DEFAULTS = {LANGUAGE_STATE_KEY: "en", DATASET_STATE_KEY: "mnist", SEED_STATE_KEY: 0, PRESENT_STATE_KEY: False}
SEED_MIN, SEED_MAX = 0, 10_000
SEED_WIDGET_KEY = "_seed_widget"
# (asked, used) when the last seed asked for (URL or typed) was outside the range, else absent.
SEED_CLAMPED_KEY = "_seed_clamped"


@dataclass(frozen=True)
class Settings:
    language: str
    dataset: str
    seed: int
    presenting: bool = False  # presenter mode: projector-sized type, sidebar folded, lesson steps


def run_through_navigation() -> None:
    """Kept for callers of the old name; the routing itself lives in ui.route (see there why)."""
    from ui.route import run_through_navigation as route

    route()


QUERY_KEYS = {LANGUAGE_STATE_KEY: "lang", DATASET_STATE_KEY: "dataset", SEED_STATE_KEY: "seed",
              PRESENT_STATE_KEY: "present"}


def parse_seed(text: str) -> int | None:
    """An integer written with ASCII digits (sign allowed), else None; not yet clamped.

    Parsing, not str.isdigit(): isdigit() accepts "²" or "١", which int() then rejects (or
    reads), and that crashed every page.
    """
    if not isinstance(text, str) or not text.isascii():
        return None
    try:
        return int(text)
    except ValueError:  # also a number too long for int()'s digit limit
        return None


def clamp_seed(seed: int) -> int:
    """The seed the demos use for a requested one: the nearest value in [SEED_MIN, SEED_MAX]."""
    return min(max(seed, SEED_MIN), SEED_MAX)


def parse_query_value(state_key: str, text: str):
    """A query-parameter value converted to the setting it sets, or None if it is not one.

    Seeds come back clamped into range, so the result is always usable as is.
    """
    if state_key == LANGUAGE_STATE_KEY:
        return text if text in LANGUAGES else None
    if state_key == DATASET_STATE_KEY:
        return text if text in DATASETS else None
    if state_key == PRESENT_STATE_KEY:
        return {"1": True, "0": False}.get(text)
    seed = parse_seed(text)
    return None if seed is None else clamp_seed(seed)


def _remember_clamp(asked: int, used: int) -> None:
    """Keep (asked, used) so the sidebar can say why the seed differs from what was asked."""
    if asked != used:
        st.session_state[SEED_CLAMPED_KEY] = (asked, used)
    else:
        st.session_state.pop(SEED_CLAMPED_KEY, None)


def clamp_note(current_seed: int) -> str | None:
    """The sentence telling the user their seed was moved into range, while it still applies."""
    clamped = st.session_state.get(SEED_CLAMPED_KEY)
    if not clamped or clamped[1] != current_seed:
        return None
    asked, used = clamped
    return t("sidebar.seed_clamped", asked=f"{asked:,}", used=f"{used:,}", low=f"{SEED_MIN:,}", high=f"{SEED_MAX:,}")


def browser_language() -> str:
    """The browser's language when Streamlit knows it (st.context.locale, e.g. "ja-JP") and the
    app speaks it, else English: a Japanese classroom opens in Japanese without a link parameter."""
    try:
        locale = st.context.locale or ""
    except Exception:  # no browser behind this run (AppTest, bare mode)
        locale = ""
    code = locale.split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULTS[LANGUAGE_STATE_KEY]


def url_text(value) -> str:
    """How a setting is written in the URL (booleans as 1 / 0)."""
    return ("1" if value else "0") if isinstance(value, bool) else str(value)


def presenting_from_url() -> bool:
    """Presenter mode asked for in the URL: app.py needs it before set_page_config (sidebar folded)."""
    return st.query_params.get(QUERY_KEYS[PRESENT_STATE_KEY]) == "1" or bool(st.session_state.get(PRESENT_STATE_KEY))


def _sync_with_url() -> None:
    """Settings live in the URL too (?lang=ja&dataset=fashion&seed=3), so a teacher can hand out
    one link that opens every student's screen the same way, and a reload keeps them."""
    for state_key, query_key in QUERY_KEYS.items():
        if state_key not in st.session_state and query_key in st.query_params:
            text = st.query_params[query_key]
            value = parse_query_value(state_key, text)
            if value is not None:
                st.session_state[state_key] = value
                if state_key == SEED_STATE_KEY:
                    _remember_clamp(parse_seed(text), value)
                    note = clamp_note(value)
                    if note:  # also in the sidebar, but a phone keeps the sidebar closed
                        st.toast(note, icon="🎲")
        if state_key not in st.session_state:
            st.session_state[state_key] = browser_language() if state_key == LANGUAGE_STATE_KEY else DEFAULTS[state_key]
        shown = url_text(st.session_state[state_key])
        if state_key == PRESENT_STATE_KEY and shown == "0":
            st.query_params.pop(query_key, None)  # links stay short unless presenting
        elif st.query_params.get(query_key) != shown:
            st.query_params[query_key] = shown


def settings(route: bool = True) -> Settings:
    """The current cross-page settings (defaults when a page runs on its own, e.g. in tests).

    route=True also routes a first-request deep link through app.py (for page files that do
    not import ui.route first); app.py itself passes route=False (its st.navigation call ends
    the old mode).
    """
    if route:
        run_through_navigation()
    _sync_with_url()
    dataset = st.session_state[DATASET_STATE_KEY]
    return Settings(current_language(), dataset if dataset in DATASETS else "mnist", int(st.session_state[SEED_STATE_KEY]),
                    bool(st.session_state[PRESENT_STATE_KEY]))


def _persist(widget_key: str, state_key: str) -> None:
    st.session_state[state_key] = st.session_state[widget_key]


def _use_typed_seed() -> None:
    """Clamp a typed seed and write the clamped value back, so the box shows the seed in use.

    (The widget has no min/max on purpose: with them it kept showing 10001 while the app used
    10,000. Writing a widget's own key is allowed inside its callback.)
    """
    typed = st.session_state.get(SEED_WIDGET_KEY)
    asked = int(typed) if typed is not None else int(st.session_state.get(SEED_STATE_KEY, SEED_MIN))
    used = clamp_seed(asked)
    st.session_state[SEED_WIDGET_KEY] = used
    st.session_state[SEED_STATE_KEY] = used
    _remember_clamp(asked, used)


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
        if st.session_state.get(SEED_WIDGET_KEY) != current.seed:
            st.session_state[SEED_WIDGET_KEY] = current.seed  # before the widget exists: allowed
        st.number_input(t("sidebar.seed"), step=1, key=SEED_WIDGET_KEY, on_change=_use_typed_seed,
                        help=t("sidebar.seed_help"))
        note = clamp_note(current.seed)
        if note:
            st.caption(note)
        st.toggle(t("sidebar.present"), value=current.presenting, key="_present_widget", help=t("sidebar.present_help"),
                  on_change=_persist, args=("_present_widget", PRESENT_STATE_KEY))
    return settings(route=False)


def url_number(name: str, low: float, high: float, integer: bool = False):
    """A page's own view parameter from the URL (?a=12, ?z=1.5,-2), or None if absent or not a
    number in [low, high]. Parsed, never trusted: a link is typed by people."""
    text = st.query_params.get(name)
    if text is None or not text.isascii():
        return None
    try:
        values = [int(part) if integer else float(part) for part in text.split(",")]
    except ValueError:
        return None
    if not all(low <= v <= high for v in values) or any(v != v for v in values):  # v != v: NaN
        return None
    return values if len(values) > 1 else values[0]


def set_url(name: str, value) -> None:
    """Write a page's view parameter, so a teacher's link reproduces the view."""
    text = ",".join(f"{v:.3f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v) for v in value) \
        if isinstance(value, (list, tuple)) else str(value)
    if st.query_params.get(name) != text:
        st.query_params[name] = text
