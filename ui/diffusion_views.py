"""What the two diffusion pages compute, cached per explicit input (dataset, image, seed, class,
guidance, steps, ...). Pages stay layout and text; models come through ui.loaders, the math from
core.diffusion (the scheduler) and core.families.ddpm (the sampler). Arrays out: uint8 images,
float curves; the frames player payloads are built here too (titles passed in the page's language).
"""
from __future__ import annotations

import json
import time

import numpy as np
import streamlit as st
import torch

from core.diffusion import SCHEDULES, NoiseSchedule
from core.diffusion_quality import measured_path, within_class_spread
from core.families.ddpm import DDPMFamily, sampler_arguments, to_display
from core.fidelity import classifier_features
from core.judge import judge
from ui import loaders
from ui.figures import png_data_uri, tile
from ui.shared_cache import shared_view
from ui.own_image_input import image_from_bytes

T = 1000
FORWARD_TS = np.arange(0, T + 1, 20)  # the forward player's frames: t = 0, 20, ..., 1000
STRIP_TS = (0, 50, 100, 200, 300, 400, 500, 600, 700, 800, 1000)
HISTOGRAM_TS = (0, 50, 200, 500, 1000)
HISTOGRAM_IMAGES = 200  # display images whose pixels make the forward page's histograms
TRAJECTORY_SAMPLER, TRAJECTORY_STEPS = "ddim", 50  # the precomputed reverse trajectory: DDIM (eta = 0), 50 steps
GRID = 16  # 4 x 4 samples
EVERY_CLASS = -2  # class selector: one of each class in turn
UNCONDITIONAL = -1  # class selector: the null class


@st.cache_resource(show_spinner=False)
def schedule(kind: str) -> NoiseSchedule:
    return NoiseSchedule(T, kind)


def _image(pixels: bytes) -> torch.Tensor:
    """The bytes of a uint8 28 x 28 image (a display image's or the student's own, `image.tobytes()`)
    as x_0 in [-1, 1], (1, 1, 28, 28)."""
    return torch.from_numpy(image_from_bytes(pixels)).float().div(255).mul(2).sub(1)[None, None]


def alpha_bar_at(kind: str, t: int) -> float:
    """alpha_bar_t = prod_{s<=t} (1 - beta_s) of one schedule: the share of the signal's power left at t."""
    return float(schedule(kind).alpha_bar[t])


@st.cache_data(show_spinner=False, max_entries=64)
def forward_process(pixels: bytes, seed: int, kind: str) -> dict:
    """One image (the bytes of a uint8 28 x 28 image) through the forward process, recorded at FORWARD_TS:
    closed: x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps with ONE eps for every t (uint8 frames);
    chain: x_t ~ q(x_t | x_{t-1}) step by step with fresh noise at each of the t steps;
    spread_*: std over the 784 pixels of x_t - sqrt(alpha_bar_t) x_0, next to the theory sqrt(1 - alpha_bar_t)."""
    s = schedule(kind)
    x0 = _image(pixels)
    generator = torch.Generator().manual_seed(seed)
    eps = torch.randn(x0.shape, generator=generator)
    closed, chain, spread_closed, spread_chain = [], [], [], []
    x = x0.clone()
    for t in range(0, T + 1):
        if t > 0:
            x = s.q_step(x, t, torch.randn(x0.shape, generator=generator))
        if t in FORWARD_TS:
            x_closed = s.q_sample(x0, t, eps)
            signal = s.alpha_bar[t].sqrt() * x0
            closed.append(to_display(x_closed)[0])
            chain.append(to_display(x)[0])
            spread_closed.append(float((x_closed - signal).std()))
            spread_chain.append(float((x - signal).std()))
    alpha_bar = s.alpha_bar[FORWARD_TS].numpy()
    return {"t": FORWARD_TS, "closed": np.stack(closed), "chain": np.stack(chain), "alpha_bar": alpha_bar,
            "spread_closed": np.array(spread_closed), "spread_chain": np.array(spread_chain),
            "spread_theory": np.sqrt(1 - alpha_bar)}


@st.cache_data(show_spinner=False, max_entries=4)
def schedule_curves() -> dict:
    """Per schedule: beta_t, alpha_bar_t and SNR_t = alpha_bar_t / (1 - alpha_bar_t), t = 1 ... T."""
    return {kind: {"beta": schedule(kind).beta[1:].numpy(), "alpha_bar": schedule(kind).alpha_bar[1:].numpy(),
                   "snr": schedule(kind).snr().numpy()} for kind in SCHEDULES}


@st.cache_data(show_spinner=False, max_entries=64)
def schedule_strips(pixels: bytes, seed: int) -> dict:
    """The same image (bytes of uint8 28 x 28) and the same eps at STRIP_TS under each schedule:
    kind -> uint8 (len(STRIP_TS), 28, 28)."""
    x0 = _image(pixels)
    eps = torch.randn(x0.shape, generator=torch.Generator().manual_seed(seed))
    return {kind: np.stack([to_display(schedule(kind).q_sample(x0, t, eps))[0] for t in STRIP_TS]) for kind in SCHEDULES}


@st.cache_data(show_spinner=False, max_entries=16)
def pixel_histograms(dataset: str, seed: int, kind: str, count: int = HISTOGRAM_IMAGES, bins: int = 60) -> dict:
    """Histogram (density) of every pixel of `count` display images at each t of HISTOGRAM_TS."""
    images, _ = loaders.display_bundle(dataset)
    x0 = torch.tensor(images[:count]).float().div(255).mul(2).sub(1)
    eps = torch.randn(x0.shape, generator=torch.Generator().manual_seed(seed))
    edges = np.linspace(-4, 4, bins + 1)
    densities = {t: np.histogram(schedule(kind).q_sample(x0, t, eps).numpy().ravel(), bins=edges, density=True)[0]
                 for t in HISTOGRAM_TS}
    return {"edges": edges, "densities": densities}


def labels_for(choice: int, n: int = GRID):
    """The class selector's value as the sampler's `label`: None, one class, or 0..9 in turn."""
    if choice == UNCONDITIONAL:
        return None
    if choice == EVERY_CLASS:
        return (np.arange(n) % 10).tolist()
    return [int(choice)] * n


def run_sampler(sampler: str, steps: int, timesteps: int) -> dict:
    """What the sampler choice (sampler, steps) runs: the arguments DDPMFamily.sample gets
    (core.families.ddpm.sampler_arguments) with eta made explicit (DDIM's default is 0)."""
    arguments = sampler_arguments(sampler, steps, timesteps)
    return {"eta": 0.0, **arguments} if arguments["sampler"] == "ddim" else arguments


@shared_view(max_entries=48)
def trajectory(dataset: str, choice: int, guidance: float, seed: int, steps: int = TRAJECTORY_STEPS) -> dict:
    """GRID samples from seeded noise by TRAJECTORY_SAMPLER, with every step's x_t, eps_theta and
    x^_0 (uint8 (F, GRID, 28, 28)), the step's t, the classifier's verdict and the samples' diversity.
    "sampler": what was run, read back from the run itself: the sample() arguments ("sampler",
    "eta", "steps") and "network_steps", the number of timesteps the chain visited (the labels
    of the page's player are made from this record, never typed)."""
    model = loaders.model("ddpm", dataset)
    labels = labels_for(choice)
    arguments = run_sampler(TRAJECTORY_SAMPLER, steps, model.schedule.T)
    started = time.perf_counter()
    samples = DDPMFamily().sample(model, GRID, torch.Generator().manual_seed(seed), return_frames=True,
                                  label=labels, guidance=guidance, **arguments)
    return {"frames": samples.frames, "t": samples.frame_steps, "images": samples.images,
            "sampler": {**arguments, "network_steps": len(samples.extras["timesteps"])},
            "seconds": time.perf_counter() - started, **judge_samples(dataset, samples.images, labels)}


def schedule_facts(dataset: str) -> dict:
    """The trained model's schedule, for the sentences that quote it: T, its kind, beta_1 and
    beta_T, and SNR_1 and SNR_T (SNR_t = alpha_bar_t / (1 - alpha_bar_t))."""
    model = loaders.model("ddpm", dataset)
    s, config = model.schedule, loaders.sidecar("ddpm", dataset)["config"]
    snr = s.snr()
    return {"T": int(config["timesteps"]), "kind": config["schedule"], "beta_first": float(s.beta[1]),
            "beta_last": float(s.beta[s.T]), "snr_first": float(snr[0]), "snr_last": float(snr[-1]),
            "label_dropout": float(config["label_dropout"])}


def judge_samples(dataset: str, images: np.ndarray, labels) -> dict:
    """The classifier's agreement with the requested classes (None when unconditional), and the
    within-class spread of the samples relative to real test images of the same classes."""
    classifier = loaders.model("classifier", dataset)
    verdict = judge(classifier, images)
    predicted = verdict.probabilities.argmax(1)
    real, real_labels = loaders.display_bundle(dataset)
    groups = np.asarray(labels) if labels is not None else predicted
    keep = np.isin(real_labels, groups)
    real_spread = within_class_spread(classifier_features(classifier, real[keep][:400]), real_labels[keep][:400])
    spread = within_class_spread(classifier_features(classifier, images), groups)
    return {"agreement": None if labels is None else float((predicted == np.asarray(labels)).mean()),
            "predicted": predicted, "diversity": spread / real_spread}


def measured_table(dataset: str) -> dict | None:
    """checkpoints/ddpm_D_measured.json (python -m core.diffusion_quality), or None if not there."""
    path = measured_path(dataset)
    return json.loads(path.read_text()) if path.exists() else None


def mosaic(images: np.ndarray) -> np.ndarray:
    """GRID images -> one 4 x 4 uint8 mosaic with thin gutters."""
    return tile(images, columns=4, pad=1, pad_value=128)


@shared_view(max_entries=32)
def forward_player(pixels: bytes, seed: int, kind: str, text: dict) -> dict:
    """The forward page's player: closed form and chain side by side, with alpha_bar_t and the
    measured spread of both under one cursor. `pixels`: the image's uint8 28 x 28 bytes; `text`
    holds the translated titles."""
    computed = forward_process(pixels, seed, kind)
    return {"id": "ddpm_forward", "labels": [f"t = {t}" for t in computed["t"]], "start_index": 10,
            "interval_ms": 90, "loop": "bounce", "rows_direction": "row",
            "rows": [{"key": "closed", "title": text["closed"], "subtitle": text["closed_sub"],
                      "frames": [png_data_uri(image) for image in computed["closed"]]},
                     {"key": "chain", "title": text["chain"], "subtitle": text["chain_sub"],
                      "frames": [png_data_uri(image) for image in computed["chain"]]}],
            "charts": [{"title": text["alpha_bar_chart"], "y_min": 0, "y_max": 1, "x_label": "t →",
                        "series": [{"name": "ᾱ_t", "color": "#4e79a7", "values": np.round(computed["alpha_bar"], 4).tolist()}]},
                       {"title": text["spread_chart"], "y_min": 0, "y_max": 1.5, "x_label": "t →",
                        "series": [{"name": text["theory"], "color": "#bab0ac", "values": np.round(computed["spread_theory"], 4).tolist()},
                                   {"name": text["closed"], "color": "#f28e2b", "values": np.round(computed["spread_closed"], 4).tolist()},
                                   {"name": text["chain"], "color": "#59a14f", "values": np.round(computed["spread_chain"], 4).tolist()}]}],
            "colors": [], "text": text["player"]}


@shared_view(max_entries=32)
def reverse_player(dataset: str, choice: int, guidance: float, seed: int, text: dict) -> dict:
    """The reverse page's player: x_t, eps_theta and x^_0 of the GRID samples at every step of the
    trajectory; "sampler" carries the trajectory's own record of what was run (text["noise_chart"]
    is expected to name it)."""
    computed = trajectory(dataset, choice, guidance, seed)
    frames, ts = computed["frames"], computed["t"]
    alpha_bar = loaders.model("ddpm", dataset).schedule.alpha_bar
    noise_level = np.sqrt(1 - alpha_bar[torch.tensor(ts)].numpy())
    rows = [{"key": key, "title": text[key], "subtitle": text[f"{key}_sub"], "wide": True,
             "frames": [png_data_uri(mosaic(step), factor=2) for step in frames[key]]} for key in ("x", "eps", "x0")]
    return {"id": "ddpm_reverse", "sampler": computed["sampler"], "labels": [f"t = {t}" for t in ts],
            "start_index": 0, "interval_ms": 120,
            "loop": "stop", "rows_direction": "row", "rows": rows,
            "charts": [{"title": text["noise_chart"], "y_min": 0, "y_max": 1, "x_label": text["steps_axis"],
                        "series": [{"name": "√(1 − ᾱ_t)", "color": "#4e79a7", "values": np.round(noise_level, 4).tolist()}]}],
            "colors": [], "text": text["player"]}
