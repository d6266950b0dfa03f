"""A student's own image (a drawing or an uploaded photo) prepared the way MNIST digits were:
ink bright on black, the ink's bounding box scaled to fit 20 x 20 with its aspect kept, then
placed in a 28 x 28 frame with its centre of mass at the centre (LeCun et al.'s recipe).

Every way an upload can be odd (not an image, huge, animated, transparent, 1 x 1, very wide,
CMYK, 16-bit, blank) either becomes a usable 28 x 28 image or raises OwnImageError with a
`reason` a page translates; nothing else escapes.
"""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024  # also .streamlit/config.toml's server.maxUploadSize
MAX_PIXELS = 25_000_000  # ~5000 x 5000: larger is refused before decoding (decompression bombs)
MIN_SIDE = 8
MAX_ASPECT = 8.0  # a strip 8x longer than wide is not a digit or a garment
BOX, FRAME = 20, 28


class OwnImageError(ValueError):
    """reason: one of REASONS; the page shows a sentence for it in its own language."""

    REASONS = ("too_large", "not_image", "too_many_pixels", "too_small", "too_wide", "blank")

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read_image(data: bytes) -> tuple[np.ndarray, list[str]]:
    """Uploaded bytes -> (greyscale float (H, W) in [0, 1], notes). Notes say what was adapted
    ("animated": first frame used; "transparent": put on white; "inverted": dark ink on a light
    background turned bright on black, as MNIST stores it)."""
    if len(data) > MAX_BYTES:
        raise OwnImageError("too_large")
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise OwnImageError("too_many_pixels")
        notes = []
        if getattr(image, "n_frames", 1) > 1:
            image.seek(0)
            notes.append("animated")
        image.load()
    except OwnImageError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        raise OwnImageError("not_image") from None
    if min(width, height) < MIN_SIDE:
        raise OwnImageError("too_small")
    if max(width, height) / min(width, height) > MAX_ASPECT:
        raise OwnImageError("too_wide")
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        if rgba.getchannel("A").getextrema()[0] < 255:
            notes.append("transparent")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit and 32-bit greyscale
        values = np.asarray(image, dtype=np.float64)
        gray = (values - values.min()) / max(values.max() - values.min(), 1e-12)
    else:  # RGB, CMYK, P, 1, L, ...: PIL converts each to luminance
        gray = np.asarray(image.convert("L"), dtype=np.float64) / 255.0
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    if np.median(border) > 0.5:  # paper is light and ink dark: MNIST stores ink bright on black
        gray = 1.0 - gray
        notes.append("inverted")
    return gray.astype(np.float32), notes


def mnist_style(gray: np.ndarray) -> np.ndarray:
    """Greyscale float (H, W), ink bright -> uint8 (28, 28) prepared as MNIST digits were."""
    gray = np.asarray(gray, dtype=np.float32)
    ink = gray - np.percentile(gray, 5)  # remove a uniform background level (photos are never pure black)
    if ink.max() <= 0.1:
        raise OwnImageError("blank")
    ink = np.clip(ink / ink.max(), 0, 1)
    rows, cols = np.nonzero(ink > 0.2)
    crop = ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    h, w = crop.shape
    scale = BOX / max(h, w)  # the longer side becomes 20 px, the aspect is kept
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    small = np.asarray(Image.fromarray((crop * 255).astype(np.uint8)).resize(size, Image.LANCZOS), dtype=np.float32)
    frame = np.zeros((FRAME, FRAME), dtype=np.float32)
    total = small.sum()
    ys, xs = np.indices(small.shape)
    cy, cx = (ys * small).sum() / total, (xs * small).sum() / total  # centre of mass of the ink
    top = int(round(FRAME / 2 - cy))
    left = int(round(FRAME / 2 - cx))
    top, left = min(max(top, 0), FRAME - small.shape[0]), min(max(left, 0), FRAME - small.shape[1])
    frame[top:top + small.shape[0], left:left + small.shape[1]] = small
    return np.clip(frame, 0, 255).astype(np.uint8)


def prepare_upload(data: bytes) -> tuple[np.ndarray, list[str]]:
    """Uploaded bytes -> (uint8 (28, 28) MNIST-style, notes); raises OwnImageError."""
    gray, notes = read_image(data)
    return mnist_style(gray), notes


def prepare_drawing(rgba: np.ndarray) -> np.ndarray:
    """A canvas drawing, RGBA uint8 (H, W, 4) with light strokes on a dark background -> uint8 (28, 28)."""
    rgba = np.asarray(rgba)
    if rgba.ndim != 3 or rgba.shape[2] < 3:
        raise OwnImageError("not_image")
    gray = rgba[..., :3].astype(np.float32).mean(axis=2) / 255.0
    if rgba.shape[2] == 4:
        gray = gray * (rgba[..., 3].astype(np.float32) / 255.0)
    return mnist_style(gray)
