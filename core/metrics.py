"""Numbers that say how good a model is, computed the same way in training, tests and pages."""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F


@torch.no_grad()
def reconstruction_cross_entropy(model, x: torch.Tensor, batch_size: int = 1000) -> float:
    """Mean Bernoulli cross-entropy -log p(x | z) in nats per image, z = the (mean) code of x."""
    total = 0.0
    for chunk in x.split(batch_size):
        logits = model.decode_logits(model.encode(chunk))
        total += F.binary_cross_entropy_with_logits(logits, chunk, reduction="sum").item()
    return total / len(x)


@torch.no_grad()
def elbo_terms(vae, x: torch.Tensor, seed: int = 0, batch_size: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """Per-image (reconstruction cross-entropy, KL) in nats, one seeded z sample each."""
    generator = torch.Generator().manual_seed(seed)
    pairs = [vae.elbo_terms(chunk, generator) for chunk in x.split(batch_size)]
    return (torch.cat([p[0] for p in pairs]).numpy(), torch.cat([p[1] for p in pairs]).numpy())


@torch.no_grad()
def classifier_accuracy(classifier, x: torch.Tensor, labels: torch.Tensor, batch_size: int = 1000) -> float:
    predictions = torch.cat([classifier(chunk).argmax(1) for chunk in x.split(batch_size)])
    return (predictions == labels).float().mean().item()


def gaussian_fit_kl(codes: np.ndarray) -> float:
    """KL( N(m, S) || N(0, I) ) of the Gaussian moment-matched to the codes, in nats.

    0 when the codes look like samples of the prior; large when they are shifted, stretched or
    squeezed. The AE, having no prior, scores far higher than the VAE.
    """
    codes = np.asarray(codes, dtype=np.float64)
    mean, cov = codes.mean(0), np.cov(codes, rowvar=False)
    d = codes.shape[1]
    sign, logdet = np.linalg.slogdet(cov)
    return float(0.5 * (np.trace(cov) + mean @ mean - d - logdet)) if sign > 0 else float("inf")


@torch.no_grad()
def class_probabilities(classifier, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """Images float (N, 28, 28) in [0, 1] -> softmax probabilities (N, classes).

    The classifier is the app's judge of generated images: a decoded point that the
    classifier cannot place in any class with confidence is most likely not a real-looking image.
    """
    x = torch.tensor(np.asarray(images, dtype=np.float32)).unsqueeze(1)
    return torch.cat([classifier(chunk).softmax(1) for chunk in x.split(batch_size)]).numpy()


CONFIDENT = 0.9  # the classifier "recognises" an image it puts in one class with at least this probability


def confident_fraction(probabilities: np.ndarray, threshold: float = CONFIDENT) -> float:
    """Share of images the classifier assigns to one class with probability >= threshold."""
    return float((np.asarray(probabilities).max(1) >= threshold).mean())


def class_shares(probabilities: np.ndarray) -> np.ndarray:
    """Share of the images the classifier puts in each class (its top class), (classes,)."""
    probabilities = np.asarray(probabilities)
    return np.bincount(probabilities.argmax(1), minlength=probabilities.shape[1]) / len(probabilities)


COVERED_CLASS_SHARE = 0.03  # a class is "covered" by samples when at least this share of them is put in it (class_shares)


def effective_class_count(probabilities: np.ndarray) -> float:
    """exp(entropy) of the histogram of predicted classes: 10 when samples cover all ten classes
    evenly, 1 when every sample is the same class. Confidence alone misses a sampler that
    keeps drawing one class (a collapsed sampler), so pages report both."""
    counts = np.bincount(np.asarray(probabilities).argmax(1), minlength=np.asarray(probabilities).shape[1])
    p = counts[counts > 0] / counts.sum()
    return float(np.exp(-(p * np.log(p)).sum()))
