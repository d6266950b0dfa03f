"""One exponential moving average of a network's weights, for every family that ships one (the
image GAN's generator, the DDPM's UNet, the live toy GAN's shown generator).

    theta_avg <- beta theta_avg + (1 - beta) theta,   beta = min(decay, (1 + t) / (10 + t))
The warm-up (1 + t) / (10 + t) gives the average a short memory early on, so it does not keep the
random initial weights for thousands of updates (the schedule of TensorFlow's ExponentialMovingAverage
with num_updates). Buffers (batch-norm statistics) are copied, not averaged.
"""
from __future__ import annotations

import torch
from torch import nn


def ema_beta(decay: float, updates: int) -> float:
    """beta after `updates` updates: the decay, shortened early on."""
    return min(decay, (1 + updates) / (10 + updates))


@torch.no_grad()
def update_average(average: nn.Module, current: nn.Module, decay: float, updates: int) -> None:
    beta = ema_beta(decay, updates)
    for averaged, weights in zip(average.parameters(), current.parameters()):
        averaged.lerp_(weights, 1 - beta)  # theta_avg <- beta theta_avg + (1 - beta) theta
    for averaged, buffer in zip(average.buffers(), current.buffers()):
        averaged.copy_(buffer)
