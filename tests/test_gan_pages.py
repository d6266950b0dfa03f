"""AppTest for the two GAN pages: they render in both languages and a widget changes what is shown."""
import json

import pytest

from tests.test_pages_apptest import run_page


def component_data(at, name: str) -> list[dict]:
    return [json.loads(e.proto.json) for e in at.get("bidi_component") if e.proto.component_name == name]


@pytest.mark.parametrize("page", ["pages/gan_replay.py", "pages/gan_live.py"])
@pytest.mark.parametrize("language,dataset", [("en", "mnist"), ("ja", "fashion")])
def test_gan_pages_render_in_both_languages(page, language, dataset):
    at = run_page(page, language, dataset)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title


def test_replay_new_samples_button_draws_new_samples():
    at = run_page("pages/gan_replay.py")
    players = component_data(at, "gme_frames_player")
    assert len(players) == 2 and len(players[0]["labels"]) >= 101  # the run, then the noise walk
    before = at.image[0].proto.to_dict() if hasattr(at.image[0].proto, "to_dict") else str(at.image[0].proto)
    walk_before = players[1]["rows"][0]["frames"][0]
    at.button(key="gan_new_samples").click().run()
    assert not at.exception
    after = str(at.image[0].proto)
    assert after != str(before) and component_data(at, "gme_frames_player")[1]["rows"][0]["frames"][0] != walk_before


def test_replay_follows_the_dataset():
    at = run_page("pages/gan_replay.py", dataset="mnist")
    mnist = component_data(at, "gme_frames_player")[0]["rows"][0]["frames"][-1]
    at.session_state["dataset"] = "fashion"
    at.run()
    assert not at.exception
    assert component_data(at, "gme_frames_player")[0]["rows"][0]["frames"][-1] != mnist


def live_snapshot(at) -> dict:
    return component_data(at, "gme_gan_live")[0]["chunk"]["snapshots"][-1]


def test_live_one_step_advances_the_generator_and_moves_its_points():
    at = run_page("pages/gan_live.py")
    before = live_snapshot(at)
    assert before["step"] == 0
    at.button(key="gan_live_one_step").click().run()
    assert not at.exception
    after = live_snapshot(at)
    assert after["step"] == 1 and after["points"] != before["points"]


def test_live_target_choice_changes_the_data_and_the_mode_count():
    at = run_page("pages/gan_live.py")
    assert live_snapshot(at)["modes"] == 8
    at.selectbox(key="gan_live_target").set_value("grid").run()
    assert not at.exception
    assert live_snapshot(at)["modes"] == 25 and component_data(at, "gme_gan_live")[0]["view"] == 6.0


def test_live_presets_set_the_controls():
    from core.toy2d import PRESETS

    at = run_page("pages/gan_live.py")
    at.button(key="gan_live_preset_collapse").click().run()
    assert not at.exception
    assert at.select_slider(key="gan_live_lr_g").value == PRESETS["collapse"].lr_g
    assert at.select_slider(key="gan_live_d_steps").value == PRESETS["collapse"].d_steps
