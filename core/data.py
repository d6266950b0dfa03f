"""Datasets (through torchvision) and the small display bundles shipped in checkpoints/.

Training reads the full datasets from a root folder (default `data/`). The app itself never
needs that folder: each page reads a *display bundle* (2,000 test images + labels, uint8,
compressed) committed under checkpoints/, so the app runs from a fresh clone.
"""
from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # torch is imported lazily: the home page needs the dataset list, not torch
    import torch

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_ROOT = REPO_ROOT / "data"
CHECKPOINT_DIR = REPO_ROOT / "checkpoints"
DISPLAY_BUNDLE_SIZE = 2000
EXTRACT_COMMAND = "../shared/datasets/extract.sh data"


@dataclass(frozen=True)
class DatasetInfo:
    """What the app needs to know about a dataset besides its pixels."""

    key: str  # "mnist" or "fashion": used in file names and on the command line
    title: str
    torchvision_name: str  # class name in torchvision.datasets
    class_names: tuple[str, ...]


DATASETS: dict[str, DatasetInfo] = {
    "mnist": DatasetInfo("mnist", "MNIST", "MNIST", tuple(str(d) for d in range(10))),
    "fashion": DatasetInfo(
        "fashion",
        "Fashion-MNIST",
        "FashionMNIST",
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
         "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
    ),
}


class DatasetMissingError(RuntimeError):
    """The dataset (or a display bundle) is not on disk or unreadable; the message says how to fix
    it, and `.file` / `.command` let a page say the same in its own language."""

    def __init__(self, message: str, file: str = "", command: str = ""):
        super().__init__(message)
        self.file, self.command = file, command


def dataset_info(key: str) -> DatasetInfo:
    if key not in DATASETS:
        raise ValueError(f"unknown dataset {key!r}; choose one of {sorted(DATASETS)}")
    return DATASETS[key]


def load_dataset(key: str, train: bool, root: str | Path = DEFAULT_DATA_ROOT) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (images uint8 (N, 28, 28), labels int64 (N,)) of one split.

    Tries the files already under `root` first, then torchvision's download (works only with
    internet, and gives the full 60,000-digit MNIST). Offline, run `extract.sh` first.
    """
    import torchvision.datasets as tvd

    info = dataset_info(key)
    dataset_class = getattr(tvd, info.torchvision_name)
    root = Path(root)
    try:
        dataset = dataset_class(str(root), train=train, download=False)
    except RuntimeError:
        try:
            dataset = dataset_class(str(root), train=train, download=True)
        except Exception as error:  # no network, wrong folder, broken files
            raise DatasetMissingError(
                f"{info.title} was not found under '{root}' and could not be downloaded "
                f"({type(error).__name__}). Offline, unpack the shipped copy with: {EXTRACT_COMMAND}"
            ) from error
    return dataset.data.clone(), dataset.targets.clone().long()


def images_to_float(images_uint8: torch.Tensor) -> torch.Tensor:
    """uint8 (N, 28, 28) -> float (N, 1, 28, 28) in [0, 1], the models' input convention."""
    return images_uint8.float().div(255.0).unsqueeze(1)


def checkpoint_directory() -> Path:
    """checkpoints/ of the repo, or the folder named by GME_CHECKPOINT_DIR (e.g. freshly retrained weights)."""
    return Path(os.environ.get("GME_CHECKPOINT_DIR") or CHECKPOINT_DIR)


def display_bundle_path(key: str, directory: str | Path | None = None) -> Path:
    return Path(directory or checkpoint_directory()) / f"display_{key}.npz"


def build_display_bundle(key: str, root: str | Path = DEFAULT_DATA_ROOT, size: int = DISPLAY_BUNDLE_SIZE,
                         directory: str | Path | None = None) -> Path:
    """Write the first `size` test images (class-balanced by construction of a seeded shuffle)."""
    import torch

    images, labels = load_dataset(key, train=False, root=root)
    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(0))[:size]
    path = display_bundle_path(key, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, images=images[order].numpy().astype(np.uint8), labels=labels[order].numpy().astype(np.uint8))
    return path


def load_display_bundle(key: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (images uint8 (N, 28, 28), labels int64 (N,)) from the shipped bundle.

    Raises DatasetMissingError naming the command that rebuilds it.
    """
    path = display_bundle_path(dataset_info(key).key)
    try:
        with np.load(path) as bundle:
            images, labels = bundle["images"], bundle["labels"].astype(np.int64)
    except Exception as error:
        raise DatasetMissingError(
            f"display bundle {path.name} is missing or unreadable ({type(error).__name__}). "
            f"Rebuild it with: python -m core.train bundle --dataset {key}",
            path.name, f"python -m core.train bundle --dataset {key}") from error
    if images.ndim != 3 or images.shape[1:] != (28, 28) or len(images) != len(labels):
        raise DatasetMissingError(
            f"display bundle {path.name} has unexpected shapes {images.shape}, {labels.shape}. "
            f"Rebuild it with: python -m core.train bundle --dataset {key}",
            path.name, f"python -m core.train bundle --dataset {key}")
    return images, labels
