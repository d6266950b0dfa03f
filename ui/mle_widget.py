"""The maximum-likelihood demo as a browser-side component (JS + CSS in ui/static/mle_demo.*).

Sliders in Streamlit send nothing while dragged, so the curve could not follow the thumb;
here the browser computes log N(x_i; mu, sigma) itself and redraws on every input event.
A components-v2 component (not an iframe) so the page gives it the height it needs: the
readout under the charts stays visible on a 390 px phone, where the charts stack.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import streamlit as st

_STATIC = Path(__file__).parent / "static"
_mle_demo = st.components.v2.component(
    "gme_mle_demo", css=(_STATIC / "mle_demo.css").read_text(), js=(_STATIC / "mle_demo.js").read_text())


def mle_demo(samples: np.ndarray, text: dict[str, str], value_range: tuple[float, float] = (-6.0, 6.0),
             start: tuple[float, float] = (0.0, 2.5), key: str = "mle_demo") -> None:
    """Sliders for mu and sigma over a histogram of `samples`; `start` is used only on first show.

    New samples (another n or seed) keep the student's current mu and sigma: the browser
    remembers them across re-renders.
    """
    data = {"samples": [round(float(x), 4) for x in samples], "text": text,
            "range": list(value_range), "start": list(start)}
    _mle_demo(data=data, key=key)
