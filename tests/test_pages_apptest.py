"""Every page renders without exception (both languages, both datasets) and reacts to widgets.

AppTest runs the scripts in-process; it cannot click plotly points or drive the browser-side
viewers: tests/test_browser.py covers those.
"""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent

PAGES = ["pages/home.py", "pages/ae_vs_vae.py", "pages/interpolation.py", "pages/glossary.py"]
TIMEOUT = 120


def new_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)


def run_page(page: str, language: str = "en", dataset: str = "mnist", seed: int = 0) -> AppTest:
    """Run `page` through app.py (so navigation and page links exist) with the given settings."""
    at = new_app()
    at.session_state["language"] = language
    at.session_state["dataset"] = dataset
    at.session_state["seed"] = seed
    at.run()  # first through app.py's menu: AppTest resolves "pages/home.py" by name, and /home is a redirect page
    at.switch_page(page)
    return at.run()


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(m.value for m in at.latex)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("language,dataset", [("en", "mnist"), ("ja", "fashion")])
def test_page_renders_without_exception(page, language, dataset):
    at = run_page(page, language, dataset)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


def test_app_navigation_renders_home_and_switches_pages():
    at = new_app().run()
    assert not at.exception
    assert at.title[0].value == "Generative Models, Explained"
    at.switch_page("pages/interpolation.py").run()
    assert not at.exception
    assert "Walking through latent space" in [title.value for title in at.title]


def test_language_switch_changes_the_text():
    english = run_page("pages/home.py", "en").title[0].value
    japanese = run_page("pages/home.py", "ja").title[0].value
    assert english != japanese


def test_home_sample_size_changes_the_estimate():
    at = run_page("pages/home.py")
    before = markdown_text(at)
    at.select_slider(key="mle_n").set_value(1000).run()
    assert not at.exception
    assert markdown_text(at) != before


def test_ae_vs_vae_typed_coordinates_change_the_decoded_point():
    at = run_page("pages/ae_vs_vae.py")
    before = [m.value for m in at.markdown if "Classifier sees" in m.value or "Density" in m.value]
    at.number_input(key="probe_z1").set_value(40.0).run()
    at.number_input(key="probe_z2").set_value(-40.0).run()
    after = [m.value for m in at.markdown if "Classifier sees" in m.value or "Density" in m.value]
    assert not at.exception
    assert before != after


def test_ae_vs_vae_reports_sample_quality_for_both_models():
    at = run_page("pages/ae_vs_vae.py")
    values = [m.value for m in at.metric]
    assert len(values) == 4  # recognised share + class coverage, per model
    assert all(v.endswith("%") or v.endswith("/ 10") for v in values)


def test_interpolation_class_picker_changes_the_endpoints():
    at = run_page("pages/interpolation.py")
    before = dict(at.session_state["interp_endpoints_mnist"])
    at.selectbox(key="interp_class_end_mnist_en").set_value(3).run()
    assert not at.exception
    after = at.session_state["interp_endpoints_mnist"]
    assert after["end"] != before["end"] and after["start"] == before["start"]


def test_interpolation_sends_the_planes_dots_once_and_each_new_path():
    """The latent planes' 2,000 dots are the same for every path: the first run sends them under
    an id per dataset and model, a new endpoint sends its new frames and path but not the dots."""
    at = run_page("pages/interpolation.py")
    first = component_data(at, "gme_frames_player")
    assert set(first["points"]) == {"mnist-ae", "mnist-vae"}
    assert len(first["points"]["mnist-ae"]["points"]) == len(first["points"]["mnist-ae"]["labels"]) == 2000
    assert all("points" not in row["plane"] and row["plane"]["points_id"] for row in first["heavy"])
    at.selectbox(key="interp_class_end_mnist_en").set_value(3).run()
    assert not at.exception
    second = component_data(at, "gme_frames_player")
    assert "points" not in second and second["content_id"] != first["content_id"]
    assert second["heavy"][0]["plane"]["path"] != first["heavy"][0]["plane"]["path"]


def run_on_checkpoint_folder(folder, monkeypatch, page: str, copy: str) -> AppTest:
    """Run `page` with GME_CHECKPOINT_DIR=folder holding copies of checkpoints/`copy` (caches cleared)."""
    import shutil

    import streamlit as st

    for path in (ROOT / "checkpoints").glob(copy):
        shutil.copy(path, folder)
    monkeypatch.setenv("GME_CHECKPOINT_DIR", str(folder))
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        return run_page(page)
    finally:
        st.cache_resource.clear()
        st.cache_data.clear()


def test_missing_checkpoint_shows_rebuild_command(tmp_path, monkeypatch):
    at = run_on_checkpoint_folder(tmp_path, monkeypatch, "pages/ae_vs_vae.py", copy="display_*.npz")  # no weights
    assert not at.exception
    assert any("python -m core.train ae --dataset mnist" in e.value for e in at.error)


def test_corrupt_display_bundle_shows_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "display_mnist.npz").write_bytes(b"this is not a numpy archive")
    # copy weights and sidecars (*.safetensors, *.json), not the good display bundle
    at = run_on_checkpoint_folder(tmp_path, monkeypatch, "pages/interpolation.py", copy="*_mnist.*[ns]")
    assert not at.exception
    assert any("display_mnist.npz" in e.value and "core.train bundle" in e.value for e in at.error)


def shown_numbers(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def test_interpolation_class_picker_changes_the_shown_measurements():
    at = run_page("pages/interpolation.py")
    before = shown_numbers(at)
    at.selectbox(key="interp_class_start_mnist_en").set_value(0).run()
    assert not at.exception
    assert shown_numbers(at) != before  # lowest density and recognised frames of the new path


def test_interpolation_another_example_button_changes_the_endpoint_but_not_its_class():
    at = run_page("pages/interpolation.py")
    before = dict(at.session_state["interp_endpoints_mnist"])
    at.button(key="interp_another_end").click().run()
    assert not at.exception
    after = at.session_state["interp_endpoints_mnist"]
    assert after["end"] != before["end"] and after["start"] == before["start"]
    assert at.selectbox(key="interp_class_end_mnist_en").value == 7  # still the class the student chose


def test_interpolation_pickers_follow_dataset_and_language():
    at = run_page("pages/interpolation.py", "en", "fashion")
    assert at.selectbox(key="interp_class_end_fashion_en").format_func(at.selectbox(key="interp_class_end_fashion_en").value) == "Bag"
    at.session_state["language"] = "ja"
    at.session_state["dataset"] = "mnist"
    at.run()
    assert not at.exception
    assert at.selectbox(key="interp_class_end_mnist_ja").value == 7


_PLAYER_HEAVY: dict[str, list] = {}  # content_id -> heavy part per row: the browser's cache, for these tests


def with_frames(data: dict) -> dict:
    """A frames player's data with each row's frames (and plane) filled in as the browser does
    it: they arrive once per content id (ui.components.frames_player) and are kept."""
    if "heavy" in data:
        _PLAYER_HEAVY[data["content_id"]] = data["heavy"]
    heavy = _PLAYER_HEAVY[data["content_id"]]
    return {**data, "rows": [{**row, **heavy[i]} for i, row in enumerate(data["rows"])]}


def all_component_data(at: AppTest, name: str) -> list[dict]:
    """The JSON each browser-side component (components v2) called `name` receives on this run
    (a frames player's with its frames filled in, see with_frames)."""
    import json

    found = [json.loads(e.proto.json) for e in at.get("bidi_component") if e.proto.component_name == name]
    return [with_frames(data) if name == "gme_frames_player" else data for data in found]


def component_data(at: AppTest, name: str) -> dict:
    """The JSON the first browser-side component called `name` receives on this run."""
    return all_component_data(at, name)[0]


def test_ae_vs_vae_same_scale_toggle_puts_both_planes_on_one_range():
    at = run_page("pages/ae_vs_vae.py")
    assert at.toggle[0].value is False  # each plane at its own scale by default (the VAE is tiny on the AE's scale)
    own = {m["key"]: m["range"] for m in component_data(at, "gme_latent_explorer")["static"]["models"]}
    assert own["ae"] != own["vae"]
    at.toggle[0].set_value(True).run()
    assert not at.exception
    shared = {m["key"]: m["range"] for m in component_data(at, "gme_latent_explorer")["static"]["models"]}
    assert shared["ae"] == shared["vae"] and shared != own


def test_glossary_search_filters_in_either_language():
    at = run_page("pages/glossary.py")
    everything = markdown_text(at)
    at.text_input(key="glossary_query").set_value("潜在").run()
    assert not at.exception
    found = markdown_text(at)
    assert found != everything and "latent variable" in found and "discriminator" not in found


def expander_labels(at: AppTest) -> list[str]:
    return [e.label for e in at.expander]


def test_lesson_next_step_changes_the_instruction_and_the_url():
    at = run_page("pages/ae_vs_vae.py")
    assert "Lesson · step 1 of 6" in expander_labels(at)
    at.button(key="lesson_next_aevae").click().run()
    assert not at.exception
    assert "Lesson · step 2 of 6" in expander_labels(at)
    assert at.query_params["step"] == ["2"] or at.query_params["step"] == "2"
    assert any("Click an empty area" in m.value for m in at.markdown)


def test_prediction_reveals_the_pages_own_measured_numbers_only_after_a_guess():
    at = run_page("pages/interpolation.py")
    key = next(r.key for r in at.radio if str(r.key).startswith("predict_interp_hole"))
    reveal = at.button(key=key.replace("predict_", "reveal_"))
    assert reveal.disabled  # no guess yet
    at.radio(key=key).set_value(at.radio(key=key).options[0]).run()
    at.button(key=key.replace("predict_", "reveal_")).click().run()
    assert not at.exception
    shown = " ".join(s.value for s in at.success)
    minimum = min(float(m.value) for m in at.metric if "." in m.value and "%" not in m.value)
    assert "Measured on this path" in shown and f"{minimum:.3f}" in shown


def test_presenter_mode_from_the_url_opens_the_lesson():
    at = new_app()
    at.query_params["present"] = "1"
    at.run()
    assert not at.exception
    assert at.session_state["present"] is True
    assert any(e.label.startswith("Lesson · step 1") for e in at.expander)


def run_page_with_link(page: str, **params) -> AppTest:
    at = new_app()
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(page)
    return at.run()


def test_a_link_reproduces_the_interpolation_endpoints_and_path():
    at = run_page_with_link("pages/interpolation.py", a="5", b="17", path="slerp")
    assert not at.exception
    assert at.session_state["interp_endpoints_mnist"] == {"start": 5, "end": 17}
    assert at.radio(key="interp_vae_path").value == "slerp"
    odd = run_page_with_link("pages/interpolation.py", a="99999", b="x")  # out of range / not a number: ignored
    assert not odd.exception and odd.session_state["interp_endpoints_mnist"]["start"] != 99999


def test_a_link_reproduces_the_decoded_point():
    at = run_page_with_link("pages/ae_vs_vae.py", z="1.5,-2", img="7")
    assert not at.exception
    assert at.number_input(key="probe_z1").value == 1.5 and at.number_input(key="probe_z2").value == -2.0
    assert any("input #7" in (image.caption if hasattr(image, "caption") else "") for image in at.get("imgs")) or \
        at.session_state["chosen_image"] == 7


def test_interpolation_own_image_becomes_endpoint_a_in_both_latent_spaces():
    import numpy as np

    from core.checkpoints import load_checkpoint
    from core.latent import encode_images
    from tests.test_diffusion_pages import drawn_one

    at = run_page("pages/interpolation.py")
    before = {row["key"]: row["plane"]["path"] for row in component_data(at, "gme_frames_player")["rows"]}
    own = drawn_one()
    at.session_state["interp_own_image"] = own  # what ui.own_image_input stores after a stroke
    at.radio(key="interp_own_as").set_value("start").run()
    assert not at.exception
    rows = {row["key"]: row for row in component_data(at, "gme_frames_player")["rows"]}
    for kind in ("ae", "vae"):
        model, _ = load_checkpoint(kind, "mnist")
        code = encode_images(model, own[None])[0]  # the VAE: the mean of q(z|x)
        path = np.array(rows[kind]["plane"]["path"])
        assert np.allclose(path[0], code, atol=1e-3)  # the path starts at the own image's code ...
        assert np.allclose(path[-1], before[kind][-1])  # ... and still ends at B
        assert rows[kind]["plane"]["ends"][0] == "A ✎"
    assert any(r.key.startswith("predict_interp_hole") and "_ownstart" in r.key for r in at.radio)  # a new question
    at.selectbox(key="interp_class_start_mnist_en").set_value(0).run()  # a class for A puts a test image back
    assert not at.exception and at.radio(key="interp_own_as").value == "off"
