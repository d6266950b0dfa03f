"""The registry and the family contract: every kind trains, evaluates, samples and is named
through one entry, and `python -m core.sample` works for every generative kind."""
import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest
import torch

from core.checkpoints import checkpoint_paths, load_checkpoint
from core.data import DATASETS
from core.registry import KINDS, generative_kinds
from tests.conftest import ROOT


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind_has_training_defaults_for_every_dataset(name):
    assert set(KINDS[name].train_defaults) == set(DATASETS)


@pytest.mark.parametrize("name", list(KINDS))
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_shipped_sidecar_reports_exactly_the_registered_metrics(name, dataset):
    sidecar = json.loads(checkpoint_paths(name, dataset)[1].read_text())
    reported = set(sidecar["metrics"]) - {"train_images", "test_images"}
    assert reported == set(KINDS[name].metric_keys)


@pytest.mark.parametrize("name", list(KINDS))
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_shipped_checkpoint_was_trained_with_the_registered_settings(name, dataset):
    """`python -m core.train KIND --dataset D` reproduces the shipped checkpoint only if the registry's
    defaults are the settings it was trained with (every stage's epochs included)."""
    saved = json.loads(checkpoint_paths(name, dataset)[1].read_text())["train_args"]
    registered = dataclasses.asdict(KINDS[name].train_defaults[dataset])
    assert {key: saved.get(key, 0) for key in registered} == registered
    assert saved["dry_run"] is False


@pytest.mark.parametrize("name", generative_kinds())
def test_core_sample_writes_uint8_images_and_reports_the_time(name, tmp_path):
    out = tmp_path / "samples.npz"
    result = subprocess.run([sys.executable, "-m", "core.sample", name, "--dataset", "fashion", "--n", "12",
                             "--seed", "3", "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("sampled 12 images in ") and result.stdout.strip().endswith(" s")
    with np.load(out) as data:
        assert data["images"].shape == (12, 28, 28) and data["images"].dtype == np.uint8
        assert data["images"].max() > 100  # real strokes, not a blank placeholder
        assert "labels" not in data  # the autoencoders are unconditional


def test_core_sample_flow_draws_a_chosen_class_and_saves_its_labels(tmp_path):
    """The image flow's p(z) has one Gaussian per class: --label draws from one of them."""
    out = tmp_path / "samples.npz"
    result = subprocess.run([sys.executable, "-m", "core.sample", "flow", "--dataset", "mnist", "--n", "16", "--label", "3",
                             "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with np.load(out) as data:
        assert data["images"].shape == (16, 28, 28) and (data["labels"] == 3).all()


def test_core_sample_rejects_a_non_generative_kind_and_unknown_options(tmp_path):
    for argv in (["classifier"], ["vae", "--guidance", "3"], ["ddpm", "--sampler", "ddpm", "--eta", "1"],
                 ["ddpm", "--eta", "2"], ["flow", "--label", "10"], ["flow", "--guidance", "1"]):
        result = subprocess.run([sys.executable, "-m", "core.sample", *argv, "--out", str(tmp_path / "x.npz")],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode != 0 and not (tmp_path / "x.npz").exists()


@pytest.mark.parametrize("name", generative_kinds())
def test_sampler_frames_agree_with_its_final_output_and_the_seed_fixes_it(name):
    model, _ = load_checkpoint(name, "mnist")
    family = KINDS[name].family
    with_frames = family.sample(model, 8, torch.Generator().manual_seed(5), return_frames=True)
    again = family.sample(model, 8, torch.Generator().manual_seed(5))
    other = family.sample(model, 8, torch.Generator().manual_seed(6))
    assert np.array_equal(with_frames.frames["x"][-1], with_frames.images)
    assert len(with_frames.frame_steps) == len(with_frames.frames["x"])
    assert np.array_equal(with_frames.images, again.images) and again.frames is None
    assert not np.array_equal(with_frames.images, other.images)


def test_autoencoder_temperature_scales_the_latent_draw():
    model, _ = load_checkpoint("vae", "mnist")
    family = KINDS["vae"].family
    cold = family.sample(model, 256, torch.Generator().manual_seed(0), temperature=0.1)
    warm = family.sample(model, 256, torch.Generator().manual_seed(0), temperature=1.0)
    assert np.allclose(cold.extras["z"], 0.1 * warm.extras["z"], atol=1e-6)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_registered_kind_has_a_display_name(language):
    from ui.i18n import t

    for kind in KINDS.values():
        assert t(kind.name_key, language).strip()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_registered_metric_has_a_model_card_label(language):
    from ui.i18n import t

    for kind in KINDS.values():
        for key in kind.metric_keys:
            assert t(f"card.metric.{key}", language).strip()
