"""Real-browser tests: Chromium (Playwright) against `streamlit run app.py` on a free port.

These cover what AppTest cannot: plotly clicks, the browser-side viewers, and what the page
looks like (screenshots land in artifacts/).
"""
import pytest

from tests.conftest import screenshot, wait_for_app

PAGES = {"home": "", "ae_vs_vae": "ae_vs_vae", "interpolation": "interpolation"}


def open_page(page, app_url, path):
    page.goto(f"{app_url}/{path}")
    wait_for_app(page)
    page.wait_for_selector("h1", timeout=60_000)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_without_exception(page, app_url, name):
    open_page(page, app_url, PAGES[name])
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    screenshot(page, f"page_{name}")


def test_interpolation_slider_changes_the_images(page, app_url):
    open_page(page, app_url, "interpolation")
    slider = page.locator('input[data-testid="interp-alpha"]')
    ae_image = page.locator('img[data-testid="interp-frame-ae"]')
    vae_image = page.locator('img[data-testid="interp-frame-vae"]')
    slider.wait_for(timeout=30_000)
    before = ae_image.get_attribute("src"), vae_image.get_attribute("src")
    slider.focus()
    for _ in range(8):
        page.keyboard.press("ArrowRight")
    after = ae_image.get_attribute("src"), vae_image.get_attribute("src")
    assert before[0] != after[0] and before[1] != after[1]
    page.keyboard.press("End")
    assert "1.00" in page.locator(".gme-interp .alpha").inner_text()
    screenshot(page, "interpolation_alpha_end")


def test_dragging_the_alpha_slider_changes_the_images(page, app_url):
    open_page(page, app_url, "interpolation")
    slider = page.locator('input[data-testid="interp-alpha"]')
    slider.wait_for(timeout=30_000)
    image = page.locator('img[data-testid="interp-frame-vae"]')
    before = image.get_attribute("src")
    box = slider.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.5, y)  # the thumb starts at alpha = 0.5
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)
    during = image.get_attribute("src")  # the image follows while the button is still held
    page.mouse.move(box["x"] + box["width"] * 0.95, y, steps=5)
    page.mouse.up()
    assert during != before and image.get_attribute("src") not in (before, during)


def test_interpolation_play_button_animates_alpha(page, app_url):
    open_page(page, app_url, "interpolation")
    readout = page.locator(".gme-interp .alpha")
    readout.wait_for(timeout=30_000)
    before = readout.inner_text()
    page.locator('[data-testid="interp-play"]').click()
    page.wait_for_timeout(600)
    assert readout.inner_text() != before
    page.locator('[data-testid="interp-play"]').click()  # pause
    paused = readout.inner_text()
    page.wait_for_timeout(400)
    assert readout.inner_text() == paused


def test_interpolation_click_on_plane_picks_a_new_endpoint(page, app_url):
    open_page(page, app_url, "interpolation")
    strip_before = page.locator('[data-testid="stImage"] img').first.get_attribute("src")
    plane = page.locator('.gme-interp [data-model="vae"] .plane')
    plane.click(position={"x": 20, "y": 20})  # a corner: far from both current endpoints
    wait_for_app(page)
    page.wait_for_timeout(500)
    strip_after = page.locator('[data-testid="stImage"] img').first.get_attribute("src")
    assert strip_after != strip_before


def test_ae_vs_vae_click_decodes_the_clicked_point(page, app_url):
    open_page(page, app_url, "ae_vs_vae")
    decoded = page.locator('[data-testid="stImage"] img').first
    before = decoded.get_attribute("src")
    plane = page.locator('[data-testid="latent-plane-ae"]')
    plane.scroll_into_view_if_needed()
    box = plane.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.3)
    preview = page.locator('[data-testid="hover-preview-ae"]')
    assert "z = (" in preview.locator("xpath=..").inner_text()  # hover preview answers in the browser
    page.mouse.click(box["x"] + box["width"] * 0.85, box["y"] + box["height"] * 0.15)  # an empty corner
    wait_for_app(page)
    page.wait_for_timeout(500)
    wait_for_app(page)
    assert decoded.get_attribute("src") != before
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "ae_vs_vae_after_click")


def test_new_samples_button_draws_new_samples(page, app_url):
    open_page(page, app_url, "ae_vs_vae")
    button = page.get_by_role("button", name="Draw new samples")
    button.scroll_into_view_if_needed()
    grid = page.locator('[data-testid="stImage"] img').nth(5)  # the AE's sample grid, after the 5 decoded images
    before = grid.get_attribute("src")
    button.click()
    wait_for_app(page)
    page.wait_for_timeout(300)
    wait_for_app(page)
    assert grid.get_attribute("src") != before


def test_home_likelihood_follows_the_slider_and_fit_finds_the_maximum(page, app_url):
    open_page(page, app_url, "")
    frame = page.frame_locator("iframe").first
    loglik = frame.locator("#loglik")
    loglik.wait_for(timeout=30_000)
    before = float(loglik.inner_text())
    frame.locator("#mu").focus()
    for _ in range(20):
        page.keyboard.press("ArrowRight")
    moved = float(loglik.inner_text())
    assert moved != before
    frame.locator("#fit").click()
    page.wait_for_timeout(900)
    fitted = float(loglik.inner_text())
    assert fitted >= max(before, moved)
    assert "gap:" in frame.locator("#readout").inner_text()
    assert float(frame.locator("#readout b").nth(2).inner_text()) == pytest.approx(0.0, abs=0.05)


def test_language_switch_translates_the_page(page, app_url):
    open_page(page, app_url, "")
    page.get_by_text("日本語").click()
    wait_for_app(page)
    assert "生成モデル" in page.locator("h1").first.inner_text()
    screenshot(page, "home_japanese")


def test_narrow_window_still_renders(browser, app_url):
    context = browser.new_context(viewport={"width": 420, "height": 900})
    narrow = context.new_page()
    try:
        open_page(narrow, app_url, "interpolation")
        narrow.locator('input[data-testid="interp-alpha"]').wait_for(timeout=30_000)
        assert narrow.locator('[data-testid="stException"]').count() == 0
        screenshot(narrow, "interpolation_narrow")
    finally:
        context.close()


def test_deep_link_on_a_fresh_server_runs_through_the_app_menu(browser):
    """The first request after server start used to bypass app.py (Streamlit's pages/ discovery)."""
    from tests.conftest import free_port, start_streamlit, wait_healthy

    port = free_port()
    process = start_streamlit(port)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        wait_healthy(port)
        fresh = context.new_page()
        open_page(fresh, f"http://127.0.0.1:{port}", "interpolation")
        fresh.locator('input[data-testid="interp-alpha"]').wait_for(timeout=30_000)
        nav = fresh.locator('[data-testid="stSidebarNav"]').inner_text()
        assert "Autoencoders" in nav and "Latent interpolation" in nav
        assert fresh.get_by_text("Page not found").count() == 0
    finally:
        context.close()
        process.terminate()
        process.wait(timeout=10)


def test_settings_travel_in_the_url(page, app_url):
    """A teacher's link (?lang=ja&dataset=fashion) opens the same view on every screen."""
    open_page(page, app_url, "interpolation?lang=ja&dataset=fashion&seed=3")
    assert "潜在空間" in page.locator("h1").first.inner_text()
    assert "Fashion-MNIST" in page.content()  # the sidebar's dataset picker shows it
    assert "seed=3" in page.url and "lang=ja" in page.url
