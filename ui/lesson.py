"""Guided lessons: numbered steps in the order the story goes, and predict-then-reveal questions.

A page declares its steps (translation keys); the lesson bar shows "Step k of n" with the step's
instruction and previous / next buttons, and the step travels in the URL (?step=k), so a
teacher's link opens every screen on the same step. In presenter mode the bar is what the
teacher walks through. A prediction question asks first (no answer preselected) and shows the
page's measured answer only after "Reveal".
"""
from __future__ import annotations

from typing import Callable

import streamlit as st

from ui.i18n import t

STEP_QUERY_KEY = "step"


def _current_step(page: str, count: int) -> int:
    state_key = f"lesson_step_{page}"
    if state_key not in st.session_state:
        text = st.query_params.get(STEP_QUERY_KEY, "1")
        st.session_state[state_key] = int(text) if text.isascii() and text.isdigit() else 1
    step = min(max(int(st.session_state[state_key]), 1), count)
    st.session_state[state_key] = step
    if st.query_params.get(STEP_QUERY_KEY) != str(step):
        st.query_params[STEP_QUERY_KEY] = str(step)
    return step


def _move(page: str, delta: int, count: int) -> None:
    state_key = f"lesson_step_{page}"
    st.session_state[state_key] = min(max(int(st.session_state[state_key]) + delta, 1), count)


def lesson_bar(page: str, steps: list[str], expanded: bool, values: dict | None = None) -> int:
    """The lesson's step bar (expanded in presenter mode); returns the current step (1-based).
    `values` fill the steps' placeholders (numbers come from the page's constants, never typed)."""
    count = len(steps)
    step = _current_step(page, count)
    with st.expander(t("lesson.bar", step=step, count=count), expanded=expanded):
        st.markdown(f"**{step}.** {t(steps[step - 1], **(values or {}))}")
        back, forward, overview = st.columns([1, 1, 4])
        back.button(t("lesson.previous"), key=f"lesson_prev_{page}", disabled=step == 1,
                    on_click=_move, args=(page, -1, count))
        forward.button(t("lesson.next"), key=f"lesson_next_{page}", disabled=step == count,
                       on_click=_move, args=(page, 1, count), type="primary")
        overview.caption(" · ".join(f"{'**' if i + 1 == step else ''}{i + 1}{'**' if i + 1 == step else ''}"
                                    for i in range(count)))
    return step


def predict_then_reveal(key: str, question: str, options: list[str], reveal: Callable[[], str]) -> None:
    """A question answered before the page shows the answer: nothing preselected; "Reveal"
    shows `reveal()` (a sentence with the page's own measured numbers) beside the guess."""
    with st.container(border=True):
        st.markdown(f"**{t('lesson.predict')}** {question}")
        guess = st.radio(question, options, index=None, key=f"predict_{key}", label_visibility="collapsed",
                         horizontal=True)
        st.button(t("lesson.reveal"), key=f"reveal_{key}", disabled=guess is None,
                  on_click=st.session_state.__setitem__, args=(f"revealed_{key}", True))
        if st.session_state.get(f"revealed_{key}") and guess is not None:
            st.success(t("lesson.your_guess", guess=guess) + "  \n" + reveal())
