"""The two flow pages: AppTest (a widget change changes what is shown) and one real-browser test
each (the layer slider changes the image), with screenshots in artifacts/."""
import numpy as np
import pytest

from core.data import checkpoint_directory
from core.own_image import prepare_upload
from tests.conftest import screenshot, wait_for_app
from tests.test_own_image import digit_one, encode
from tests.test_pages_apptest import component_data, run_page
from ui.i18n import t

FLOW_PAGES = ["pages/flow_2d.py", "pages/flow_images.py"]


@pytest.mark.parametrize("page", FLOW_PAGES)
def test_flow_page_renders_in_japanese_on_fashion_without_exception(page):
    # English on MNIST is what every widget test below runs.
    at = run_page(page, "ja", "fashion")
    assert not at.exception, [e.value for e in at.exception]
    assert at.title


def metric_values(at) -> dict:
    return {m.label: m.value for m in at.metric}


def test_flow_2d_typed_point_changes_log_p_and_its_breakdown():
    at = run_page("pages/flow_2d.py")
    before = metric_values(at)
    at.number_input(key="flow2d_x1").set_value(1.41).run()
    at.number_input(key="flow2d_x2").set_value(1.41).run()
    assert not at.exception
    after = metric_values(at)
    assert after["log p(x) of the flow"] != before["log p(x) of the flow"]
    assert after["true log p(x)"] != before["true log p(x)"]


def test_flow_2d_temperature_changes_the_samples_and_the_layer_frames():
    at = run_page("pages/flow_2d.py")
    samples = at.get("imgs")[1].proto.imgs[0].url if at.get("imgs") else None
    frames = component_data(at, "gme_frames_player")["rows"][0]["frames"][-1]
    at.slider(key="flow2d_temperature").set_value(0.5).run()
    assert not at.exception
    assert component_data(at, "gme_frames_player")["rows"][0]["frames"][-1] != frames
    if samples is not None:
        assert at.get("imgs")[1].proto.imgs[0].url != samples


def test_flow_2d_density_choice_changes_the_heatmap_and_the_player():
    at = run_page("pages/flow_2d.py")
    heatmap = component_data(at, "gme_flow_density")["image"]
    at.selectbox(key="flow2d_density_en").set_value("moons").run()
    assert not at.exception
    assert component_data(at, "gme_flow_density")["image"] != heatmap
    assert component_data(at, "gme_frames_player")["id"] == "flow2d-moons"


def test_flow_2d_layer_slider_changes_the_coupling_inspector():
    at = run_page("pages/flow_2d.py")
    text = [m.value for m in at.markdown if "keeps" in m.value]
    at.slider(key="flow2d_layer_ring").set_value(2).run()
    assert not at.exception
    assert [m.value for m in at.markdown if "keeps" in m.value] != text


def test_flow_images_temperature_changes_the_samples_and_their_verdict():
    at = run_page("pages/flow_images.py")
    before = component_data(at, "gme_frames_player")["rows"][0]["frames"][-1]
    numbers = metric_values(at)
    at.slider(key="flowimg_temperature").set_value(0.5).run()
    assert not at.exception
    assert component_data(at, "gme_frames_player")["rows"][0]["frames"][-1] != before
    assert metric_values(at)["recognised"] != numbers["recognised"]


def test_flow_images_class_picker_draws_one_class_and_goes_in_the_link():
    at = run_page("pages/flow_images.py")
    before = component_data(at, "gme_frames_player")["rows"][0]["frames"][-1]
    assert "recognised" in metric_values(at)
    at.selectbox(key="flowimg_class").set_value(7).run()
    assert not at.exception
    assert component_data(at, "gme_frames_player")["rows"][0]["frames"][-1] != before
    numbers = metric_values(at)
    assert "classifier agrees" in numbers and "recognised" not in numbers
    assert any("7" in header.value for header in at.subheader)
    assert at.query_params["y"] == "7"
    at.selectbox(key="flowimg_class").set_value(-1).run()
    assert "y" not in at.query_params


def test_a_link_opens_the_flow_images_page_on_its_class():
    from tests.test_pages_apptest import run_page_with_link

    at = run_page_with_link("pages/flow_images.py", y="4")
    assert not at.exception and at.selectbox(key="flowimg_class").value == 4
    odd = run_page_with_link("pages/flow_images.py", y="12")  # not a class: every class
    assert not odd.exception and odd.selectbox(key="flowimg_class").value == -1


# --- Real browser -------------------------------------------------------------------------------

def open_page(page, app_url, path):
    page.goto(f"{app_url}/{path}")
    wait_for_app(page)
    page.wait_for_selector("h1", timeout=60_000)


@pytest.mark.parametrize("path", ["flow_2d", "flow_images"])
def test_flow_layer_slider_changes_the_image(page, app_url, path):
    open_page(page, app_url, path)
    assert page.locator('[data-testid="stException"]').count() == 0
    slider = page.locator('input[data-testid="player-slider"]')
    slider.wait_for(timeout=60_000)
    key = "flow2d" if path == "flow_2d" else "flowimg"
    frame = page.locator(f'img[data-testid="player-frame-{key}"]')
    before = frame.get_attribute("src")
    slider.focus()
    page.keyboard.press("Home" if path == "flow_images" else "End")
    after = frame.get_attribute("src")
    assert after != before
    page.keyboard.press("ArrowLeft" if path == "flow_2d" else "ArrowRight")
    assert frame.get_attribute("src") not in (before, after)
    screenshot(page, f"page_{path}")


def test_flow_2d_click_on_the_density_recomputes_log_p(page, app_url):
    open_page(page, app_url, "flow_2d")
    heatmap = page.locator('img[data-testid="flow-density-image"]')
    heatmap.wait_for(timeout=60_000)
    heatmap.scroll_into_view_if_needed()
    metric = page.locator('[data-testid="stMetricValue"]').first
    before = metric.inner_text()
    heatmap.click(position={"x": 20, "y": 20})  # a corner: far from the ring, a much lower density
    page.wait_for_function("(old) => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== old",
                           arg=before, timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert float(metric.inner_text().replace("−", "-")) < float(before.replace("−", "-"))


# --- Lessons and the student's own image ---------------------------------------------------------

def lesson_text(at):
    """The lesson bar's title ("Lesson · step k of n") and the bold-numbered instruction shown."""
    return next(e.label for e in at.expander if "Lesson" in e.label), [m.value for m in at.markdown if m.value.startswith("**")]


@pytest.mark.parametrize("page,page_id", [("pages/flow_2d.py", "flow2d"), ("pages/flow_images.py", "flowimg")])
def test_flow_lesson_next_moves_to_step_two_and_changes_the_instruction(page, page_id):
    at = run_page(page)
    bar, shown = lesson_text(at)
    assert "step 1 of" in bar and any(text.startswith("**1.**") for text in shown)
    at.button(key=f"lesson_next_{page_id}").click().run()
    assert not at.exception
    bar_after, shown_after = lesson_text(at)
    assert "step 2 of" in bar_after and any(text.startswith("**2.**") for text in shown_after)
    assert shown_after != shown


def test_flow_2d_temperature_reveal_shows_the_measured_mean_log_p():
    from ui.flow_views import temperature_effect

    at = run_page("pages/flow_2d.py")
    key = "flow2d_temperature_ring_0"
    assert not at.success  # nothing revealed before a guess
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[0]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert not at.exception
    measured = temperature_effect("ring", 0, str(checkpoint_directory()))
    shown = " ".join(s.value for s in at.success)
    assert f"{measured[0.5][0]:.2f}" in shown and f"{measured[1.0][0]:.2f}" in shown
    right = "crowd" if measured[0.5][0] > measured[1.0][0] + 0.05 else "spread" if measured[0.5][0] < measured[1.0][0] - 0.05 else "same"
    assert f"**{t(f'lesson.flow2d.predict.{right}', 'en')}**" in shown


def test_flow_images_ood_reveal_shows_the_measured_shares_and_the_fashion_flow_as_the_answer():
    from ui.flow_views import likelihood_histograms

    at = run_page("pages/flow_images.py")
    at.radio(key="predict_flowimg_ood").set_value("both flows").run()
    at.button(key="reveal_flowimg_ood").click().run()
    assert not at.exception
    histograms = likelihood_histograms(str(checkpoint_directory()))
    share = float((histograms["fashion|mnist"] < np.median(histograms["fashion|fashion"])).mean())
    shown = " ".join(s.value for s in at.success)
    assert f"{share:.1%}" in shown and "Your guess: **both flows**" in shown
    assert "The right answer: **only the Fashion-MNIST flow**" in shown  # the measured failure (tests/test_flow_quality.py)


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_flow_images_own_image_gets_bits_per_dim_a_percentile_and_a_verdict(dataset):
    image, _ = prepare_upload(encode(digit_one()))
    at = run_page("pages/flow_images.py", dataset=dataset)
    assert "bits/dim of your image" not in metric_values(at)
    at.session_state["flowimg_own_image"] = image  # what a stroke on the pad leaves (ui.own_image_input)
    at.run()
    assert not at.exception
    bits = metric_values(at)["bits/dim of your image"]
    assert 0 < float(bits) < 20
    place = [m.value for m in at.markdown if "your image needs" in m.value]
    assert place and f"**{bits}**" in place[0] and "test images need fewer" in place[0]
    assert any(m.value.startswith("Classifier sees:") for m in at.markdown)
