"""The diffusion "scheduler" (concepts C12, C13, C18): noise schedules, the forward process in
closed form, the posterior q(x_{t-1} | x_t, x_0), and the reverse steps of DDPM and DDIM.

It knows nothing about the network (diffusers' split): every reverse step takes the noise
prediction eps_theta from outside and returns both the previous sample and the predicted x0.
The denoiser is core/models/unet.py; core/families/ddpm.py puts the two together.

Notation (one throughout, the same symbols as the pages):
    beta_t                    noise added at step t, t = 1 ... T
    alpha_t = 1 - beta_t
    alpha_bar_t = prod_{s<=t} alpha_s    (a product, with alpha_bar_0 = 1: x_0 is the clean image)
Every per-step table is indexed by t itself, 0 ... T (index 0 is "no noise": beta_0 = 0), so the
code reads like the paper. Images live in [-1, 1]. Tensors in, tensors out; the tables are
buffers, so `.to(device)` moves the whole schedule.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

SCHEDULES = ("linear", "cosine")


def linear_betas(T: int, beta_1: float = 1e-4, beta_T: float = 0.02) -> torch.Tensor:
    """Ho et al. (2020): beta_t rises linearly from beta_1 to beta_T (scaled for T != 1000). (T,)"""
    scale = 1000 / T
    return torch.linspace(scale * beta_1, scale * beta_T, T, dtype=torch.float64)


def cosine_betas(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    """Nichol & Dhariwal (2021): alpha_bar_t = f(t) / f(0), f(t) = cos^2(((t/T + s) / (1 + s)) pi/2);
    beta_t = 1 - alpha_bar_t / alpha_bar_{t-1}, clipped below 1. (T,)"""
    steps = torch.arange(T + 1, dtype=torch.float64)
    f = torch.cos(((steps / T + s) / (1 + s)) * math.pi / 2) ** 2
    alpha_bar = f / f[0]
    return (1 - alpha_bar[1:] / alpha_bar[:-1]).clamp(max=max_beta)


@dataclass
class StepOutput:
    """What one reverse step returns (diffusers' `step()`): x_{t-1} and the predicted x0 at step t."""

    prev_sample: torch.Tensor
    pred_original_sample: torch.Tensor


class NoiseSchedule(nn.Module):
    """beta_t, alpha_t, alpha_bar_t and the posterior coefficients for t = 0 ... T, as buffers."""

    def __init__(self, timesteps: int = 1000, schedule: str = "linear"):
        super().__init__()
        if schedule not in SCHEDULES:
            raise ValueError(f"unknown schedule {schedule!r}; choose one of {SCHEDULES}")
        self.T, self.schedule = timesteps, schedule
        betas = (linear_betas if schedule == "linear" else cosine_betas)(timesteps)
        beta = torch.cat([torch.zeros(1, dtype=torch.float64), betas])  # beta_0 = 0: index = t
        alpha = 1 - beta  # alpha_t = 1 - beta_t
        alpha_bar = torch.cumprod(alpha, 0)  # alpha_bar_t = prod_{s<=t} alpha_s, alpha_bar_0 = 1
        alpha_bar_prev = torch.cat([torch.ones(1, dtype=torch.float64), alpha_bar[:-1]])  # alpha_bar_{t-1}
        # Posterior q(x_{t-1} | x_t, x_0) = N(mu~_t, beta~_t I) (Ho et al. eq. 6-7):
        #   beta~_t = (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t) * beta_t
        #   mu~_t   = sqrt(alpha_bar_{t-1}) beta_t / (1 - alpha_bar_t) * x_0
        #           + sqrt(alpha_t) (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t) * x_t
        one_minus = (1 - alpha_bar).clamp(min=1e-20)  # t = 0 has no posterior; avoid 0/0 there
        posterior_variance = beta * (1 - alpha_bar_prev) / one_minus
        coef_x0 = alpha_bar_prev.sqrt() * beta / one_minus
        coef_xt = alpha.sqrt() * (1 - alpha_bar_prev) / one_minus
        for name, value in dict(beta=beta, alpha=alpha, alpha_bar=alpha_bar, alpha_bar_prev=alpha_bar_prev,
                                posterior_variance=posterior_variance, posterior_coef_x0=coef_x0,
                                posterior_coef_xt=coef_xt).items():
            # Not persistent: the schedule is rebuilt from (T, schedule) in the config, not stored.
            self.register_buffer(name, value.float(), persistent=False)

    @staticmethod
    def _at(table: torch.Tensor, t: torch.Tensor | int, like: torch.Tensor) -> torch.Tensor:
        """table[t] shaped to broadcast over a batch of images like `like` (N, C, H, W)."""
        t = torch.as_tensor(t, device=table.device).long()
        value = table[t]
        return value.reshape(-1, *([1] * (like.dim() - 1))) if value.dim() else value

    def snr(self) -> torch.Tensor:
        """Signal-to-noise ratio alpha_bar_t / (1 - alpha_bar_t), t = 1 ... T. (T,)"""
        return self.alpha_bar[1:] / (1 - self.alpha_bar[1:])

    # ---------------------------------------------------------------- forward process (C12)
    def q_sample(self, x0: torch.Tensor, t: torch.Tensor | int, noise: torch.Tensor) -> torch.Tensor:
        """x_t ~ q(x_t | x_0) in closed form: x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps."""
        a = self._at(self.alpha_bar, t, x0)
        return a.sqrt() * x0 + (1 - a).sqrt() * noise

    def q_step(self, x_prev: torch.Tensor, t: torch.Tensor | int, noise: torch.Tensor) -> torch.Tensor:
        """One forward step x_t ~ q(x_t | x_{t-1}) = N(sqrt(1 - beta_t) x_{t-1}, beta_t I)."""
        b = self._at(self.beta, t, x_prev)
        return (1 - b).sqrt() * x_prev + b.sqrt() * noise

    def q_posterior(self, x0: torch.Tensor, x_t: torch.Tensor, t: torch.Tensor | int) -> tuple[torch.Tensor, torch.Tensor]:
        """Mean mu~_t(x_t, x_0) and variance beta~_t of q(x_{t-1} | x_t, x_0) (formulas in __init__)."""
        mean = self._at(self.posterior_coef_x0, t, x_t) * x0 + self._at(self.posterior_coef_xt, t, x_t) * x_t
        return mean, self._at(self.posterior_variance, t, x_t)

    # ---------------------------------------------------------------- reverse process (C13)
    def predict_x0(self, x_t: torch.Tensor, t: torch.Tensor | int, eps: torch.Tensor) -> torch.Tensor:
        """x^_0 = (x_t - sqrt(1 - alpha_bar_t) eps_theta) / sqrt(alpha_bar_t): q_sample solved for x_0."""
        a = self._at(self.alpha_bar, t, x_t)
        return (x_t - (1 - a).sqrt() * eps) / a.sqrt()

    def ddpm_step(self, eps: torch.Tensor, t: int, x_t: torch.Tensor, generator: torch.Generator | None = None,
                  clip: bool = True) -> StepOutput:
        """Ancestral step x_t -> x_{t-1} ~ p_theta(x_{t-1} | x_t) = N(mu~_t(x_t, x^_0), sigma_t^2 I),
        with the fixed variance sigma_t^2 = beta~_t (so the last step, t = 1, adds no noise).

        Written through x^_0 (clipped to [-1, 1], the data range) and the posterior mean; without
        clipping this equals Ho et al.'s mu_theta = (x_t - beta_t / sqrt(1 - alpha_bar_t) eps) / sqrt(alpha_t).
        """
        x0 = self.predict_x0(x_t, t, eps)
        if clip:
            x0 = x0.clamp(-1, 1)
        mean, variance = self.q_posterior(x0, x_t, t)
        z = torch.randn(x_t.shape, generator=generator, device="cpu").to(x_t.device)  # CPU draws: same on any device
        return StepOutput(mean + variance.sqrt() * z if t > 1 else mean, x0)

    def ddim_step(self, eps: torch.Tensor, t: int, t_prev: int, x_t: torch.Tensor, eta: float = 0.0,
                  generator: torch.Generator | None = None, clip: bool = True) -> StepOutput:
        """DDIM (Song et al. 2021) from t to any earlier t_prev (t_prev = 0 gives the image):
            x_{t'} = sqrt(alpha_bar_{t'}) x^_0 + sqrt(1 - alpha_bar_{t'} - s^2) eps + s z,
            s = eta sqrt((1 - alpha_bar_{t'}) / (1 - alpha_bar_t)) sqrt(1 - alpha_bar_t / alpha_bar_{t'}).
        eta = 0: deterministic (the same noise always gives the same image); eta = 1 over every step: DDPM.
        """
        a_t = self._at(self.alpha_bar, t, x_t)
        a_prev = self._at(self.alpha_bar, t_prev, x_t)
        x0 = self.predict_x0(x_t, t, eps)
        if clip:
            x0 = x0.clamp(-1, 1)
            eps = (x_t - a_t.sqrt() * x0) / (1 - a_t).sqrt()  # the noise consistent with the clipped x^_0
        sigma = eta * ((1 - a_prev) / (1 - a_t)).sqrt() * (1 - a_t / a_prev).sqrt()
        prev = a_prev.sqrt() * x0 + (1 - a_prev - sigma ** 2).clamp(min=0).sqrt() * eps
        if eta > 0 and t_prev > 0:
            prev = prev + sigma * torch.randn(x_t.shape, generator=generator, device="cpu").to(x_t.device)
        return StepOutput(prev, x0)

    def ddim_timesteps(self, steps: int) -> list[int]:
        """`steps` timesteps from T down to 1, evenly spaced (T itself included, so sampling starts
        from pure noise); DDIM steps from each one to the next and from the last to t = 0."""
        steps = max(1, min(steps, self.T))
        return sorted({int(round(v)) for v in torch.linspace(self.T, 1, steps).tolist()}, reverse=True)
