"""Interpolation between two encoded images in each model's latent space (concept C7): the
frames a page scrubs through, and the measurements along the path. numpy in, numpy out."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.judge import judge
from core.metrics import CONFIDENT
from core.latent import decode_latents, interpolate, relative_density


@dataclass
class LatentModel:
    """A decoder together with the codes of the display images under its encoder."""

    model: object
    codes: np.ndarray  # (N, 2) codes of the display images (VAE: means of q(z|x))
    typical_radius: float  # relative_density's normaliser for these codes


@dataclass
class InterpolationPath:
    mode: str  # "linear" or "slerp"
    path: np.ndarray  # (F, 2) latent points, alpha = 0 ... 1
    decoded: np.ndarray  # (F, 28, 28) float32 in [0, 1]
    density: np.ndarray  # (F,) k-NN density of the codes along the path, x typical
    judged: np.ndarray  # (J,) indices of the frames the classifier judged: every `judge_every`-th
    recognised: np.ndarray  # (J,) bool: the classifier puts that frame in one class with >= 90 %


def interpolation_between(latent: LatentModel, classifier, z_start: np.ndarray, z_end: np.ndarray,
                          alphas: np.ndarray, mode: str = "linear", judge_every: int = 1) -> InterpolationPath:
    """Decode every point of the path between two codes (d,): any image's code, a display
    image's or one the student drew and the encoder placed. The classifier judges frames
    0, judge_every, 2 judge_every, ... (the page: the 11 frames of its strip, not all 41; each
    judged frame costs the server ~0.4 ms of CPU, the decode ~0.15 ms, and every student's new
    endpoint pays it)."""
    path = interpolate(np.asarray(z_start, dtype=np.float32), np.asarray(z_end, dtype=np.float32), alphas, mode=mode)
    decoded = decode_latents(latent.model, path)
    judged = np.arange(0, len(path), judge_every)
    probabilities = judge(classifier, decoded[judged]).probabilities
    return InterpolationPath(mode, path, decoded,
                             relative_density(latent.codes, path, typical=latent.typical_radius),
                             judged, probabilities.max(1) >= CONFIDENT)


def faithful_mask(latents: list[LatentModel], classifier, labels: np.ndarray, label: int) -> np.ndarray:
    """(N,) bool over the display images: True for the images of class `label` that every model
    reconstructs recognisably (the classifier agrees with the label for each reconstruction).
    One class at a time (~200 images, a few tenths of a second), computed once, so each
    "another example" is a lookup instead of decoding and judging candidates."""
    members = np.flatnonzero(labels == label)
    agree = np.ones(len(members), dtype=bool)
    for latent in latents:
        agree &= judge(classifier, decode_latents(latent.model, latent.codes[members])).probabilities.argmax(1) == label
    mask = np.zeros(len(labels), dtype=bool)
    mask[members[agree]] = True
    return mask


def pick_faithful_example(faithful: np.ndarray, labels: np.ndarray, label: int, rng: np.random.Generator,
                          tries: int = 16) -> int:
    """A display image of class `label` that every model reconstructs recognisably (`faithful`:
    faithful_mask), so the path's ends show what the student picked and any oddity along the way
    is due to the path itself: the first faithful one of `tries` random candidates (the first
    candidate if none is)."""
    candidates = rng.permutation(np.flatnonzero(labels == label))[:tries]
    good = candidates[faithful[candidates]]
    return int(good[0] if len(good) else candidates[0])


def nearest_code(codes: np.ndarray, point: tuple[float, float]) -> int:
    """Index of the display image whose code is nearest to a clicked latent point."""
    return int(np.linalg.norm(codes - np.asarray(point, dtype=np.float32), axis=1).argmin())
