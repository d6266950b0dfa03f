"""A score model on 2-D points (concept C14, seeds 002 / 003 "SBM"): a noise-conditional score
network s_theta(x, sigma) ~ grad_x log p_sigma(x), trained by denoising score matching over L noise
levels, and sampled by (annealed) Langevin dynamics. First step of the score-model page.

    p_sigma = p * N(0, sigma^2 I)                    the data density blurred at noise level sigma
    DSM:  E_sigma E_x E_z || sigma s_theta(x + sigma z, sigma) + z ||^2      (weight lambda(sigma) = sigma^2)
          minimised by s_theta(x~, sigma) = grad log p_sigma(x~): the noise -z / sigma is what the
          score of the blurred density points back along (Vincent 2011; Song & Ermon 2019)
    Langevin at level i:  x <- x + (alpha_i / 2) s_theta(x, sigma_i) + sqrt(alpha_i) z,
                          alpha_i = eps sigma_i^2 / sigma_L^2,  sigma_1 > ... > sigma_L (annealed)
The score needs no normalising constant: grad log (p~ / Z) = grad log p~.

The targets are Gaussian mixtures, so every p_sigma is one too and its score is exact:
    grad log p_sigma(x) = sum_k r_k(x) (mu_k - x) / (s^2 + sigma^2),  r_k = responsibility of mode k
which the tests and the page compare with the learned one. numpy in, numpy out at the boundary.
"""
from __future__ import annotations

import math
import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from core.checkpoints import load_outside_registry, save_checkpoint


@dataclass(frozen=True)
class GaussianMixture:
    """sum_k w_k N(mu_k, s^2 I) in the plane."""

    name: str
    means: np.ndarray  # (K, 2)
    weights: np.ndarray  # (K,), sums to 1
    sigma: float  # s, the spread of every mode
    view: float  # the plane shown is [-view, view]^2

    def sample(self, n: int, rng: np.random.Generator) -> np.ndarray:
        modes = rng.choice(len(self.means), n, p=self.weights)
        return (self.means[modes] + self.sigma * rng.standard_normal((n, 2))).astype(np.float32)

    def _log_components(self, x: np.ndarray, noise: float) -> tuple[np.ndarray, float]:
        variance = self.sigma ** 2 + noise ** 2
        squared = ((x[:, None, :] - self.means[None]) ** 2).sum(-1)
        return np.log(self.weights)[None] - squared / (2 * variance) - math.log(2 * math.pi * variance), variance

    def log_density(self, x: np.ndarray, noise: float = 0.0) -> np.ndarray:
        """log p_sigma(x), (N, 2) -> (N,)."""
        log_each, _ = self._log_components(np.asarray(x, dtype=np.float64), noise)
        top = log_each.max(1)
        return top + np.log(np.exp(log_each - top[:, None]).sum(1))

    def score(self, x: np.ndarray, noise: float = 0.0) -> np.ndarray:
        """The exact grad_x log p_sigma(x) = sum_k r_k(x) (mu_k - x) / (s^2 + sigma^2), (N, 2)."""
        x = np.asarray(x, dtype=np.float64)
        log_each, variance = self._log_components(x, noise)
        responsibility = np.exp(log_each - log_each.max(1, keepdims=True))
        responsibility /= responsibility.sum(1, keepdims=True)
        return (responsibility[:, :, None] * (self.means[None] - x[:, None, :])).sum(1) / variance


def _ring(modes: int = 8, radius: float = 2.0) -> np.ndarray:
    angles = 2 * math.pi * np.arange(modes) / modes
    return radius * np.stack([np.cos(angles), np.sin(angles)], 1)


MIXTURES: dict[str, GaussianMixture] = {
    # The 2-D flow page's ring (core/toy_densities.py: radius 2, sigma 0.2, equal weights).
    "ring": GaussianMixture("ring", _ring(), np.full(8, 1 / 8), 0.2, 3.5),
    # Two modes of unequal weight: the one plain Langevin cannot get right (it cannot cross between them).
    "unequal": GaussianMixture("unequal", np.array([[-2.0, 0.0], [2.0, 0.0]]), np.array([0.8, 0.2]), 0.25, 3.5),
}


def noise_levels(mixture: GaussianMixture, levels: int = 10) -> np.ndarray:
    """sigma_1 > ... > sigma_L, geometric: sigma_1 the largest distance between two modes (so the
    blurred density is one blob), sigma_L a quarter of the modes' own spread (barely blurred)."""
    largest = max(float(np.linalg.norm(a - b)) for a in mixture.means for b in mixture.means)
    return np.geomspace(largest, mixture.sigma / 4, levels)


@dataclass
class ScoreNetConfig:
    hidden: int = 128
    levels: int = 10  # L


class ScoreNet(nn.Module):
    """s_theta(x, sigma) = f(x, log sigma) / sigma: dividing by sigma gives the output the score's
    scale ~ 1 / sigma at every level, so one network serves all of them (Song & Ermon 2020)."""

    def __init__(self, config: ScoreNetConfig | None = None):
        super().__init__()
        self.config = config = config or ScoreNetConfig()
        hidden = config.hidden
        self.net = nn.Sequential(nn.Linear(3, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                                 nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 2))

    def forward(self, x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
        return self.net(torch.cat([x, sigma.log()[:, None]], 1)) / sigma[:, None]


def train_score(mixture: GaussianMixture, steps: int = 6000, batch_size: int = 512, lr: float = 2e-3,
                levels: int = 10, seed: int = 0) -> tuple[ScoreNet, np.ndarray, list[float]]:
    """Denoising score matching (module docstring); returns the network, its levels and the loss curve
    (the mean loss of every 100 steps)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    generator = torch.Generator().manual_seed(seed)
    sigmas = torch.as_tensor(noise_levels(mixture, levels), dtype=torch.float32)
    model = ScoreNet(ScoreNetConfig(levels=levels))
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    decay = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, steps)
    curve, running = [], 0.0
    for step in range(steps):
        x = torch.from_numpy(mixture.sample(batch_size, rng))
        sigma = sigmas[torch.randint(0, levels, (batch_size,), generator=generator)]
        z = torch.randn(x.shape, generator=generator)
        loss = ((sigma[:, None] * model(x + sigma[:, None] * z, sigma) + z) ** 2).sum(1).mean()  # || sigma s + z ||^2
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        decay.step()
        running += loss.item()
        if (step + 1) % 100 == 0:
            curve.append(round(running / 100, 5))
            running = 0.0
    return model.eval(), sigmas.numpy(), curve


@torch.no_grad()
def learned_score(model: ScoreNet, x: np.ndarray, sigma: float) -> np.ndarray:
    x = torch.as_tensor(np.asarray(x, dtype=np.float32))
    return model(x, torch.full((len(x),), float(sigma))).numpy()


def relative_score_error(model: ScoreNet, mixture: GaussianMixture, sigma: float, n: int = 4000, seed: int = 0) -> float:
    """E_{x ~ p_sigma} ||s_theta(x, sigma) - grad log p_sigma(x)||^2 / E ||grad log p_sigma(x)||^2, with
    x drawn from p_sigma itself (so the error counts where the blurred density has its mass)."""
    rng = np.random.default_rng(seed)
    x = mixture.sample(n, rng) + sigma * rng.standard_normal((n, 2)).astype(np.float32)
    true = mixture.score(x, sigma)
    return float(((learned_score(model, x, sigma) - true) ** 2).sum(1).mean() / (true ** 2).sum(1).mean())


@torch.no_grad()
def langevin(model: ScoreNet, sigmas: np.ndarray, n: int, seed: int, view: float, steps_per_level: int = 100,
             step_size: float = 5e-4, annealed: bool = True, frame_every: int = 0) -> tuple[np.ndarray, np.ndarray | None]:
    """Annealed Langevin (every level, sigma_1 ... sigma_L) or plain (sigma_L only, as many steps in all),
    from uniform noise over the view. Returns the points (n, 2) and, if frame_every, the trajectory
    (frames, n, 2) every `frame_every` steps plus the last."""
    generator = torch.Generator().manual_seed(seed)
    x = (torch.rand((n, 2), generator=generator) * 2 - 1) * view
    schedule = list(sigmas) if annealed else [sigmas[-1]] * len(sigmas)
    frames, step = [x.numpy().copy()], 0
    for sigma in schedule:
        alpha = step_size * float(sigma) ** 2 / float(sigmas[-1]) ** 2  # alpha_i = eps sigma_i^2 / sigma_L^2
        level = torch.full((n,), float(sigma))
        for _ in range(steps_per_level):
            z = torch.randn((n, 2), generator=generator)
            x = x + alpha / 2 * model(x, level) + math.sqrt(alpha) * z  # x <- x + (a/2) s + sqrt(a) z
            step += 1
            if frame_every and step % frame_every == 0:
                frames.append(x.numpy().copy())
    if frame_every and step % frame_every:
        frames.append(x.numpy().copy())
    return x.numpy(), (np.stack(frames) if frame_every else None)


def mode_shares(points: np.ndarray, mixture: GaussianMixture, within: float = 3.0) -> np.ndarray:
    """Share of the points within `within` s of each mode, (K,)."""
    distance = np.linalg.norm(np.asarray(points)[:, None, :] - mixture.means[None], axis=-1)
    nearest = distance.argmin(1)
    close = distance[np.arange(len(points)), nearest] <= within * mixture.sigma
    return np.bincount(nearest[close], minlength=len(mixture.means)) / len(points)


KIND = "score2d"  # checkpoint files: score2d_<mixture>.*
TRAIN_STEPS = 6000


def rebuild_command(name: str) -> str:
    return f"python -m core.toy_score --density {name}"


def train_and_save(name: str, steps: int = TRAIN_STEPS, out_dir: Path | None = None) -> dict:
    """Train one mixture's score network; its sidecar records the loss curve and the score error per sigma."""
    started = time.time()
    model, sigmas, curve = train_score(MIXTURES[name], steps=steps)
    seconds = time.time() - started
    metrics = {"sigmas": [float(f"{s:.5g}") for s in sigmas], "loss_curve": curve,
               "relative_score_error": [round(relative_score_error(model, MIXTURES[name], s), 5) for s in sigmas]}
    _, sidecar_path = save_checkpoint(model, KIND, name, train_args={"steps": steps, "batch_size": 512, "lr": 2e-3,
                                                                     "seed": 0, "device": "cpu"},
                                      metrics=metrics, train_seconds=seconds, directory=out_dir)
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["rebuild"] = rebuild_command(name)
    sidecar_path.write_text(json.dumps(sidecar, indent=2) + "\n")
    print(f"{KIND}/{name}: worst relative score error {max(metrics['relative_score_error']):.3f} in {seconds:.0f} s", flush=True)
    return metrics


def load_score_model(name: str, directory: str | Path | None = None) -> tuple[ScoreNet, np.ndarray, dict]:
    """(model, sigmas, sidecar) of a shipped 2-D score network."""
    model, sidecar = load_outside_registry(KIND, name, lambda config: ScoreNet(ScoreNetConfig(**config)),
                                           rebuild_command(name), directory)
    return model, np.asarray(sidecar["metrics"]["sigmas"], dtype=np.float32), sidecar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--density", choices=[*MIXTURES, "all"], default="all")
    parser.add_argument("--steps", type=int, default=TRAIN_STEPS)
    parser.add_argument("--out-dir", type=Path, default=None, help="default: checkpoints/")
    options = parser.parse_args(argv)
    torch.set_num_threads(1)
    for name in MIXTURES if options.density == "all" else [options.density]:
        train_and_save(name, options.steps, options.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
