"""Warm the caches once per server process, in the background, so the first student does not
wait for everyone: models, display bundles, latent codes and the default views of both
datasets. The first page still renders at once; a page that needs an entry the warm-up is
computing waits for that entry (the caches compute each key once) under its own spinner."""
from __future__ import annotations

import gc
import logging
import threading
import time

import streamlit as st

from core.data import DATASETS

_log = logging.getLogger(__name__)


WARMUP_DELAY_S = 2.0  # let the first page draw its heading before this thread competes for the GIL


def _warm() -> None:
    time.sleep(WARMUP_DELAY_S)
    # Imported here, in the thread: app.py (and so the home page) must not wait for torch.
    from core.registry import KINDS
    from ui import autoencoder_views as views
    from ui import loaders

    folder = loaders._folder()
    for dataset in DATASETS:
        try:
            loaders._cached_bundle(dataset, folder)
            for name in KINDS:
                loaders._cached_model(name, dataset, folder)
            for kind in ("ae", "vae", "vae_beta0.1", "vae_beta4"):
                loaders._cached_typical_radius(kind, dataset, folder)
        except Exception as error:  # a broken checkpoint is reported by the page that needs it
            _log.warning("warm-up of %s stopped: %s", dataset, error)
            continue
        for kind in loaders.AUTOENCODER_KINDS:  # the AE vs VAE page's default view (seed 0)
            views.prior_samples(dataset, kind, 0)
    for dataset in DATASETS:  # last, so the models come first: the interpolation page's default endpoints
        for label in views.DEFAULT_ENDPOINT_CLASSES.get(dataset, ()):
            try:
                views.faithful_images(dataset, label)
            except Exception as error:  # a page that needs it reports the problem
                _log.warning("warm-up of %s endpoints stopped: %s", dataset, error)
    from ui import flow_views
    for dataset in DATASETS:  # the image-flow page's N(0, I) check (500 samples, 3-4 s per dataset otherwise)
        try:
            flow_views.standard_base_shares(dataset, folder)
        except Exception as error:  # a page that needs it reports the problem
            _log.warning("warm-up of %s flow base check stopped: %s", dataset, error)
    # What is loaded now lives as long as the server: move it out of the garbage collector's
    # reach (gc.freeze). Python's own full collections otherwise walk these ~300,000 objects,
    # ~170 ms each, every few dozen clicks (measured on the AE vs VAE page: ~4 ms per click).
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner=False)
def start_background_warmup() -> threading.Thread:
    """Start the warm-up thread (once per process: cache_resource)."""
    thread = threading.Thread(target=_warm, name="gme-warmup", daemon=True)
    thread.start()
    return thread
