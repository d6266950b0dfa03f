"""A small DCGAN for 28x28 images (concept C8): a generator G that maps noise z ~ N(0, I) to an
image, and a discriminator D, a binary classifier "real or generated?" that outputs a logit.

Kept small (G 0.39 M, D 0.04 M parameters) so that both datasets train on a 2-core CPU in
minutes; the shape follows pytorch/examples' dcgan: transposed convolutions up, strided
convolutions down, batch norm and ReLU in G, LeakyReLU in D. D differs from that example, as
measured on MNIST (60 epochs, 1,000 samples judged by the project classifier): with batch norm
in D (with or without the minibatch feature below) G drew 0s, 7s and 9s five to ten times as
often as 4s (smallest class 2.0-2.2 %, FID 331-336, mean max-softmax 0.91); with spectral norm
in D instead (Miyato et al., 2018), the minibatch-spread feature (Karras et al., 2018) and D at
twice G's learning rate, the smallest class is 5.3 % and FID 264, at a mean max-softmax of 0.88;
trained twice as long (120 epochs, the shipped one) 5.4 %, FID 194 and 0.906 (issue #7 asks 3 %
and 0.9). The losses and the alternating updates live in
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
    minibatch_std: bool = True  # D also sees how varied its batch is (an answer to mode collapse)
    spectral_norm: bool = True  # D's layers 1-Lipschitz (Miyato et al., 2018) instead of batch norm
    d_lr_factor: float = 2.0  # D's learning rate = factor x G's: a D held to 1-Lipschitz learns slower (TTUR, Heusel et al., 2017)
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


class MinibatchStd(nn.Module):
    """Appends one channel: the feature-wise standard deviation across the batch, averaged to one
    number (Karras et al., 2018). A generator that makes the same few digits gives batches less
    varied than real ones, and D can now see that; without it D judges one image at a time and
    nothing penalises dropping a class."""

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        spread = h.std(dim=0, unbiased=False).mean() if len(h) > 1 else h.new_zeros(())  # s = mean_{c,i,j} std_n h[n,c,i,j]
        return torch.cat([h, spread.expand(len(h), 1, *h.shape[2:])], 1)


class Discriminator(nn.Module):
    """images (N, 1, 28, 28) in [0, 1] -> logit of D(x) = P(x is real), (N,)."""

    def __init__(self, config: GANConfig):
        super().__init__()
        c = config.d_channels
        extra = int(config.minibatch_std)
        sn = nn.utils.parametrizations.spectral_norm if config.spectral_norm else (lambda layer: layer)
        self.net = nn.Sequential(
            sn(nn.Conv2d(1, c, 4, stride=2, padding=1)), nn.LeakyReLU(0.2),  # 28 -> 14
            sn(nn.Conv2d(c, 2 * c, 4, stride=2, padding=1)),
            *([] if config.spectral_norm else [nn.BatchNorm2d(2 * c)]), nn.LeakyReLU(0.2),  # 14 -> 7
            *([MinibatchStd()] if extra else []),
            nn.Flatten(), sn(nn.Linear((2 * c + extra) * 49, 1)),
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
