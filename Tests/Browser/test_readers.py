"""What readers meet on specific pages: quick exit, task lists, tables, fallback honesty,
and the screenshots in Build/screenshots/ (web home, a lesson at 320 px, an onion page
with JavaScript off, a fallback page; each at 320 px and 1280 px)."""
from __future__ import annotations

import re

import pytest

SELF_HELP = "en/finding-a-safer-path/01-welcome/index.html"
LESSON = "en/online-road-safety/02-strong-passwords/index.html"
FALLBACK = "fi/finding-a-safer-path/03-coping-skills/index.html"
SCREENSHOTS = [
    ("web", "en/index.html", "web-home", True),
    ("web", LESSON, "web-lesson", True),
    ("onion", "fi/finding-a-safer-path/01-welcome/index.html", "onion-js-off", False),
    ("web", FALLBACK, "web-fallback-page", True),
    ("web", "fi/finding-a-safer-path/index.html", "web-fallback-parts", True),
    ("web", SELF_HELP, "web-self-help", True),
]


@pytest.fixture(scope="module")
def web(sample_build, serve_directory):
    return serve_directory(sample_build.channel("web"))


@pytest.fixture(scope="module")
def onion(sample_build, serve_directory):
    return serve_directory(sample_build.channel("onion"))


@pytest.mark.parametrize("channel", ["web", "onion"])
def test_quick_exit_comes_first_and_is_big_enough(sample_build, serve_directory, browser_factory, channel):
    base = serve_directory(sample_build.channel(channel))
    browser = browser_factory(javascript=channel == "web")
    for page in sample_build.html_pages(channel):
        if "/finding-a-safer-path/" not in page:
            continue
        browser.open(base + page)
        for width in (320, 1280):
            browser.viewport(width)
            first = browser.script("""
                const a = document.querySelector('a[href]');
                const r = a.getBoundingClientRect();
                return {id: a.id, rel: a.rel, href: a.getAttribute('href'), w: r.width, h: r.height};""")
            assert first["id"] == "wm-exit" and "noreferrer" in first["rel"], (page, first)
            assert first["href"].startswith("https://example.org/"), (page, first)
            assert first["w"] >= 24 and first["h"] >= 24, (page, width, first)
        browser.viewport(1280)


def test_shift_three_times_leaves_and_only_the_web_has_the_script(sample_build, web, browser_factory, tmp_path, serve_directory):
    neutral = tmp_path / "neutral"
    neutral.mkdir()
    (neutral / "index.html").write_text("<!doctype html><title>Weather</title><p>Sunny</p>", encoding="utf-8")
    target = serve_directory(neutral)
    browser = browser_factory(javascript=True)
    browser.open(web + SELF_HELP)
    # The real target is off this machine; point the link at a local neutral page.
    browser.script("document.getElementById('wm-exit').href = arguments[0]", target)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    for _ in range(3):
        ActionChains(browser.driver).key_down(Keys.SHIFT).key_up(Keys.SHIFT).perform()
    browser.driver.implicitly_wait(0)
    import time
    for _ in range(50):
        if browser.driver.current_url.startswith(target):
            break
        time.sleep(0.1)
    assert browser.driver.current_url.startswith(target)
    # location.replace: Back does not show the self-help page again.
    browser.driver.back()
    assert browser.driver.current_url != web + SELF_HELP
    for path in sample_build.channel("onion").rglob("*.html"):
        assert "<script" not in path.read_text(encoding="utf-8"), path


def test_task_items_are_plain_items_with_a_drawn_box(sample_build):
    for channel in ("web", "onion"):
        html = (sample_build.channel(channel) / LESSON).read_text(encoding="utf-8")
        assert 'type="checkbox"' not in html
        assert html.count('<li class="wm-task"><span class="wm-box" aria-hidden="true"></span>') == 4


def test_fallback_notice_tells_the_truth(sample_build):
    web = sample_build.channel("web")
    for page in sample_build.html_pages("web"):
        html = (web / page).read_text(encoding="utf-8")
        article = re.split(r"<article[^>]*>", html)[-1].split("</article>")[0]
        if not page.startswith("fi/") or "<article" not in html or "wm-fallback" not in article:
            continue
        assert 'class="wm-notice"' in html, page
        whole = "wm-all-source" in html
        notice = re.search(r'<p class="wm-notice" role="note">(.*?)</p>', html).group(1)
        assert ("Tätä sivua ei ole vielä käännetty" in notice) == whole, (page, notice)
        if not whole:
            assert "viiva" in notice, (page, notice)


def test_links_to_untranslated_pages_say_so(sample_build):
    onion = sample_build.channel("onion")
    html = (onion / "fi/finding-a-safer-path/index.html").read_text(encoding="utf-8")
    english = re.findall(r'<a href="([^"]+)" hreflang="en">.*?\(englanniksi\)', html)
    assert english, "the Finnish self-help index lists the untranslated sessions, marked"
    last = sorted(p for p in sample_build.html_pages("onion") if p.startswith("fi/finding-a-safer-path/0"))[-1]
    page = (onion / last).read_text(encoding="utf-8")
    assert re.search(r'rel="next" href="[^"]*en/finding-a-safer-path/[^"]+" hreflang="en"', page), last


def test_screenshots(sample_build, serve_directory, browser_factory, screenshot_dir):
    written = []
    for channel, page, name, javascript in SCREENSHOTS:
        browser = browser_factory(javascript=javascript)
        browser.open(serve_directory(sample_build.channel(channel)) + page)
        for width in (320, 1280):
            browser.viewport(width)
            written.append(browser.screenshot(screenshot_dir / f"{name}-{width}.png"))
        browser.viewport(1280)
    assert all(path.stat().st_size > 1000 for path in written)
