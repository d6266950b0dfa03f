"""What the two flow pages compute, cached per explicit input (density or dataset, seed,
temperature, ...), and the small browser component that makes the density clickable.

Pages stay layout and text: they call these functions, which get models through the loaders
here (2-D flows, outside the image registry) or ui.loaders (the image flow), and do the work
with core/ functions. Pictures of point clouds are drawn here as PNGs (PIL), so the frames
player can switch them like any other frame.
"""
from __future__ import annotations

import colorsys
import math
from pathlib import Path

import numpy as np
import streamlit as st
import torch
from PIL import Image, ImageDraw

from core import toy_flow
from core.checkpoints import CheckpointError
from core.data import checkpoint_directory, images_to_float
from core.families.flow import bits_per_dim, image_log_likelihood
from core.models.flow import squeeze
from core.family import to_uint8_images
from core.judge import judge, sample_and_judge
from core.metrics import class_shares
from core.toy_densities import TOY_DENSITIES, toy_samples
from ui import loaders
from ui.figures import png_data_uri

_STATIC = Path(__file__).parent / "static"
PLOT_SIZE = 360  # pixels of every 2-D picture
FRAME_POINTS = 1500
TARGET_POINTS = 2000
def squeezed_shapes() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(C, H, W) of a 28 x 28 image after one squeeze and after two (the image flow's two stages)."""
    once = squeeze(torch.zeros(1, 1, 28, 28))
    return tuple(once.shape[1:]), tuple(squeeze(once).shape[1:])


IMAGE_SAMPLES, SHOWN_SAMPLES, PLAYER_SAMPLES = 256, 48, 8  # image flow: judged, shown, carried through the layers
BASE_CHECK_SAMPLES = 500  # image flow: samples of the plain N(0, I) base, to show why p(z) is a class mixture
OOD_IMAGES = 500  # test images per dataset scored by both flows (4 x 500 forward passes on a first view)
_density_component = st.components.v2.component(
    "gme_flow_density", css=(_STATIC / "flow_density.css").read_text(), js=(_STATIC / "flow_density.js").read_text())


# ------------------------------------------------------------------------------------------
# 2-D flows: loading
# ------------------------------------------------------------------------------------------

@st.cache_resource(show_spinner=False, max_entries=16)
def _cached_toy_flow(density: str, folder: str):
    return toy_flow.load_toy_flow(density, folder)


def toy_model(density: str):
    """The trained 2-D flow of one density, or an error naming the rebuild command and st.stop()."""
    return _toy_model_and_sidecar(density)[0]


def toy_sidecar(density: str) -> dict:
    return _toy_model_and_sidecar(density)[1]


def toy_architecture(density: str) -> dict:
    """The 2-D flow's architecture as its checkpoint records it: the number of coupling layers
    (sidecar config "layers") and the hidden widths of the MLP that computes s and t in each layer
    (the Linear layers of the network built from the sidecar's "hidden"), e.g. {"layers": 16,
    "widths": [128, 128]}. Pages describe the flows from this, never from typed numbers."""
    model, sidecar = _toy_model_and_sidecar(density)
    widths = [m.out_features for m in model.layers[0].net if isinstance(m, torch.nn.Linear)][:-1]  # the last: (s, t)
    return {"layers": int(sidecar["config"]["layers"]), "widths": widths}


def _toy_model_and_sidecar(density: str):
    try:
        return _cached_toy_flow(density, str(checkpoint_directory()))
    except CheckpointError as error:
        st.error(loaders.checkpoint_error_message(error))
        st.stop()


# ------------------------------------------------------------------------------------------
# 2-D pictures
# ------------------------------------------------------------------------------------------

def _to_pixels(points: np.ndarray, view: float, size: int = PLOT_SIZE) -> np.ndarray:
    """Plane coordinates in [-view, view]² -> pixel coordinates (y up)."""
    points = np.asarray(points, dtype=np.float64)
    return np.stack([(points[:, 0] + view) / (2 * view) * size, (view - points[:, 1]) / (2 * view) * size], 1)


def _canvas(view: float, size: int = PLOT_SIZE) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    for c in range(-math.floor(view), math.floor(view) + 1):  # unit grid, axes darker
        (x, _), = _to_pixels(np.array([[c, 0.0]]), view, size)
        (_, y), = _to_pixels(np.array([[0.0, c]]), view, size)
        shade = (200, 200, 200) if c == 0 else (238, 238, 238)
        draw.line([(x, 0), (x, size)], fill=shade)
        draw.line([(0, y), (size, y)], fill=shade)
    return image, draw


def angle_colours(z: np.ndarray) -> np.ndarray:
    """A colour per base point from the angle of z (hue) and its radius (lightness), uint8 (N, 3):
    the same colours in every frame show where each part of N(0, I) ends up."""
    hue = (np.arctan2(z[:, 1], z[:, 0]) / (2 * math.pi)) % 1.0
    value = np.clip(0.55 + 0.25 * np.linalg.norm(z, axis=1) / 2.5, 0.55, 0.8)
    return np.array([[round(255 * c) for c in colorsys.hls_to_rgb(h, v * 0.7, 0.75)] for h, v in zip(hue, value)], dtype=np.uint8)


def scatter_image(points: np.ndarray, view: float, colours=None, lines=None, size: int = PLOT_SIZE) -> np.ndarray:
    """A point cloud (and optional polylines (L, M, 2)) drawn on [-view, view]²: uint8 (size, size, 3)."""
    image, draw = _canvas(view, size)
    if lines is not None:
        for line in lines:
            draw.line([tuple(p) for p in _to_pixels(line, view, size)], fill=(150, 150, 150), width=1)
    pixels = _to_pixels(points, view, size)
    colours = np.tile([[31, 119, 180]], (len(points), 1)) if colours is None else colours
    for (x, y), colour in zip(pixels, colours):
        draw.ellipse([x - 1.6, y - 1.6, x + 1.6, y + 1.6], fill=tuple(int(c) for c in colour))
    return np.asarray(image)


_VIRIDIS = np.array([[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]], dtype=np.float64)


def heat_colours(values: np.ndarray) -> np.ndarray:
    """Values in [0, 1] -> viridis-like uint8 RGB."""
    position = np.clip(values, 0, 1) * (len(_VIRIDIS) - 1)
    low = np.floor(position).astype(int).clip(0, len(_VIRIDIS) - 2)
    frac = (position - low)[..., None]
    return (_VIRIDIS[low] * (1 - frac) + _VIRIDIS[low + 1] * frac + 0.5).astype(np.uint8)


@st.cache_data(show_spinner=False, max_entries=16)
def density_picture(density: str, folder: str, resolution: int = 180) -> dict:
    """The learned density p(x) = exp(log p(x)) on a grid as a heatmap PNG, with its view and the
    integral of p over the view (≈ 1: an exact, normalised density)."""
    model = toy_model(density)
    view = TOY_DENSITIES[density].view
    log_p, _ = toy_flow.density_grid(model, view, resolution)
    p = np.exp(log_p)
    picture = heat_colours(p / np.quantile(p, 0.999))
    picture = np.kron(picture, np.ones((2, 2, 1), dtype=np.uint8))
    return {"image": png_data_uri(picture), "range": [-view, view],
            "integral": float(p.sum() * (2 * view / resolution) ** 2)}


@st.cache_data(show_spinner=False, max_entries=32)
def target_picture(density: str, seed: int) -> str:
    """TARGET_POINTS seeded samples of the target density, as a PNG data URI."""
    return png_data_uri(scatter_image(toy_samples(density, TARGET_POINTS, seed), TOY_DENSITIES[density].view,
                                      colours=np.tile([[90, 90, 90]], (TARGET_POINTS, 1))))


@st.cache_data(show_spinner=False, max_entries=64)
def flow_sample_picture(density: str, seed: int, temperature: float, folder: str) -> str:
    """TARGET_POINTS flow samples x = f⁻¹(z), z ~ N(0, T² I), coloured by the angle of z."""
    model = toy_model(density)
    generator = torch.Generator().manual_seed(seed)
    z = temperature * torch.randn(TARGET_POINTS, 2, generator=generator)
    with torch.no_grad():
        x = model.inverse_with_steps(z)[-1].numpy()
    return png_data_uri(scatter_image(x, TOY_DENSITIES[density].view, colours=angle_colours(z.numpy() / temperature)))


@st.cache_data(show_spinner=False, max_entries=32)
def layer_player(density: str, seed: int, temperature: float, folder: str, texts: tuple) -> dict:
    """The frames player's data for the layer scrub: frame j = points and grid after j inverse
    layers (j = 0: the base Gaussian, j = K: the flow's samples), and the mean accumulated log|det|.

    texts: (title, subtitle, label format with {j} {K} {log_det}, chart title, x label, series name,
            play, pause, speed, slider label): the page's words in its language.
    """
    title, subtitle, label, chart_title, x_label, series, play, pause, speed, slider = texts
    model = toy_model(density)
    frames = toy_flow.layer_frames(model, FRAME_POINTS, seed, temperature)
    view = max(TOY_DENSITIES[density].view, 3.5)
    colours = angle_colours(frames.z / temperature)
    pictures = [png_data_uri(scatter_image(points, view, colours, lines)) for points, lines in zip(frames.points, frames.lines)]
    mean_log_det = frames.log_det.mean(1)
    layers = len(pictures) - 1
    return {"id": f"flow2d-{density}", "start_index": 0, "interval_ms": 350, "loop": "stop",
            "labels": [label.format(j=j, K=layers, log_det=f"{mean_log_det[j]:+.2f}") for j in range(layers + 1)],
            "rows": [{"key": "flow2d", "title": title, "subtitle": subtitle, "wide": True, "frames": pictures}],
            "charts": [{"title": chart_title, "x_label": x_label,
                        "series": [{"name": series, "color": "#4e79a7", "values": np.round(mean_log_det, 4).tolist()}]}],
            "colors": [], "text": {"play": play, "pause": pause, "speed": speed, "slider": slider}}


@st.cache_data(show_spinner=False, max_entries=32)
def temperature_effect(density: str, seed: int, folder: str, temperatures: tuple = (0.5, 1.0)) -> dict:
    """For each T: (mean exact log p(x) in nats, spread) of the TARGET_POINTS flow samples the page
    draws at that T (the same seeded z, scaled by T); spread = root-mean-square distance of the
    samples from their own centre. The lesson's temperature question is answered from these."""
    model = toy_model(density)
    result = {}
    for temperature in temperatures:
        x = toy_flow.sample_toy_flow(model, TARGET_POINTS, seed, temperature)
        spread = float(np.sqrt(((x - x.mean(0)) ** 2).sum(1).mean()))
        result[temperature] = (float(toy_flow.log_density(model, x).mean()), spread)
    return result


def breakdown(density: str, point) -> toy_flow.LayerBreakdown:
    """log p(x) layer by layer for one point (not cached: < 2 ms)."""
    return toy_flow.layer_breakdown(toy_model(density), point)


def true_log_density(density: str, point) -> float | None:
    true = TOY_DENSITIES[density].true_log_density
    return None if true is None else float(true(np.array([point]))[0])


@st.cache_data(show_spinner=False, max_entries=64)
def coupling_curves(density: str, layer: int, folder: str) -> dict:
    """s_k and t_k of one layer over the range its kept coordinate takes on target samples."""
    model = toy_model(density)
    inputs = toy_flow.layer_inputs(model, toy_samples(density, 2000, 7))[layer - 1]
    keep = model.layers[layer - 1].keep
    low, high = np.quantile(inputs[:, keep], [0.005, 0.995])
    grid = np.linspace(low, high, 200)
    s, t = toy_flow.coupling_functions(model, layer, grid)
    return {"keep": keep, "grid": grid, "s": s, "t": t}


def density_view(data: dict, key: str, on_click) -> None:
    """The heatmap, clickable: a click sends its plane coordinates as trigger "clicked" {x, y}."""
    _density_component(data=data, key=key, on_clicked_change=on_click)


# ------------------------------------------------------------------------------------------
# Image flow
# ------------------------------------------------------------------------------------------

@st.cache_data(show_spinner=False, max_entries=32)
def image_samples(dataset: str, seed: int, temperature: float, folder: str, label: int | None = None,
                  count: int = IMAGE_SAMPLES):
    """`count` flow samples at temperature T, of class `label` or (None) of every class, y ~ π, judged
    by the classifier, with the frames of the first 8 (each inverted coupling): (images uint8 (count, 28, 28),
    frames uint8 (F, 8, 28, 28), confident share, classes covered, share of each predicted class (10,))."""
    samples, verdict = sample_and_judge("flow", loaders.model("flow", dataset), loaders.model("classifier", dataset),
                                        count, seed, temperature=temperature, label=label, return_frames=True)
    counts = class_shares(verdict.probabilities)
    return samples.images, samples.frames["x"][:, :PLAYER_SAMPLES], verdict.confident, verdict.classes, counts


@st.cache_data(show_spinner=False, max_entries=4)
def standard_base_shares(dataset: str, folder: str, count: int = BASE_CHECK_SAMPLES, seed: int = 0) -> dict:
    """Why the image flow's p(z) is a mixture of class Gaussians, measured: `count` samples of the
    same flow with z ~ N(0, I) (the base it was trained with, T = 1), judged by the classifier.
    {"shares": share of each predicted class (10,), "weights": the classes' shares π_y in the
    training set (the mixture's weights), "count": count}."""
    model = loaders.model("flow", dataset)
    classifier = loaders.model("classifier", dataset)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        z = torch.randn(count, *model.base.mean.shape[1:], generator=generator)
        images = to_uint8_images(model.inverse(z))  # as the family's sampler makes them
    return {"shares": class_shares(judge(classifier, images).probabilities), "weights": model.base.log_weight.exp().numpy(),
            "count": count}


@st.cache_data(show_spinner=False, max_entries=8)
def likelihood_histograms(folder: str, count: int = OOD_IMAGES) -> dict:
    """Bits/dim of the first `count` display test images of each dataset under each dataset's flow:
    {(model dataset, image dataset): bits/dim (2000,)} with string keys "model|images".

    With each flow's learned q(u | k), fitted to its own training images: on the other dataset's
    images it still gives a tighter bound than uniform u (measured 2026-11-30 on 500 images, with the
    class Gaussians of p(z): the Fashion flow's median for MNIST digits 1.87 vs 2.17 bits/dim, the
    MNIST flow's for Fashion images 4.95 vs 5.14), so it does not tilt the comparison towards "the
    datasets separate"."""
    result = {}
    for model_dataset in ("mnist", "fashion"):
        model = loaders.model("flow", model_dataset)
        for image_dataset in ("mnist", "fashion"):
            images, _ = loaders.display_bundle(image_dataset)
            x = images_to_float(torch.tensor(images[:count]))
            result[f"{model_dataset}|{image_dataset}"] = bits_per_dim(image_log_likelihood(model, x))
    return result


@st.cache_data(show_spinner=False, max_entries=32)
def own_image_bits(dataset: str, image: np.ndarray, folder: str) -> float:
    """Bits/dim of one uint8 (28, 28) image under the dataset's flow: the same dequantisation and
    scoring as the test images of likelihood_histograms, so the two can share one axis."""
    x = images_to_float(torch.tensor(np.ascontiguousarray(image, dtype=np.uint8)[None]))
    return float(bits_per_dim(image_log_likelihood(loaders.model("flow", dataset), x))[0])
