"""Checkpoint I/O: round trip, and one clear error type for every way a file can be broken."""
import json

import pytest
import torch

from core.checkpoints import CheckpointError, checkpoint_paths, load_checkpoint, save_checkpoint
from core.registry import build_model


def save_small_vae(directory):
    model = build_model("vae", {"channels": 8, "hidden": 16})
    save_checkpoint(model, "vae", "mnist", train_args={"epochs": 0}, metrics={"x": 1.0}, train_seconds=0.0,
                    directory=directory)
    return model


def test_round_trip_restores_identical_weights_and_config(tmp_path):
    model = save_small_vae(tmp_path)
    loaded, sidecar = load_checkpoint("vae", "mnist", tmp_path)
    assert sidecar["config"]["channels"] == 8 and sidecar["model_class"] == "VAE"
    assert not loaded.training
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, loaded.state_dict()[name]), name


def test_missing_checkpoint_names_the_rebuild_command(tmp_path):
    with pytest.raises(CheckpointError) as error:
        load_checkpoint("ae", "fashion", tmp_path)
    assert "python -m core.train ae --dataset fashion" in str(error.value)
    assert error.value.command == "python -m core.train ae --dataset fashion"


def test_corrupt_weights_raise_checkpoint_error(tmp_path):
    save_small_vae(tmp_path)
    weights, _ = checkpoint_paths("vae", "mnist", tmp_path)
    data = bytearray(weights.read_bytes())
    data[-10:] = b"\xff" * 10
    weights.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="corrupt"):
        load_checkpoint("vae", "mnist", tmp_path)


def test_truncated_weights_without_checksum_raise_checkpoint_error(tmp_path):
    save_small_vae(tmp_path)
    weights, sidecar_path = checkpoint_paths("vae", "mnist", tmp_path)
    sidecar = json.loads(sidecar_path.read_text())
    del sidecar["weights_sha256"]
    sidecar_path.write_text(json.dumps(sidecar))
    weights.write_bytes(weights.read_bytes()[:50])
    with pytest.raises(CheckpointError, match="unreadable"):
        load_checkpoint("vae", "mnist", tmp_path)


def test_corrupt_sidecar_raises_checkpoint_error(tmp_path):
    save_small_vae(tmp_path)
    checkpoint_paths("vae", "mnist", tmp_path)[1].write_text("{not json")
    with pytest.raises(CheckpointError, match="corrupt"):
        load_checkpoint("vae", "mnist", tmp_path)


def test_config_that_does_not_match_weights_is_rejected(tmp_path):
    save_small_vae(tmp_path)
    _, sidecar_path = checkpoint_paths("vae", "mnist", tmp_path)
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["config"]["hidden"] = 32
    sidecar_path.write_text(json.dumps(sidecar))
    with pytest.raises(CheckpointError, match="do not match"):
        load_checkpoint("vae", "mnist", tmp_path)


def test_sidecar_of_another_model_is_rejected(tmp_path):
    save_small_vae(tmp_path)
    for suffix in (".safetensors", ".json"):
        source = tmp_path / f"vae_mnist{suffix}"
        source.rename(tmp_path / f"ae_mnist{suffix}")
    with pytest.raises(CheckpointError, match="does not describe"):
        load_checkpoint("ae", "mnist", tmp_path)


def test_kind_names_with_dots_keep_their_own_files(tmp_path):
    weights, sidecar = checkpoint_paths("vae_beta0.1", "mnist", tmp_path)
    assert weights.name == "vae_beta0.1_mnist.safetensors" and sidecar.name == "vae_beta0.1_mnist.json"
    assert checkpoint_paths("vae_beta0.1", "fashion", tmp_path)[0] != weights
