"""Every HTML page of every channel and locale of the sample, in headless Chromium.

One walk over the built sample (`survey`) loads each page once per browser and records
what the tests below assert: axe-core at WCAG 2.0/2.1/2.2 A+AA at 1280 px and 320 px in
light and dark, horizontal scrolling at 320 px and at 200% zoom, links, languages, and
(onion, JavaScript off) the network log. A summary is written to
`Build/browser-report.json`.
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import urllib.parse

import pytest

from conftest import REPO

HTML_CHANNELS = {"web": "web", "onion": "tor"}
SOURCE_LOCALE = "en"
COMBINATIONS = [(1280, "light"), (1280, "dark"), (320, "light"), (320, "dark")]
TOR_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

# Collected in the page: links, language facts and scroll widths, in one script call.
PAGE_FACTS = r"""
const langOf = el => { const h = el.closest('[lang]'); return h ? h.getAttribute('lang') : null; };
const texts = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('script, style, noscript')) continue;
  let own = '';
  for (const n of el.childNodes) if (n.nodeType === 3) own += n.textContent;
  own = own.replace(/\s+/g, ' ').trim();
  if (own) texts.push({text: own, lang: langOf(el), tag: el.tagName.toLowerCase()});
}
const meta = document.querySelector('meta[name="description"]');
return {
  htmlLang: document.documentElement.getAttribute('lang'),
  title: document.title, titleLang: langOf(document.querySelector('title')),
  description: meta ? meta.content : null, descriptionLang: meta ? langOf(meta) : null,
  links: [...document.querySelectorAll('a[href]')].map(a => ({href: a.href, raw: a.getAttribute('href'),
      hreflang: a.getAttribute('hreflang'), text: a.textContent.trim(), rel: a.rel})),
  onion: (document.querySelector('meta[http-equiv="onion-location"]') || {}).content || null,
  csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || null,
  referrer: (document.querySelector('meta[name="referrer"]') || {}).content || null,
  icon: !!document.querySelector('link[rel~="icon"]'),
  scripts: document.querySelectorAll('script').length,
  images: [...document.images].map(i => i.currentSrc || i.src),
  svgRefs: [...document.querySelectorAll('[src],[href],[srcset]')].map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('srcset')).filter(u => /\.svg(\?|#|$)/i.test(u)),
  fallback: [...document.querySelectorAll('.wm-fallback')].map(e => langOf(e)),
  texts,
};
"""
SCROLLS_SIDEWAYS = "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"


def page_url(base: str, page: str) -> str:
    return base + page


def url_to_file(url: str, base: str, root: pathlib.Path) -> pathlib.Path | None:
    """The file in `root` a same-origin URL refers to (folder URLs mean index.html)."""
    if not url.startswith(base):
        return None
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)[len(urllib.parse.urlsplit(base).path):]
    if path == "" or path.endswith("/"):
        path += "index.html"
    return root / path


def locale_of(page: str) -> str | None:
    first = page.split("/", 1)[0]
    return None if first == "index.html" else first


@pytest.fixture(scope="session")
def survey(sample_build, serve_directory, browser_factory):
    """Walk every HTML page of every channel once; returns {channel: {page: facts}}."""
    on = browser_factory(javascript=True, network_log=True)
    off = browser_factory(javascript=False, network_log=True)
    results: dict[str, dict[str, dict]] = {}
    for channel in HTML_CHANNELS:
        root = sample_build.channel(channel)
        base = serve_directory(root)
        results[channel] = {}
        for page in sample_build.html_pages(channel):
            facts: dict = {"violations": []}
            on.open(page_url(base, page))
            on.network()
            on.driver.execute_script(on._axe_js)
            for width, scheme in COMBINATIONS:
                on.viewport(width)
                on.color_scheme(scheme)
                for violation in on.axe():
                    facts["violations"].append({**violation, "at": f"{width}px {scheme}"})
            on.color_scheme("light")
            on.viewport(320)
            facts["scroll320"] = on.script(SCROLLS_SIDEWAYS)
            on.viewport(640, scale=2)  # 200% zoom of a 1280 px window
            facts["scroll200"] = on.script(SCROLLS_SIDEWAYS)
            on.viewport(1280)
            facts.update(on.script(PAGE_FACTS))
            facts["cookies"] = on.driver.get_cookies()
            if channel == "onion":
                off.open(page_url(base, page))
                facts["network"] = [vars(r) for r in off.network()]
                facts["scriptsJSOff"] = off.script("return document.querySelectorAll('script').length")
            else:
                on.open(page_url(base, page))
                facts["network"] = [vars(r) for r in on.network()]
            facts["base"] = base
            results[channel][page] = facts
    write_report(results, sample_build)
    return results


def write_report(results: dict, sample_build) -> None:
    by_rule: collections.Counter = collections.Counter()
    outside = 0
    largest = ("", 0)
    for channel, pages in results.items():
        for page, facts in pages.items():
            for violation in facts["violations"]:
                by_rule[violation["id"]] += len(violation["nodes"])
            outside += sum(1 for r in facts["network"] if not r["url"].startswith(facts["base"]))
            if channel == "onion":
                weight = page_weight(facts, sample_build.channel(channel))
                if weight > largest[1]:
                    largest = (page, weight)
    report = {
        "pagesChecked": {channel: len(pages) for channel, pages in results.items()},
        "axeRuns": sum(len(pages) for pages in results.values()) * len(COMBINATIONS),
        "violationsByRule": dict(sorted(by_rule.items())),
        "requestsOutsideOrigin": outside,
        "largestOnionPage": {"page": largest[0], "bytes": largest[1]},
    }
    path = REPO / "Build" / "browser-report.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def page_weight(facts: dict, root: pathlib.Path) -> int:
    """Bytes on disk of every distinct file the page loaded (HTML, CSS, images, icon)."""
    files = {url_to_file(r["url"], facts["base"], root) for r in facts["network"]}
    return sum(f.stat().st_size for f in files if f is not None and f.is_file())


def describe(problems: list) -> str:
    return "\n".join(str(p) for p in problems[:40]) + (f"\n... {len(problems)} in all" if len(problems) > 40 else "")


@pytest.mark.parametrize("channel", HTML_CHANNELS)
def test_axe_reports_no_violations(survey, channel):
    problems = [f"{page} [{v['at']}] {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
                for page, facts in survey[channel].items() for v in facts["violations"]]
    assert not problems, describe(problems)


@pytest.mark.parametrize("channel", HTML_CHANNELS)
def test_no_horizontal_scrolling_at_320px_and_200_percent(survey, channel):
    problems = [(page, key) for page, facts in survey[channel].items()
                for key in ("scroll320", "scroll200") if facts[key]]
    assert not problems, describe(problems)


def test_onion_with_javascript_off_stays_on_its_own_files(survey, sample_build):
    root = sample_build.channel("onion")
    budget = 100_000
    problems = []
    for page, facts in survey["onion"].items():
        for request in facts["network"]:
            if not request["url"].startswith(facts["base"]):
                problems.append((page, "outside the channel", request["url"]))
            elif request["failed"] or (request["status"] or 0) >= 400:
                problems.append((page, "failed", request["url"], request["status"], request["failed"]))
            else:
                target = url_to_file(request["url"], facts["base"], root)
                if target is None or not target.is_file():
                    problems.append((page, "not a channel file", request["url"]))
        if facts["scripts"] or facts["scriptsJSOff"]:
            problems.append((page, "script elements", facts["scripts"]))
        if facts["csp"] != TOR_CSP:
            problems.append((page, "CSP", facts["csp"]))
        if page_weight(facts, root) > budget:
            problems.append((page, "over budget", page_weight(facts, root)))
    assert not problems, describe(problems)


def test_web_makes_no_third_party_requests_and_sets_no_cookies(survey):
    problems = []
    for page, facts in survey["web"].items():
        for request in facts["network"]:
            if not request["url"].startswith(facts["base"]):
                problems.append((page, "third party", request["url"]))
            elif request["failed"] or (request["status"] or 0) >= 400:
                problems.append((page, "failed", request["url"], request["status"]))
        if facts["cookies"]:
            problems.append((page, "cookies", facts["cookies"]))
    assert not problems, describe(problems)


@pytest.mark.parametrize("channel", HTML_CHANNELS)
def test_privacy_meta_and_favicon(survey, channel):
    problems = [(page, facts["referrer"], facts["icon"]) for page, facts in survey[channel].items()
                if facts["referrer"] != "no-referrer" or not facts["icon"]]
    assert not problems, describe(problems)


@pytest.mark.parametrize("channel", HTML_CHANNELS)
def test_every_internal_link_points_at_a_page_of_the_channel(survey, sample_build, channel):
    root = sample_build.channel(channel)
    problems = []
    for page, facts in survey[channel].items():
        for link in facts["links"]:
            if link["raw"].startswith("#"):
                continue
            target = url_to_file(link["href"].split("#")[0], facts["base"], root)
            if target is None:
                continue
            if not target.is_file():
                problems.append((page, link["raw"]))
            elif link["hreflang"] and locale_of(str(target.relative_to(root))) not in (link["hreflang"], None):
                problems.append((page, "hreflang does not match target", link["raw"], link["hreflang"]))
    assert not problems, describe(problems)


def test_onion_location_points_at_an_existing_onion_page(survey, sample_build):
    onion = sample_build.channel("onion")
    problems = []
    for page, facts in survey["web"].items():
        if not facts["onion"]:
            continue
        path = re.sub(r"^http://[^/]+\.onion/", "", facts["onion"])
        target = onion / (path + "index.html" if path == "" or path.endswith("/") else path)
        if not target.is_file():
            problems.append((page, facts["onion"]))
    assert not problems, describe(problems)


def english_texts(sample_build, channel: str) -> set[str]:
    """Every sentence-length text of the source-locale pages (to spot untranslated English)."""
    texts: set[str] = set()
    for page in sample_build.html_pages(channel):
        if page.startswith(SOURCE_LOCALE + "/"):
            html = (sample_build.channel(channel) / page).read_text(encoding="utf-8")
            for chunk in re.split(r"<[^>]+>", html):
                chunk = re.sub(r"\s+", " ", chunk).strip()
                # Sentence-like: three or more words with letters (not numbers, names or URLs).
                if sum(1 for word in chunk.split() if any(c.isalpha() for c in word)) >= 3:
                    texts.add(chunk)
    return texts


@pytest.mark.parametrize("channel", HTML_CHANNELS)
def test_lang_is_right_on_the_page_and_on_every_english_element(survey, sample_build, channel):
    english = english_texts(sample_build, channel)
    problems = []
    for page, facts in survey[channel].items():
        locale = locale_of(page) or SOURCE_LOCALE
        if facts["htmlLang"] != locale:
            problems.append((page, "html lang", facts["htmlLang"]))
        if any(lang != SOURCE_LOCALE for lang in facts["fallback"]):
            problems.append((page, "fallback element not lang=en"))
        if locale == SOURCE_LOCALE:
            continue
        for item in facts["texts"]:
            if item["text"] in english and item["lang"] != SOURCE_LOCALE:
                problems.append((page, "English without lang=en", item["tag"], item["text"][:60]))
        for key, lang in (("title", "titleLang"), ("description", "descriptionLang")):
            text = (facts[key] or "").split(" · ")[0]
            if text in english and facts[lang] != SOURCE_LOCALE:
                problems.append((page, f"English {key} without lang=en", text[:60]))
    assert not problems, describe(problems)


def test_no_onion_page_references_an_svg(survey, sample_build):
    problems = [(page, facts["svgRefs"]) for page, facts in survey["onion"].items() if facts["svgRefs"]]
    for path in sample_build.channel("onion").rglob("*.html"):
        if re.search(r"\.svg\b", path.read_text(encoding="utf-8")):
            problems.append((str(path), "mentions .svg"))
    assert not problems, describe(problems)
