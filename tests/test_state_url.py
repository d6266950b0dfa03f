"""Settings from the URL and the seed box: odd input never crashes a page, and a seed outside
0–10,000 is moved to the nearest end (and the user is told), never silently to 0."""
from pathlib import Path

import pytest
from hypothesis import example, given, strategies as st_
from streamlit.testing.v1 import AppTest

from core.data import DATASETS
from ui.i18n import LANGUAGES
from ui.state import (DATASET_STATE_KEY, LANGUAGE_STATE_KEY, SEED_MAX, SEED_MIN, SEED_STATE_KEY, clamp_seed,
                      parse_query_value, parse_seed)

ROOT = Path(__file__).resolve().parent.parent
SETTING_KEYS = [LANGUAGE_STATE_KEY, DATASET_STATE_KEY, SEED_STATE_KEY]


def is_valid_setting(state_key: str, value) -> bool:
    if state_key == LANGUAGE_STATE_KEY:
        return value in LANGUAGES
    if state_key == DATASET_STATE_KEY:
        return value in DATASETS
    return type(value) is int and SEED_MIN <= value <= SEED_MAX


@given(state_key=st_.sampled_from(SETTING_KEYS), text=st_.text())
@example(state_key=SEED_STATE_KEY, text="²")  # isdigit() says yes, int() says no: crashed every page
@example(state_key=SEED_STATE_KEY, text="١٢")  # Arabic-Indic digits: int() would read them
@example(state_key=SEED_STATE_KEY, text="9" * 5000)  # longer than int()'s digit limit
@example(state_key=SEED_STATE_KEY, text=" 7\n")
def test_url_values_never_raise_and_are_none_or_valid(state_key, text):
    value = parse_query_value(state_key, text)
    assert value is None or is_valid_setting(state_key, value)


@given(st_.integers())
def test_ascii_integers_parse_to_themselves(number):
    assert parse_seed(str(number)) == number


@pytest.mark.parametrize("text", ["²", "١٢", "1.5", "", "-", "seed", "0x10", "1e3"])
def test_text_that_is_not_an_ascii_integer_is_ignored(text):
    assert parse_seed(text) is None
    assert parse_query_value(SEED_STATE_KEY, text) is None


@pytest.mark.parametrize("asked,used", [(-3, 0), (0, 0), (1234, 1234), (10_000, 10_000), (10_001, 10_000), (99_999, 10_000)])
def test_out_of_range_seeds_go_to_the_nearest_end(asked, used):
    assert clamp_seed(asked) == used
    assert parse_query_value(SEED_STATE_KEY, str(asked)) == used


def new_app(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update(query)
    return at


def captions(at: AppTest) -> list[str]:
    return [caption.value for caption in at.sidebar.caption]


def test_superscript_seed_in_the_url_does_not_crash_the_app():
    at = new_app(seed="²").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[SEED_STATE_KEY] == 0 and at.title


def test_out_of_range_url_seed_is_clamped_and_the_user_is_told_in_their_language():
    at = new_app(seed="99999", lang="ja").run()
    assert not at.exception
    assert at.session_state[SEED_STATE_KEY] == SEED_MAX
    assert at.sidebar.number_input(key="_seed_widget").value == SEED_MAX
    assert any("99,999" in text and "10,000" in text and "範囲外" in text for text in captions(at))
    assert at.query_params["seed"] == "10000"


def test_typed_seed_outside_the_range_shows_the_seed_in_use():
    at = new_app().run()
    at.sidebar.number_input(key="_seed_widget").set_value(10_001).run()
    assert at.session_state[SEED_STATE_KEY] == SEED_MAX
    assert at.sidebar.number_input(key="_seed_widget").value == SEED_MAX  # the box, not just the app
    assert any("10,001" in text and "10,000" in text for text in captions(at))
    at.sidebar.number_input(key="_seed_widget").set_value(-3).run()
    assert at.session_state[SEED_STATE_KEY] == 0 and at.sidebar.number_input(key="_seed_widget").value == 0
    at.sidebar.number_input(key="_seed_widget").set_value(42).run()
    assert at.session_state[SEED_STATE_KEY] == 42
    assert not any("outside" in text for text in captions(at))  # the note goes once the seed is in range
