"""2-D flows on the toy densities: training, checkpoints, and what the 2-D flow page shows.

These are not image models, so they live outside the registry (core.registry.KINDS is for
28×28 image kinds): each density has its own small checkpoint, `checkpoints/flow2d_KEY.safetensors`
with the usual JSON sidecar, reproduced by

    python -m core.toy_flow --density all          # or one of: moons ring checkerboard rings

Contract (as core/latent.py): numpy in, numpy out; points are float (N, 2); log densities in
nats. Layers are numbered in the normalizing direction, k = 1 ... K, from data x = h_0 to
z = h_K: log p(x) = log N(z; 0, I) + Σ_k log|det ∂h_k/∂h_{k-1}|. Sampling runs them backwards.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from core.checkpoints import load_outside_registry, save_checkpoint
from core.data import checkpoint_directory
from core.models.flow import Flow2D, Flow2DConfig, standard_normal_log_prob
from core.toy_densities import TOY_DENSITIES, toy_samples

KIND = "flow2d"  # checkpoint files: flow2d_<density>.*


@dataclass
class ToyTrainArgs:
    steps: int = 4000
    batch_size: int = 512
    lr: float = 2e-3
    seed: int = 0


TEST_SEED, TEST_POINTS = 12345, 20_000  # a fixed held-out sample for every density

# What the shipped checkpoints used, per density. The ring's eight narrow modes need more and
# wider layers (12 layers of 96 left 0.19 nats between the flow and the true density).
TRAIN_DEFAULTS: dict[str, tuple[ToyTrainArgs, Flow2DConfig]] = {
    "ring": (ToyTrainArgs(steps=8000, lr=1e-3), Flow2DConfig(layers=16, hidden=128)),
}


def training_defaults(density: str) -> tuple[ToyTrainArgs, Flow2DConfig]:
    return TRAIN_DEFAULTS.get(density, (ToyTrainArgs(), Flow2DConfig()))


def rebuild_command(density: str) -> str:
    return f"python -m core.toy_flow --density {density}"


def fit_flow2d(sample: Callable[[int, np.random.Generator], np.ndarray], args: ToyTrainArgs = ToyTrainArgs(),
               config: Flow2DConfig = Flow2DConfig(), log_every: int = 0, label: str = "") -> Flow2D:
    """Maximum likelihood on fresh samples every step (Adam, cosine decay), from `sample(n, rng)`."""
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    model = Flow2D(config)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, args.steps)
    for step in range(args.steps):
        x = torch.from_numpy(sample(args.batch_size, rng))
        loss = -model.log_prob(x).mean()  # maximise the exact log-likelihood
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 10.0)
        optimizer.step()
        scheduler.step()
        if log_every and (step + 1) % log_every == 0:
            print(f"{label} step {step + 1}/{args.steps}: −log p = {loss.item():.3f}", flush=True)
    return model.eval()


def train_toy_flow(density: str, args: ToyTrainArgs = ToyTrainArgs(), config: Flow2DConfig = Flow2DConfig(),
                   out_dir: Path | None = None, log_every: int = 500) -> dict:
    """Fit one density's flow; write the checkpoint and return its metrics (test negative
    log-likelihood, and the true density's where known)."""
    started = time.time()
    model = fit_flow2d(TOY_DENSITIES[density].sample, args, config, log_every, label=f"{KIND}/{density}")
    train_seconds = time.time() - started
    metrics = evaluate_toy_flow(model, density)
    _, sidecar_path = save_checkpoint(model, KIND, density, train_args=dict(dataclasses.asdict(args), device="cpu"),
                                      metrics=metrics, train_seconds=train_seconds, directory=out_dir)
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["rebuild"] = rebuild_command(density)  # not core.train: the 2-D flows are not registry kinds
    sidecar_path.write_text(json.dumps(sidecar, indent=2) + "\n")
    print(f"{KIND}/{density}: {metrics} in {train_seconds:.0f} s", flush=True)
    return metrics


@torch.no_grad()
def evaluate_toy_flow(model: Flow2D, density: str) -> dict:
    """Test negative log-likelihood on a fixed held-out sample, the true one where the density has
    a closed form, and ∫ p over the page's view (should be ~1)."""
    test = toy_samples(density, TEST_POINTS, TEST_SEED)
    metrics = {"test_nll_nats": round(float(-log_density(model, test).mean()), 4)}
    true = TOY_DENSITIES[density].true_log_density
    if true is not None:
        metrics["true_nll_nats"] = round(float(-true(test).mean()), 4)
    metrics["integral_on_view"] = round(density_integral(model, TOY_DENSITIES[density].view), 4)
    return metrics


def load_toy_flow(density: str, directory: str | Path | None = None) -> tuple[Flow2D, dict]:
    """(model.eval(), sidecar) of a shipped 2-D flow; CheckpointError names the rebuild command."""
    return load_outside_registry(KIND, density, lambda config: Flow2D(Flow2DConfig(**config)), rebuild_command(density), directory)


# ------------------------------------------------------------------------------------------
# What the page shows (numpy in, numpy out)
# ------------------------------------------------------------------------------------------

@torch.no_grad()
def log_density(model: Flow2D, points: np.ndarray, batch_size: int = 65536) -> np.ndarray:
    """Exact log p(x) for points (N, 2) -> (N,) nats."""
    x = torch.as_tensor(np.asarray(points, dtype=np.float32))
    return torch.cat([model.log_prob(chunk) for chunk in x.split(batch_size)]).double().numpy()


def density_grid(model: Flow2D, view: float, resolution: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """(log p on a resolution² grid of cell centres over [-view, view]², row 0 at the top (y = +view);
    the cell centres' coordinates (resolution,))."""
    centres = -view + (np.arange(resolution) + 0.5) * (2 * view / resolution)
    xx, yy = np.meshgrid(centres, centres[::-1])
    values = log_density(model, np.stack([xx.ravel(), yy.ravel()], 1)).reshape(resolution, resolution)
    return values, centres


def density_integral(model: Flow2D, view: float, resolution: int = 400) -> float:
    """∫ p(x) dx over [-view, view]² by the midpoint rule: 1 if the flow's mass lies in the view."""
    values, _ = density_grid(model, view, resolution)
    return float(np.exp(values).sum() * (2 * view / resolution) ** 2)


@dataclass
class LayerBreakdown:
    """log p(x) = log N(z) + Σ_k log|det J_k| for one point, layer by layer."""

    states: np.ndarray  # (K + 1, 2): h_0 = x, ..., h_K = z
    log_dets: np.ndarray  # (K,): log|det ∂h_k/∂h_{k-1}| = s_k(kept coordinate)
    kept: np.ndarray  # (K,): which coordinate layer k keeps (0: x₁, 1: x₂)
    shifts: np.ndarray  # (K,): t_k(kept coordinate)
    log_prior: float  # log N(z; 0, I)

    @property
    def log_p(self) -> float:
        return float(self.log_prior + self.log_dets.sum())


@torch.no_grad()
def layer_breakdown(model: Flow2D, point) -> LayerBreakdown:
    """Carry one point x through every layer and record each layer's log|det| (= its s), t and input."""
    x = torch.tensor([point], dtype=torch.float32)
    states, log_dets = model.forward_with_steps(x)
    kept = np.array([layer.keep for layer in model.layers])
    shifts = np.array([layer.scale_shift(state[:, layer.keep])[1].item() for layer, state in zip(model.layers, states[:-1])])
    return LayerBreakdown(torch.cat(states).double().numpy(), log_dets[0].double().numpy(), kept, shifts,
                          float(standard_normal_log_prob(states[-1]).item()))


@dataclass
class LayerFrames:
    """Points and grid lines carried from the base Gaussian through the inverse layers.

    points: (K + 1, N, 2): frame j = after j inverse layers (frame 0: z ~ N(0, I); frame K: samples x)
    lines: (K + 1, L, M, 2): L grid lines of M points each, drawn in z space at frame 0
    log_det: (K + 1, N): accumulated log|det ∂h/∂z| of the inverse layers so far (frame 0: 0)
    z: (N, 2) the base points (colour them by their angle to show where each part of N(0, I) goes)
    """

    points: np.ndarray
    lines: np.ndarray
    log_det: np.ndarray
    z: np.ndarray


@torch.no_grad()
def layer_frames(model: Flow2D, n: int, seed: int, temperature: float = 1.0, grid_lines: int = 13,
                 grid_extent: float = 3.0, grid_points: int = 120) -> LayerFrames:
    """Seeded z ~ N(0, T² I) and a square grid over [-extent, extent]² in z space, carried layer by layer to data space."""
    generator = torch.Generator().manual_seed(seed)
    z = temperature * torch.randn(n, 2, generator=generator)
    levels = torch.linspace(-grid_extent, grid_extent, grid_lines)
    along = torch.linspace(-grid_extent, grid_extent, grid_points)
    vertical = torch.stack([levels[:, None].expand(-1, grid_points), along[None].expand(grid_lines, -1)], -1)
    lines = torch.cat([vertical, vertical.flip(-1)])  # x = c lines, then y = c lines: (L, M, 2)
    everything = torch.cat([z, lines.reshape(-1, 2)])
    points, log_det, total = [everything], [torch.zeros(len(everything))], torch.zeros(len(everything))
    h = everything
    for layer in reversed(model.layers):
        h, step_log_det = layer.inverse(h)  # log|det ∂x₂/∂y₂| = −s
        total = total + step_log_det
        points.append(h)
        log_det.append(total)
    stacked = torch.stack(points).numpy()
    return LayerFrames(stacked[:, :n], stacked[:, n:].reshape(len(points), *lines.shape),
                       torch.stack(log_det)[:, :n].numpy(), z.numpy())


@torch.no_grad()
def coupling_functions(model: Flow2D, layer: int, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """s_k and t_k of layer k (1-based) at values of its kept coordinate: inputs (M,) -> (s (M,), t (M,))."""
    s, t = model.layers[layer - 1].scale_shift(torch.as_tensor(np.asarray(inputs, dtype=np.float32)))
    return s.double().numpy(), t.double().numpy()


@torch.no_grad()
def layer_inputs(model: Flow2D, points: np.ndarray) -> np.ndarray:
    """The input h_{k-1} of every layer for data points: (K, N, 2)."""
    states, _ = model.forward_with_steps(torch.as_tensor(np.asarray(points, dtype=np.float32)))
    return torch.stack(states[:-1]).numpy()


@torch.no_grad()
def sample_toy_flow(model: Flow2D, n: int, seed: int, temperature: float = 1.0) -> np.ndarray:
    """x = f⁻¹(z), z ~ N(0, T² I), seeded: (n, 2)."""
    return model.sample(n, torch.Generator().manual_seed(seed), temperature).numpy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--density", choices=[*TOY_DENSITIES, "all"], default="all")
    parser.add_argument("--steps", type=int, help="override the density's default number of steps")
    parser.add_argument("--out-dir", type=Path, default=None, help="default: checkpoints/")
    options = parser.parse_args(argv)
    for density in TOY_DENSITIES if options.density == "all" else [options.density]:
        args, config = training_defaults(density)
        if options.steps:
            args = dataclasses.replace(args, steps=options.steps)
        train_toy_flow(density, args, config, out_dir=options.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
