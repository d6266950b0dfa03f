"""Reproduce every shipped checkpoint: `python -m core.train KIND --dataset mnist|fashion|both`.

KIND is a registered kind (core.registry.KINDS), `bundle` (the display images) or `all`
(bundle + every kind). This file only loops, logs progress, saves and handles the device and
`--dry-run`; what a training step, an evaluation or a sampler does is the family's business
(core.family). Weights go to checkpoints/ as safetensors with a JSON sidecar holding the config,
training arguments, final test metrics and timing. `--dry-run` runs a few batches in seconds so
tests can exercise the whole path.
"""
from __future__ import annotations

import argparse
import dataclasses
import math
import sys
import time
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from core.checkpoints import save_checkpoint
from core.data import (CHECKPOINT_DIR, DATASETS, DEFAULT_DATA_ROOT, DatasetMissingError, build_display_bundle,
                       images_to_float, load_dataset, load_display_bundle)
from core.family import TrainArgs
from core.registry import KINDS, model_kind
from core.seeding import seed_everything

DRY_RUN_STEPS = 3


def load_training_data(dataset: str, data_root: Path, dry_run: bool):
    """(train x, train y, test x, test y) as float tensors in [0, 1]; falls back to the display
    bundle for a dry run on a machine without the dataset (CI), so the path is still exercised."""
    try:
        train_images, train_labels = load_dataset(dataset, train=True, root=data_root)
        test_images, test_labels = load_dataset(dataset, train=False, root=data_root)
    except DatasetMissingError:
        if not dry_run:
            raise
        print(f"[dry run] {dataset} not under {data_root}: using the display bundle instead", file=sys.stderr)
        images, labels = load_display_bundle(dataset)
        train_images = test_images = torch.from_numpy(images)
        train_labels = test_labels = torch.from_numpy(labels)
    return images_to_float(train_images), train_labels, images_to_float(test_images), test_labels


def train_model(name: str, dataset: str, args: TrainArgs, device: str = "cpu",
                data_root: Path = DEFAULT_DATA_ROOT, out_dir: Path = CHECKPOINT_DIR, dry_run: bool = False) -> dict:
    """Train one kind on one dataset and write its checkpoint; return the final test metrics."""
    kind = model_kind(name)
    generator = seed_everything(args.seed)
    x_train, y_train, x_test, y_test = load_training_data(dataset, data_root, dry_run)
    x_train, y_train = x_train.to(device), y_train.to(device)
    model = kind.build().to(device)
    steps_per_epoch = DRY_RUN_STEPS if dry_run else math.ceil(len(x_train) / args.batch_size)
    epochs = 1 if dry_run else args.epochs
    trainer = kind.family.trainer(model, args, steps_per_epoch * epochs, dataset, generator)
    started = time.time()
    progress = tqdm(total=steps_per_epoch * epochs, desc=f"{name}/{dataset}", file=sys.stdout, mininterval=2.0)
    for epoch in range(epochs):
        order = torch.randperm(len(x_train), generator=generator).to(device)
        for step in range(steps_per_epoch):
            index = order[step * args.batch_size:(step + 1) * args.batch_size]
            logs = trainer.step(x_train[index], y_train[index])
            progress.update(1)
        progress.set_postfix(epoch=epoch + 1, **{k: round(v, 3) for k, v in logs.items()})
    progress.close()
    train_seconds = time.time() - started
    model = model.cpu()
    metrics = kind.family.evaluate(model, x_test, y_test)
    metrics["train_images"] = len(x_train)
    metrics["test_images"] = len(x_test)
    train_args = dict(dataclasses.asdict(args), epochs=epochs, device=device, dry_run=dry_run)
    save_checkpoint(model, name, dataset, train_args=train_args, metrics=metrics,
                    train_seconds=train_seconds, directory=out_dir)
    # Families that record more than weights (a GAN's training run) hand it over as arrays.
    for stem, arrays in (trainer.extras() if hasattr(trainer, "extras") else {}).items():
        np.savez_compressed(Path(out_dir) / f"{name}_{dataset}_{stem}.npz", **arrays)
    print(f"{name}/{dataset}: {metrics} in {train_seconds:.0f} s -> {out_dir}")
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=[*KINDS, "bundle", "all"])
    parser.add_argument("--dataset", choices=[*DATASETS, "both"], default="mnist")
    parser.add_argument("--epochs", type=int, help="override the default number of epochs")
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--lr", type=float)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--data-root", type=Path, default=DEFAULT_DATA_ROOT)
    parser.add_argument("--out-dir", type=Path, default=CHECKPOINT_DIR)
    parser.add_argument("--dry-run", action="store_true", help="a few batches, for tests")
    options = parser.parse_args(argv)

    datasets = list(DATASETS) if options.dataset == "both" else [options.dataset]
    names = list(KINDS) if options.model == "all" else [] if options.model == "bundle" else [options.model]
    overrides = {k: getattr(options, k) for k in ("epochs", "batch_size", "lr", "seed") if getattr(options, k) is not None}
    try:
        for dataset in datasets:
            if options.model in ("bundle", "all"):
                print(f"display bundle -> {build_display_bundle(dataset, options.data_root, directory=options.out_dir)}")
            for name in names:
                args = dataclasses.replace(KINDS[name].train_defaults[dataset], **overrides)
                train_model(name, dataset, args, options.device, options.data_root, options.out_dir, options.dry_run)
    except DatasetMissingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
