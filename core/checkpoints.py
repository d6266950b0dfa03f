"""Save and load weights safely: safetensors for tensors, a JSON sidecar for everything else.

Nothing is unpickled. The sidecar records the model class and config (enough to rebuild the
model), the dataset, the training arguments, final metrics, training time, library versions,
the date and the SHA-256 of the weights file. Any problem on load (missing file, corrupt
bytes, wrong model, mismatched shapes) raises CheckpointError, whose message names the exact
command that rebuilds the checkpoint.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import platform
from pathlib import Path
from typing import Any, Callable

import torch
from safetensors.torch import load_file, save_file

from core.data import checkpoint_directory
from core.registry import build_model, model_kind


class CheckpointError(RuntimeError):
    """A checkpoint is missing, corrupt or does not fit its model.

    `.command` rebuilds it; `.reason` (one of REASONS) and `.file` let a page say what went
    wrong in its own language, while str(error) stays a full English sentence for the CLI.
    """

    REASONS = ("missing_metadata", "corrupt_metadata", "wrong_metadata", "missing_weights", "checksum",
               "config_mismatch", "unreadable", "shape_mismatch")

    def __init__(self, message: str, command: str, reason: str, file: str):
        super().__init__(f"{message} Rebuild it with: {command}")
        self.message, self.command, self.reason, self.file = message, command, reason, file


def rebuild_command(kind: str, dataset: str) -> str:
    return f"python -m core.train {kind} --dataset {dataset}"


def checkpoint_paths(kind: str, dataset: str, directory: str | Path | None = None) -> tuple[Path, Path]:
    """(weights .safetensors, sidecar .json) for a model kind trained on a dataset."""
    folder = Path(directory or checkpoint_directory())
    # Not Path.with_suffix: kind names may contain dots ("vae_beta0.1").
    return folder / f"{kind}_{dataset}.safetensors", folder / f"{kind}_{dataset}.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def library_versions() -> dict[str, str]:
    import numpy
    import safetensors

    return {"python": platform.python_version(), "torch": torch.__version__,
            "numpy": numpy.__version__, "safetensors": safetensors.__version__}


def save_checkpoint(model: torch.nn.Module, kind: str, dataset: str, *, train_args: dict[str, Any],
                    metrics: dict[str, Any], train_seconds: float,
                    directory: str | Path | None = None, train_curve: dict[str, list[float]] | None = None) -> tuple[Path, Path]:
    weights_path, sidecar_path = checkpoint_paths(kind, dataset, directory)
    weights_path.parent.mkdir(parents=True, exist_ok=True)
    state = {name: tensor.detach().cpu().contiguous() for name, tensor in model.state_dict().items()}
    save_file(state, str(weights_path))
    sidecar = {
        "model": kind,
        "model_class": type(model).__name__,
        "config": dataclasses.asdict(model.config),
        "dataset": dataset,
        "train_args": train_args,
        "metrics": metrics,
        "train_seconds": round(train_seconds, 1),
        "versions": library_versions(),
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "weights_sha256": _sha256(weights_path),
        "rebuild": rebuild_command(kind, dataset),
    }
    if train_curve:  # per-epoch means of the training losses (core.stability reads their spread)
        sidecar["train_curve"] = train_curve
    sidecar_path.write_text(json.dumps(sidecar, indent=2) + "\n")
    return weights_path, sidecar_path


def read_sidecar(kind: str, dataset: str, directory: str | Path | None = None, command: str | None = None) -> dict[str, Any]:
    """The JSON metadata of a checkpoint (config, metrics, training details); errors name `command`
    (default: the core.train command of a registry kind)."""
    command = command or rebuild_command(kind, dataset)
    _, sidecar_path = checkpoint_paths(kind, dataset, directory)
    if not sidecar_path.exists():
        raise CheckpointError(f"Checkpoint metadata {sidecar_path.name} is missing.", command,
                              "missing_metadata", sidecar_path.name)
    try:
        sidecar = json.loads(sidecar_path.read_text())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CheckpointError(f"Checkpoint metadata {sidecar_path.name} is corrupt ({error}).", command,
                              "corrupt_metadata", sidecar_path.name) from error
    if not isinstance(sidecar, dict) or sidecar.get("model") != kind or sidecar.get("dataset") != dataset:
        raise CheckpointError(f"{sidecar_path.name} does not describe a '{kind}' model on '{dataset}'.", command,
                              "wrong_metadata", sidecar_path.name)
    return sidecar


def load_checkpoint(kind: str, dataset: str, directory: str | Path | None = None,
                    device: str = "cpu") -> tuple[torch.nn.Module, dict[str, Any]]:
    """Rebuild the model from its sidecar config, load and verify its weights; return (model.eval(), sidecar)."""
    command = rebuild_command(kind, dataset)
    model_kind(kind)  # unknown kinds are a programming error, not a checkpoint problem
    sidecar = read_sidecar(kind, dataset, directory)
    weights_path, _ = checkpoint_paths(kind, dataset, directory)
    if not weights_path.exists():
        raise CheckpointError(f"Checkpoint weights {weights_path.name} are missing.", command,
                              "missing_weights", weights_path.name)
    expected_hash = sidecar.get("weights_sha256")
    if expected_hash and _sha256(weights_path) != expected_hash:
        raise CheckpointError(f"Checkpoint weights {weights_path.name} are corrupt (checksum mismatch).", command,
                              "checksum", weights_path.name)
    try:
        model = build_model(kind, sidecar.get("config"))
    except TypeError as error:
        raise CheckpointError(f"The config in the sidecar of {weights_path.name} does not fit the model ({error}).", command,
                              "config_mismatch", weights_path.name) from error
    try:
        state = load_file(str(weights_path), device=device)
    except Exception as error:  # safetensors raises its own error types on bad headers
        raise CheckpointError(f"Checkpoint weights {weights_path.name} are unreadable ({error}).", command,
                              "unreadable", weights_path.name) from error
    expected = model.state_dict()
    mismatched = [name for name in expected if name in state and tuple(state[name].shape) != tuple(expected[name].shape)]
    missing, unexpected = sorted(set(expected) - set(state)), sorted(set(state) - set(expected))
    if mismatched or missing or unexpected:
        raise CheckpointError(
            f"Checkpoint weights {weights_path.name} do not match the model "
            f"(shape mismatch: {mismatched[:3]}, missing: {missing[:3]}, unexpected: {unexpected[:3]}).", command,
            "shape_mismatch", weights_path.name)
    model.load_state_dict(state)
    return model.to(device).eval(), sidecar


def load_outside_registry(kind: str, key: str, build: Callable[[dict], torch.nn.Module], command: str,
                          directory: str | Path | None = None) -> tuple[torch.nn.Module, dict[str, Any]]:
    """(model.eval(), sidecar) of a checkpoint that is not a registry kind (the 2-D toy models:
    KIND_KEY.safetensors + .json); build(config dict) makes the model. Every failure is a
    CheckpointError that names `command`."""
    sidecar = read_sidecar(kind, key, directory, command)
    weights = checkpoint_paths(kind, key, directory)[0]
    if not weights.exists():
        raise CheckpointError(f"Checkpoint weights {weights.name} are missing.", command, "missing_weights", weights.name)
    if sidecar.get("weights_sha256") and _sha256(weights) != sidecar["weights_sha256"]:
        raise CheckpointError(f"Checkpoint weights {weights.name} are corrupt (checksum mismatch).", command, "checksum", weights.name)
    try:
        model = build(sidecar.get("config", {}))
        model.load_state_dict(load_file(str(weights)))
    except Exception as error:
        raise CheckpointError(f"Checkpoint weights {weights.name} do not fit the model ({error}).", command,
                              "shape_mismatch", weights.name) from error
    return model.eval(), sidecar
