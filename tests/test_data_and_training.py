"""Datasets, display bundles and the training entry point (dry run)."""
import numpy as np
import torch
import pytest

from core.checkpoints import load_checkpoint
from core.data import DATASETS, DatasetMissingError, load_dataset, load_display_bundle
from core.registry import KINDS
from core.train import main


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_display_bundle_ships_2000_labelled_test_images(dataset):
    images, labels = load_display_bundle(dataset)
    assert images.shape == (2000, 28, 28) and images.dtype == np.uint8
    assert set(np.unique(labels)) == set(range(10))
    assert images.max() > 200  # real pixels, not an empty placeholder


def test_missing_dataset_error_names_the_extract_command(tmp_path, monkeypatch):
    import torchvision.datasets as tvd

    def offline(*args, **kwargs):  # simulate a machine with no network
        if kwargs.get("download"):
            raise RuntimeError("no network")
        raise RuntimeError("Dataset not found")

    monkeypatch.setattr(tvd, "MNIST", offline)
    with pytest.raises(DatasetMissingError, match="extract.sh data"):
        load_dataset("mnist", train=True, root=tmp_path / "nowhere")


def test_unknown_dataset_is_rejected():
    with pytest.raises(ValueError):
        load_display_bundle("cifar")


@pytest.mark.parametrize("kind", list(KINDS))
def test_dry_run_trains_and_writes_a_loadable_checkpoint(kind, tmp_path):
    assert main([kind, "--dataset", "mnist", "--dry-run", "--device", "cpu", "--out-dir", str(tmp_path)]) == 0
    model, sidecar = load_checkpoint(kind, "mnist", tmp_path)
    assert sidecar["train_args"]["dry_run"] is True
    assert sidecar["metrics"]["test_images"] > 0
    assert "torch" in sidecar["versions"]


def test_a_second_stage_resumed_from_a_saved_first_stage_equals_an_uninterrupted_run(tmp_path):
    """The image flow trains in two stages (uniform, then learned dequantisation); `--init-from` must
    give the very weights that one uninterrupted command gives, so the shipped checkpoint stays reproducible."""
    from safetensors.torch import load_file

    common = ["flow", "--dataset", "mnist", "--dry-run", "--device", "cpu"]
    assert main([*common, "--out-dir", str(tmp_path / "whole")]) == 0
    assert main([*common, "--second-stage-epochs", "0", "--out-dir", str(tmp_path / "first")]) == 0
    assert main([*common, "--init-from", str(tmp_path / "first"), "--out-dir", str(tmp_path / "resumed")]) == 0
    whole = load_file(str(tmp_path / "whole" / "flow_mnist.safetensors"))
    first = load_file(str(tmp_path / "first" / "flow_mnist.safetensors"))
    resumed = load_file(str(tmp_path / "resumed" / "flow_mnist.safetensors"))
    assert all(torch.equal(whole[name], resumed[name]) for name in whole)
    assert not all(torch.equal(whole[name], first[name]) for name in whole)  # the second stage did train
    _, sidecar = load_checkpoint("flow", "mnist", tmp_path / "resumed")
    _, first_sidecar = load_checkpoint("flow", "mnist", tmp_path / "first")
    assert sidecar["train_args"]["second_stage_epochs"] == 1
    assert sidecar["train_args"]["first_stage"]["weights_sha256"] == first_sidecar["weights_sha256"]
    assert "test_uniform_bits_per_dim" in sidecar["metrics"]
    # A first stage trained with other settings is not what this command would have trained: refused.
    with pytest.raises(ValueError, match="other settings"):
        main([*common, "--lr", "0.01", "--init-from", str(tmp_path / "first"), "--out-dir", str(tmp_path / "other")])
