"""Sample any generative model: `python -m core.sample KIND --dataset D --n N --seed S --out F.npz`.

Writes `images` (uint8, N x 28 x 28) and, for class-conditional models, `labels`; prints the
sampling time alone (model loading excluded) as `sampled N images in X s`. Family options
(--temperature, and later --label, --guidance, --steps ...) come from the family's
`sample_options`; an option the kind's family does not take is an error, not silently ignored.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import torch

from core.checkpoints import CheckpointError, load_checkpoint
from core.data import DATASETS
from core.family import Samples
from core.registry import KINDS, generative_kinds


def sample(name: str, dataset: str, n: int, seed: int, directory: Path | None = None, **options) -> tuple[Samples, float]:
    """Load the shipped checkpoint and draw n samples; return (samples, seconds spent sampling)."""
    model, _ = load_checkpoint(name, dataset, directory)
    started = time.perf_counter()
    samples = KINDS[name].family.sample(model, n, torch.Generator().manual_seed(seed), **options)
    return samples, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=generative_kinds())
    parser.add_argument("--dataset", choices=list(DATASETS), default="mnist")
    parser.add_argument("--n", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="output .npz")
    parser.add_argument("--checkpoint-dir", type=Path, help="default: checkpoints/ (or GME_CHECKPOINT_DIR)")
    declared = {}
    for kind in KINDS.values():
        for option in kind.family.sample_options:
            if option.name not in declared:
                declared[option.name] = option
                parser.add_argument(f"--{option.name.replace('_', '-')}", type=option.type, default=None, help=option.help)
    options = parser.parse_args(argv)
    if options.n < 1:
        parser.error("--n must be at least 1")

    family = KINDS[options.model].family
    accepted = {option.name for option in family.sample_options}
    given = {name: getattr(options, name) for name in declared if getattr(options, name) is not None}
    rejected = sorted(set(given) - accepted)
    if rejected:
        parser.error(f"{options.model} does not take --{', --'.join(rejected)}")
    try:
        samples, seconds = sample(options.model, options.dataset, options.n, options.seed, options.checkpoint_dir, **given)
    except CheckpointError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ValueError as error:  # an option value the sampler refuses (e.g. --eta with the ddpm sampler)
        parser.error(str(error))
    arrays = {"images": samples.images}
    if samples.labels is not None:
        arrays["labels"] = samples.labels
    options.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(options.out, **arrays)
    print(f"sampled {len(samples.images)} images in {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
