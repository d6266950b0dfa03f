"""Cached access to models and display data. A model is loaded once per server process
(st.cache_resource, eval mode, never mutated); arrays derived from it are cached per input
(st.cache_data). A missing or broken checkpoint stops the page with a clear message."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import NamedTuple

import numpy as np
import streamlit as st
import torch

from core.checkpoints import CheckpointError, load_checkpoint
from core.data import DatasetMissingError, load_display_bundle
from core.latent import encode_images, typical_knn_radius
from ui.i18n import t

# One intra-op thread: the app's tensors are tiny (one latent point, a few images), and on a
# 2-core machine a second torch thread only fights the server and the browser for the cores
# (a click's decode took 4-170 ms with 2 threads, jittering with the other load; see bench/).
torch.set_num_threads(1)


@contextmanager
def all_cores():
    """Batch work (hundreds of images: samples, lattices, frames) may use every core: on 2 cores
    scoring 256 samples takes 0.27 s instead of 0.6 s. Single decodes stay on one thread."""
    torch.set_num_threads(os.cpu_count() or 1)
    try:
        yield
    finally:
        torch.set_num_threads(1)



@st.cache_resource(show_spinner=False)
def _cached_model(kind: str, dataset: str):
    return load_checkpoint(kind, dataset)


def model(kind: str, dataset: str):
    """The trained model, or st.error naming the rebuild command and st.stop()."""
    try:
        return _cached_model(kind, dataset)[0]
    except CheckpointError as error:
        st.error(t("error.checkpoint", message=str(error), command=error.command))
        st.stop()


def sidecar(kind: str, dataset: str) -> dict:
    model(kind, dataset)
    return _cached_model(kind, dataset)[1]


@st.cache_data(show_spinner=False)
def _cached_bundle(dataset: str) -> tuple[np.ndarray, np.ndarray]:
    return load_display_bundle(dataset)


def display_bundle(dataset: str) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (N, 28, 28), labels (N,)) shipped in checkpoints/."""
    try:
        return _cached_bundle(dataset)
    except DatasetMissingError as error:
        st.error(t("error.bundle", message=str(error)))
        st.stop()


@st.cache_data(show_spinner=False)
def _cached_codes(kind: str, dataset: str) -> np.ndarray:
    images, _ = _cached_bundle(dataset)
    with all_cores():
        return encode_images(_cached_model(kind, dataset)[0], images)


def latent_codes(kind: str, dataset: str) -> np.ndarray:
    """Latent codes (N, 2) of the display images under one model (VAE: means of q(z|x))."""
    model(kind, dataset)
    display_bundle(dataset)
    return _cached_codes(kind, dataset)


@st.cache_data(show_spinner=False)
def typical_radius(kind: str, dataset: str) -> float:
    """The k-NN spacing of a model's codes, computed once: relative_density's normaliser."""
    return typical_knn_radius(latent_codes(kind, dataset))


AUTOENCODER_KINDS = ("ae", "vae")


class AutoencoderPair(NamedTuple):
    """What both autoencoder pages show: the AE and the VAE, the classifier that judges their
    images, the display images, and the images' codes under each model."""

    models: dict
    classifier: torch.nn.Module
    images: np.ndarray
    labels: np.ndarray
    codes: dict


def autoencoder_pair(dataset: str) -> AutoencoderPair:
    kinds = AUTOENCODER_KINDS
    images, labels = display_bundle(dataset)
    return AutoencoderPair({kind: model(kind, dataset) for kind in kinds},
                           model("classifier", dataset), images, labels,
                           {kind: latent_codes(kind, dataset) for kind in kinds})
