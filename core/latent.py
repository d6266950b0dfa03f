"""Working in a 2-D latent space: encode, decode, lattices, interpolation paths, local density.

Every function takes and returns numpy arrays so pages never touch tensors:
images are uint8 (N, 28, 28) going in and float32 (N, 28, 28) in [0, 1] coming out,
latent points are float32 (N, 2).
"""
from __future__ import annotations

import math

import numpy as np
import torch

from core.data import images_to_float


@torch.no_grad()
def encode_images(model, images_uint8: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """uint8 (N, 28, 28) -> latent codes (N, d). For a VAE: the mean of q(z|x).
    torch.tensor copies (here and below): the app passes arrays every session shares read-only."""
    x = images_to_float(torch.tensor(np.asarray(images_uint8)))
    return torch.cat([model.encode(chunk) for chunk in x.split(batch_size)]).numpy().astype(np.float32)


@torch.no_grad()
def decode_latents(model, z: np.ndarray) -> np.ndarray:
    """(N, d) -> mean images (N, 28, 28) float32 in [0, 1]."""
    z = torch.tensor(np.asarray(z, dtype=np.float32)).reshape(-1, model.config.latent_dim)
    return model.decode(z)[:, 0].numpy()


def lattice_points(x_range: tuple[float, float], y_range: tuple[float, float], n: int) -> np.ndarray:
    """An n x n grid of latent points, row-major from the top-left (y decreasing), (n*n, 2)."""
    xs = np.linspace(x_range[0], x_range[1], n, dtype=np.float32)
    ys = np.linspace(y_range[1], y_range[0], n, dtype=np.float32)
    grid_x, grid_y = np.meshgrid(xs, ys)
    return np.stack([grid_x.ravel(), grid_y.ravel()], axis=1)


def interpolate(z_start: np.ndarray, z_end: np.ndarray, alphas: np.ndarray, mode: str = "linear") -> np.ndarray:
    """Points on the path from z_start (alpha=0) to z_end (alpha=1), shape (len(alphas), d).

    linear: (1 - a) z0 + a z1, the straight line (concept C7).
    slerp:  spherical interpolation: the angle is interpolated at an even rate, so the path
            is an arc around the origin instead of a chord that dips towards it (one circle if
            |z0| = |z1|; for endpoints more than 90 degrees apart with unequal norms the arc
            can bulge beyond both). In high dimensions that keeps samples on the "shell" where
            N(0, I) puts its mass; in 2-D the origin is the densest point of N(0, I), so slerp
            is shown for comparison, not because the straight line would leave the prior's mass.
            When z0 and z1 point the same way (omega ~ 0) the arc is the straight line; when
            they point in opposite directions (omega ~ pi) no unique arc exists and the
            straight line is used too.
    """
    z0, z1 = np.asarray(z_start, dtype=np.float64), np.asarray(z_end, dtype=np.float64)
    a = np.asarray(alphas, dtype=np.float64)[:, None]
    if mode == "linear":
        return ((1 - a) * z0 + a * z1).astype(np.float32)
    if mode != "slerp":
        raise ValueError(f"unknown interpolation mode {mode!r}")
    cos_omega = np.dot(z0, z1) / (np.linalg.norm(z0) * np.linalg.norm(z1) + 1e-12)
    omega = np.arccos(np.clip(cos_omega, -1.0, 1.0))
    if omega < 1e-6 or np.pi - omega < 1e-6:  # (anti)parallel codes: no unique arc
        return ((1 - a) * z0 + a * z1).astype(np.float32)
    return ((np.sin((1 - a) * omega) * z0 + np.sin(a * omega) * z1) / np.sin(omega)).astype(np.float32)


def knn_radius(points: np.ndarray, queries: np.ndarray, k: int, exclude_self: bool = False) -> np.ndarray:
    """Distance from each query to its k-th nearest point, (len(queries),)."""
    distances = np.linalg.norm(queries[:, None, :] - points[None, :, :], axis=2)
    kth = k if exclude_self else k - 1  # the query itself sits at distance 0
    return np.partition(distances, kth, axis=1)[:, kth]


DENSITY_NEIGHBOURS = 10  # k of the k-nearest-neighbour density the pages show (relative_density)
HOLE_DENSITY = 0.05  # a latent point whose relative density is below this (x typical) is "a hole"


def typical_knn_radius(points: np.ndarray, k: int = DENSITY_NEIGHBOURS) -> float:
    """Median distance from a point to its k-th nearest neighbour: the data's own spacing."""
    points = np.asarray(points, dtype=np.float64)
    return float(np.median(knn_radius(points, points, k, exclude_self=True)))


def relative_density(points: np.ndarray, queries: np.ndarray, k: int = DENSITY_NEIGHBOURS,
                     typical: float | None = None) -> np.ndarray:
    """kNN density at each query divided by the typical density at the data points themselves.

    In 2-D the kNN estimate is p(q) ~ k / (N pi r_k(q)^2), so the ratio is (r_typical / r_k(q))^2
    with r_typical the median k-th neighbour distance among the points. Being a ratio, it is
    scale-free: the AE's and the VAE's latent spaces can be compared on one axis.
    1 means "as dense as where the data usually are"; below HOLE_DENSITY is a hole. Pass `typical`
    (from typical_knn_radius) to skip recomputing it for every query batch.
    """
    points = np.asarray(points, dtype=np.float64)
    typical = typical_knn_radius(points, k) if typical is None else typical
    radius = knn_radius(points, np.asarray(queries, dtype=np.float64), k)
    return (typical / np.maximum(radius, 1e-12)) ** 2


def normal_mass_within(radius: float, dimensions: int) -> float:
    """Probability that a standard normal N(0, I) in 1 or 2 dimensions lies within `radius` of
    the origin: erf(r / sqrt 2) on a line, 1 - exp(-r^2 / 2) in the plane (the chi distribution)."""
    if dimensions == 1:
        return math.erf(radius / math.sqrt(2.0))
    if dimensions == 2:
        return 1.0 - math.exp(-radius * radius / 2.0)
    raise ValueError(f"only 1 or 2 dimensions, not {dimensions}")


def decoded_lattice(model, x_range: tuple[float, float], y_range: tuple[float, float], n: int) -> np.ndarray:
    """What the decoder draws at each point of an n x n lattice (the manifold picture),
    float32 (n*n, 28, 28) in [0, 1], row-major from the top-left as lattice_points."""
    return decode_latents(model, lattice_points(x_range, y_range, n))


@torch.no_grad()
def reconstruction_nats(model, images_uint8: np.ndarray) -> np.ndarray:
    """Per image: -log p(x | z) in nats with z = the (mean) code of x, Bernoulli decoder, (N,)."""
    x = images_to_float(torch.tensor(np.asarray(images_uint8)))
    logits = model.decode_logits(model.encode(x))
    return torch.nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(1).numpy()


@torch.no_grad()
def vae_elbo_terms(vae, images_uint8: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Per image: (-log p(x | z) at one sample z ~ q(z|x), KL(q(z|x) || N(0, I))) in nats.

    Their sum is a one-sample estimate of -ELBO(x); the seed fixes the sample.
    """
    x = images_to_float(torch.tensor(np.asarray(images_uint8)))
    reconstruction, kl = vae.elbo_terms(x, torch.Generator().manual_seed(seed))
    return reconstruction.numpy(), kl.numpy()
