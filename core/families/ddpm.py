"""The DDPM family (concepts C12, C13, C15, C18): a class-conditional noise predictor trained with
label dropout, sampled by DDPM (ancestral, every step) or DDIM (any sub-sequence of steps), with
classifier-free guidance.

`DDPM` is the pipeline that puts the two halves together: `.unet` (core/models/unet.py, knows no
schedule) and `.schedule` (core/diffusion.py, knows no network). Only the UNet's weights are
stored; the schedule is rebuilt from (timesteps, schedule) in the config.

Guidance (Ho & Salimans 2022), with w the guidance scale:
    eps~ = (1 + w) eps_theta(x_t, t, y) - w eps_theta(x_t, t, null)
w = 0 is the plain conditional model; w > 0 moves along grad log p(y | x_t) of the model's own
implicit classifier, like sampling p(x) p(y | x)^(1 + w): an inverse temperature on the class.
"""
from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from core.diffusion import NoiseSchedule
from core.ema import update_average
from core.family import SampleOption, Samples, SingleOptimizerTrainer, TrainArgs, to_uint8_images
from core.models.unet import UNet, UNetConfig

SAMPLERS = ("ddim", "ddpm")
EPS_DISPLAY_RANGE = 3.0  # predicted noise is shown with [-3, 3] mapped to black ... white


@dataclass
class DDPMConfig:
    base_channels: int = 16
    channel_mults: tuple[int, ...] = (1, 2, 4)
    blocks: tuple[int, ...] = (0, 1, 1)  # no residual block at 28x28 on the way down: the speed target
    embed_dim: int = 128
    num_classes: int = 10
    timesteps: int = 1000  # T
    schedule: str = "linear"
    label_dropout: float = 0.1  # share of training images shown with the null class (for guidance)
    ema_decay: float = 0.995  # the saved weights are this exponential moving average of the trained ones

    def unet_config(self) -> UNetConfig:
        return UNetConfig(self.base_channels, tuple(self.channel_mults), tuple(self.blocks), self.embed_dim,
                          self.num_classes)


class DDPM(nn.Module):
    """The noise predictor and its schedule; images enter as [0, 1] and are diffused in [-1, 1]."""

    def __init__(self, config: DDPMConfig | None = None):
        super().__init__()
        self.config = config = config or DDPMConfig()
        self.unet = UNet(config.unet_config())
        self.schedule = NoiseSchedule(config.timesteps, config.schedule)

    @property
    def null_class(self) -> int:
        return self.config.num_classes

    def guided_eps(self, x_t: torch.Tensor, t: int, labels: torch.Tensor | None, guidance: float) -> torch.Tensor:
        """eps~ for a batch at one timestep. labels None: unconditional (the null class).
        With guidance, the conditional and unconditional predictions share one batched call."""
        n = len(x_t)
        steps = torch.full((n,), t, device=x_t.device, dtype=torch.long)
        null = torch.full((n,), self.null_class, device=x_t.device, dtype=torch.long)
        if labels is None:
            return self.unet(x_t, steps, null)
        if guidance == 0:
            return self.unet(x_t, steps, labels)
        eps_cond, eps_uncond = self.unet(torch.cat([x_t, x_t]), torch.cat([steps, steps]),
                                         torch.cat([labels, null])).chunk(2)
        return (1 + guidance) * eps_cond - guidance * eps_uncond  # eps~ = (1 + w) eps(y) - w eps(null)

    def loss(self, x: torch.Tensor, y: torch.Tensor, generator: torch.Generator) -> tuple[torch.Tensor, dict[str, float]]:
        """The simple objective of Ho et al.: E_{t, x_0, eps} || eps - eps_theta(x_t, t, y) ||^2,
        with t ~ U{1, ..., T}, eps ~ N(0, I), x_t = q_sample(x_0, t, eps), and y replaced by the
        null class with probability `label_dropout`. x: (B, 1, 28, 28) in [0, 1]."""
        n, device = len(x), x.device
        x0 = x * 2 - 1  # [0, 1] -> [-1, 1]
        t = torch.randint(1, self.config.timesteps + 1, (n,), generator=generator).to(device)
        noise = torch.randn(x0.shape, generator=generator).to(device)
        drop = (torch.rand(n, generator=generator) < self.config.label_dropout).to(device)
        y = torch.where(drop, torch.full_like(y, self.null_class), y)
        x_t = self.schedule.q_sample(x0, t, noise)
        loss = F.mse_loss(self.unet(x_t, t, y), noise)
        return loss, {"eps_mse": loss.item()}


class EMATrainer(SingleOptimizerTrainer):
    """Adam + one-cycle (the shared trainer), plus an exponential moving average of the weights that
    replaces the trained weights after the last step, so the checkpoint holds the average."""

    def __init__(self, model: DDPM, args: TrainArgs, total_steps: int, generator: torch.Generator):
        super().__init__(model, args, total_steps, lambda x, y: model.loss(x, y, generator))
        self.ema = copy.deepcopy(model.unet).eval().requires_grad_(False)
        self.decay, self.total_steps, self.steps = model.config.ema_decay, total_steps, 0

    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        logs = super().step(x, y)
        self.steps += 1
        update_average(self.ema, self.model.unet, self.decay, self.steps)  # core/ema.py, with its warm-up
        if self.steps == self.total_steps:
            self.model.unet.load_state_dict(self.ema.state_dict())
        return logs


def _labels_tensor(label, n: int) -> torch.Tensor | None:
    """None -> None (unconditional); an int -> n copies; a sequence -> those labels (length n)."""
    if label is None:
        return None
    if isinstance(label, (int, np.integer)):
        return torch.full((n,), int(label), dtype=torch.long)
    labels = torch.as_tensor(np.asarray(label), dtype=torch.long).reshape(-1)
    if len(labels) != n:
        raise ValueError(f"{len(labels)} labels for {n} samples")
    return labels


def to_display(x: torch.Tensor, scale: float = 1.0) -> np.ndarray:
    """[-scale, scale] -> uint8 (N, 28, 28), clipped (x_t and x^_0 with scale 1, eps with EPS_DISPLAY_RANGE)."""
    return to_uint8_images((x / scale + 1) / 2)


class DDPMFamily:
    name = "ddpm"
    generative = True
    sample_options = (
        SampleOption("label", int, None, "class to generate (no --label: unconditional)"),
        SampleOption("guidance", float, 0.0, "classifier-free guidance scale w: eps = (1 + w) eps(y) - w eps(null)"),
        SampleOption("steps", int, 50, "number of denoising steps (DDPM always takes all T)"),
        SampleOption("sampler", str, "ddim", "ddim (any number of steps) or ddpm (ancestral, all T steps)"),
        SampleOption("eta", float, 0.0, "ddim only: 0 deterministic; 1 adds DDPM's posterior noise at each of the "
                     "`steps` steps (the ancestral sampler on a respaced schedule)"),
    )

    def trainer(self, model: DDPM, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator):
        return EMATrainer(model, args, total_steps, generator)

    @torch.no_grad()
    def evaluate(self, model: DDPM, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """The training objective on the test split (a fixed draw of t and eps), conditional and with
        the null class: how well the network predicts the noise it never saw."""
        model.eval()
        generator = torch.Generator().manual_seed(0)
        conditional = [model.loss(chunk_x, chunk_y, generator)[0].item() * len(chunk_x)
                       for chunk_x, chunk_y in zip(x.split(500), y.split(500))]
        return {"test_eps_mse": round(sum(conditional) / len(x), 4)}

    @torch.no_grad()
    def sample(self, model: DDPM, n: int, generator: torch.Generator, *, return_frames: bool = False,
               label: int | Sequence[int] | None = None, guidance: float = 0.0, steps: int = 50,
               sampler: str = "ddim", eta: float = 0.0, frame_every: int = 1,
               callback: Callable[[int, int, int, torch.Tensor, torch.Tensor], None] | None = None) -> Samples:
        """Run the reverse chain from x_T ~ N(0, I) (drawn first from `generator`).

        label: None (unconditional), a class, or one class per sample. sampler "ddpm": all T
        ancestral steps (`steps` ignored); "ddim": `steps` evenly spaced timesteps, with noise of
        scale eta (0: deterministic; 1: the posterior noise of the respaced chain, i.e. DDPM's
        ancestral sampler over those steps, Song et al. 2021 eq. 16).
        Frames (when asked; every `frame_every`-th step, plus the first and the last): "x" the
        sample x_t, "eps" the guided predicted noise, "x0" the predicted x^_0, uint8 (F, N, 28, 28);
        frame_steps holds each frame's t, ending with 0 (the final images, eps and x0 of the last step).
        callback(step, total, t, x_t, x0) after every step, for live progress.
        """
        if sampler not in SAMPLERS:
            raise ValueError(f"unknown sampler {sampler!r}; choose one of {SAMPLERS}")
        if not 0.0 <= eta <= 1.0 or (eta and sampler != "ddim"):
            raise ValueError(f"eta must be in [0, 1] and goes with the ddim sampler (got {eta} with {sampler})")
        model.eval()
        schedule, device = model.schedule, next(model.parameters()).device
        labels = _labels_tensor(label, n)
        labels_device = labels.to(device) if labels is not None else None
        x = torch.randn((n, 1, 28, 28), generator=generator).to(device)  # x_T ~ N(0, I)
        timesteps = list(range(schedule.T, 0, -1)) if sampler == "ddpm" else schedule.ddim_timesteps(steps)
        frames: dict[str, list[np.ndarray]] = {"x": [], "eps": [], "x0": []}
        frame_steps: list[int] = []
        for i, t in enumerate(timesteps):
            eps = model.guided_eps(x, t, labels_device, guidance)
            if sampler == "ddpm":
                out = schedule.ddpm_step(eps, t, x, generator)
            else:
                t_prev = timesteps[i + 1] if i + 1 < len(timesteps) else 0
                out = schedule.ddim_step(eps, t, t_prev, x, eta, generator)
            if return_frames and (i % frame_every == 0 or i == len(timesteps) - 1):
                frames["x"].append(to_display(x))
                frames["eps"].append(to_display(eps, EPS_DISPLAY_RANGE))
                frames["x0"].append(to_display(out.pred_original_sample))
                frame_steps.append(t)
            x = out.prev_sample
            if callback is not None:
                callback(i + 1, len(timesteps), t, x, out.pred_original_sample)
        images = to_display(x)
        if return_frames:
            frames["x"].append(images)
            frames["eps"].append(frames["eps"][-1])
            frames["x0"].append(frames["x0"][-1])
            frame_steps.append(0)
        return Samples(images=images, labels=None if labels is None else labels.numpy(),
                       frames={k: np.stack(v) for k, v in frames.items()} if return_frames else None,
                       frame_steps=np.array(frame_steps) if return_frames else None,
                       extras={"timesteps": np.array(timesteps)})


def sampler_arguments(sampler: str, steps: int, timesteps: int = 1000) -> dict:
    """The sampler arguments of a (sampler, steps) choice: "ddpm" with fewer than T steps is the
    ancestral sampler on a respaced chain, which is DDIM's update with eta = 1."""
    if sampler == "ddpm" and steps < timesteps:
        return {"sampler": "ddim", "steps": steps, "eta": 1.0}
    return {"sampler": sampler, "steps": steps}


def reference_config() -> DDPMConfig:
    """The speed benchmark's reference (issue: 32 base channels, multipliers 1-2-4, ~2 M parameters)."""
    return dataclasses.replace(DDPMConfig(), base_channels=32, channel_mults=(1, 2, 4), blocks=(1, 1, 1))
