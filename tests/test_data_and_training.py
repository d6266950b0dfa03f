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


def test_later_stages_resumed_from_a_saved_checkpoint_equal_an_uninterrupted_run(tmp_path):
    """The image flow trains in three stages (uniform, learned dequantisation, a fine-tuning cycle);
    `--init-from` must give the very weights that one uninterrupted command gives, from a checkpoint
    saved after one stage or after two, so the shipped checkpoint stays reproducible."""
    from safetensors.torch import load_file

    common = ["flow", "--dataset", "mnist", "--dry-run", "--device", "cpu"]
    assert main([*common, "--out-dir", str(tmp_path / "whole")]) == 0
    assert main([*common, "--third-stage-epochs", "0", "--out-dir", str(tmp_path / "two")]) == 0
    assert main([*common, "--second-stage-epochs", "0", "--third-stage-epochs", "0", "--out-dir", str(tmp_path / "one")]) == 0
    for saved in ("one", "two"):
        assert main([*common, "--init-from", str(tmp_path / saved), "--out-dir", str(tmp_path / f"from_{saved}")]) == 0
    weights = {name: load_file(str(tmp_path / name / "flow_mnist.safetensors")) for name in ("whole", "two", "from_one", "from_two")}
    for resumed in ("from_one", "from_two"):
        assert all(torch.equal(weights["whole"][key], weights[resumed][key]) for key in weights["whole"]), resumed
    assert not all(torch.equal(weights["whole"][key], weights["two"][key]) for key in weights["whole"])  # the third stage trained
    _, sidecar = load_checkpoint("flow", "mnist", tmp_path / "from_two")
    _, two_sidecar = load_checkpoint("flow", "mnist", tmp_path / "two")
    assert sidecar["train_args"]["third_stage_epochs"] == 1 and sidecar["train_args"]["resumed_from"]["stages"] == 2
    assert sidecar["train_args"]["resumed_from"]["weights_sha256"] == two_sidecar["weights_sha256"]
    assert {"test_iw_bits_per_dim", "test_uniform_bits_per_dim"} <= set(sidecar["metrics"])
    # A checkpoint trained with other settings is not what this command would have trained: refused;
    # so is one that already had every stage.
    with pytest.raises(ValueError, match="other settings"):
        main([*common, "--lr", "0.01", "--init-from", str(tmp_path / "two"), "--out-dir", str(tmp_path / "other")])
    with pytest.raises(ValueError, match="nothing to run"):
        main([*common, "--init-from", str(tmp_path / "whole"), "--out-dir", str(tmp_path / "other")])


def test_evaluate_only_recomputes_the_metrics_and_keeps_the_weights(tmp_path, monkeypatch):
    """`--evaluate-only` rewrites a sidecar's test metrics with the current evaluation code (for a
    metric added after a checkpoint was trained) and must leave the weights and the rest as they were."""
    import core.train as train

    assert main(["flow", "--dataset", "mnist", "--dry-run", "--device", "cpu", "--second-stage-epochs", "0",
                 "--third-stage-epochs", "0", "--out-dir", str(tmp_path)]) == 0
    _, before = load_checkpoint("flow", "mnist", tmp_path)
    original = train.load_training_data  # no dataset on CI: evaluate on the dry run's test images
    monkeypatch.setattr(train, "load_training_data", lambda dataset, root, dry_run: tuple(
        part[:train.DRY_RUN_TEST_IMAGES] for part in original(dataset, root, True)))
    sidecar_path = tmp_path / "flow_mnist.json"
    sidecar_path.write_text(sidecar_path.read_text().replace('"test_iw_bits_per_dim"', '"old_name"'))
    assert main(["flow", "--dataset", "mnist", "--evaluate-only", "--out-dir", str(tmp_path)]) == 0
    _, after = load_checkpoint("flow", "mnist", tmp_path)  # loads: the weights still match their recorded SHA-256
    assert after["metrics"]["test_iw_bits_per_dim"] == before["metrics"]["test_iw_bits_per_dim"]
    assert "old_name" not in after["metrics"] and "metrics_date" in after
    assert {key: after[key] for key in before if key != "metrics"} == {key: before[key] for key in before if key != "metrics"}


def test_finish_only_fits_the_flow_class_gaussians_and_keeps_the_trained_weights(tmp_path, monkeypatch):
    """`--finish-only` runs the finishing step (the image flow's class Gaussians of p(z)) on a checkpoint
    trained before the step existed (no `base.*` weights): the trained weights stay, p(z) is fitted,
    the sidecar records it, and the result is what a whole training run would have saved."""
    import json

    from safetensors.torch import load_file, save_file

    import core.train as train

    images = 256
    original = train.load_training_data  # no dataset on CI, and a test must be quick: the first images only
    monkeypatch.setattr(train, "load_training_data", lambda dataset, root, dry_run: tuple(
        part[:images] for part in original(dataset, root, True)))
    assert main(["flow", "--dataset", "mnist", "--dry-run", "--device", "cpu", "--second-stage-epochs", "0",
                 "--third-stage-epochs", "0", "--out-dir", str(tmp_path)]) == 0
    weights_path, sidecar_path = tmp_path / "flow_mnist.safetensors", tmp_path / "flow_mnist.json"
    whole = load_file(str(weights_path))
    assert whole["base.mean"].abs().sum() > 0  # the training command fitted it already
    trained = {key: value for key, value in whole.items() if not key.startswith("base.")}
    save_file(trained, str(weights_path))  # as saved before the step existed
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["train_args"].pop("finish")
    sidecar.pop("weights_sha256")
    sidecar["metrics"].pop("test_class_accuracy")
    sidecar_path.write_text(json.dumps(sidecar))
    assert main(["flow", "--dataset", "mnist", "--finish-only", "--out-dir", str(tmp_path)]) == 0
    _, after = load_checkpoint("flow", "mnist", tmp_path)  # loads: every weight present, checksum recorded
    finished = load_file(str(weights_path))
    assert all(torch.equal(finished[key], value) for key, value in trained.items())
    assert all(torch.equal(finished[key], whole[key]) for key in whole if key.startswith("base."))  # = the whole run's
    assert after["train_args"]["finish"]["images"] == images and "test_class_accuracy" in after["metrics"]
    assert after["train_seconds"] >= sidecar["train_seconds"]
