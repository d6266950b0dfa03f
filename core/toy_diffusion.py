"""A DDPM on 2-D points: the image DDPM's scheduler (core/diffusion.py, unchanged) with a small MLP
as the noise predictor, so diffusion trains on the same 2-D targets as the toy GAN and flow and
the Compare page can measure every family's training stability on one ring.

    loss = E_{t, x_0, eps} || eps - eps_theta(x_t, t) ||^2,  x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps
Sampling: DDIM (eta = 0) over `steps` of the T = 1000 timesteps, without clipping x^_0 (the
image model clips to the pixel range [-1, 1]; points have no such range). Points are divided by
the target's root-mean-square coordinate first, so x_0 has about unit scale as the schedule assumes.
numpy in, numpy out at the boundary (points (N, 2) float32).
"""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from core.diffusion import NoiseSchedule
from core.models.unet import timestep_embedding
from core.toy2d import Target

EMBED = 32


class ToyDenoiser(nn.Module):
    """eps_theta(x_t, t): an MLP on [x_t, embedding of t]."""

    def __init__(self, hidden: int = 128):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2 + EMBED, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                                 nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 2))

    def forward(self, x_t: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        return self.net(torch.cat([x_t, timestep_embedding(t, EMBED)], 1))


class ToyDDPM:
    """Seeded: the same (target, seed) gives the same run."""

    def __init__(self, target: Target, seed: int = 0, lr: float = 1e-3, batch_size: int = 128, timesteps: int = 1000):
        torch.manual_seed(seed)
        self.target, self.batch_size = target, batch_size
        self.scale = float(np.sqrt((target.anchors ** 2).mean()))  # root-mean-square coordinate
        self.schedule = NoiseSchedule(timesteps)
        self.model = ToyDenoiser()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.rng = np.random.default_rng(seed)
        self.noise = torch.Generator().manual_seed(seed)

    def train(self, steps: int) -> None:
        """`steps` Adam updates with the learning rate decayed to 0 by a cosine over them."""
        decay = torch.optim.lr_scheduler.CosineAnnealingLR(self.optimizer, steps)
        for _ in range(steps):
            x0 = torch.from_numpy(self.target.sample(self.batch_size, self.rng)) / self.scale
            t = torch.randint(1, self.schedule.T + 1, (self.batch_size,), generator=self.noise)
            eps = torch.randn(x0.shape, generator=self.noise)
            loss = F.mse_loss(self.model(self.schedule.q_sample(x0, t, eps), t), eps)  # || eps - eps_theta ||^2
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            self.optimizer.step()
            decay.step()

    @torch.no_grad()
    def samples(self, n: int = 2500, seed: int = 12345, steps: int = 50) -> np.ndarray:
        """DDIM from x_T ~ N(0, I) over `steps` timesteps, back in the target's units."""
        generator = torch.Generator().manual_seed(seed)
        x = torch.randn((n, 2), generator=generator)
        timesteps = self.schedule.ddim_timesteps(steps)
        for i, t in enumerate(timesteps):
            eps = self.model(x, torch.full((n,), t, dtype=torch.long))
            t_prev = timesteps[i + 1] if i + 1 < len(timesteps) else 0
            x = self.schedule.ddim_step(eps, t, t_prev, x, clip=False).prev_sample
        return (x * self.scale).numpy().astype(np.float32)
