"""The two flow pages: AppTest (a widget change changes what is shown) and one real-browser test
each (the layer slider changes the image), with screenshots in artifacts/."""
import pytest

from tests.conftest import screenshot, wait_for_app
from tests.test_pages_apptest import component_data, run_page

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
