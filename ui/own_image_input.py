"""The student's own image: draw it or upload it, prepared as MNIST digits are (core.own_image).

Whatever is odd about an upload ends as a sentence in the page's language, never a traceback.
The prepared image (uint8 28 x 28) lives in session_state under `{key}_image`; the last action
(a stroke, "clear", or a new upload) decides which source it comes from.
"""
from __future__ import annotations

import base64
import io

import numpy as np
import streamlit as st
from PIL import Image

from core.own_image import MAX_ASPECT, MAX_BYTES, MAX_PIXELS, MIN_SIDE, OwnImageError, prepare_drawing, prepare_upload
from ui.components import draw_pad, trigger_value
from ui.i18n import t

UPLOAD_TYPES = ["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff"]
MEGABYTES = f"{MAX_BYTES / 2**20:g}"
# The limits each refusal states (placeholders of own.error.<reason>), from core.own_image.
ERROR_VALUES = {"too_large": {"megabytes": MEGABYTES}, "too_many_pixels": {"pixels": f"{MAX_PIXELS:,}"},
                "too_small": {"side": MIN_SIDE}, "too_wide": {"ratio": f"{MAX_ASPECT:g}"}}


def error_text(reason: str, language: str | None = None) -> str:
    """The sentence for an OwnImageError reason, in the page's language, with its limit."""
    return t(f"own.error.{reason}", language, **ERROR_VALUES.get(reason, {}))


def _set(key: str, image: np.ndarray | None, problem: str | None = None, notes: list[str] | None = None) -> None:
    st.session_state[f"{key}_image"] = image
    st.session_state[f"{key}_problem"] = problem
    st.session_state[f"{key}_notes"] = notes or []


def _from_drawing(key: str) -> None:
    uri = trigger_value(f"{key}_pad", "drawn")
    if not uri:
        _set(key, None)
        return
    try:
        rgba = np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("RGBA"))
        _set(key, prepare_drawing(rgba))
    except OwnImageError as error:
        _set(key, None, error.reason)
    except Exception:  # a malformed payload from the browser: treat as not an image
        _set(key, None, "not_image")


def _from_upload(key: str) -> None:
    upload = st.session_state.get(f"{key}_upload")
    if upload is None:
        _set(key, None)
        return
    try:
        image, notes = prepare_upload(upload.getvalue())
        _set(key, image, notes=notes)
    except OwnImageError as error:
        _set(key, None, error.reason)


def image_from_bytes(pixels: bytes) -> np.ndarray:
    """The bytes of a uint8 28 x 28 image (`image.tobytes()`: how cached functions take the
    student's own image) back to a writable image (torch.from_numpy needs it writable)."""
    return np.frombuffer(pixels, dtype=np.uint8).reshape(28, 28).copy()


def own_image_input(key: str) -> np.ndarray | None:
    """Draw / upload tabs; returns the prepared uint8 (28, 28) image, or None."""
    draw_tab, upload_tab = st.tabs([t("own.draw"), t("own.upload")])
    with draw_tab:
        draw_pad(f"{key}_pad", {"label": t("own.pad_label"), "clear": t("own.clear")}, on_drawn=lambda: _from_drawing(key))
    with upload_tab:
        st.file_uploader(t("own.upload_label", megabytes=MEGABYTES), type=UPLOAD_TYPES, key=f"{key}_upload",
                         on_change=_from_upload, args=(key,), help=t("own.upload_help"))
    problem = st.session_state.get(f"{key}_problem")
    if problem:
        st.warning(error_text(problem))
    for note in st.session_state.get(f"{key}_notes", []):
        st.caption(t(f"own.note.{note}"))
    return st.session_state.get(f"{key}_image")
