"""AppTest for the two GAN pages: they render in both languages and a widget changes what is shown."""
import pytest

from core.toy2d import PRESETS
from tests.test_pages_apptest import all_component_data as component_data
from tests.test_pages_apptest import run_page


@pytest.mark.parametrize("page", ["pages/gan_replay.py", "pages/gan_live.py"])
@pytest.mark.parametrize("language,dataset", [("en", "mnist"), ("ja", "fashion")])
def test_gan_pages_render_in_both_languages(page, language, dataset):
    at = run_page(page, language, dataset)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title


def test_replay_new_samples_and_new_walk_buttons_draw_new_ones():
    at = run_page("pages/gan_replay.py")
    players = component_data(at, "gme_frames_player")
    assert len(players) == 2 and len(players[0]["labels"]) >= 101  # the run, then the noise walk
    before = str(at.image[0].proto)
    walk_before = players[1]["rows"][0]["frames"][0]
    at.button(key="gan_new_samples").click().run()
    assert not at.exception
    assert str(at.image[0].proto) != before
    assert component_data(at, "gme_frames_player")[1]["rows"][0]["frames"][0] == walk_before  # the walk has its own button
    at.button(key="gan_new_walk").click().run()
    assert not at.exception
    assert component_data(at, "gme_frames_player")[1]["rows"][0]["frames"][0] != walk_before


def test_replay_frames_go_to_the_browser_once_per_session():
    """A rerun that keeps the run's frames sends only their content id (a few MB less to encode)."""
    import json

    def raw(at):
        return [json.loads(e.proto.json) for e in at.get("bidi_component") if e.proto.component_name == "gme_frames_player"]

    at = run_page("pages/gan_replay.py")
    first = raw(at)
    assert all("heavy" in data for data in first)
    at.button(key="gan_new_walk").click().run()
    replay, walk = raw(at)
    assert "heavy" not in replay and replay["content_id"] == first[0]["content_id"]
    assert "heavy" in walk and walk["content_id"] != first[1]["content_id"]  # new frames: sent


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


def lesson_steps_advance(page: str, page_id: str, second_step_words: str) -> None:
    at = run_page(page)
    assert any(e.label == "Lesson · step 1 of 5" for e in at.expander)
    first = [m.value for m in at.markdown if m.value.startswith("**1.**")]
    at.button(key=f"lesson_next_{page_id}").click().run()
    assert not at.exception
    assert any(e.label == "Lesson · step 2 of 5" for e in at.expander)
    second = [m.value for m in at.markdown if m.value.startswith("**2.**")]
    assert first and second and second_step_words in second[0] and not any(m.value in first for m in at.markdown)


def test_replay_lesson_next_step_shows_the_second_instruction():
    lesson_steps_advance("pages/gan_replay.py", "gan_replay", "prediction question under the player")


def test_live_lesson_next_step_shows_the_second_instruction():
    lesson_steps_advance("pages/gan_live.py", "gan_live", "Preset: stabilised GAN (R1 + averaging)")


def reveal(at, key: str, option: int = 0):
    assert at.button(key=f"reveal_{key}").disabled  # nothing is shown before a guess
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[option]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    return " ".join(s.value for s in at.success)


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_replay_prediction_reveals_the_recorded_losses_and_fid(dataset):
    """The page shows the reveal that ui.gan_views.losses_reveal builds from the recording
    (tests/test_gan_lessons.py checks that text's numbers against the npz)."""
    import numpy as np

    from ui import gan_views
    from ui.loaders import _folder
    from ui.gan_views import recording_path

    with np.load(recording_path(dataset, _folder())) as data:
        rec = {key: data[key] for key in data.files}
    at = run_page("pages/gan_replay.py", dataset=dataset)
    shown = reveal(at, f"gan_losses_{dataset}")
    assert "Measured in this run" in shown and gan_views.losses_reveal(rec, "en") in shown
    assert gan_views.losses_answer(rec) == "settle"  # the shipped runs: both losses settle while the FID still falls
    assert f"the answer is: **{gan_views.loss_option('settle', 'en')}**" in shown


def test_live_prediction_reveals_the_runs_own_mode_count():
    at = run_page("pages/gan_live.py")
    at.button(key="gan_live_preset_healthy").click().run()
    for _ in range(3):
        at.button(key="gan_live_one_step").click().run()
    latest = live_snapshot(at)
    assert latest["step"] == 3
    shown = reveal(at, "gan_live_modes", option=2)
    assert "Your run (the stabilised preset) at generator step 3," in shown
    assert f"**{latest['covered']} of {latest['modes']}** modes" in shown and f"{latest['hq']:.0%}" in shown
    assert "3 steps are too early to judge" in shown  # and the reveal says so


@pytest.mark.parametrize("covered,right", [(1, "2 or fewer"), (5, "some, but not nearly all"), (7, "nearly all")])
def test_live_reveal_names_the_right_option_once_the_run_is_long_enough(covered, right):
    at = run_page("pages/gan_live.py")
    live = at.session_state["gan_live"]
    live["chunk"] = {"seq": 1, "snapshots": [{**live["chunk"]["snapshots"][-1], "step": 2000, "covered": covered}]}
    at.session_state["gan_live"] = live
    shown = reveal(at, "gan_live_modes")
    assert "generator step 2,000" in shown and f"**{covered} of 8** modes" in shown
    assert f"For this run the answer is: **{right}" in shown


def test_a_link_names_the_preset_and_the_controls_follow_it():
    from tests.test_pages_apptest import run_page_with_link

    at = run_page_with_link("pages/gan_live.py", preset="collapse")
    assert not at.exception
    assert at.session_state["gan_live_d_steps"] == 2 and at.session_state["gan_live_r1"] == 0.0
    assert at.query_params["preset"] == "collapse"
    at.button(key="gan_live_preset_healthy").click().run()
    assert at.session_state["gan_live_r1"] == PRESETS["healthy"].r1 > 0 and at.query_params["preset"] == "healthy"
    at.select_slider(key="gan_live_d_steps").set_value(3).run()  # no longer a preset: the link stops naming one
    assert "preset" not in at.query_params
