"""The diffusion pages in Chromium: the t slider (forward) and the trajectory slider (reverse)
switch the images in the browser, with no rerun."""
from tests.conftest import screenshot, wait_for_app
from tests.test_browser import open_page


def scrub_changes(page, rows: list[str]) -> None:
    slider = page.locator('input[data-testid="player-slider"]')
    slider.wait_for(timeout=60_000)
    images = [page.locator(f'img[data-testid="player-frame-{row}"]') for row in rows]
    before = [image.get_attribute("src") for image in images]
    label = page.locator(".gme-player .frame-label").inner_text()
    slider.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    after = [image.get_attribute("src") for image in images]
    assert all(b != a for b, a in zip(before, after)), rows
    assert page.locator(".gme-player .frame-label").inner_text() != label


def test_forward_t_slider_changes_both_noised_images(page, app_url):
    open_page(page, app_url, "ddpm_forward")
    assert page.locator('[data-testid="stException"]').count() == 0
    scrub_changes(page, ["closed", "chain"])
    screenshot(page, "page_ddpm_forward")


def test_reverse_trajectory_slider_changes_x_t_eps_and_x0(page, app_url):
    open_page(page, app_url, "ddpm_reverse")
    wait_for_app(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    scrub_changes(page, ["x", "eps", "x0"])
    screenshot(page, "page_ddpm_reverse")
