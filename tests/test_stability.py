"""Training stability (core.stability): every family on the same ring, K seeds at one budget; the
record in checkpoints/metrics.json is complete, consistent, and reproduces."""
import numpy as np
import pytest
import torch

from core.compare import FAMILIES, scoreboard_values
from core.evaluate import read_metrics
from core.registry import generative_kinds
from core.stability import BUDGET_STEPS, RING, STABILITY_SEEDS, curve_spread, image_curve_stability, runners, summarise
from core.toy2d import mode_metrics

STABILITY = read_metrics()["stability"]


def test_summary_counts_the_runs_that_found_every_mode():
    runs = [{"covered": 8, "high_quality": 0.9}, {"covered": 7, "high_quality": 0.5}, {"covered": 8, "high_quality": 0.7}]
    summary = summarise(runs, 8)
    assert summary["all_modes_share"] == pytest.approx(2 / 3, abs=1e-3)
    assert summary["covered_min"] == 7 and summary["high_quality_mean"] == pytest.approx(0.7)
    assert summary["high_quality_sd"] == pytest.approx(0.2)


def test_curve_spread_reads_the_last_quarter():
    spread = curve_spread([5.0, 3.0, 2.0, 1.0, 1.1, 0.9, 1.0, 1.0])
    assert spread["first"] == 5.0 and spread["last"] == 1.0
    assert spread["tail_min"] == 1.0 and spread["tail_max"] == 1.0 and spread["tail_relative_sd"] == 0.0
    assert spread["tail_first"] == 1.0 and curve_spread([3.0, 2.0, float("nan"), 1.0])["points"] == 3
    assert image_curve_stability({}) == {}
    recorded = image_curve_stability({"train_curve": {"epoch": [1, 2], "loss": [2.0, 1.0]}}, {"fid": np.array([300.0, 200.0])})
    assert set(recorded) == {"loss", "recorded_fid"}


def test_every_family_of_the_scoreboard_ran_every_seed_at_the_budget():
    ring = STABILITY["ring"]
    assert ring["steps"] == BUDGET_STEPS and ring["seeds"] == list(range(STABILITY_SEEDS))
    assert ring["sigma"] == RING.sigma and ring["modes"] == RING.modes
    assert set(ring["families"]) == set(runners())
    assert set(FAMILIES) <= set(ring["families"])
    for name, record in ring["families"].items():
        assert [run["seed"] for run in record["runs"]] == ring["seeds"], name
        assert record == {"runs": record["runs"], **summarise(record["runs"], ring["modes"])}, name


def test_every_image_model_has_a_curve_record():
    assert set(STABILITY["image_curves"]) == {f"{kind}/{dataset}" for kind in generative_kinds() for dataset in ("mnist", "fashion")}
    assert "recorded_fid" in STABILITY["image_curves"]["gan/mnist"]  # the recorded GAN run


def test_the_scoreboard_column_is_the_share_of_runs_that_missed_a_mode():
    entry = read_metrics()["datasets"]["mnist"]
    values = scoreboard_values(entry["models"], entry["reference"]["fidelity"]["fid"], STABILITY)["stability"]
    for family in FAMILIES:
        assert values[family] == pytest.approx(1 - STABILITY["ring"]["families"][family]["all_modes_share"])


def test_a_recorded_run_reproduces():
    """The DDPM's seed-0 run again (about 10 s): the same modes, the same quality to rounding."""
    recorded = STABILITY["ring"]["families"]["ddpm"]["runs"][0]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as core.evaluate ran it
    try:
        metrics = mode_metrics(runners()["ddpm"](0), RING)
    finally:
        torch.set_num_threads(threads)
    assert metrics.covered == recorded["covered"]
    assert metrics.high_quality == pytest.approx(recorded["high_quality"], abs=0.01)
