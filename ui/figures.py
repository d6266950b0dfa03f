"""Image helpers and colours shared by the pages: tiles, enlargements, PNG data URIs.

Images come in as float arrays in [0, 1] (H, W) or uint8; they are tiled and enlarged with
nearest-neighbour so pixels stay crisp on a projector.
"""
from __future__ import annotations

import base64
import struct
import zlib

import numpy as np

# Ten clearly distinct colours (Tableau 10), one per class, used on every page.
CLASS_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")


def to_uint8(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image)
    return image if image.dtype == np.uint8 else (np.clip(image, 0, 1) * 255 + 0.5).astype(np.uint8)


def enlarge(image: np.ndarray, factor: int) -> np.ndarray:
    """Nearest-neighbour upscaling: (H, W) -> (H*factor, W*factor)."""
    return np.kron(to_uint8(image), np.ones((factor, factor), dtype=np.uint8))


def tile(images: np.ndarray, columns: int, pad: int = 2, pad_value: int = 255) -> np.ndarray:
    """(N, H, W) -> one uint8 mosaic with `columns` images per row and white gutters."""
    images = to_uint8(images)
    n, h, w = images.shape
    rows = -(-n // columns)
    mosaic = np.full((rows * (h + pad) - pad, columns * (w + pad) - pad), pad_value, dtype=np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        mosaic[r * (h + pad):r * (h + pad) + h, c * (w + pad):c * (w + pad) + w] = image
    return mosaic


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def png_bytes(image: np.ndarray) -> bytes:
    """An image as PNG: greyscale (H, W), RGB (H, W, 3) or RGBA (H, W, 4), 8 bits per channel.
    Signature, header, the rows each behind filter byte 0, deflated, and the end chunk. Written out
    rather than through PIL: a page sends up to 82 frames per click, and PIL's per-image overhead
    made that 12 ms of server CPU instead of 5 (the same bytes)."""
    pixels = to_uint8(image)
    height, width = pixels.shape[:2]
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    rows = np.zeros((height, width * channels + 1), dtype=np.uint8)
    rows[:, 1:] = pixels.reshape(height, width * channels)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)) + _png_chunk(b"IEND", b""))


def png_data_uri(image: np.ndarray, factor: int = 1) -> str:
    """A PNG data URI of an image (greyscale, RGB or RGBA): what plotly's go.Image and <img> tags display."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(enlarge(image, factor) if factor > 1 else image)).decode()


def square_ranges(x_range: tuple[float, float], y_range: tuple[float, float]):
    """Equal aspect: widen the shorter side so one latent unit is as long on both axes of a square plane."""
    half = max(x_range[1] - x_range[0], y_range[1] - y_range[0]) / 2
    cx, cy = sum(x_range) / 2, sum(y_range) / 2
    return (cx - half, cx + half), (cy - half, cy + half)


def padded_range(values: np.ndarray, margin: float = 0.08) -> tuple[float, float]:
    low, high = float(np.min(values)), float(np.max(values))
    span = high - low or 1.0
    return low - margin * span, high + margin * span
