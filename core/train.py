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
import datetime
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from safetensors.torch import load_file

from core.checkpoints import checkpoint_paths, load_checkpoint, read_sidecar, save_checkpoint
from core.data import (CHECKPOINT_DIR, DATASETS, DEFAULT_DATA_ROOT, DatasetMissingError, build_display_bundle,
                       images_to_float, load_dataset, load_display_bundle)
from core.evaluate import required_parts
from core.family import LATER_STAGE_EPOCHS, TrainArgs, recorded_stage_epochs
from core.registry import KINDS, build_model, model_kind
from core.seeding import seed_everything

DRY_RUN_STEPS = 3
DRY_RUN_TEST_IMAGES = 64  # a dry run evaluates on these first test images: it checks the path, not the figure
SECOND_STAGE_MODULES = {"dequantizer"}  # parts a first-stage checkpoint may lack (the image flow's learned q)
FINISH_MODULES = {"base"}  # parts the family's finishing step fills in (the image flow's class Gaussians): a checkpoint
# saved before they existed may lack them; they start as N(0, I), which is what the flow trained with


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
                data_root: Path = DEFAULT_DATA_ROOT, out_dir: Path = CHECKPOINT_DIR, dry_run: bool = False,
                init_from: Path | None = None) -> dict:
    """Train one kind on one dataset and write its checkpoint; return the final test metrics.
    `init_from`: a folder holding this kind's checkpoint saved after its earlier stages; only the
    stages it lacks run."""
    kind = model_kind(name)
    generator = seed_everything(args.seed)
    x_train, y_train, x_test, y_test = load_training_data(dataset, data_root, dry_run)
    x_train, y_train = x_train.to(device), y_train.to(device)
    if dry_run:
        x_test, y_test = x_test[:DRY_RUN_TEST_IMAGES], y_test[:DRY_RUN_TEST_IMAGES]
    model = kind.build().to(device)
    steps_per_epoch = DRY_RUN_STEPS if dry_run else math.ceil(len(x_train) / args.batch_size)
    stages = [(stage, 1 if dry_run else epochs) for stage, epochs in enumerate(args.stage_epochs())]
    earlier_seconds, resumed_from = 0.0, None
    if init_from is not None:
        resumed_from = load_earlier_stages(model, name, dataset, init_from, args, dry_run, len(x_train))
        earlier_seconds = resumed_from.pop("seconds")
        stages = stages[resumed_from["stages"]:]
    required = required_parts(name, dataset)  # checkpoints the kind depends on (its classifier, ...)
    curve: dict[str, list[float]] = {"epoch": []}  # per-epoch means of the trainer's logs (stability)
    started = time.time()
    for stage, epochs in stages:
        if stage:  # its own random stream, so a resumed stage equals an uninterrupted one
            generator = torch.Generator().manual_seed(args.seed + stage)
        trainer = kind.family.trainer(model, args, steps_per_epoch * epochs, dataset, generator,
                                      **({"stage": stage} if stage else {}), **({"required": required} if required else {}))
        progress = tqdm(total=steps_per_epoch * epochs, desc=f"{name}/{dataset} stage {stage + 1}/{len(args.stage_epochs())}",
                        file=sys.stdout, mininterval=2.0)
        for epoch in range(epochs):
            order = torch.randperm(len(x_train), generator=generator).to(device)
            sums: dict[str, float] = {}
            for step in range(steps_per_epoch):
                index = order[step * args.batch_size:(step + 1) * args.batch_size]
                logs = trainer.step(x_train[index], y_train[index])
                for key, value in logs.items():
                    sums[key] = sums.get(key, 0.0) + value
                progress.update(1)
            curve["epoch"].append(len(curve["epoch"]) + 1)
            for key, total in sums.items():
                curve.setdefault(key, []).append(round(total / steps_per_epoch, 5))
            progress.set_postfix(epoch=epoch + 1, **{k: round(v, 3) for k, v in logs.items()})
        progress.close()
    model = model.cpu()
    finished = finish_model(kind, model, x_train.cpu(), y_train.cpu(), args.seed, len(args.stage_epochs()), dry_run)
    train_seconds = time.time() - started + earlier_seconds
    metrics = kind.family.evaluate(model, x_test, y_test)
    metrics["train_images"] = len(x_train)
    metrics["test_images"] = len(x_test)
    train_args = dict(dataclasses.asdict(args), device=device, dry_run=dry_run)
    if dry_run:
        train_args.update(epochs=1, **{key: min(1, getattr(args, key)) for key in LATER_STAGE_EPOCHS})
    if resumed_from is not None:  # what the resumed stages started from (its own sidecar had these)
        train_args["resumed_from"] = resumed_from
    if finished:
        train_args["finish"] = finished
    save_checkpoint(model, name, dataset, train_args=train_args, metrics=metrics,
                    train_seconds=train_seconds, directory=out_dir, train_curve=curve)
    # Families that record more than weights (a GAN's training run) hand it over as arrays.
    for stem, arrays in (trainer.extras() if hasattr(trainer, "extras") else {}).items():
        np.savez_compressed(Path(out_dir) / f"{name}_{dataset}_{stem}.npz", **arrays)
    print(f"{name}/{dataset}: {metrics} in {train_seconds:.0f} s -> {out_dir}")
    return metrics


def finish_model(kind, model: torch.nn.Module, x_train: torch.Tensor, y_train: torch.Tensor, seed: int, stages: int,
                 dry_run: bool) -> dict:
    """The family's closed-form last step after its trained stages, if it has one (the image flow
    fits a Gaussian per class to its z), on CPU with its own random stream (seed + number of
    stages), so it gives the same result after any device; returns what the sidecar records."""
    finish = getattr(kind.family, "finish", None)
    if finish is None:
        return {}
    started = time.time()
    generator = torch.Generator().manual_seed(seed + stages)
    finished = finish(model, x_train, y_train, generator, dry_run=dry_run)
    return dict(finished, seconds=round(time.time() - started, 1)) if finished else {}


SHARED_ARGS = ("batch_size", "lr", "seed", "augment", "dry_run")  # must match for --init-from
TRAINING_OPTIONS = ("epochs", "batch_size", "lr", "seed", *LATER_STAGE_EPOCHS)  # command-line overrides of TrainArgs


def load_earlier_stages(model: torch.nn.Module, name: str, dataset: str, directory: Path, args: TrainArgs,
                        dry_run: bool, train_images: int) -> dict:
    """Load a checkpoint saved after this run's first stages into `model` (parts that only later
    stages add keep their initial values), after checking it was trained with these settings and
    these stages; return what its sidecar records of it, with the number of stages it had."""
    weights_path, _ = checkpoint_paths(name, dataset, directory)
    sidecar = read_sidecar(name, dataset, directory)
    saved = sidecar["train_args"]
    saved_stages = recorded_stage_epochs(saved)
    wanted = args.stage_epochs()
    if len(wanted) == 1:
        raise ValueError(f"{name}/{dataset} trains in one stage: there is no earlier stage to start from")
    if len(saved_stages) >= len(wanted):
        raise ValueError(f"{weights_path} already had {len(saved_stages)} of the {len(wanted)} stages: nothing to run")
    expected = dict(dataclasses.asdict(args), dry_run=dry_run)
    differing = {key: (saved.get(key), expected[key]) for key in SHARED_ARGS if saved.get(key) != expected[key]}
    if not dry_run and saved_stages != wanted[:len(saved_stages)]:  # a dry run records 1 epoch a stage
        differing["stage epochs"] = (saved_stages, wanted[:len(saved_stages)])
    config = json.loads(json.dumps(dataclasses.asdict(model.config)))  # as a sidecar holds it (tuples as lists)
    if sidecar.get("config") != config:
        differing["config"] = (sidecar.get("config"), config)
    if sidecar.get("metrics", {}).get("train_images") != train_images:  # e.g. the offline subset vs the full MNIST
        differing["train_images"] = (sidecar.get("metrics", {}).get("train_images"), train_images)
    if differing:
        raise ValueError(f"{weights_path} was trained with other settings (saved, now): {differing}")
    # The finishing step's parts are left out: the stages still to run train with the unfitted p(z) = N(0, I).
    new_parts = load_trained_parts(model, weights_path, SECOND_STAGE_MODULES if len(saved_stages) == 1 else set(),
                                   leave_out=FINISH_MODULES)
    print(f"stages 1-{len(saved_stages)} from {weights_path} ({sidecar['metrics']}); new: {sorted(new_parts)}")
    return {"stages": len(saved_stages), "seconds": float(sidecar.get("train_seconds", 0.0)),
            "weights_sha256": sidecar.get("weights_sha256"), "date": sidecar.get("date"), "metrics": sidecar.get("metrics"),
            **({"resumed_from": saved["resumed_from"]} if "resumed_from" in saved else
               {"first_stage": saved["first_stage"]} if "first_stage" in saved else {})}


def load_trained_parts(model: torch.nn.Module, weights_path: Path, may_lack: set[str], leave_out: set[str] = frozenset()) -> set[str]:
    """Load saved weights into `model` when the file may lack whole parts (top-level modules in
    `may_lack`, which keep their initial values); parts in `leave_out` are not loaded either.
    Anything else missing or unexpected is an error. Returns the parts that kept their initial values."""
    state = {key: value for key, value in load_file(str(weights_path)).items() if key.split(".")[0] not in leave_out}
    missing, unexpected = model.load_state_dict(state, strict=False)
    new_parts = {key.split(".")[0] for key in missing}
    if unexpected or not new_parts <= set(may_lack) | set(leave_out):
        raise ValueError(f"{weights_path} does not fit {type(model).__name__}: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return new_parts


def evaluate_again(name: str, dataset: str, data_root: Path = DEFAULT_DATA_ROOT, directory: Path = CHECKPOINT_DIR) -> dict:
    """Recompute a saved checkpoint's test metrics with the current evaluation code and rewrite
    its sidecar's `metrics` (weights untouched, the date of the new figures recorded): for a
    metric added after the checkpoint was trained, which its training command now also writes."""
    model, sidecar = load_checkpoint(name, dataset, directory)
    _, _, x_test, y_test = load_training_data(dataset, data_root, dry_run=False)
    if len(x_test) != sidecar["metrics"].get("test_images"):  # the offline MNIST subset vs the downloaded full one
        raise ValueError(f"{name}/{dataset} was evaluated on {sidecar['metrics'].get('test_images')} test images, "
                         f"this machine has {len(x_test)}: its figures would not be comparable")
    metrics = model_kind(name).family.evaluate(model, x_test, y_test)
    metrics.update(train_images=sidecar["metrics"].get("train_images"), test_images=len(x_test))
    sidecar.update(metrics=metrics, metrics_date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
    checkpoint_paths(name, dataset, directory)[1].write_text(json.dumps(sidecar, indent=2) + "\n")
    print(f"{name}/{dataset}: {metrics} (evaluated again) -> {directory}")
    return metrics


def finish_again(name: str, dataset: str, data_root: Path = DEFAULT_DATA_ROOT, directory: Path = CHECKPOINT_DIR) -> dict:
    """Run the family's finishing step on a saved checkpoint (its trained weights untouched), then
    evaluate and save it: the step `train_model` runs after the stages, for a checkpoint trained
    before the step existed. Its trained parts must load as they are; only FINISH_MODULES may be new."""
    kind = model_kind(name)
    if not hasattr(kind.family, "finish"):
        raise ValueError(f"{name} has no finishing step")
    sidecar = read_sidecar(name, dataset, directory)
    model = build_model(name, sidecar.get("config"))
    load_trained_parts(model, checkpoint_paths(name, dataset, directory)[0], may_lack=FINISH_MODULES)
    x_train, y_train, x_test, y_test = load_training_data(dataset, data_root, dry_run=False)
    if len(x_train) != sidecar["metrics"].get("train_images"):
        raise ValueError(f"{name}/{dataset} was trained on {sidecar['metrics'].get('train_images')} images, this machine "
                         f"has {len(x_train)}: the finishing step must see the same ones")
    saved = sidecar["train_args"]
    finished = finish_model(kind, model, x_train, y_train, saved["seed"], len(recorded_stage_epochs(saved)), dry_run=False)
    metrics = kind.family.evaluate(model.eval(), x_test, y_test)
    metrics.update(train_images=len(x_train), test_images=len(x_test))
    train_args = dict(saved, finish=finished)
    save_checkpoint(model, name, dataset, train_args=train_args, metrics=metrics,
                    train_seconds=sidecar.get("train_seconds", 0.0) + finished.get("seconds", 0.0), directory=directory)
    print(f"{name}/{dataset}: finished ({finished}), {metrics} -> {directory}")
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
    parser.add_argument("--init-from", type=Path, help="folder with this kind's checkpoint saved after its earlier "
                        "stages (e.g. trained with --third-stage-epochs 0): run only the stages it lacks")
    parser.add_argument("--second-stage-epochs", type=int)
    parser.add_argument("--third-stage-epochs", type=int)
    parser.add_argument("--evaluate-only", action="store_true", help="recompute the test metrics of the checkpoint "
                        "in --out-dir with the current evaluation code (no training)")
    parser.add_argument("--finish-only", action="store_true", help="run the family's finishing step (the image flow's "
                        "class Gaussians) on the checkpoint in --out-dir, then evaluate it (no training)")
    options = parser.parse_args(argv)

    staged = {name for name, kind in KINDS.items() if getattr(kind.family, "training_stages", 1) > 1}
    if (options.init_from or options.second_stage_epochs or options.third_stage_epochs) and options.model not in staged:
        parser.error(f"--init-from and --second/third-stage-epochs are for the kinds that train in stages: {sorted(staged)}")
    if options.evaluate_only and (options.dry_run or options.init_from or overrides_given(options)):
        parser.error("--evaluate-only evaluates a saved checkpoint: it takes no training options")
    if options.finish_only and (options.evaluate_only or options.dry_run or options.init_from or overrides_given(options)):
        parser.error("--finish-only finishes a saved checkpoint: it takes no training options")
    datasets = list(DATASETS) if options.dataset == "both" else [options.dataset]
    names = list(KINDS) if options.model == "all" else [] if options.model == "bundle" else [options.model]
    overrides = {k: getattr(options, k) for k in TRAINING_OPTIONS if getattr(options, k) is not None}
    try:
        for dataset in datasets:
            if options.model in ("bundle", "all"):
                print(f"display bundle -> {build_display_bundle(dataset, options.data_root, directory=options.out_dir)}")
            for name in names:
                if options.evaluate_only:
                    evaluate_again(name, dataset, options.data_root, options.out_dir)
                    continue
                if options.finish_only:
                    finish_again(name, dataset, options.data_root, options.out_dir)
                    continue
                args = dataclasses.replace(KINDS[name].train_defaults[dataset], **overrides)
                train_model(name, dataset, args, options.device, options.data_root, options.out_dir, options.dry_run,
                            options.init_from)
    except DatasetMissingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def overrides_given(options) -> bool:
    return any(getattr(options, key) is not None for key in TRAINING_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
