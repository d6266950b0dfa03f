"""The live 2-D GAN view as a browser component (Streamlit components v2, no iframe).

Why a component: a rerun costs ~200 ms here, so drawing one frame per rerun cannot reach 10
frames a second. The server trains a chunk per rerun; static/gan_live.js plays the chunk's
snapshots on canvases and asks for the next chunk (trigger "want") before it runs dry.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import streamlit as st

_STATIC = Path(__file__).parent / "static"
_gan_live = st.components.v2.component(
    "gme_gan_live", css=(_STATIC / "gan_live.css").read_text(), js=(_STATIC / "gan_live.js").read_text())


def gan_live_view(data: dict, key: str, on_want: Callable[[], None]) -> None:
    """Draw the live GAN (schema at the top of static/gan_live.js); `on_want` trains the next chunk."""
    _gan_live(data=data, key=key, on_want_change=on_want)
