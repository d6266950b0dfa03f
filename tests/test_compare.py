"""The seeds' table against the measurements (core.compare) and the Compare page."""
import math

import pytest

from core.compare import SEED_RATINGS, disagreements, scoreboard_values
from core.evaluate import read_metrics


def test_a_disagreement_is_a_seed_ordering_the_measurement_reverses():
    # fidelity: the seed rates the GAN (○) above the VAE (△); a GAN measured worse than the VAE disagrees
    found = disagreements("fidelity", {"gan": 5.0, "vae": 2.0, "flow": None, "ddpm": None})
    assert found["gan"] == ["vae"] and found["vae"] == []
    assert disagreements("fidelity", {"gan": 2.0, "vae": 5.0, "flow": None, "ddpm": None}) == {f: [] for f in ("gan", "vae", "flow", "ddpm")}


def test_the_seed_table_is_copied_as_printed():
    assert SEED_RATINGS["ddpm"]["speed"] == "×" and SEED_RATINGS["gan"]["likelihood"] == "×"
    assert SEED_RATINGS["vae"] == {"likelihood": "△", "stability": "○", "fidelity": "△", "speed": "○"}


def test_on_the_shipped_models_diffusion_is_the_slowest_family_as_the_seed_says():
    entry = read_metrics()["datasets"]["mnist"]
    values = scoreboard_values(entry["models"], entry["reference"]["fidelity"]["fid"])
    speeds = values["speed"]
    assert max(speeds, key=speeds.get) == "ddpm"
    assert disagreements("speed", speeds)["ddpm"] == []
    assert math.isinf(values["likelihood"]["gan"]) and values["likelihood"]["vae"] is None


from tests.test_pages_apptest import run_page  # noqa: E402

COMPARE = "pages/compare.py"


@pytest.mark.parametrize("language,dataset", [("en", "mnist"), ("ja", "fashion")])
def test_compare_page_renders_the_seeds_table_with_every_family(language, dataset):
    at = run_page(COMPARE, language, dataset)
    assert not at.exception, [e.value for e in at.exception]
    table = at.table[0].value
    assert len(table) == 4
    assert all(any(symbol in str(cell) for symbol in "○△×") for cell in table.iloc[:, 0])


def test_compare_page_follows_the_dataset():
    mnist = run_page(COMPARE, "en", "mnist").table[0].value.to_string()
    fashion = run_page(COMPARE, "en", "fashion").table[0].value.to_string()
    assert mnist != fashion


def test_compare_speed_question_reveals_the_measured_fastest_family():
    entry = read_metrics()["datasets"]["mnist"]
    speeds = scoreboard_values(entry["models"], entry["reference"]["fidelity"]["fid"])["speed"]
    fastest = min(speeds, key=speeds.get)
    names = {"vae": "VAE", "ddpm": "diffusion (DDPM)", "flow": "flow", "gan": "GAN"}
    at = run_page(COMPARE)
    key = "compare_speed_mnist"
    at.radio(key=f"predict_{key}").set_value(names["gan"]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    shown = " ".join(s.value for s in at.success)
    assert f"Measured: the **{names[fastest]}**, {speeds[fastest]:.2f} ms per image" in shown
