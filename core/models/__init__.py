"""Model registry: the name used on the command line and in checkpoint files -> class + config.

A checkpoint's JSON sidecar stores the config, so `Model(Config(**config))` rebuilds it.
Later model families register here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.models.autoencoder import VAE, AutoEncoder, AutoEncoderConfig
from core.models.classifier import Classifier, ClassifierConfig


@dataclass(frozen=True)
class ModelKind:
    name: str
    model_class: type
    config_class: type
    description: str


MODEL_KINDS: dict[str, ModelKind] = {
    "ae": ModelKind("ae", AutoEncoder, AutoEncoderConfig, "autoencoder, 2-D latent"),
    "vae": ModelKind("vae", VAE, AutoEncoderConfig, "variational autoencoder, 2-D latent"),
    "classifier": ModelKind("classifier", Classifier, ClassifierConfig, "CNN classifier (judge of samples)"),
}


def model_kind(name: str) -> ModelKind:
    if name not in MODEL_KINDS:
        raise ValueError(f"unknown model {name!r}; choose one of {sorted(MODEL_KINDS)}")
    return MODEL_KINDS[name]


def build_model(name: str, config: dict[str, Any] | None = None):
    kind = model_kind(name)
    return kind.model_class(kind.config_class(**(config or {})))
