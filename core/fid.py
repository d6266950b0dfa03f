"""FID on the project classifier's features: one function for every family, so the GAN's,
the flow's and the diffusion model's numbers can be put side by side.

Inception features (the published FID) do not fit 28x28 greyscale digits, so this uses the
penultimate layer of the project's own classifier (Classifier.embed, 128 features). Numbers
are therefore comparable within this app only, never with published FIDs. Every figure is
reported next to the floor: the same statistic between two disjoint sets of real test images.
"""
from __future__ import annotations

import numpy as np
import torch

from core.data import images_to_float

FID_SAMPLES = 1000  # the display bundle's first 1,000 images are the reference, the other 1,000 the real floor


@torch.no_grad()
def classifier_features(classifier, images_uint8: np.ndarray, batch_size: int = 500) -> np.ndarray:
    """uint8 (N, 28, 28) -> (N, hidden) float64 penultimate features."""
    classifier.eval()
    x = images_to_float(torch.tensor(np.ascontiguousarray(images_uint8)))
    return torch.cat([classifier.embed(chunk) for chunk in x.split(batch_size)]).double().numpy()


def frechet_distance(features_a: np.ndarray, features_b: np.ndarray) -> float:
    """|m_a - m_b|^2 + Tr(S_a + S_b - 2 (S_a S_b)^(1/2)) between Gaussians fitted to two feature sets.

    Tr((S_a S_b)^(1/2)) = sum of the square roots of the eigenvalues of S_a^(1/2) S_b S_a^(1/2),
    which is symmetric positive semi-definite, so no general matrix square root is needed.
    """
    mean_a, mean_b = features_a.mean(0), features_b.mean(0)
    cov_a, cov_b = np.cov(features_a, rowvar=False), np.cov(features_b, rowvar=False)
    values, vectors = np.linalg.eigh(cov_a)
    sqrt_a = (vectors * np.sqrt(np.clip(values, 0, None))) @ vectors.T
    cross = np.linalg.eigvalsh(sqrt_a @ cov_b @ sqrt_a)
    trace_sqrt = np.sqrt(np.clip(cross, 0, None)).sum()
    return float(((mean_a - mean_b) ** 2).sum() + np.trace(cov_a) + np.trace(cov_b) - 2 * trace_sqrt)


def classifier_fid(classifier, images_uint8: np.ndarray, reference_uint8: np.ndarray) -> float:
    """FID between generated (or real) images and a reference set of real images, classifier features."""
    return frechet_distance(classifier_features(classifier, images_uint8), classifier_features(classifier, reference_uint8))


def real_fid_floor(classifier, display_images: np.ndarray, n: int = FID_SAMPLES) -> tuple[np.ndarray, float]:
    """(reference images, FID of n other real test images against them): the floor any model's FID
    on n samples is compared with (n finite samples never reach 0)."""
    reference, held_out = display_images[:n], display_images[n:2 * n]
    return reference, classifier_fid(classifier, held_out, reference)
