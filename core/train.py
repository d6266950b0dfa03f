"""Reproduce every shipped checkpoint: `python -m core.train MODEL --dataset mnist|fashion`.

MODEL is one of the registered kinds (ae, vae, classifier), `bundle` (the display images)
or `all` (bundle + every model). Weights go to checkpoints/ as safetensors with a JSON sidecar
holding the config, training arguments, final test metrics and timing. `--dry-run` runs a few
batches in seconds so tests can exercise the whole path.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from tqdm import tqdm

from core.checkpoints import save_checkpoint
from core.data import (CHECKPOINT_DIR, DATASETS, DEFAULT_DATA_ROOT, DatasetMissingError, build_display_bundle,
                       images_to_float, load_dataset, load_display_bundle)
from core.metrics import classifier_accuracy, elbo_terms, gaussian_fit_kl, reconstruction_cross_entropy
from core.models import MODEL_KINDS, build_model
from core.models.autoencoder import VAE
from core.seeding import seed_everything


@dataclass
class TrainArgs:
    """Defaults per (model, dataset) are the ones the shipped checkpoints were trained with."""

    epochs: int
    batch_size: int = 128
    lr: float = 1e-3
    seed: int = 0
    augment: bool = False


DEFAULT_ARGS: dict[tuple[str, str], TrainArgs] = {
    ("ae", "mnist"): TrainArgs(epochs=80),
    ("vae", "mnist"): TrainArgs(epochs=80),
    ("classifier", "mnist"): TrainArgs(epochs=40, augment=True),
    ("ae", "fashion"): TrainArgs(epochs=40),
    ("vae", "fashion"): TrainArgs(epochs=40),
    ("classifier", "fashion"): TrainArgs(epochs=30, augment=True),
    ("vae_beta0.1", "mnist"): TrainArgs(epochs=80),
    ("vae_beta4", "mnist"): TrainArgs(epochs=80),
    ("vae_beta0.1", "fashion"): TrainArgs(epochs=40),
    ("vae_beta4", "fashion"): TrainArgs(epochs=40),
}


def random_shift(x: torch.Tensor, max_shift: int, generator: torch.Generator, flip: bool) -> torch.Tensor:
    """Data augmentation for the classifier: translate by up to max_shift pixels (and mirror)."""
    n = len(x)
    padded = torch.nn.functional.pad(x, [max_shift] * 4)
    dx, dy = (torch.randint(0, 2 * max_shift + 1, (2,), generator=generator).tolist())
    shifted = padded[:, :, dy:dy + 28, dx:dx + 28]
    if flip:
        mirror = torch.rand(n, generator=generator) < 0.5
        shifted = torch.where(mirror.to(x.device)[:, None, None, None], shifted.flip(3), shifted)
    return shifted


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


@torch.no_grad()
def evaluate(kind: str, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
    """Final test-set metrics stored in the sidecar (and checked by the quality tests)."""
    model.eval()
    if kind == "classifier":
        return {"test_accuracy": round(classifier_accuracy(model, x, y), 4)}
    metrics = {"test_reconstruction_nats": round(reconstruction_cross_entropy(model, x), 2)}
    codes = torch.cat([model.encode(chunk) for chunk in x.split(1000)]).cpu().numpy()
    metrics["latent_gaussian_fit_kl"] = round(gaussian_fit_kl(codes), 3)
    if isinstance(model, VAE):  # every KL weight: vae, vae_beta0.1, vae_beta4
        reconstruction, kl = elbo_terms(model.cpu(), x.cpu())
        metrics.update(test_elbo_reconstruction_nats=round(float(reconstruction.mean()), 2),
                       test_kl_nats=round(float(kl.mean()), 2),
                       test_negative_elbo_nats=round(float((reconstruction + kl).mean()), 2))
    return metrics


def train_model(kind: str, dataset: str, args: TrainArgs, device: str = "cpu",
                data_root: Path = DEFAULT_DATA_ROOT, out_dir: Path = CHECKPOINT_DIR, dry_run: bool = False) -> dict:
    """Train one model and write its checkpoint; return the final metrics."""
    generator = seed_everything(args.seed)
    x_train, y_train, x_test, y_test = load_training_data(dataset, data_root, dry_run)
    x_train, y_train = x_train.to(device), y_train.to(device)
    model = build_model(kind).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    steps_per_epoch = 3 if dry_run else math.ceil(len(x_train) / args.batch_size)
    epochs = 1 if dry_run else args.epochs
    total_steps = steps_per_epoch * epochs
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=args.lr, total_steps=total_steps, pct_start=0.1)
    started = time.time()
    progress = tqdm(total=total_steps, desc=f"{kind}/{dataset}", file=sys.stdout, mininterval=2.0)
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(x_train), generator=generator).to(device)
        for step in range(steps_per_epoch):
            index = order[step * args.batch_size:(step + 1) * args.batch_size]
            x = x_train[index]
            if kind == "classifier":
                if args.augment:
                    x = random_shift(x, 2, generator, flip=(dataset == "fashion"))
                loss, logs = model.loss(x, y_train[index])
            else:
                loss, logs = model.loss(x)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            scheduler.step()
            progress.update(1)
        progress.set_postfix(epoch=epoch + 1, **{k: round(v, 3) for k, v in logs.items()})
    progress.close()
    train_seconds = time.time() - started
    model = model.cpu()
    metrics = evaluate(kind, model, x_test, y_test)
    metrics["train_images"] = len(x_train)
    metrics["test_images"] = len(x_test)
    train_args = dict(vars(args), epochs=epochs, device=device, dry_run=dry_run)
    save_checkpoint(model, kind, dataset, train_args=train_args, metrics=metrics,
                    train_seconds=train_seconds, directory=out_dir)
    print(f"{kind}/{dataset}: {metrics} in {train_seconds:.0f} s -> {out_dir}")
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=[*MODEL_KINDS, "bundle", "all"])
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
    kinds = list(MODEL_KINDS) if options.model == "all" else [options.model]
    try:
        for dataset in datasets:
            if options.model in ("bundle", "all"):
                print(f"display bundle -> {build_display_bundle(dataset, options.data_root, directory=options.out_dir)}")
            for kind in kinds if options.model != "bundle" else []:
                args = DEFAULT_ARGS[(kind, dataset)]
                overrides = {k: getattr(options, k) for k in ("epochs", "batch_size", "lr", "seed")
                             if getattr(options, k) is not None}
                train_model(kind, dataset, TrainArgs(**{**vars(args), **overrides}), options.device,
                            options.data_root, options.out_dir, options.dry_run)
    except DatasetMissingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
