"""Maximum likelihood for a 1-D Normal (concept C2): the smallest example of "fit p(x) to data"."""
from __future__ import annotations

import numpy as np


def hidden_normal_samples(seed: int, n: int) -> tuple[np.ndarray, float, float]:
    """n samples from a Normal whose parameters are themselves drawn from the seed.

    Returns (samples (n,), true mu, true sigma); the page hides the truth until asked.
    """
    rng = np.random.default_rng(seed)
    mu, sigma = float(rng.uniform(-2.0, 2.0)), float(rng.uniform(0.6, 1.8))
    return rng.normal(mu, sigma, size=n), mu, sigma


def gaussian_log_likelihood(samples: np.ndarray, mu: float, sigma: float) -> float:
    """log prod_i N(x_i; mu, sigma^2) = -n log(sigma sqrt(2 pi)) - sum (x_i - mu)^2 / (2 sigma^2)."""
    x = np.asarray(samples, dtype=np.float64)
    return float(-len(x) * np.log(sigma * np.sqrt(2 * np.pi)) - np.sum((x - mu) ** 2) / (2 * sigma**2))


def maximum_likelihood_normal(samples: np.ndarray) -> tuple[float, float]:
    """The MLE: mu-hat = sample mean, sigma-hat = sqrt(mean squared deviation) (divides by n, not n-1)."""
    x = np.asarray(samples, dtype=np.float64)
    return float(x.mean()), float(x.std())
