"""Mount the interpolation viewer (ui/static/interpolation_viewer.*) as a Streamlit v2 component.

Why a component and not st.slider: a slider sends its value only on release and a rerun costs
~200 ms, while this viewer swaps precomputed frames in the browser as the thumb moves.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

_STATIC = Path(__file__).parent / "static"
_viewer = st.components.v2.component(
    "gme_interpolation_viewer",
    css=(_STATIC / "interpolation_viewer.css").read_text(),
    js=(_STATIC / "interpolation_viewer.js").read_text(),
)


def interpolation_viewer(data: dict, key: str, on_pick) -> dict | None:
    """Render the viewer; returns the last click on a latent plane ({model, x, y, endpoint}) or None."""
    result = _viewer(data=data, key=key, on_picked_change=on_pick)
    return getattr(result, "picked", None)
