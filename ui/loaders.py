"""Cached access to models and display data.

A model is loaded once per server process (st.cache_resource, eval mode, never mutated); arrays
derived from it are cached per input (st.cache_data). Every cache key includes the checkpoint
folder, so GME_CHECKPOINT_DIR (tests, freshly retrained weights) never mixes with the shipped
one. A missing or broken checkpoint stops the page with a message in the page's language.

Thread policy, set once at import (i.e. at server start), never per session: one intra-op torch
thread. The app's tensors are tiny (one latent point, a few hundred images); on a 2-core
machine a second torch thread only fights the server and the browsers for the cores (a click's
decode took 4-170 ms with 2 threads, jittering with the other load), and with many students the
sessions' calls already run in parallel. Nothing in the app calls torch.set_num_threads again.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
import streamlit as st
import torch

from core.checkpoints import CheckpointError, load_checkpoint
from core.data import DISPLAY_BUNDLE_SIZE, DatasetMissingError, checkpoint_directory, load_display_bundle
from core.interpolation import LatentModel
from core.latent import encode_images, typical_knn_radius
from ui.i18n import t
from ui.shared_cache import read_only

TORCH_THREADS = 1
torch.set_num_threads(TORCH_THREADS)


# Convolution weights stored channels-last for the models the app runs on every click: on one CPU
# thread 41 VAE decodes took 5.0 ms instead of 5.6-7.0, 64 GAN samples 13.8 ms instead of 16.2,
# with the same outputs (max difference 0 on both). Training and the checkpoints are unchanged.
CHANNELS_LAST_KINDS = ("ae", "vae", "vae_beta0.1", "vae_beta4", "gan")


def _folder() -> str:
    return str(checkpoint_directory())


@st.cache_resource(show_spinner=False, max_entries=64)
def _cached_model(kind: str, dataset: str, folder: str):
    model, card = load_checkpoint(kind, dataset, folder)
    if kind == "classifier":  # the app only judges with it: BatchNorm folded in, ~9 % faster
        model = model.fused_for_inference()
    elif kind in CHANNELS_LAST_KINDS:
        model = model.to(memory_format=torch.channels_last)
    return model, card


def checkpoint_error_message(error: CheckpointError) -> str:
    """What went wrong, in the page's language, with the command that rebuilds the file (once)."""
    return t("error.checkpoint", reason=t(f"error.checkpoint.{error.reason}", file=error.file), command=error.command)


def model(kind: str, dataset: str):
    """The trained model, or an error naming the rebuild command and st.stop()."""
    return _model_and_sidecar(kind, dataset)[0]


def sidecar(kind: str, dataset: str) -> dict:
    return _model_and_sidecar(kind, dataset)[1]


def _model_and_sidecar(kind: str, dataset: str):
    try:
        return _cached_model(kind, dataset, _folder())
    except CheckpointError as error:
        st.error(checkpoint_error_message(error))
        st.stop()


# The display images and their codes are shared by every session (st.cache_resource, read-only)
# rather than copied per call (st.cache_data pickles a copy on every hit: 1.5 MB of images, several
# times per rerun, was ~5 ms of each "another example" on the interpolation page).
@st.cache_resource(show_spinner=False, max_entries=8)
def _cached_bundle(dataset: str, folder: str) -> tuple[np.ndarray, np.ndarray]:
    images, labels = load_display_bundle(dataset)
    return read_only(images), read_only(labels)


def display_bundle(dataset: str) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (N, 28, 28), labels (N,)) shipped in checkpoints/."""
    try:
        return _cached_bundle(dataset, _folder())
    except DatasetMissingError as error:
        st.error(t("error.bundle", file=error.file, command=error.command))
        st.stop()


@st.cache_resource(show_spinner=False, max_entries=32)
def _cached_codes(kind: str, dataset: str, folder: str) -> np.ndarray:
    images, _ = _cached_bundle(dataset, folder)
    return read_only(encode_images(_cached_model(kind, dataset, folder)[0], images))


@st.cache_data(show_spinner=False, max_entries=32)
def _cached_typical_radius(kind: str, dataset: str, folder: str) -> float:
    return typical_knn_radius(_cached_codes(kind, dataset, folder))


def latent_codes(kind: str, dataset: str) -> np.ndarray:
    """Latent codes (N, 2) of the display images under one model (VAE: means of q(z|x))."""
    model(kind, dataset)
    display_bundle(dataset)
    return _cached_codes(kind, dataset, _folder())


def latent_model(kind: str, dataset: str) -> LatentModel:
    """A decoder with the display images' codes and their k-NN spacing (relative_density's normaliser)."""
    codes = latent_codes(kind, dataset)
    return LatentModel(model(kind, dataset), codes, _cached_typical_radius(kind, dataset, _folder()))


AUTOENCODER_KINDS = ("ae", "vae")


class AutoencoderPair(NamedTuple):
    """What both autoencoder pages show: the AE and the VAE, the classifier that judges their
    images, the display images, and the images' codes under each model."""

    latents: dict[str, LatentModel]
    classifier: torch.nn.Module
    images: np.ndarray
    labels: np.ndarray

    @property
    def codes(self) -> dict[str, np.ndarray]:
        return {kind: latent.codes for kind, latent in self.latents.items()}

    @property
    def models(self) -> dict:
        return {kind: latent.model for kind, latent in self.latents.items()}


def autoencoder_pair(dataset: str) -> AutoencoderPair:
    """Loads (once per process) with a spinner in the page's language: the first visit after a
    server start waits for the models and the codes of the display images (DISPLAY_BUNDLE_SIZE)."""
    with st.spinner(t("loading.models", images=f"{DISPLAY_BUNDLE_SIZE:,}")):
        images, labels = display_bundle(dataset)
        return AutoencoderPair({kind: latent_model(kind, dataset) for kind in AUTOENCODER_KINDS},
                               model("classifier", dataset), images, labels)


@st.cache_resource(show_spinner=False, max_entries=8)
def _cached_metrics(folder: str) -> dict:
    from core.evaluate import read_metrics

    try:
        return read_metrics(folder)
    except (OSError, ValueError):  # unreadable JSON: the pages say the figures are missing
        return {}


def metrics() -> dict:
    """checkpoints/metrics.json (core.evaluate), read once per process and shared; {} if missing or unreadable."""
    return _cached_metrics(_folder())


def evaluation(kind: str, dataset: str) -> tuple[dict, dict] | None:
    """(the kind's record, the dataset's real reference) from checkpoints/metrics.json (core.evaluate),
    or None when it has not been evaluated (the page says so and names the command)."""
    entry = metrics().get("datasets", {}).get(dataset, {})
    record = entry.get("models", {}).get(kind)
    if record is None or "reference" not in entry:
        return None
    return record, entry["reference"]
