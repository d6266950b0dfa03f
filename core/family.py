"""The contract every model family fulfils, so training, sampling, loading and the pages can
loop over one registry instead of branching on model names.

A family gives three things (STYLE.md, "A model family, the shape to copy"):

* a **trainer**: owns its optimizers (one for an autoencoder, two for a GAN) and turns one batch
  into one update, returning the numbers worth logging;
* an **evaluation** on the test split: the metrics written to the checkpoint's sidecar;
* a **sampler** (generative families only): numpy out, and on request the intermediate frames a
  page scrubs through (x_t and the predicted x0 for diffusion, the output after layer k for a
  flow, ...), the way diffusers' `step()` returns both the previous sample and the predicted x0.

`core/train.py` and `core/sample.py` only loop, log, save and handle devices; everything that
differs between families lives behind this interface.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

import numpy as np
import torch


@dataclass
class TrainArgs:
    """Training settings; the registry holds, per kind and dataset, the ones the shipped checkpoint used."""

    epochs: int
    batch_size: int = 128
    lr: float = 1e-3
    seed: int = 0
    augment: bool = False
    # A family may train in stages (the image flow: uniform dequantisation, then its learned
    # dequantiser switched on, then a fine-tuning pass at a lower rate). Each later stage runs after
    # the one before, with a fresh trainer (its optimizer and schedule) and its own random stream
    # seeded with seed + stage, so it can also be resumed from a checkpoint saved after the earlier
    # stages (`python -m core.train ... --init-from DIR`) and give the same result.
    second_stage_epochs: int = 0
    third_stage_epochs: int = 0

    def stage_epochs(self) -> list[int]:
        """Epochs of each stage that runs, in order: [epochs], [epochs, second] or [epochs, second, third]."""
        if self.third_stage_epochs and not self.second_stage_epochs:
            raise ValueError("a third training stage needs a second one")
        return [self.epochs, self.second_stage_epochs, self.third_stage_epochs][:1 + bool(self.second_stage_epochs) + bool(self.third_stage_epochs)]


LATER_STAGE_EPOCHS = ("second_stage_epochs", "third_stage_epochs")  # TrainArgs fields, in stage order


def recorded_stage_epochs(train_args: dict) -> list[int]:
    """Epochs of each stage a sidecar's `train_args` records (TrainArgs.stage_epochs, from JSON)."""
    return [train_args.get("epochs")] + [train_args[key] for key in LATER_STAGE_EPOCHS if train_args.get(key)]


@dataclass(frozen=True)
class SampleOption:
    """A family-specific option of the sampler, exposed as `--name` by `python -m core.sample`."""

    name: str
    type: type
    default: Any
    help: str


@dataclass
class Samples:
    """What a sampler returns.

    images: uint8 (N, 28, 28), the final samples.
    labels: int64 (N,) for class-conditional samples, else None.
    frames: when asked for, name -> uint8 (F, N, 28, 28): what the sampler looked like at each of
            its F recorded steps; the last frame of `frames["x"]` equals `images`.
    frame_steps: (F,) the step each frame was recorded at (a timestep, a layer index, ...).
    extras: family-specific arrays a page may show (e.g. the latent codes z that were decoded).
    """

    images: np.ndarray
    labels: np.ndarray | None = None
    frames: dict[str, np.ndarray] | None = None
    frame_steps: np.ndarray | None = None
    extras: dict[str, np.ndarray] = field(default_factory=dict)


class Trainer(Protocol):
    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """One update from a batch: images x (B, 1, 28, 28) in [0, 1], labels y (B,)."""

    # Optional: `extras() -> {stem: {name: array}}`, what the run recorded besides the weights (a
    # GAN's training replay); core.train saves each as checkpoints/{kind}_{dataset}_{stem}.npz.


class Family(Protocol):
    name: str
    generative: bool
    sample_options: tuple[SampleOption, ...]

    def trainer(self, model: torch.nn.Module, args: TrainArgs, total_steps: int, dataset: str,
                generator: torch.Generator) -> Trainer: ...
    # Families that train in stages (`training_stages` > 1) also take `stage=1, 2, ...` (only then, so others need not);
    # kinds that declare `requires` (core.registry) also take `required={name: part}` (core.evaluate.required_parts).

    # Optional: `finish(model, x_train, y_train, generator, dry_run=False) -> dict`, a closed-form last step after the
    # stages (the image flow fits one Gaussian per class to its z); core.train runs it on CPU and records the dict.

    def evaluate(self, model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]: ...

    def sample(self, model: torch.nn.Module, n: int, generator: torch.Generator, *, return_frames: bool = False,
               **options) -> Samples: ...


class SingleOptimizerTrainer:
    """Adam with a one-cycle learning rate over the whole run: enough for every one-loss family.

    `loss_fn(x, y) -> (loss, logs)` is the family's objective for one batch.
    """

    def __init__(self, model: torch.nn.Module, args: TrainArgs, total_steps: int,
                 loss_fn: Callable[[torch.Tensor, torch.Tensor], tuple[torch.Tensor, dict[str, float]]]):
        self.model, self.loss_fn = model, loss_fn
        self.optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
        self.scheduler = torch.optim.lr_scheduler.OneCycleLR(self.optimizer, max_lr=args.lr,
                                                             total_steps=total_steps, pct_start=0.1)

    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        self.model.train()
        loss, logs = self.loss_fn(x, y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        self.scheduler.step()
        return logs


def to_uint8_images(x: torch.Tensor) -> np.ndarray:
    """Images in [0, 1], (N, 1, 28, 28) or (N, 28, 28) -> uint8 (N, 28, 28), rounded."""
    x = x.detach().float().cpu().reshape(-1, 28, 28)
    return (x.clamp(0, 1) * 255 + 0.5).to(torch.uint8).numpy()
