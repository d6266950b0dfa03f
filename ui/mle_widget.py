"""The maximum-likelihood demo as a small browser-side widget (HTML + JS in ui/static).

Sliders in Streamlit send nothing while dragged, so the curve could not follow the thumb;
here the browser computes log N(x_i; mu, sigma) itself and redraws on every input event.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import streamlit.components.v1 as components

TEMPLATE = (Path(__file__).parent / "static" / "mle_demo.html").read_text()


def mle_demo(samples: np.ndarray, text: dict[str, str], value_range: tuple[float, float] = (-6.0, 6.0),
             start: tuple[float, float] = (0.0, 2.5), height: int = 420) -> None:
    data = {"samples": [round(float(x), 4) for x in samples], "text": text,
            "range": list(value_range), "start": list(start)}
    components.html(TEMPLATE.replace("__DATA__", json.dumps(data)), height=height)
