""""About these models": what each checkpoint is and how well it did, read from its sidecar.

Every number comes from the JSON written at training time, so the page shows the measured
quality of exactly the weights it is running. Which metrics a kind reports, and its display
name, come from the registry (core.registry.KINDS).
"""
from __future__ import annotations

import streamlit as st

from core.families.flow import IMPORTANCE_SAMPLES
from core.family import recorded_stage_epochs
from core.registry import model_kind
from ui import loaders
from ui.i18n import t


# The numbers some metric names state, from the code that measured them (placeholders of card.metric.<key>).
METRIC_NAME_VALUES = {"test_iw_bits_per_dim": {"draws": IMPORTANCE_SAMPLES}}


def kind_name(name: str, language: str | None = None) -> str:
    """A model kind's display name, with the config values that define it (e.g. beta) from the
    registry's config overrides, so "β = 0.1" is never typed into a translation."""
    kind = model_kind(name)
    return t(kind.name_key, language, **{key: f"{value:g}" if isinstance(value, float) else value
                                         for key, value in kind.config_overrides.items()})


def metric_name(key: str, language: str | None = None) -> str:
    return t(f"card.metric.{key}", language, **METRIC_NAME_VALUES.get(key, {}))


def metric_text(key: str, value) -> str:
    unit = f" {t('unit.nats')}" if key.endswith("_nats") else f" {t('unit.bits_per_dim')}" if key.endswith("_bits_per_dim") else ""
    shown = f"{value:.1%}" if key.endswith("accuracy") else f"{value}"
    return f"{metric_name(key)} {shown}{unit}"


def epochs_text(args: dict) -> str:
    """"48", or "48 + 100 + 60" for a model trained in stages (core.family.TrainArgs)."""
    return " + ".join(str(epochs) for epochs in recorded_stage_epochs(args))


def model_cards(kinds: tuple[str, ...], dataset: str) -> None:
    """An expander with one table row per model: data, training, and test metrics."""
    with st.expander(t("card.title")):
        rows = [f"| {t('card.model')} | {t('card.data')} | {t('card.training')} | {t('card.metrics')} |", "|---|---|---|---|"]
        for name in kinds:
            kind = model_kind(name)
            sidecar = loaders.sidecar(name, dataset)
            args, metrics = sidecar["train_args"], sidecar["metrics"]
            shown = ", ".join(metric_text(key, metrics[key]) for key in kind.metric_keys if key in metrics)
            evaluated = loaders.evaluation(name, dataset) if kind.generative else None
            if evaluated is not None:  # the shared protocol's figures (core.evaluate), the same on every page
                record, reference = evaluated
                fidelity = t("card.fidelity", n=f"{record['fidelity']['n']:,}", fid=f"{record['fidelity']['fid']:.1f}",
                             reference=f"{reference['fidelity']['fid']:.1f}")
                shown = f"{shown}, {fidelity}" if shown else fidelity
            rows.append(f"| {kind_name(name)} | {metrics.get('train_images', '?'):,} / {metrics.get('test_images', '?'):,} "
                        f"| {t('card.epochs', n=epochs_text(args))}, {sidecar.get('train_seconds')} s ({args.get('device')}) | {shown} |")
        st.markdown("\n".join(rows))
        st.caption(t("card.caption", command=f"python -m core.train {kinds[0]} --dataset {dataset}"))
