"""Training stability, measured: seed 003 §4 rates the GAN × on it and the others ○; here every
family trains K seeds at one fixed budget on the same 2-D ring of 8 Gaussians, and the record says
how many runs found all 8 modes and how far their final quality spreads.

The ring is the 2-D flow page's (core/toy_densities.py: radius 2, sigma 0.2; the toy GAN's own ring
is ten times narrower, sigma 0.02, which only a GAN's sharp samples can hit within 3 sigma), scored
with core/toy2d.py's measure (2,500 samples; a mode is covered when >= 1 % of them lie within
3 sigma of it; "high quality" is the share within 3 sigma of some mode), so all families are scored
alike. Each run has BUDGET_STEPS steps on batches of 128 fresh ring points: for a GAN one D and one
G update per step, for the others one update of their own objective (ELBO, exact log-likelihood,
eps-MSE). The GAN runs three times: as a plain GAN (equal learning rates), with the live page's
stabilisers (D's R1 penalty, G's running average) and with its collapse preset's settings, because
a GAN's instability is as much about its settings as about its seed.

For the image models, stability is the spread of their training curves: the relative wiggle of
each logged loss over the last quarter of its epochs (sidecar `train_curve`, kept from the next
training on), and for the GAN the FID and losses of its recorded run.
"""
from __future__ import annotations

import dataclasses
import math
import time
from typing import Callable

import numpy as np
import torch

from core.models.flow import Flow2DConfig
from core.toy2d import PRESETS, Target, ToyGAN, ToySettings, mode_metrics
from core.toy_densities import RING_MODES, RING_RADIUS, RING_SIGMA
from core.toy_diffusion import ToyDDPM
from core.toy_flow import ToyTrainArgs, fit_flow2d, sample_toy_flow
from core.toy_vae import ToyVAE

STABILITY_SEEDS = 5  # K runs per family
BUDGET_STEPS = 3000  # steps per run
METRIC_SEED = 12345
_ANGLES = 2 * math.pi * np.arange(RING_MODES) / RING_MODES
RING = Target("ring", (RING_RADIUS * np.stack([np.cos(_ANGLES), np.sin(_ANGLES)], 1)).astype(np.float32),
              np.arange(RING_MODES), RING_SIGMA, 3.5)

# The GAN settings (the seed is replaced per run), all with the live page's networks.
GAN_RUNS: dict[str, ToySettings] = {
    "gan": ToySettings(lr_g=1e-3, lr_d=1e-3, d_steps=1, latent_dim=2),
    "gan_stabilised": PRESETS["healthy"],
    "gan_collapse_settings": PRESETS["collapse"],
}
FLOW_ARGS, FLOW_CONFIG = ToyTrainArgs(steps=BUDGET_STEPS, batch_size=128, lr=1e-3), Flow2DConfig()  # the 2-D flow page's default
DDPM_LR = 3e-3  # with a cosine decay: 1e-3 left 50-61 % high quality at this budget, 3e-3 71-74 % (seeds 0, 1)


def _gan_points(settings: ToySettings, seed: int, steps: int) -> np.ndarray:
    gan = ToyGAN(dataclasses.replace(settings, seed=seed), RING)
    gan.train(steps)
    return gan.samples(seed=METRIC_SEED)


def _flow_points(seed: int, steps: int) -> np.ndarray:
    model = fit_flow2d(RING.sample, dataclasses.replace(FLOW_ARGS, seed=seed, steps=steps), FLOW_CONFIG)
    return sample_toy_flow(model, 2500, METRIC_SEED)


def _trained(model, steps: int) -> np.ndarray:
    model.train(steps)
    return model.samples(seed=METRIC_SEED)


def runners(steps: int = BUDGET_STEPS) -> dict[str, Callable[[int], np.ndarray]]:
    """run name -> (seed -> 2,500 samples after `steps` steps)."""
    table: dict[str, Callable[[int], np.ndarray]] = {
        "vae": lambda seed: _trained(ToyVAE(RING, seed=seed), steps),
        "ddpm": lambda seed: _trained(ToyDDPM(RING, seed=seed, lr=DDPM_LR), steps),
        "flow": lambda seed: _flow_points(seed, steps),
    }
    table.update({name: (lambda seed, s=settings: _gan_points(s, seed, steps)) for name, settings in GAN_RUNS.items()})
    return table


def summarise(runs: list[dict], modes: int) -> dict:
    """Share of runs with every mode, and the spread of modes covered and of high quality."""
    covered = np.array([run["covered"] for run in runs])
    quality = np.array([run["high_quality"] for run in runs])
    return {"all_modes_share": round(float((covered == modes).mean()), 3),
            "covered_mean": round(float(covered.mean()), 2), "covered_min": int(covered.min()),
            "covered_max": int(covered.max()), "high_quality_mean": round(float(quality.mean()), 4),
            "high_quality_sd": round(float(quality.std(ddof=1)) if len(runs) > 1 else 0.0, 4),
            "high_quality_min": round(float(quality.min()), 4), "high_quality_max": round(float(quality.max()), 4)}


def ring_stability(seeds: int = STABILITY_SEEDS, steps: int = BUDGET_STEPS,
                   families: list[str] | None = None, progress: Callable[[str], None] | None = None) -> dict:
    """K seeds per family at `steps` steps on the ring: each run's modes and quality, and a summary."""
    torch_threads = torch.get_num_threads()
    target = RING
    record = {"target": "ring", "modes": target.modes, "radius": RING_RADIUS, "sigma": target.sigma, "steps": steps,
              "seeds": list(range(seeds)), "families": {}}
    for name, run in runners(steps).items():
        if families and name not in families:
            continue
        runs = []
        for seed in range(seeds):
            started = time.perf_counter()
            metrics = mode_metrics(run(seed), target)
            runs.append({"seed": seed, "covered": metrics.covered, "high_quality": round(metrics.high_quality, 4),
                         "seconds": round(time.perf_counter() - started, 1)})
            if progress is not None:
                progress(f"{name} seed {seed}: {metrics.covered}/{target.modes} modes, "
                         f"high quality {metrics.high_quality:.1%} ({runs[-1]['seconds']} s)")
        record["families"][name] = {"runs": runs, **summarise(runs, target.modes)}
    record["torch_threads"] = torch_threads
    return record


def curve_spread(values: list[float] | np.ndarray) -> dict:
    """How much a training curve still moves at the end: over the last quarter of its points, the
    standard deviation relative to the mean (|mean|), the range and where it started; plus the first
    and last value (non-finite values left out)."""
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]  # a recording's step 0 has no losses yet (NaN)
    tail = values[-max(2, len(values) // 4):]
    return {"points": len(values), "first": round(float(values[0]), 4), "last": round(float(values[-1]), 4),
            "tail_first": round(float(tail[0]), 4),
            "tail_relative_sd": round(float(tail.std(ddof=1) / max(abs(tail.mean()), 1e-12)), 4),
            "tail_min": round(float(tail.min()), 4), "tail_max": round(float(tail.max()), 4)}


def image_curve_stability(sidecar: dict, recording: dict | None = None) -> dict:
    """The spread of an image model's training curves: every logged loss of its sidecar's
    train_curve, and a recorded GAN run's FID and losses. {} where nothing was recorded."""
    curves = {key: values for key, values in sidecar.get("train_curve", {}).items() if key != "epoch" and len(values) > 1}
    if recording is not None:
        for key in ("fid", "g_loss", "d_loss"):
            if key in recording and len(recording[key]) > 1:
                curves[f"recorded_{key}"] = recording[key]
    return {key: curve_spread(values) for key, values in curves.items()}
