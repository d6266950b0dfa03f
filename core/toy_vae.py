"""A VAE on 2-D points, so the VAE family trains on the same 2-D targets as the toy GAN, flow and
DDPM (the Compare page's stability measurement). A 2-D latent z, prior N(0, I), an encoder
q(z | x) = N(mu(x), diag sigma(x)^2) and a Gaussian decoder p(x | z) = N(m(z), s^2 I) whose one
noise scale s is learned, so the objective is a true ELBO in nats:

    ELBO = E_q[log p(x | z)] - KL(q(z | x) || N(0, I))   (reparameterised: z = mu + sigma * eps)
Samples are the model's own: z ~ N(0, I), x ~ p(x | z) (decoder noise included).
Training weights the KL term from 0 up to 1 over the first half of the steps (KL warm-up, Bowman et
al. 2016): without it the learned s grew to the data's whole spread (1.43) and the decoder ignored z
(posterior collapse) on all 5 seeds, 25 % of samples near a mode; with it s ends near the ring's
sigma and 72 % are (seed 0).
numpy in, numpy out at the boundary (points (N, 2) float32).
"""
from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from core.toy2d import Target


def _mlp(inputs: int, hidden: int, outputs: int) -> nn.Sequential:
    return nn.Sequential(nn.Linear(inputs, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                         nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, outputs))


class ToyVAE:
    """Seeded: the same (target, seed) gives the same run."""

    def __init__(self, target: Target, seed: int = 0, lr: float = 1e-3, batch_size: int = 128, hidden: int = 128):
        torch.manual_seed(seed)
        self.target, self.batch_size = target, batch_size
        self.scale = float(np.sqrt((target.anchors ** 2).mean()))
        self.encoder, self.decoder = _mlp(2, hidden, 4), _mlp(2, hidden, 2)
        self.log_s = nn.Parameter(torch.zeros(()))  # log of the decoder's noise scale s
        parameters = [*self.encoder.parameters(), *self.decoder.parameters(), self.log_s]
        self.optimizer = torch.optim.Adam(parameters, lr=lr)
        self.rng = np.random.default_rng(seed)
        self.noise = torch.Generator().manual_seed(seed)

    def elbo(self, x: torch.Tensor, kl_weight: float = 1.0) -> torch.Tensor:
        """Per point, in nats (x already in the model's units); kl_weight < 1 only during the warm-up."""
        mu, log_sigma = self.encoder(x).chunk(2, 1)
        z = mu + log_sigma.exp() * torch.randn(mu.shape, generator=self.noise)  # z = mu + sigma eps
        m = self.decoder(z)
        # log N(x; m, s^2 I) = -||x - m||^2 / (2 s^2) - 2 log s - log 2 pi
        log_likelihood = -((x - m) ** 2).sum(1) / (2 * (2 * self.log_s).exp()) - 2 * self.log_s - math.log(2 * math.pi)
        # KL(N(mu, sigma^2) || N(0, 1)) = 1/2 sum(mu^2 + sigma^2 - 1 - log sigma^2)
        kl = 0.5 * (mu ** 2 + (2 * log_sigma).exp() - 1 - 2 * log_sigma).sum(1)
        return log_likelihood - kl_weight * kl

    def train(self, steps: int, warmup: float = 0.5) -> None:
        """`steps` Adam updates on -ELBO, the KL weight rising linearly to 1 over the first `warmup` of them."""
        for step in range(steps):
            x = torch.from_numpy(self.target.sample(self.batch_size, self.rng)) / self.scale
            loss = -self.elbo(x, kl_weight=min(1.0, step / max(1, warmup * steps))).mean()
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            self.optimizer.step()

    @torch.no_grad()
    def samples(self, n: int = 2500, seed: int = 12345) -> np.ndarray:
        generator = torch.Generator().manual_seed(seed)
        z = torch.randn((n, 2), generator=generator)
        x = self.decoder(z) + self.log_s.exp() * torch.randn((n, 2), generator=generator)
        return (x * self.scale).numpy().astype(np.float32)
