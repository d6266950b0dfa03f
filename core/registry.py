"""The registry: every model kind the app ships, and everything the rest of the code needs to
know about it. `train.py`, `sample.py`, the loaders, model cards and tests loop over KINDS, so
adding a kind is one entry here (plus its family module and its page).

A checkpoint's JSON sidecar stores the config, so `kind.build(config)` rebuilds the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.families.autoencoder import AutoencoderFamily
from core.families.classifier import ClassifierFamily
from core.families.ddpm import DDPM, DDPMConfig, DDPMFamily
from core.families.flow import FlowFamily
from core.families.gan import GANFamily
from core.family import Family, TrainArgs
from core.models.autoencoder import VAE, AutoEncoder, AutoEncoderConfig
from core.models.classifier import Classifier, ClassifierConfig
from core.models.flow import ImageFlow, ImageFlowConfig
from core.models.gan import GAN, GANConfig

AUTOENCODER_METRICS = ("test_reconstruction_nats", "latent_gaussian_fit_kl")
VAE_METRICS = AUTOENCODER_METRICS + ("test_elbo_reconstruction_nats", "test_kl_nats", "test_negative_elbo_nats")


@dataclass(frozen=True)
class ModelKind:
    name: str  # on the command line and in checkpoint file names
    family: Family
    model_class: type
    config_class: type
    description: str  # for --help; the pages use the translated name under `name_key`
    train_defaults: dict[str, TrainArgs]  # per dataset: the settings the shipped checkpoint used
    metric_keys: tuple[str, ...]  # what evaluation writes to the sidecar (and model cards show)
    config_overrides: dict[str, Any] = field(default_factory=dict)  # config values that define this kind
    # How core.evaluate samples the kind (its sampler's options) and whether with balanced class labels.
    evaluation_options: dict[str, Any] = field(default_factory=dict)
    conditional_evaluation: bool = False
    # What the kind's trainer is handed as `required` (core.evaluate.required_parts): shipped checkpoints
    # of the same dataset by kind name, or "fidelity" (the classifier with its fixed test statistics,
    # a core.fidelity.FidelityJudge). Families load nothing themselves.
    requires: tuple[str, ...] = ()

    @property
    def name_key(self) -> str:
        """Translation key of the kind's display name (ui/locales)."""
        return f"kind.{self.name}"

    @property
    def generative(self) -> bool:
        return self.family.generative

    def build(self, config: dict[str, Any] | None = None):
        return self.model_class(self.config_class(**{**self.config_overrides, **(config or {})}))


_autoencoder, _classifier = AutoencoderFamily(), ClassifierFamily()


def _autoencoder_kind(name: str, model_class: type, description: str, metrics: tuple[str, ...], **overrides) -> ModelKind:
    # MNIST (8,000 offline images) needs more epochs than Fashion-MNIST (60,000) for as many updates.
    return ModelKind(name, _autoencoder, model_class, AutoEncoderConfig, description,
                     {"mnist": TrainArgs(epochs=80), "fashion": TrainArgs(epochs=40)}, metrics, overrides)


KINDS: dict[str, ModelKind] = {kind.name: kind for kind in (
    _autoencoder_kind("ae", AutoEncoder, "autoencoder, 2-D latent", AUTOENCODER_METRICS),
    _autoencoder_kind("vae", VAE, "variational autoencoder, 2-D latent", VAE_METRICS),
    ModelKind("classifier", _classifier, Classifier, ClassifierConfig, "CNN classifier (judge of samples)",
              {"mnist": TrainArgs(epochs=40, augment=True), "fashion": TrainArgs(epochs=30, augment=True)},
              ("test_accuracy",)),
    # The KL weight beta of the ELBO (concept C6): a weak and a strong one beside the standard beta = 1.
    _autoencoder_kind("vae_beta0.1", VAE, "VAE with KL weight 0.1", VAE_METRICS, beta=0.1),
    _autoencoder_kind("vae_beta4", VAE, "VAE with KL weight 4", VAE_METRICS, beta=4.0),
    # --- GAN kinds ---
    # DCGAN (concept C8). Batch 64, Adam 2e-4 for G (D: x config.d_lr_factor): MNIST (8,000 offline images)
    # 120 epochs, Fashion (60,000) 8 epochs (15,000 and 7,504 alternating updates: 11 and 6 minutes on 2 CPU cores).
    ModelKind("gan", GANFamily(), GAN, GANConfig, "DCGAN: generator + discriminator, non-saturating loss",
              {"mnist": TrainArgs(epochs=120, batch_size=64, lr=2e-4), "fashion": TrainArgs(epochs=8, batch_size=64, lr=2e-4)},
              (), requires=("fidelity",)),
    # --- Flow kinds ---
    # RealNVP/Glow-style flow on dequantised images, exact log-likelihood in bits/dim (issue 8), trained
    # in stages on one CPU thread: uniform dequantisation (MNIST 48 epochs of the 8,000 offline digits,
    # 12,000 updates, 36 min: 1.56 bits/dim; Fashion-MNIST 6 epochs, 11,250 updates, 37 min: 3.42), then
    # the learned q(u | k) with the flow (MNIST 100 epochs, 25,000 updates; Fashion 13 epochs, 24,375
    # updates; 88 min each): 1.32 / 3.24 (one draw of u); then, MNIST only, 60 epochs (15,000 updates,
    # 75 min) at a third of the rates: 1.311 (train 1.309 before it: underfitting, not overfitting).
    # With 16 draws of u per test image (importance-weighted): 1.294 / 3.223. Then p(z) = N(0, I) was
    # replaced by one Gaussian per class, fitted to the training images' z (closed form, 12 / 135 s; the
    # flow's weights unchanged): 1.291 / 3.209, one draw 1.309 / 3.227; the rarest class of 500 samples at
    # T = 1 went from 5.4 % / 0.8 % to 5.6 % / 2.8 %; as a Bayes classifier 75.8 % / 80.7 % of test images.
    ModelKind("flow", FlowFamily(), ImageFlow, ImageFlowConfig, "normalizing flow (RealNVP coupling layers) on images",
              {"mnist": TrainArgs(epochs=48, batch_size=32, second_stage_epochs=100, third_stage_epochs=60),
               "fashion": TrainArgs(epochs=6, batch_size=32, second_stage_epochs=13)},
              ("test_bits_per_dim", "test_iw_bits_per_dim", "test_uniform_bits_per_dim", "test_class_accuracy")),
    # --- Diffusion kinds ---
    # DDPM with classifier-free guidance (concepts C12, C13, C15, C18). MNIST has 8,000 offline
    # training images, Fashion-MNIST 60,000. Fashion: 8 epochs (7,504 updates, 44 min on one CPU
    # thread); the 2 epochs shipped before (1,876 updates) sampled at 1.5-2.2x the real FID floor
    # without guidance (DDPM, 100 respaced steps; DDIM 50: 3.1x), 8 epochs at 0.95-1.2x and 1.3-1.5x.
    ModelKind("ddpm", DDPMFamily(), DDPM, DDPMConfig, "class-conditional DDPM (UNet, T = 1000, guidance)",
              {"mnist": TrainArgs(epochs=16, batch_size=64, lr=2e-3),
               "fashion": TrainArgs(epochs=8, batch_size=64, lr=2e-3)}, ("test_eps_mse",),
              evaluation_options={"steps": 50, "sampler": "ddim", "guidance": 0.0}, conditional_evaluation=True),
)}


def model_kind(name: str) -> ModelKind:
    if name not in KINDS:
        raise ValueError(f"unknown model {name!r}; choose one of {sorted(KINDS)}")
    return KINDS[name]


def build_model(name: str, config: dict[str, Any] | None = None):
    return model_kind(name).build(config)


def generative_kinds() -> list[str]:
    return [name for name, kind in KINDS.items() if kind.generative]
