"""A small DCGAN for 28x28 images (concept C8): a generator G that maps noise z ~ N(0, I) to an
image, and a discriminator D, a binary classifier "real or generated?" that outputs a logit.

Kept small (0.4 M parameters) so that both datasets train on a 2-core CPU in minutes; the
shape follows pytorch/examples' dcgan: transposed convolutions up, strided convolutions down,
batch norm, ReLU in G and LeakyReLU in D. The losses and the alternating updates live in
core/families/gan.py (the trainer), so this file is the networks only.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class GANConfig:
    latent_dim: int = 64  # size of the noise vector z
    g_channels: int = 48  # G: 2c channels at 7x7, c at 14x14
    d_channels: int = 32  # D: c channels at 14x14, 2c at 7x7
    dataset: str = "mnist"  # the data G imitates: which classifier judges its samples (set by the trainer)


class Generator(nn.Module):
    """z (N, latent_dim) -> images (N, 1, 28, 28) in [0, 1]."""

    def __init__(self, config: GANConfig):
        super().__init__()
        c = config.g_channels
        self.project = nn.Sequential(nn.Linear(config.latent_dim, 2 * c * 49), nn.BatchNorm1d(2 * c * 49), nn.ReLU())
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(2 * c, c, 4, stride=2, padding=1), nn.BatchNorm2d(c), nn.ReLU(),  # 7x7 -> 14x14
            nn.ConvTranspose2d(c, 1, 4, stride=2, padding=1),  # 14x14 -> 28x28
        )
        self.channels = 2 * c

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        h = self.project(z).view(len(z), self.channels, 7, 7)
        return torch.sigmoid(self.upsample(h))  # pixel intensities, the same range as the data


class Discriminator(nn.Module):
    """images (N, 1, 28, 28) in [0, 1] -> logit of D(x) = P(x is real), (N,)."""

    def __init__(self, config: GANConfig):
        super().__init__()
        c = config.d_channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c, 4, stride=2, padding=1), nn.LeakyReLU(0.2),  # 28 -> 14
            nn.Conv2d(c, 2 * c, 4, stride=2, padding=1), nn.BatchNorm2d(2 * c), nn.LeakyReLU(0.2),  # 14 -> 7
            nn.Flatten(), nn.Linear(2 * c * 49, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(1)


class GAN(nn.Module):
    """The pair, saved as one checkpoint (G is what samples; D is kept so a run can be inspected)."""

    def __init__(self, config: GANConfig | None = None):
        super().__init__()
        self.config = config = config or GANConfig()
        self.generator = Generator(config)
        self.discriminator = Discriminator(config)

    def generate(self, z: torch.Tensor) -> torch.Tensor:
        """z (N, latent_dim) -> images (N, 1, 28, 28) in [0, 1], G in eval mode (batch-norm running stats)."""
        return self.generate_with(self.generator, z)

    @staticmethod
    @torch.no_grad()
    def generate_with(generator: Generator, z: torch.Tensor) -> torch.Tensor:
        was_training = generator.training
        generator.eval()
        images = torch.cat([generator(chunk) for chunk in z.split(1000)])
        generator.train(was_training)
        return images
