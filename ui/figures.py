"""Figures and image helpers shared by the pages: latent scatters, image tiles, PNG data URIs.

Images come in as float arrays in [0, 1] (H, W) or uint8; they are tiled and enlarged with
nearest-neighbour so pixels stay crisp on a projector.
"""
from __future__ import annotations

import base64
import io
from typing import Any

import numpy as np
import plotly.graph_objects as go
from PIL import Image

# Ten clearly distinct colours (Tableau 10), one per class, used on every page.
CLASS_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
PATH_COLOR = "#111111"


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


def png_data_uri(image: np.ndarray, factor: int = 1) -> str:
    """A PNG data URI of a greyscale image: what plotly's go.Image and <img> tags display."""
    buffer = io.BytesIO()
    Image.fromarray(enlarge(image, factor) if factor > 1 else to_uint8(image)).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def prior_circles(fig: go.Figure, row: int | None = None, col: int | None = None, name: str = "N(0, I)") -> None:
    """Dashed 1-sigma and 2-sigma circles of the standard normal prior."""
    theta = np.linspace(0, 2 * np.pi, 120)
    for radius, dash in ((1, "dot"), (2, "dash")):
        fig.add_trace(go.Scatter(x=radius * np.cos(theta), y=radius * np.sin(theta), mode="lines",
                                 line=dict(color="#555", width=1, dash=dash), hoverinfo="skip",
                                 name=f"{name} {radius}σ", showlegend=False), row=row, col=col)


def padded_range(values: np.ndarray, margin: float = 0.08) -> tuple[float, float]:
    low, high = float(np.min(values)), float(np.max(values))
    span = high - low or 1.0
    return low - margin * span, high + margin * span


def latent_scatter(codes: np.ndarray, labels: np.ndarray, class_names: tuple[str, ...], *,
                   x_range: tuple[float, float], y_range: tuple[float, float], grid_points: np.ndarray | None = None,
                   marker_size: int = 5, show_prior: bool = False, height: int = 430) -> go.Figure:
    """A 2-D latent scatter coloured by class (one trace per class, legend clickable).

    Every data point carries its row index as customdata. `grid_points` adds an invisible,
    clickable lattice (customdata -1) so that a click on an *empty* region also reports its
    coordinates, which is how a student probes the AE's holes.
    """
    fig = go.Figure()
    if grid_points is not None:
        fig.add_trace(go.Scatter(x=grid_points[:, 0], y=grid_points[:, 1], mode="markers",
                                 marker=dict(size=11, symbol="square", color="rgba(0,0,0,0.01)"),
                                 customdata=np.full(len(grid_points), -1), hovertemplate="z = (%{x:.2f}, %{y:.2f})<extra></extra>",
                                 showlegend=False, name="grid"))
    for label, name in enumerate(class_names):
        rows = np.flatnonzero(labels == label)
        fig.add_trace(go.Scatter(
            x=codes[rows, 0], y=codes[rows, 1], mode="markers", name=name, customdata=rows,
            marker=dict(size=marker_size, color=CLASS_COLORS[label], opacity=0.75, line=dict(width=0)),
            hovertemplate=f"{name}<br>z = (%{{x:.2f}}, %{{y:.2f}})<extra></extra>"))
    if show_prior:
        prior_circles(fig)
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), clickmode="event+select",
                      legend=dict(itemsizing="constant", font=dict(size=11)), dragmode="pan",
                      xaxis=dict(range=list(x_range), title="z₁", zeroline=True),
                      yaxis=dict(range=list(y_range), title="z₂", zeroline=True, scaleanchor="x", scaleratio=1))
    return fig


def add_marker(fig: go.Figure, point: np.ndarray, label: str, color: str = PATH_COLOR, **position: Any) -> None:
    """A large cross on a latent plane, e.g. the point being decoded."""
    fig.add_trace(go.Scatter(x=[point[0]], y=[point[1]], mode="markers+text", text=[label], textposition="top center",
                             marker=dict(symbol="x-thin", size=18, line=dict(width=3, color=color)),
                             hoverinfo="skip", showlegend=False), **position)


def selected_point(event: Any) -> dict[str, Any] | None:
    """Normalise a plotly selection event: {'index': row or None, 'z': (x, y)} or None.

    Streamlit 1.67 may return customdata as {"0": 21} instead of [21] or 21: all are handled.
    """
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    if not points:
        return None
    point = points[0]
    custom = point.get("customdata")
    if isinstance(custom, dict):
        custom = next(iter(custom.values()), None)
    if isinstance(custom, (list, tuple)):
        custom = custom[0] if custom else None
    index = int(custom) if custom is not None and int(custom) >= 0 else None
    return {"index": index, "z": (float(point["x"]), float(point["y"]))}
