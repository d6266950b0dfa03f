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


_frames_player = _register("gme_frames_player", "frames_player")
_latent_explorer = _register("gme_latent_explorer", "latent_explorer")
_draw_pad = st.components.v2.component("gme_draw_pad", css=(_STATIC / "draw_pad.css").read_text(),
                                       js=(_STATIC / "draw_pad.js").read_text())


def trigger_value(key: str, name: str) -> Any:
    """The last trigger value `name` sent by the component mounted under `key` (or None)."""
    state = st.session_state.get(key)
    if state is None:
        return None
    return state.get(name) if isinstance(state, dict) else getattr(state, name, None)


FRAMES_SENT_LIMIT = 16  # frame sets a session remembers having sent; past it, the record starts over


def frames_content_id(data: dict) -> str:
    """A name for the heavy part of `data` (each row's frames and latent plane), so the browser
    can keep it between reruns.

    Built from Python's string hashes of the data URIs: a string caches its hash, so for a
    cache_resource object this costs nothing, and for a fresh copy it is one pass over the
    bytes (~1 ms per MB), against two JSON encodings of them on every rerun otherwise. A plane's
    path and ranges go in too (its points are the dataset's codes: the frames differ with it)."""
    frames = tuple(uri for row in data["rows"] for uri in row["frames"])
    planes = tuple((tuple(map(tuple, row["plane"]["path"])), tuple(row["plane"]["range"]),
                    tuple(row["plane"].get("range_y") or ()), tuple(row["plane"].get("ends") or ()),
                    bool(row["plane"].get("prior")), row["plane"].get("points_id") or len(row["plane"]["points"]))
                   for row in data["rows"] if row.get("plane"))
    return f"{len(frames)}-{hash((frames, planes)) & 0xFFFFFFFFFFFF:x}"


def without_points(plane: dict) -> dict:
    """A plane minus the dots it shares with every other path (when they travel under a points_id)."""
    return {k: v for k, v in plane.items() if k not in ("points", "labels")} if plane.get("points_id") else plane


def frames_player(data: dict, key: str, on_pick: Callable[[], None] | None = None, url_key: str | None = None) -> None:
    """The shared player for every scrubbed view: precomputed frames (image rows, optional latent
    planes with a path, optional curves with a cursor) switched in the browser by a slider,
    play / pause, speed and the keyboard. The data schema is documented at the top of
    static/frames_player.js. A click on a plane (when data["pick"] is set) triggers "picked".

    The frame images (up to a few MB of data URIs) and latent planes go to the browser once per
    session: the browser keeps them under a content id, and a rerun that shows the same frames sends only
    the id and the light part (labels, curves, texts). Streamlit JSON-encodes a component's
    data twice on every run, so resending them cost a page like the GAN replay ~100 ms of
    server CPU per click. A browser that lacks them (a reload, its cache full) asks with the
    trigger "need_frames" and the next run sends them again.

    With `url_key` the frame travels in the URL (?url_key=index): the browser writes it as the
    student scrubs, and a link opens on that frame, so a teacher's link shows the class the same
    GAN step, DDPM t or flow layer. `data` may be a cached object: it is copied, not changed."""
    content_id = frames_content_id(data)
    sent_key = f"_{key}_frames_sent"
    sent = st.session_state.setdefault(sent_key, set())

    def resend() -> None:
        st.session_state[sent_key].discard(trigger_value(key, "need_frames"))

    heavy = ("frames", "plane")
    light = {**data, "content_id": content_id, "rows": [{k: v for k, v in row.items() if k not in heavy} for row in data["rows"]]}
    if content_id not in sent:
        if len(sent) >= FRAMES_SENT_LIMIT:
            sent.clear()
        light["heavy"] = [{k: without_points(row[k]) if k == "plane" else row[k] for k in heavy if k in row}
                          for row in data["rows"]]
        sent.add(content_id)
    # A plane with a points_id: its dots (a dataset's codes, ~40 KB of JSON per model, the same for
    # every path) go once per session as well, and again when the browser asks for that id.
    planes = {row["plane"]["points_id"]: row["plane"] for row in data["rows"] if row.get("plane", {}).get("points_id")}
    unsent = {points_id: plane for points_id, plane in planes.items() if points_id not in sent}
    if unsent:
        light["points"] = {points_id: {"points": plane["points"], "labels": plane["labels"]}
                           for points_id, plane in unsent.items()}
        sent.update(unsent)
    if url_key:
        from ui.state import url_number

        frame = url_number(url_key, 0, len(data["labels"]) - 1, integer=True)
        light.update({"url_key": url_key, **({"start_index": frame} if isinstance(frame, int) else {})})
    _frames_player(data=light, key=key, on_picked_change=on_pick or (lambda: None), on_need_frames_change=resend)


def latent_explorer(build_static: Callable[[], dict], static_id: str, dynamic: dict, key: str,
                    on_click: Callable[[], None]) -> None:
    """Two latent planes with hover previews; a click triggers "clicked" ({model, x, y, index}).

    The static part (codes, hover sprites: ~0.7 MB; built by `build_static`) goes to the browser once per session and is kept
    there under `static_id`; each click's rerun then sends only `dynamic` (markers, a few
    bytes). If the browser lacks the static part (it asks with trigger "need_static"), the
    next run sends it again.
    """
    sent_key = f"_{key}_static_sent"
    sent = st.session_state.setdefault(sent_key, set())

    def resend() -> None:
        st.session_state[sent_key].discard(trigger_value(key, "need_static"))

    data = {"static_id": static_id, **dynamic}
    if static_id not in sent:
        data["static"] = build_static()
        sent.add(static_id)
    _latent_explorer(data=data, key=key, on_clicked_change=on_click, on_need_static_change=resend)


def draw_pad(key: str, text: dict, on_drawn: Callable[[], None]) -> None:
    """A drawing pad (white on black); each finished stroke triggers "drawn" with the whole
    drawing as a PNG data URI ("" after "clear"). Our own: streamlit-drawable-canvas 0.13 does
    not load under Streamlit 1.67 (its v2 registration needs packaging this app cannot add)."""
    _draw_pad(data={"key": key, "text": text}, key=key, on_drawn_change=on_drawn)
