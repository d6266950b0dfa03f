"""The normalizing-flow family on images (concepts C10, C11): trained by maximising the exact
log-likelihood of dequantised images, evaluated in bits/dim on the test split, sampled by
running the flow backwards from z ~ N(0, T² I).

Frames: the sample after each inverted coupling layer, from the Gaussian z (shown through the
inverse squeeze and logit, so it looks like noise) to the image (the last frame)."""
from __future__ import annotations

import math

import numpy as np
import torch

from core.family import SampleOption, Samples, TrainArgs, to_uint8_images
from core.models.flow import ImageFlow

DEFAULT_TEMPERATURE = 1.0  # the model as trained. Glow samples at T = 0.7; the 16-epoch MNIST flow then collapsed onto
# the easiest classes (69 % of 500 samples were 1s and 7s), the 48-epoch one keeps 8.7 of 10 classes (1s and 7s 39 %)


class FlowTrainer:
    """Adam with a linear warm-up and a cosine decay, gradient norm clipped: the loss is
    bits/dim of a freshly dequantised batch, −log p(x) in bits per pixel."""

    def __init__(self, model: ImageFlow, args: TrainArgs, total_steps: int, generator: torch.Generator):
        self.model, self.generator = model, generator
        self.optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
        warmup = max(1, min(200, total_steps // 10))
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(
            self.optimizer, lambda step: min(1.0, (step + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(step, total_steps) / total_steps)))

    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        self.model.train()
        bits = ImageFlow.bits_per_dim(self.model.log_prob(ImageFlow.dequantize(x, self.generator))).mean()
        self.optimizer.zero_grad(set_to_none=True)
        bits.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 100.0)
        self.optimizer.step()
        self.scheduler.step()
        return {"bits_per_dim": bits.item()}


@torch.no_grad()
def image_log_likelihood(model: ImageFlow, x: torch.Tensor, seed: int = 0, batch_size: int = 500) -> np.ndarray:
    """Per image: log p(x) in nats of one seeded dequantisation of images x in [0, 1] (N, 1, 28, 28)."""
    model.eval()
    generator = torch.Generator().manual_seed(seed)
    return torch.cat([model.log_prob(ImageFlow.dequantize(chunk, generator)) for chunk in x.split(batch_size)]).numpy()


def bits_per_dim(log_likelihood_nats: np.ndarray) -> np.ndarray:
    """log p (nats, dequantised [0, 1] scale) -> bits/dim on the 8-bit scale."""
    return (-np.asarray(log_likelihood_nats, dtype=np.float64) + 784 * math.log(256)) / (784 * math.log(2))


class FlowFamily:
    name = "flow"
    generative = True
    sample_options = (SampleOption("temperature", float, DEFAULT_TEMPERATURE, "z ~ N(0, T^2 I); T < 1: smoother, less varied"),)

    def trainer(self, model, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator):
        return FlowTrainer(model, args, total_steps, generator)

    @torch.no_grad()
    def evaluate(self, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        return {"test_bits_per_dim": round(float(bits_per_dim(image_log_likelihood(model, x)).mean()), 4)}

    @torch.no_grad()
    def sample(self, model, n: int, generator: torch.Generator, *, return_frames: bool = False,
               temperature: float = DEFAULT_TEMPERATURE) -> Samples:
        """x = f⁻¹(z), z ~ N(0, T² I). Frames: after each inverted coupling (first frame: z itself)."""
        model.eval()
        z = temperature * torch.randn(n, 16, 7, 7, generator=generator)
        steps = model.inverse_with_steps(z)
        images = to_uint8_images(steps[-1])
        frames = {"x": np.stack([to_uint8_images(step) for step in steps])} if return_frames else None
        return Samples(images=images, frames=frames, frame_steps=np.arange(len(steps)) if return_frames else None,
                       extras={"z": z.numpy()})
