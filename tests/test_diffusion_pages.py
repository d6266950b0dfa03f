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


def test_reverse_sample_now_runs_the_chosen_chain_live():
    at = run_page(REVERSE)
    at.selectbox(key="rev_steps").set_value(10)
    at.button(key="rev_sample_now").click().run()
    assert not at.exception
    assert any(s.value.startswith("10 steps in ") for s in at.success)
