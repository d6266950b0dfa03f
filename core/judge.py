"""The project classifier as the judge of generated images: how many samples it recognises,
and how many classes they cover. One function for every family, so the numbers that pages and
quality tests put side by side are computed the same way."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from core.family import Samples
from core.metrics import class_probabilities, confident_fraction, effective_class_count
from core.registry import model_kind


@dataclass
class Verdict:
    probabilities: np.ndarray  # (N, classes) softmax of the classifier
    confident: float  # share recognised with >= 90 % probability
    classes: float  # exp(entropy) of the predicted-class histogram: 1 ... 10


def judge(classifier, images: np.ndarray) -> Verdict:
    """images: uint8 (N, 28, 28), or float in [0, 1]."""
    images = np.asarray(images)
    if images.dtype == np.uint8:
        images = images.astype(np.float32) / 255.0
    probabilities = class_probabilities(classifier, images)
    return Verdict(probabilities, confident_fraction(probabilities), effective_class_count(probabilities))


def sample_and_judge(kind: str, model, classifier, count: int, seed: int, **options) -> tuple[Samples, Verdict]:
    """Draw `count` samples from a generative kind with its own sampler, and judge them."""
    samples = model_kind(kind).family.sample(model, count, torch.Generator().manual_seed(seed), **options)
    return samples, judge(classifier, samples.images)
