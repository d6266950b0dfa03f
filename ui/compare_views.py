"""The Compare page's cached computations: samples of every family from one seed (the protocol's
samplers, core.evaluate.draw), computed once per (dataset, seed, folder) and shared read-only."""
from __future__ import annotations

import numpy as np
import streamlit as st

from core.compare import FAMILIES
from core.evaluate import draw
from ui import loaders
from ui.shared_cache import read_only

SHOWN_SAMPLES = 16


@st.cache_resource(show_spinner=False, max_entries=16)
def _family_samples(dataset: str, seed: int, folder: str) -> dict[str, np.ndarray]:
    return read_only({name: draw(name, loaders.model(name, dataset), SHOWN_SAMPLES, seed=seed).images for name in FAMILIES})


def family_samples(dataset: str, seed: int) -> dict[str, np.ndarray]:
    """kind -> uint8 (16, 28, 28): the same seed through each family's own sampler."""
    return _family_samples(dataset, seed, loaders._folder())
