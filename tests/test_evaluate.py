"""checkpoints/metrics.json (python -m core.evaluate): one record per shipped generative model
under one protocol, measured on exactly the weights that ship, and the n-sweep's lesson."""
import json

import pytest

from core.checkpoints import read_sidecar
from core.data import DATASETS, checkpoint_directory
from core.evaluate import SWEEP_KIND, evaluate_model, read_metrics
from core.fidelity import FIDELITY_N, FIDELITY_SEED, fidelity_judge
from core.checkpoints import load_checkpoint
from core.registry import generative_kinds

METRICS = read_metrics()
FIDELITY_KEYS = {"n", "fid", "kid", "kid_sd", "precision", "recall"}


def test_protocol_and_provenance_are_recorded():
    assert METRICS["protocol"]["n"] == FIDELITY_N >= 1000 and METRICS["protocol"]["seed"] == FIDELITY_SEED
    for key in ("date", "machine", "versions"):
        assert METRICS[key], key


@pytest.mark.parametrize("dataset", list(DATASETS))
@pytest.mark.parametrize("kind", generative_kinds())
def test_every_generative_kind_has_a_complete_record_of_the_shipped_weights(kind, dataset):
    record = METRICS["datasets"][dataset]["models"][kind]
    assert set(record["fidelity"]) == FIDELITY_KEYS and record["fidelity"]["n"] == FIDELITY_N
    assert {"min_class_share", "classes", "confident", "mean_max_softmax"} <= set(record["coverage"])
    assert record["likelihood"]["kind"] in ("exact", "bound", "undefined")
    assert (record["likelihood"]["bits_per_dim"] is None) == (record["likelihood"]["kind"] == "undefined")
    speed = record["speed"]
    assert speed["ms_per_sample_batch_1"] > 0 and speed["ms_per_sample_batch_16"] > 0 and speed["parameters"] > 0
    assert record["weights_sha256"] == read_sidecar(kind, dataset)["weights_sha256"], "re-run python -m core.evaluate"
    reference = METRICS["datasets"][dataset]["reference"]["fidelity"]
    assert reference["n"] == FIDELITY_N and record["fidelity"]["fid"] > reference["fid"]


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_a_gan_record_is_what_the_protocol_recomputes(dataset):
    """The stored figures are reproducible from the shipped weights (the fastest sampler: seconds)."""
    classifier, _ = load_checkpoint("classifier", dataset)
    stored = METRICS["datasets"][dataset]["models"]["gan"]
    recomputed = evaluate_model("gan", dataset, fidelity_judge(dataset, classifier))
    for key in ("fid", "precision", "recall"):
        assert recomputed["fidelity"][key] == pytest.approx(stored["fidelity"][key], rel=0.01, abs=0.005), key
    assert recomputed["coverage"]["min_class_share"] == pytest.approx(stored["coverage"]["min_class_share"], abs=0.003)


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_real_images_kid_is_zero_within_its_spread_while_fid_falls_with_n(dataset):
    """The reason the app quotes both: on real images FID is biased by n (it falls as n grows), KID is not."""
    sweep = METRICS["datasets"][dataset]["n_sweep"]
    real = sweep["real"]
    fids = [row["fid"] for row in real]
    assert fids[0] > 3 * fids[-1] and fids == sorted(fids, reverse=True)
    assert all(abs(row["kid"]) <= 3 * row["kid_sd"] for row in real)
    model = sweep[SWEEP_KIND]
    assert model[0]["fid"] > model[-1]["fid"]


def test_the_ddpm_record_and_its_measured_table_are_one_measurement():
    """core.evaluate's DDPM record (DDIM 50, w = 0, classes balanced, seed 0) is the measured table's
    DDIM-50 row: the same protocol through the same function gives the same figures."""
    for dataset in DATASETS:
        table = json.loads((checkpoint_directory() / f"ddpm_{dataset}_measured.json").read_text())
        row = next(row for row in table["samplers"] if (row["sampler"], row["steps"]) == ("ddim", 50))
        record = METRICS["datasets"][dataset]["models"]["ddpm"]
        assert record["sampling"] == {"steps": 50, "sampler": "ddim", "guidance": 0.0}
        assert record["fidelity"]["fid"] == pytest.approx(row["fid"], rel=0.01)
        assert record["coverage"]["agreement"] == pytest.approx(row["agreement"], abs=0.01)
        assert table["reference"]["fid"] == pytest.approx(METRICS["datasets"][dataset]["reference"]["fidelity"]["fid"])
