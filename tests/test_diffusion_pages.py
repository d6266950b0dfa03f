"""The diffusion pages react to their widgets (AppTest, through app.py): a widget change changes
the frames or the numbers shown, in both languages and on both datasets."""
import pytest

from tests.test_pages_apptest import component_data, run_page, shown_numbers

FORWARD, REVERSE = "pages/ddpm_forward.py", "pages/ddpm_reverse.py"


def player_frames(at, row: str) -> list[str]:
    data = component_data(at, "gme_frames_player")
    return next(r["frames"] for r in data["rows"] if r["key"] == row)


@pytest.mark.parametrize("page", [FORWARD, REVERSE])
def test_diffusion_page_renders_in_japanese_on_fashion_mnist(page):  # en + MNIST: the widget tests below
    at = run_page(page, "ja", "fashion")
    assert not at.exception, [e.value for e in at.exception]
    assert at.title and not at.error


def test_forward_another_image_and_schedule_change_the_frames():
    at = run_page(FORWARD)
    closed, chain = player_frames(at, "closed"), player_frames(at, "chain")
    assert closed[0] == chain[0] and closed[-1] != chain[-1]  # same x_0; different noise, same distribution
    at.button(key="fwd_another").click().run()
    assert not at.exception
    assert player_frames(at, "closed")[0] != closed[0]  # another image at t = 0
    other_image = player_frames(at, "closed")
    at.radio(key="fwd_schedule").set_value("cosine").run()
    assert not at.exception
    cosine = player_frames(at, "closed")
    assert cosine[0] == other_image[0] and cosine[10] != other_image[10]  # same image, less noise at t = 200


def test_reverse_guidance_and_class_change_the_samples_and_the_numbers():
    at = run_page(REVERSE)
    noise, frames, numbers = player_frames(at, "x")[0], player_frames(at, "x0"), shown_numbers(at)
    at.slider(key="rev_guidance").set_value(0.0).run()
    assert not at.exception
    assert player_frames(at, "x0")[-1] != frames[-1]  # other samples ...
    assert player_frames(at, "x")[0] == noise  # ... from the same seeded noise x_T
    at.selectbox(key="rev_class_mnist_en").set_value(-1).run()  # unconditional: no agreement to report
    assert not at.exception
    assert shown_numbers(at)[0] == "—" and numbers[0].endswith("%")


def test_reverse_sample_now_runs_the_chosen_chain_live_and_a_repeat_is_replayed():
    from ui.shared_runs import recordings

    recordings("ddpm_sample_now")._entries.clear()  # the store is process-wide: start from nothing
    at = run_page(REVERSE)
    at.selectbox(key="rev_steps").set_value("ddim:10")
    at.button(key="rev_sample_now").click().run()
    assert not at.exception
    assert any(s.value.startswith("10 steps in ") for s in at.success)
    # Another student (a new session) asks for the same chain: shown from the recording, and told so.
    again = run_page(REVERSE)
    again.selectbox(key="rev_steps").set_value("ddim:10")
    again.button(key="rev_sample_now").click().run()
    assert not again.exception
    assert any(s.value.startswith("10 steps, replayed") for s in again.success)
    assert not any(s.value.startswith("10 steps in ") for s in again.success)


def test_reverse_sample_now_with_the_players_sampler_replays_the_players_chain():
    from ui.shared_runs import recordings

    recordings("ddpm_sample_now")._entries.clear()
    at = run_page(REVERSE)
    assert at.selectbox(key="rev_steps").value == "ddim:50"  # the player's own sampler and steps
    at.button(key="rev_sample_now").click().run()
    assert not at.exception
    assert any(s.value.startswith("50 steps, replayed") and "player above" in s.value for s in at.success)
    assert not any(s.value.startswith("50 steps in ") for s in at.success)


def drawn_one():
    """A prepared own image (uint8 28 x 28), as the draw pad gives it: a white vertical stroke."""
    import numpy as np

    from core.own_image import prepare_drawing

    canvas = np.zeros((280, 280, 4), dtype=np.uint8)
    canvas[..., 3] = 255
    canvas[40:240, 130:152, :3] = 255
    return prepare_drawing(canvas)


def expander_labels(at) -> list[str]:
    return [e.label for e in at.expander]


@pytest.mark.parametrize("page,page_id,count,step_two", [
    (FORWARD, "fwd", 5, "Answer the prediction question under the player"),
    (REVERSE, "rev", 6, "Answer the first prediction under the numbers")])
def test_diffusion_lesson_next_step_changes_the_instruction(page, page_id, count, step_two):
    at = run_page(page)
    assert f"Lesson · step 1 of {count}" in expander_labels(at)
    assert not any(step_two in m.value for m in at.markdown)
    at.button(key=f"lesson_next_{page_id}").click().run()
    assert not at.exception
    assert f"Lesson · step 2 of {count}" in expander_labels(at)
    assert any(step_two in m.value for m in at.markdown)


@pytest.mark.parametrize("schedule,answer", [("linear", "between 5 % and 25 %"), ("cosine", "between 25 % and 75 %")])
def test_forward_prediction_reveals_alpha_bar_computed_from_the_schedule(schedule, answer):
    from core.diffusion import NoiseSchedule

    at = run_page(FORWARD)
    at.radio(key="fwd_schedule").set_value(schedule).run()
    key = f"fwd_half_{schedule}"
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[0]).run()
    assert not at.success  # nothing shown before "Reveal"
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    shown = " ".join(s.value for s in at.success)
    alpha_bar = float(NoiseSchedule(1000, schedule).alpha_bar[500])
    assert f"ᾱ_500 = {alpha_bar:.3f}" in shown and f"**{answer}**" in shown


def test_forward_noises_the_students_own_image():
    import numpy as np

    at = run_page(FORWARD)
    test_image = player_frames(at, "closed")
    own = drawn_one()
    at.session_state["fwd_own_image"] = own  # what ui.own_image_input stores after a stroke
    at.radio(key="fwd_source").set_value("own").run()
    assert not at.exception
    closed, chain = player_frames(at, "closed"), player_frames(at, "chain")
    assert closed[0] != test_image[0] and closed[0] == chain[0]  # x_0 is the drawing in both rows
    from ui.figures import png_data_uri
    assert closed[0] == png_data_uri(own)  # t = 0: exactly the prepared drawing
    assert not any(b.key == "fwd_another" for b in at.button)  # the class picker is for test images only
    at.session_state["fwd_own_image"] = np.zeros((28, 28), dtype=np.uint8) + 255 - own  # another drawing
    at.run()
    assert player_frames(at, "closed")[0] != closed[0]


def measured(dataset: str = "mnist") -> dict:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parent.parent / f"checkpoints/ddpm_{dataset}_measured.json").read_text())


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])  # English: AppTest cannot rerun a Japanese format_func
def test_reverse_diversity_prediction_reveals_the_measured_sweep(dataset):
    sweep = measured(dataset)["guidance"]
    at = run_page(REVERSE, "en", dataset)
    key = f"rev_diversity_{dataset}"
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[0]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    shown = " ".join(s.value for s in at.success)
    assert all(f"w={row['guidance']:g}: {row['diversity']:.2f}" in shown for row in sweep)
    went_down = sweep[-1]["diversity"] < 0.95 * sweep[0]["diversity"]
    assert went_down  # the shipped tables: guidance makes the samples more alike ...
    assert "**it goes down**" in shown  # ... and the reveal says so


def test_reverse_fid_prediction_names_the_measured_best_w():
    sweep = measured()["guidance"]
    best = min(sweep, key=lambda row: row["fid"])
    at = run_page(REVERSE)
    key = "rev_fid_mnist"
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[0]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    shown = " ".join(s.value for s in at.success)
    assert f"the lowest is {best['fid']:.1f} at w = {best['guidance']:g}" in shown
    fids = [row["fid"] for row in sweep]
    shape = ("flat" if max(fids) / min(fids) - 1 < 0.02 else "last" if best is sweep[-1] else
             "first" if best is sweep[0] else "middle")
    answers = {"last": "at the largest w", "middle": "at a middle w: it falls, then rises again",
               "first": f"at w = {sweep[0]['guidance']:g}: guidance only makes it worse", "flat": "nowhere"}
    assert f"**{answers[shape]}" in shown
