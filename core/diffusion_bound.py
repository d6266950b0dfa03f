"""The DDPM's likelihood: its variational bound in bits/dim, all T terms (Ho et al. 2020 eq. 5;
Nichol & Dhariwal 2021 §3), so the Compare page can put a number where the seed puts a symbol.

    -log p_theta(x_0) <= L = L_T + sum_{t=2}^{T} L_{t-1} + L_0
    L_T     = KL(q(x_T | x_0) || N(0, I))                      (no parameters; ~0 for T = 1000)
    L_{t-1} = KL(q(x_{t-1} | x_t, x_0) || p_theta(x_{t-1} | x_t)),   x_t ~ q(x_t | x_0)
    L_0     = -log p_theta(x_0 | x_1)                           (discretised Gaussian over 256 levels)

p_theta(x_{t-1} | x_t) = N(mu~_t(x_t, x^_0), sigma_t^2 I) is exactly the sampler's ancestral step
(core/diffusion.py ddpm_step: x^_0 clipped to [-1, 1], sigma_t^2 = beta~_t), so the bound is the
one of the model that samples. Both Gaussians then share the variance beta~_t, and
    L_{t-1} = || mu~_t(x_t, x_0) - mu~_t(x_t, x^_0) ||^2 / (2 beta~_t).
At t = 1, beta~_1 = 0, so the decoder uses sigma_1^2 = beta~_2 (improved-diffusion's clipped log
variance). Each L_{t-1} is one Monte-Carlo draw of x_t per image; the sum over t is complete.

L_0 puts probability on the 256 grey levels themselves, so the bound is a bound on a discrete
likelihood, in the same units as the image flow's dequantised bits/dim (itself an upper bound on
the discrete one): the two are comparable. The unconditional model (the null class) is scored:
log p(x), not log p(x | y).
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch

from core.families.ddpm import DDPM

LEVELS = 256
HALF_BIN = 1.0 / (LEVELS - 1)  # half the width of one grey level in [-1, 1] (levels 2/255 apart)


@dataclass(frozen=True)
class VariationalBound:
    """Per-image bits/dim of the bound and where the bits go (all in bits/dim)."""

    bits_per_dim: np.ndarray  # (N,) the whole bound per image
    prior: float  # mean L_T
    decoder: float  # mean L_0
    per_step: np.ndarray  # (T,) mean L_{t-1} for t = 1 ... T (index 0: L_0, the decoder)

    @property
    def mean(self) -> float:
        return float(self.bits_per_dim.mean())

    @property
    def standard_error(self) -> float:
        return float(self.bits_per_dim.std(ddof=1) / math.sqrt(len(self.bits_per_dim)))


def _standard_normal_cdf(x: torch.Tensor) -> torch.Tensor:
    return 0.5 * (1 + torch.erf(x / math.sqrt(2)))


def discretised_gaussian_log_likelihood(x0: torch.Tensor, mean: torch.Tensor, std: torch.Tensor) -> torch.Tensor:
    """log P(x_0) per pixel when x_0 (on the 256 levels of [-1, 1]) is N(mean, std^2) rounded to the
    nearest level: the mass of [x - 1/255, x + 1/255], with the two end bins open to -inf / +inf."""
    upper = _standard_normal_cdf((x0 - mean + HALF_BIN) / std)
    lower = _standard_normal_cdf((x0 - mean - HALF_BIN) / std)
    mass = torch.where(x0 < -0.999, upper, torch.where(x0 > 0.999, 1 - lower, upper - lower))
    return mass.clamp(min=1e-12).log()


@torch.no_grad()
def variational_bound(model: DDPM, images_uint8: np.ndarray, seed: int = 0, batch_size: int = 250,
                      progress: Callable[[int, int], None] | None = None) -> VariationalBound:
    """The bound of every image (uint8 (N, 28, 28)), all T terms each: N * T network evaluations."""
    model.eval()
    schedule = copy.deepcopy(model.schedule).double()  # a copy: the model's own tables stay float32
    T, device = schedule.T, next(model.parameters()).device
    x0_all = torch.as_tensor(np.asarray(images_uint8), dtype=torch.float64)[:, None] / 255 * 2 - 1
    n, dims = len(x0_all), x0_all[0].numel()
    generator = torch.Generator().manual_seed(seed)
    nats = torch.zeros(n, T + 1, dtype=torch.float64)  # column t: L_{t-1} (t >= 1); column 0: L_T
    # L_T = KL(N(sqrt(a_T) x_0, (1 - a_T) I) || N(0, I)) = 1/2 sum(a_T x_0^2 + (1 - a_T) - 1 - log(1 - a_T))
    a_T = schedule.alpha_bar[T]
    nats[:, 0] = 0.5 * (a_T * x0_all.pow(2) + (1 - a_T) - 1 - torch.log(1 - a_T)).flatten(1).sum(1)
    decoder_variance = schedule.posterior_variance[2]  # sigma_1^2 = beta~_2
    pairs = [(i, t) for i in range(n) for t in range(1, T + 1)]
    for start in range(0, len(pairs), batch_size):
        chunk = pairs[start:start + batch_size]
        index = torch.tensor([i for i, _ in chunk])
        t = torch.tensor([s for _, s in chunk])
        x0 = x0_all[index]
        noise = torch.randn(x0.shape, generator=generator, dtype=torch.float64)
        x_t = schedule.q_sample(x0, t, noise)  # x_t ~ q(x_t | x_0)
        null = torch.full((len(chunk),), model.null_class, dtype=torch.long)
        eps = model.unet(x_t.float().to(device), t.to(device), null.to(device)).double().cpu()
        x0_hat = schedule.predict_x0(x_t, t, eps).clamp(-1, 1)  # as the sampler does
        model_mean, _ = schedule.q_posterior(x0_hat, x_t, t)  # mu~_t(x_t, x^_0)
        true_mean, variance = schedule.q_posterior(x0, x_t, t)  # mu~_t(x_t, x_0), beta~_t
        first = t == 1
        kl = ((true_mean - model_mean).pow(2) / (2 * variance.clamp(min=1e-30))).flatten(1).sum(1)  # L_{t-1}
        decoder = -discretised_gaussian_log_likelihood(x0, model_mean, decoder_variance.sqrt()).flatten(1).sum(1)  # L_0
        nats[index, t] = torch.where(first, decoder, kl)
        if progress is not None:
            progress(min(start + batch_size, len(pairs)), len(pairs))
    bits = nats / (dims * math.log(2))
    return VariationalBound(bits_per_dim=bits.sum(1).numpy(), prior=float(bits[:, 0].mean()),
                            decoder=float(bits[:, 1].mean()), per_step=bits[:, 1:].mean(0).numpy())
