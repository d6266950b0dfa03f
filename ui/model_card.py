""""About these models": what each checkpoint is and how well it did, read from its sidecar.

Every number comes from the JSON written at training time, so the page shows the measured
quality of exactly the weights it is running.
"""
from __future__ import annotations

import streamlit as st

from ui import loaders
from ui.i18n import t

# Metric keys worth showing, in display order, with their units.
SHOWN_METRICS = {"test_accuracy": "", "test_reconstruction_nats": " nats", "test_kl_nats": " nats",
                 "test_negative_elbo_nats": " nats", "latent_gaussian_fit_kl": ""}


def model_cards(kinds: tuple[str, ...], dataset: str) -> None:
    """An expander with one table row per model: data, training, and test metrics."""
    with st.expander(t("card.title")):
        rows = [f"| {t('card.model')} | {t('card.data')} | {t('card.training')} | {t('card.metrics')} |", "|---|---|---|---|"]
        for kind in kinds:
            sidecar = loaders.sidecar(kind, dataset)
            args, metrics = sidecar["train_args"], sidecar["metrics"]
            shown = ", ".join(f"{t(f'card.metric.{key}')} {metrics[key]}{unit}" for key, unit in SHOWN_METRICS.items()
                              if key in metrics)
            rows.append(f"| {t(f'card.kind.{kind}')} | {metrics.get('train_images', '?'):,} / {metrics.get('test_images', '?'):,} "
                        f"| {t('card.epochs', n=args.get('epochs'))}, {sidecar.get('train_seconds')} s ({args.get('device')}) | {shown} |")
        st.markdown("\n".join(rows))
        st.caption(t("card.caption", command=f"python -m core.train {kinds[0]} --dataset {dataset}"))
