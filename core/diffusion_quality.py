"""Measured figures for the diffusion pages and the quality bars (concepts C15, C18): how often
the project classifier agrees with the requested class, how varied the samples of one class are,
fidelity (core.fidelity, the one shared protocol: FID, KID, precision / recall at n samples), and
the wall time of each sampler. numpy out; every number is measured on the shipped checkpoint, never assumed.

`python -m core.diffusion_quality --dataset D` writes checkpoints/ddpm_D_measured.json, the table
the reverse-process page shows (DDPM vs DDIM steps, and the guidance trade-off).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from dataclasses import asdict, dataclass

import numpy as np
import torch

from core.checkpoints import load_checkpoint
from core.data import checkpoint_directory, load_display_bundle
from core.evaluate import balanced_labels
from core.families.ddpm import sampler_arguments
from core.fidelity import FIDELITY_N, classifier_features, fidelity_judge, real_training_images
from core.judge import judge
from core.registry import model_kind

STEP_CHOICES = (10, 20, 50, 100, 1000)  # 1000 = the full DDPM chain (ancestral); the others DDIM
GUIDANCE_CHOICES = (0.0, 1.0, 3.0, 7.0)


def within_class_spread(features: np.ndarray, labels: np.ndarray) -> float:
    """Mean distance between two samples of the same class in classifier-feature space, averaged
    over classes: a diversity figure (0 = every sample of a class identical)."""
    spreads = []
    for label in np.unique(labels):
        f = features[labels == label]
        if len(f) < 2:
            continue
        distances = np.sqrt(((f[:, None] - f[None]) ** 2).sum(-1))
        spreads.append(distances.sum() / (len(f) * (len(f) - 1)))
    return float(np.mean(spreads))


STRIDED_DDPM_STEPS = (50, 100)  # DDPM's ancestral sampler on a respaced chain (DDIM with eta = 1)


@dataclass
class Measurement:
    sampler: str  # "ddim" (eta = 0) or "ddpm" (ancestral: all T steps, or `steps` respaced ones)
    steps: int
    guidance: float
    n: int
    seconds: float  # wall time of the whole batch (both halves of the guided batch included)
    agreement: float | None  # share the classifier labels as the requested class (None: unconditional)
    confident: float  # share recognised with >= 90 % probability (any class)
    diversity: float  # within-class spread relative to real test images (1 = as varied as real)
    fid: float  # core.fidelity at these n samples: FID against the whole test split's statistics,
    kid: float  # KID (unbiased) and its spread over subsets,
    kid_sd: float
    precision: float  # and precision / recall on k-NN manifolds
    recall: float


def measure(model, judge_fidelity, dataset: str, n: int, *, steps: int = 50, sampler: str = "ddim",
            guidance: float = 0.0, conditional: bool = True, seed: int = 0) -> Measurement:
    """Sample n images (balanced classes, or unconditional), time it, and judge them
    (judge_fidelity: core.fidelity.fidelity_judge of the dataset)."""
    classifier = judge_fidelity.classifier
    images_real, labels_real = load_display_bundle(dataset)
    labels = balanced_labels(n) if conditional else None
    started = time.perf_counter()
    samples = model_kind("ddpm").family.sample(model, n, torch.Generator().manual_seed(seed), label=labels,
                                               guidance=guidance, **sampler_arguments(sampler, steps, model.schedule.T))
    seconds = time.perf_counter() - started
    verdict = judge(classifier, samples.images)
    predicted = verdict.probabilities.argmax(1)
    agreement = float((predicted == labels).mean()) if conditional else None
    features = classifier_features(classifier, samples.images)
    # Diversity is judged per class: the requested class, or (unconditional) the class the classifier sees.
    real_spread = within_class_spread(judge_fidelity.real_features[:n], labels_real[:n])
    spread = within_class_spread(features, labels if conditional else predicted)
    scored = judge_fidelity.score(samples.images)
    return Measurement(sampler, steps, guidance, n, round(seconds, 3),
                       None if agreement is None else round(agreement, 4), round(verdict.confident, 4),
                       round(spread / real_spread, 3), scored.fid, scored.kid, scored.kid_sd, scored.precision,
                       scored.recall)


def measured_path(dataset: str):
    return checkpoint_directory() / f"ddpm_{dataset}_measured.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", default="mnist")
    parser.add_argument("--n", type=int, default=FIDELITY_N, help="samples per measurement (core.fidelity's n)")
    parser.add_argument("--steps", type=int, nargs="*", default=list(STEP_CHOICES), help="sampler rows to measure")
    parser.add_argument("--ddpm-steps", type=int, nargs="*", default=list(STRIDED_DDPM_STEPS),
                        help="rows of the ancestral sampler on a respaced chain (DDIM with eta = 1)")
    parser.add_argument("--guidance", type=float, nargs="*", default=list(GUIDANCE_CHOICES), help="guidance rows")
    parser.add_argument("--guidance-steps", type=int, default=50, help="DDIM steps of the guidance sweep (the player's sampler)")
    parser.add_argument("--skip-extra", action="store_true", help="leave out the unconditional row")
    options = parser.parse_args(argv)
    torch.set_num_threads(1)
    model, _ = load_checkpoint("ddpm", options.dataset)
    classifier, _ = load_checkpoint("classifier", options.dataset)
    judge_fidelity = fidelity_judge(options.dataset, classifier)
    path = measured_path(options.dataset)
    # Rows are merged into an existing table, so a slow row can be measured on its own.
    table = json.loads(path.read_text()) if path.exists() else {"samplers": [], "guidance": [], "unconditional": None}
    if table.get("n") != options.n:  # rows at another n do not compare (FID depends on n): start again
        table = {"samplers": [], "guidance": [], "unconditional": None}
    # What a perfect model would score: n real training images, through the same function.
    table["reference"] = judge_fidelity.score(real_training_images(options.dataset, options.n)).as_dict()
    table.update({"dataset": options.dataset, "n": options.n, "torch_threads": 1,
                  "machine": platform.processor() or platform.machine(), "date": time.strftime("%Y-%m-%d")})

    def save() -> None:
        table["samplers"].sort(key=lambda row: (row["sampler"] != "ddim", row["steps"]))
        table["guidance"].sort(key=lambda row: row["guidance"])
        path.write_text(json.dumps(table, indent=1) + "\n")

    rows = [("ddpm" if steps == 1000 else "ddim", steps) for steps in options.steps]
    for sampler, steps in rows + [("ddpm", steps) for steps in options.ddpm_steps]:
        # Quality of the sampler itself: conditional, no guidance (w = 0).
        result = asdict(measure(model, judge_fidelity, options.dataset, options.n, steps=steps, sampler=sampler))
        table["samplers"] = [row for row in table["samplers"]
                             if (row["sampler"], row["steps"]) != (sampler, steps)] + [result]
        save()
        print(result, flush=True)
    for w in options.guidance:
        same = [row for row in table["samplers"] if (row["sampler"], row["steps"], w) == ("ddim", options.guidance_steps, 0.0)]
        # w = 0 at the sweep's sampler is that sampler's own row: not sampled twice.
        result = dict(same[0]) if same else asdict(measure(model, judge_fidelity, options.dataset, options.n,
                                                           steps=options.guidance_steps, guidance=w))
        table["guidance"] = [row for row in table["guidance"] if row["guidance"] != w] + [result]
        save()
        print(result, flush=True)
    if not options.skip_extra:
        table["unconditional"] = asdict(measure(model, judge_fidelity, options.dataset, options.n, steps=50, conditional=False))
        save()
        print(table["unconditional"], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
