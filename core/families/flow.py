"""The normalizing-flow family on images (concepts C10, C11): trained by maximising the exact
log-likelihood of dequantised images with z ~ N(0, I), finished by fitting one Gaussian per
class to the training images' z (`finish`), evaluated in bits/dim on the test split, sampled by
running the flow backwards from z = μ_y + T σ_y ε.

Frames: the sample after each inverted coupling layer, from the Gaussian z (shown through the
inverse squeeze and logit, so it looks like noise) to the image (the last frame)."""
from __future__ import annotations

import math

import numpy as np
import torch

from core.family import SampleOption, Samples, TrainArgs, to_uint8_images
from core.models.flow import ImageFlow

# The flow's peak rate in each stage, relative to the first's: the second fine-tunes it with the new q (not restarting);
# the third is a second cosine cycle at a lower rate (a warm restart, SGDR): the second ended at rate 0 still improving
# (MNIST: train 1.309, test 1.321 bits/dim), and an 8-epoch probe restarted at 0.3 climbed to 1.43 before recovering.
STAGE_LR_FACTORS = (1.0, 0.3, 0.1)
DEFAULT_TEMPERATURE = 1.0  # the model as fitted. Glow samples at T = 0.7; with a single N(0, I) base the 16-epoch MNIST
# flow then collapsed onto the easiest classes (69 % of 500 samples were 1s and 7s); a Gaussian per class keeps every class
GLOW_TEMPERATURE = 0.7  # the temperature Glow (Kingma & Dhariwal 2018) samples at: the pages' suggested low T
DRY_RUN_FINISH_IMAGES = 256  # a dry run fits them on these first training images: it checks the path, not the fit


class FlowTrainer:
    """Adam with a linear warm-up and a cosine decay, gradient norm clipped: the loss is bits/dim of
    a freshly dequantised batch, −log p(x) in bits per pixel.

    The first stage (stage=0) dequantises uniformly and trains the flow alone. The second
    (stage=1) switches the learned q(u | k) on and trains it with the flow: the loss becomes
    −(log p(y) − log q(u | k)) in bits/dim (the one-draw bound; the page leads with its K-draw version). The flow then
    fine-tunes at 0.3× the first stage's peak rate, and q, new, learns at 10× the flow's. The
    third (stage=2), where a dataset has one, repeats the second at a third of its rates."""

    DEQUANTIZER_LR_FACTOR = 10.0

    def __init__(self, model: ImageFlow, args: TrainArgs, total_steps: int, generator: torch.Generator, stage: int = 0):
        self.model, self.generator, self.uniform = model, generator, stage == 0
        flow_parameters = [p for name, p in model.named_parameters() if not name.startswith("dequantizer.")]
        groups = [{"params": flow_parameters, "lr": args.lr * STAGE_LR_FACTORS[stage]}]
        if stage and model.dequantizer is not None:
            groups.append({"params": list(model.dequantizer.parameters()),
                           "lr": args.lr * STAGE_LR_FACTORS[stage] * self.DEQUANTIZER_LR_FACTOR})
        self.optimizer = torch.optim.Adam(groups)
        warmup = max(1, min(200, total_steps // 10))
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(
            self.optimizer, lambda step: min(1.0, (step + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(step, total_steps) / total_steps)))

    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        self.model.train()
        bits = ImageFlow.bits_per_dim(self.model.log_likelihood_bound(x, self.generator, uniform=self.uniform)).mean()
        self.optimizer.zero_grad(set_to_none=True)
        bits.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 100.0)
        self.optimizer.step()
        self.scheduler.step()
        return {"bits_per_dim": bits.item()}


IMPORTANCE_SAMPLES = 16  # K draws of u per test image for the importance-weighted bound (the sidecar's test_iw_bits_per_dim)


@torch.no_grad()
def image_log_likelihood(model: ImageFlow, x: torch.Tensor, seed: int = 0, batch_size: int = 500,
                         uniform: bool = False, samples: int = 1) -> np.ndarray:
    """Per image x in [0, 1] (N, 1, 28, 28), in nats: log p(y) − log q(u | k) for one seeded
    dequantisation y (learned q unless `uniform`), the bound the histograms use; with
    `samples` = K > 1 the importance-weighted bound log (1/K Σ_k p(y_k) / q(u_k | k)) over K draws,
    also below log P(k) (Jensen) and tighter as K grows (Burda et al. 2016; for dequantisation,
    Hoogeboom et al. 2020). The page's headline is K = IMPORTANCE_SAMPLES (test_iw_bits_per_dim)."""
    model.eval()
    generator = torch.Generator().manual_seed(seed)
    chunks = []
    for chunk in x.split(batch_size):
        draws = torch.stack([model.log_likelihood_bound(chunk, generator, uniform) for _ in range(samples)])  # (K, n)
        chunks.append(torch.logsumexp(draws, 0) - math.log(samples))  # log (1/K) Σ_k exp(bound_k)
    return torch.cat(chunks).numpy()


@torch.no_grad()
def dequantised_latents(model: ImageFlow, x: torch.Tensor, generator: torch.Generator, batch_size: int = 500) -> torch.Tensor:
    """z = f(y) (N, 16, 7, 7) for one draw y of each image x in [0, 1] from the learned q (uniform without one)."""
    model.eval()
    return torch.cat([model(model.dequantize(chunk, generator)[0])[0] for chunk in x.split(batch_size)])


def flow_class_probabilities(model: ImageFlow, x: torch.Tensor, seed: int = 0) -> np.ndarray:
    """p(y | x) ∝ π_y N(f(x); μ_y, σ_y²) (N, C) for images x in [0, 1], one seeded draw of the learned q:
    Bayes' rule on the class Gaussians of p(z) (the log|det| is the same for every class and cancels)."""
    z = dequantised_latents(model, x, torch.Generator().manual_seed(seed))
    return torch.softmax(model.base.log_prob_per_class(z), 1).numpy()


def bits_per_dim(log_likelihood_nats: np.ndarray) -> np.ndarray:
    """log p (nats, dequantised [0, 1] scale) -> bits/dim on the 8-bit scale."""
    return (-np.asarray(log_likelihood_nats, dtype=np.float64) + 784 * math.log(256)) / (784 * math.log(2))


class FlowFamily:
    name = "flow"
    generative = True
    training_stages = 3  # uniform dequantisation, the learned q, a fine-tuning cycle (FlowTrainer)
    sample_options = (SampleOption("temperature", float, DEFAULT_TEMPERATURE, "z = mu_y + T sigma_y eps; T < 1: smoother, less varied"),
                      SampleOption("label", int, None, "class to draw (no --label: y ~ pi, every class as often as in training)"))

    def trainer(self, model, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator, stage: int = 0):
        return FlowTrainer(model, args, total_steps, generator, stage)

    @torch.no_grad()
    def finish(self, model: ImageFlow, x: torch.Tensor, y: torch.Tensor, generator: torch.Generator,
               dry_run: bool = False) -> dict:
        """After the training stages: fit the class Gaussians of p(z) to the training images' z = f(x),
        one draw of the learned q per image (ClassGaussians.fit). Returns what the sidecar records."""
        if model.base is None:
            return {}
        if dry_run:
            x, y = x[:DRY_RUN_FINISH_IMAGES], y[:DRY_RUN_FINISH_IMAGES]
        model.base.fit(dequantised_latents(model, x, generator), y)
        return {"fitted": "class Gaussians of p(z)", "images": len(x)}

    @torch.no_grad()
    def evaluate(self, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        metrics = {"test_bits_per_dim": round(float(bits_per_dim(image_log_likelihood(model, x)).mean()), 4)}
        if model.dequantizer is not None:  # the same flow with uniform u: what the learned q adds
            metrics["test_iw_bits_per_dim"] = round(float(bits_per_dim(image_log_likelihood(model, x, samples=IMPORTANCE_SAMPLES)).mean()), 4)
            metrics["test_uniform_bits_per_dim"] = round(float(bits_per_dim(image_log_likelihood(model, x, uniform=True)).mean()), 4)
        if model.base is not None:  # the flow as a classifier: argmax_y p(y | x), p(y | x) ∝ π_y N(f(x); μ_y, σ_y²)
            metrics["test_class_accuracy"] = round(float((flow_class_probabilities(model, x).argmax(1) == y.numpy()).mean()), 4)
        return metrics

    @torch.no_grad()
    def sample(self, model, n: int, generator: torch.Generator, *, return_frames: bool = False,
               temperature: float = DEFAULT_TEMPERATURE, label: int | None = None) -> Samples:
        """x = f⁻¹(z), z = μ_y + T σ_y ε with y ~ π or the given `label`. Frames: after each inverted
        coupling (first frame: z itself)."""
        model.eval()
        labels = None if label is None else torch.full((n,), label, dtype=torch.long)
        z, labels = model.sample_base(n, generator, temperature, labels)
        steps = model.inverse_with_steps(z)
        images = to_uint8_images(steps[-1])
        frames = {"x": np.stack([to_uint8_images(step) for step in steps])} if return_frames else None
        extras = {"z": z.numpy(), **({"y": labels.numpy()} if labels is not None else {})}  # y: the class each z came from
        return Samples(images=images, labels=None if label is None else labels.numpy(), frames=frames,  # labels: asked-for class only
                       frame_steps=np.arange(len(steps)) if return_frames else None, extras=extras)
