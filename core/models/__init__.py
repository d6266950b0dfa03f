"""Model registry: the name used on the command line and in checkpoint files -> class + config.

A checkpoint's JSON sidecar stores the config, so `Model(Config(**config))` rebuilds it.
Later model families register here too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.models.autoencoder import VAE, AutoEncoder, AutoEncoderConfig
from core.models.classifier import Classifier, ClassifierConfig


@dataclass(frozen=True)
class ModelKind:
    name: str
    model_class: type
    config_class: type
    description: str
    defaults: dict[str, Any] = field(default_factory=dict)  # config values that define this kind


MODEL_KINDS: dict[str, ModelKind] = {
    "ae": ModelKind("ae", AutoEncoder, AutoEncoderConfig, "autoencoder, 2-D latent"),
    "vae": ModelKind("vae", VAE, AutoEncoderConfig, "variational autoencoder, 2-D latent"),
    "classifier": ModelKind("classifier", Classifier, ClassifierConfig, "CNN classifier (judge of samples)"),
    # The KL weight beta of the ELBO (concept C6): a weak and a strong one beside the standard beta = 1.
    "vae_beta0.1": ModelKind("vae_beta0.1", VAE, AutoEncoderConfig, "VAE with KL weight 0.1", {"beta": 0.1}),
    "vae_beta4": ModelKind("vae_beta4", VAE, AutoEncoderConfig, "VAE with KL weight 4", {"beta": 4.0}),
}


def model_kind(name: str) -> ModelKind:
    if name not in MODEL_KINDS:
        raise ValueError(f"unknown model {name!r}; choose one of {sorted(MODEL_KINDS)}")
    return MODEL_KINDS[name]


def build_model(name: str, config: dict[str, Any] | None = None):
    kind = model_kind(name)
    return kind.model_class(kind.config_class(**{**kind.defaults, **(config or {})}))
