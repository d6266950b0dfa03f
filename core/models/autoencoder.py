"""Autoencoder and variational autoencoder with one shared conv backbone and a 2-D latent.

The latent is two-dimensional on purpose: the scatter plots on the pages show the true
latent space, not a projection of it. Both decoders are Bernoulli: they output logits and
are trained with binary cross-entropy, as in the seed articles (concept C6).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class AutoEncoderConfig:
    latent_dim: int = 2
    channels: int = 32  # width of the first conv layer; the second and third use 2x
    hidden: int = 128  # width of the fully connected layer next to the latent
    beta: float = 1.0  # KL weight of the VAE objective (ignored by the plain AE)


class Encoder(nn.Module):
    """x (N, 1, 28, 28) in [0, 1] -> features (N, hidden)."""

    def __init__(self, config: AutoEncoderConfig):
        super().__init__()
        c = config.channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c, 4, stride=2, padding=1), nn.SiLU(),  # 14x14
            nn.Conv2d(c, 2 * c, 4, stride=2, padding=1), nn.SiLU(),  # 7x7
            nn.Conv2d(2 * c, 2 * c, 3, stride=2, padding=1), nn.SiLU(),  # 4x4
            nn.Flatten(),
            nn.Linear(2 * c * 16, config.hidden), nn.SiLU(),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


class Decoder(nn.Module):
    """z (N, latent_dim) -> Bernoulli logits (N, 1, 28, 28). The decoder is the generator."""

    def __init__(self, config: AutoEncoderConfig):
        super().__init__()
        c = config.channels
        self.fc = nn.Sequential(
            nn.Linear(config.latent_dim, config.hidden), nn.SiLU(),
            nn.Linear(config.hidden, 2 * c * 16), nn.SiLU(),
        )
        self.net = nn.Sequential(
            nn.ConvTranspose2d(2 * c, 2 * c, 3, stride=2, padding=1), nn.SiLU(),  # 7x7
            nn.ConvTranspose2d(2 * c, c, 4, stride=2, padding=1), nn.SiLU(),  # 14x14
            nn.ConvTranspose2d(c, 1, 4, stride=2, padding=1),  # 28x28 logits
        )
        self.channels = 2 * c

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(self.fc(z).view(-1, self.channels, 4, 4))


class AutoEncoder(nn.Module):
    """Deterministic encoder -> bottleneck z -> decoder (concept C3).

    Nothing asks the codes to fill any particular region, so the latent space ends up
    spread out with empty gaps: decoding a point in a gap gives images unlike the data (C4).
    """

    def __init__(self, config: AutoEncoderConfig | None = None):
        super().__init__()
        self.config = config or AutoEncoderConfig()
        self.encoder = Encoder(self.config)
        self.to_latent = nn.Linear(self.config.hidden, self.config.latent_dim)
        self.decoder = Decoder(self.config)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        """x (N, 1, 28, 28) in [0, 1] -> z (N, latent_dim)."""
        return self.to_latent(self.encoder(x))

    def decode_logits(self, z: torch.Tensor) -> torch.Tensor:
        return self.decoder(z)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """z (N, latent_dim) -> mean image (N, 1, 28, 28) in [0, 1]."""
        return torch.sigmoid(self.decoder(z))

    def loss(self, x: torch.Tensor) -> tuple[torch.Tensor, dict[str, float]]:
        """Reconstruction cross-entropy in nats per image (Bernoulli decoder)."""
        logits = self.decode_logits(self.encode(x))
        reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
        return reconstruction, {"reconstruction": reconstruction.item()}


class VAE(AutoEncoder):
    """Encoder outputs q(z|x) = N(mu, sigma^2); trained on the ELBO (concepts C5, C6).

    ELBO = E_q[log p(x|z)] - KL(q(z|x) || N(0, I)). The KL term pulls every code towards the
    origin and gives it a width, so the codes pack densely around N(0, I) with no holes.
    """

    def __init__(self, config: AutoEncoderConfig | None = None):
        super().__init__(config)
        self.to_latent = nn.Linear(self.config.hidden, 2 * self.config.latent_dim)

    def encode_distribution(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x -> (mu, log sigma^2), each (N, latent_dim)."""
        mu, log_var = self.to_latent(self.encoder(x)).chunk(2, dim=1)
        return mu, log_var

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        """The mean of q(z|x): where the page draws an image on the latent plane."""
        return self.encode_distribution(x)[0]

    def elbo_terms(self, x: torch.Tensor, generator: torch.Generator | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Per-image (reconstruction cross-entropy, KL) in nats, shapes (N,), (N,).

        Reparameterisation: z = mu + sigma * eps, eps ~ N(0, I), so gradients flow to mu, sigma.
        """
        mu, log_var = self.encode_distribution(x)
        eps = torch.randn(mu.shape, generator=generator, device=mu.device) if generator is not None else torch.randn_like(mu)
        z = mu + torch.exp(0.5 * log_var) * eps
        logits = self.decode_logits(z)
        reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(1)
        # KL(N(mu, sigma^2) || N(0, 1)) = 1/2 * sum(mu^2 + sigma^2 - log sigma^2 - 1)
        kl = 0.5 * (mu.pow(2) + log_var.exp() - log_var - 1).sum(1)
        return reconstruction, kl

    def loss(self, x: torch.Tensor) -> tuple[torch.Tensor, dict[str, float]]:
        reconstruction, kl = self.elbo_terms(x)
        loss = reconstruction.mean() + self.config.beta * kl.mean()
        return loss, {"reconstruction": reconstruction.mean().item(), "kl": kl.mean().item()}
