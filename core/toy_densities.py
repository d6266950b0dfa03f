"""The 2-D target densities the toy flows learn: two moons, a ring of 8 Gaussians, a
checkerboard and concentric rings. Each gives seeded samples (numpy (N, 2) float32) and, where
it has a closed form, its true log density (the ring and the checkerboard), so a test can
compare the flow's log-likelihood with the best possible one.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

RING_RADIUS, RING_SIGMA, RING_MODES = 2.0, 0.2, 8
CHECKER_SIZE = 4  # a 4 × 4 board on [-2, 2]²: 8 unit squares hold all the mass
CIRCLE_RADII, CIRCLE_SIGMA = (1.0, 2.2), 0.12


def two_moons(n: int, rng: np.random.Generator) -> np.ndarray:
    """Two interleaved half circles (radius 1) with Gaussian noise σ = 0.08, centred at the origin, scaled ×1.6."""
    upper = rng.random(n) < 0.5
    angle = rng.random(n) * math.pi
    x = np.where(upper, np.cos(angle), 1 - np.cos(angle))
    y = np.where(upper, np.sin(angle), 0.5 - np.sin(angle))
    points = np.stack([x - 0.5, y - 0.25], 1) * 1.6
    return (points + 0.08 * 1.6 * rng.standard_normal((n, 2))).astype(np.float32)


def ring_of_gaussians(n: int, rng: np.random.Generator) -> np.ndarray:
    """8 equal Gaussians N(μ_k, σ² I), μ_k = r (cos 2πk/8, sin 2πk/8), r = 2, σ = 0.2."""
    angle = 2 * math.pi * rng.integers(0, RING_MODES, n) / RING_MODES
    centres = RING_RADIUS * np.stack([np.cos(angle), np.sin(angle)], 1)
    return (centres + RING_SIGMA * rng.standard_normal((n, 2))).astype(np.float32)


def ring_log_density(points: np.ndarray) -> np.ndarray:
    """The true log p(x) = log (1/8) Σ_k N(x; μ_k, σ² I), (N, 2) -> (N,)."""
    points = np.asarray(points, dtype=np.float64)
    angle = 2 * math.pi * np.arange(RING_MODES) / RING_MODES
    centres = RING_RADIUS * np.stack([np.cos(angle), np.sin(angle)], 1)
    squared = ((points[:, None, :] - centres[None]) ** 2).sum(-1)
    log_each = -squared / (2 * RING_SIGMA ** 2) - math.log(2 * math.pi * RING_SIGMA ** 2)
    top = log_each.max(1)
    return top + np.log(np.exp(log_each - top[:, None]).sum(1)) - math.log(RING_MODES)


def checkerboard(n: int, rng: np.random.Generator) -> np.ndarray:
    """Uniform on the dark squares of a 4 × 4 board on [-2, 2]² (density 1/8 there, 0 elsewhere)."""
    column = rng.integers(0, CHECKER_SIZE, n)
    row = 2 * rng.integers(0, CHECKER_SIZE // 2, n) + column % 2  # (column + row) even: a dark square
    cell = np.stack([column, row], 1)
    return (cell + rng.random((n, 2)) - CHECKER_SIZE / 2).astype(np.float32)


def checkerboard_log_density(points: np.ndarray) -> np.ndarray:
    """log 1/8 on the dark squares, −inf elsewhere."""
    points = np.asarray(points, dtype=np.float64)
    cell = np.floor(points + CHECKER_SIZE / 2)
    inside = (np.abs(points) < CHECKER_SIZE / 2).all(1) & ((cell.sum(1) % 2) == 0)
    return np.where(inside, -math.log(CHECKER_SIZE ** 2 / 2), -np.inf)


def concentric_rings(n: int, rng: np.random.Generator) -> np.ndarray:
    """Two circles (radius 1 and 2.2, mass in proportion to their length) with radial noise σ = 0.12."""
    weights = np.array(CIRCLE_RADII) / sum(CIRCLE_RADII)
    radius = np.array(CIRCLE_RADII)[rng.choice(len(CIRCLE_RADII), n, p=weights)]
    radius = radius + CIRCLE_SIGMA * rng.standard_normal(n)
    angle = rng.random(n) * 2 * math.pi
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1).astype(np.float32)


@dataclass(frozen=True)
class ToyDensity:
    key: str  # file names, command line, translation keys (flow2d.density.KEY)
    sample: Callable[[int, np.random.Generator], np.ndarray]
    true_log_density: Callable[[np.ndarray], np.ndarray] | None = None
    view: float = 3.5  # the pages show [-view, view]²


TOY_DENSITIES: dict[str, ToyDensity] = {d.key: d for d in (
    ToyDensity("moons", two_moons),
    ToyDensity("ring", ring_of_gaussians, ring_log_density),
    ToyDensity("checkerboard", checkerboard, checkerboard_log_density),
    ToyDensity("rings", concentric_rings),
)}


def toy_samples(key: str, n: int, seed: int) -> np.ndarray:
    """n seeded samples (n, 2) float32 of a target density."""
    return TOY_DENSITIES[key].sample(n, np.random.default_rng(seed))
