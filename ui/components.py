"""The browser-side components (Streamlit components v2: HTML/JS in ui/static, no iframe).

Why components: st.slider sends nothing while dragged and a rerun costs ~200 ms, and plotly
redraws thousands of SVG markers on every rerun (seconds on a 2-core laptop). These components
draw the latent planes once on canvases and switch precomputed frames in the browser; only a
real new choice (a click) goes back to Python, as a trigger value.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import streamlit as st

_STATIC = Path(__file__).parent / "static"
_SHARED_JS = (_STATIC / "latent_plane.js").read_text()


def _register(name: str, stem: str):
    return st.components.v2.component(
        name, css=(_STATIC / f"{stem}.css").read_text(), js=_SHARED_JS + (_STATIC / f"{stem}.js").read_text())


_interpolation_viewer = _register("gme_interpolation_viewer", "interpolation_viewer")
_latent_explorer = _register("gme_latent_explorer", "latent_explorer")


def trigger_value(key: str, name: str) -> Any:
    """The last trigger value `name` sent by the component mounted under `key` (or None)."""
    state = st.session_state.get(key)
    if state is None:
        return None
    return state.get(name) if isinstance(state, dict) else getattr(state, name, None)


def interpolation_viewer(data: dict, key: str, on_pick: Callable[[], None]) -> None:
    """Frames + paths + density of one interpolation; a click on a plane triggers "picked"."""
    _interpolation_viewer(data=data, key=key, on_picked_change=on_pick)


def latent_explorer(data: dict, key: str, on_click: Callable[[], None]) -> None:
    """Two latent planes with hover previews; a click triggers "clicked" ({model, x, y, index})."""
    _latent_explorer(data=data, key=key, on_clicked_change=on_click)
