"""A small UNet that predicts the noise in an image: eps_theta(x_t, t, y) (concept C13).

It knows nothing about the noise schedule (diffusers' split; core/diffusion.py is the
scheduler): it gets a noisy image, an integer timestep and a class, and returns a tensor of the
image's shape. The class embedding has one extra row, the *null class* (index num_classes):
trained with label dropout, the same network predicts both eps(x_t, t, y) and the unconditional
eps(x_t, t, null), which is what classifier-free guidance mixes (core/families/ddpm.py).

Shape: 28x28 -> 14x14 -> 7x7 and back, with skip connections; each level has `blocks`
residual blocks whose GroupNorm output is scaled and shifted by the time + class embedding.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class UNetConfig:
    base_channels: int = 32
    channel_mults: tuple[int, ...] = (1, 2, 2)  # channels at 28x28, 14x14, 7x7 = base x mult
    blocks: tuple[int, ...] = (1, 1, 1)  # residual blocks per level on the way down (one more on the way up)
    embed_dim: int = 128  # width of the time + class embedding
    num_classes: int = 10  # the null class is index num_classes
    groups: int = 8  # GroupNorm groups


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    """Sinusoidal embedding of integer timesteps (Vaswani et al.; Ho et al.): (N,) -> (N, dim)."""
    half = dim // 2
    frequencies = torch.exp(-math.log(10000) * torch.arange(half, device=t.device) / half)
    angles = t.float()[:, None] * frequencies[None]
    return torch.cat([angles.sin(), angles.cos()], dim=1)


class ResBlock(nn.Module):
    """GroupNorm -> SiLU -> conv, then GroupNorm scaled and shifted by the embedding -> SiLU -> conv, + skip."""

    def __init__(self, cin: int, cout: int, embed_dim: int, groups: int):
        super().__init__()
        self.norm1 = nn.GroupNorm(math.gcd(groups, cin), cin)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.embed = nn.Linear(embed_dim, 2 * cout)
        self.norm2 = nn.GroupNorm(math.gcd(groups, cout), cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.silu(self.norm1(x)))
        scale, shift = self.embed(emb)[:, :, None, None].chunk(2, dim=1)
        h = self.conv2(F.silu(self.norm2(h) * (1 + scale) + shift))
        return h + self.skip(x)


class UNet(nn.Module):
    """eps_theta(x_t, t, y): x_t (N, 1, 28, 28), t (N,) integer timesteps, y (N,) classes
    (num_classes = the null class) -> predicted noise (N, 1, 28, 28)."""

    def __init__(self, config: UNetConfig | None = None):
        super().__init__()
        self.config = config = config or UNetConfig()
        e, g = config.embed_dim, config.groups
        widths = [config.base_channels * m for m in config.channel_mults]
        self.time_mlp = nn.Sequential(nn.Linear(e, e), nn.SiLU(), nn.Linear(e, e))
        self.class_embedding = nn.Embedding(config.num_classes + 1, e)  # + the null class
        self.stem = nn.Conv2d(1, widths[0], 3, padding=1)
        self.down, self.downsample = nn.ModuleList(), nn.ModuleList()
        skips, channels = [widths[0]], widths[0]
        for level, width in enumerate(widths):
            blocks = nn.ModuleList()
            for _ in range(config.blocks[level]):
                blocks.append(ResBlock(channels, width, e, g))
                channels = width
                skips.append(channels)
            self.down.append(blocks)
            last = level == len(widths) - 1
            self.downsample.append(nn.Identity() if last else nn.Conv2d(channels, channels, 3, stride=2, padding=1))
            if not last:
                skips.append(channels)
        self.middle = ResBlock(channels, channels, e, g)
        self.up, self.upsample = nn.ModuleList(), nn.ModuleList()
        for level, width in reversed(list(enumerate(widths))):
            blocks = nn.ModuleList()
            for _ in range(config.blocks[level] + 1):
                blocks.append(ResBlock(channels + skips.pop(), width, e, g))
                channels = width
            self.up.append(blocks)
            self.upsample.append(nn.Identity() if level == 0 else
                                 nn.Sequential(nn.Upsample(scale_factor=2, mode="nearest"),
                                               nn.Conv2d(channels, channels, 3, padding=1)))
        self.head = nn.Sequential(nn.GroupNorm(math.gcd(g, channels), channels), nn.SiLU(), nn.Conv2d(channels, 1, 3, padding=1))
        nn.init.zeros_(self.head[-1].weight)  # start by predicting eps = 0
        nn.init.zeros_(self.head[-1].bias)

    def forward(self, x: torch.Tensor, t: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        emb = self.time_mlp(timestep_embedding(t, self.config.embed_dim)) + self.class_embedding(y)
        h = self.stem(x)
        skips = [h]
        for blocks, downsample in zip(self.down, self.downsample):
            for block in blocks:
                h = block(h, emb)
                skips.append(h)
            if not isinstance(downsample, nn.Identity):
                h = downsample(h)  # 28 -> 14 -> 7
                skips.append(h)
        h = self.middle(h, emb)
        for blocks, upsample in zip(self.up, self.upsample):
            for block in blocks:
                h = block(torch.cat([h, skips.pop()], dim=1), emb)
            h = upsample(h)  # 7 -> 14 -> 28
        return self.head(h)
