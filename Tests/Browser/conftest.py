"""Shared fixtures for the browser suite (headless Chromium + axe-core).

Fixtures, all general so other browser tests can reuse them:

- `waymark_bin`: the waymark binary the Makefile built (`WAYMARK_BIN`, else the newest of
  `.build/release/waymark` and `.build/debug/waymark`).
- `sample_build`: the repository's sample project copied to a temporary folder and built
  once per session; `sample_build.root / "web"` etc. are the channel folders.
- `serve_directory(path)`: serve a folder on 127.0.0.1 at a free port; returns the base URL.
- `free_port()`: a free TCP port on 127.0.0.1 (a plain function, also importable).
- `browser_factory(javascript=True, network_log=False)`: one shared headless Chromium per
  option set; `Browser` has `open`, `viewport`, `color_scheme`, `network`, `axe`,
  `screenshot`.
- `axe_source`: the text of axe.min.js (axe-core 4.x, see fetch_axe.py).
- `screenshot_dir`: `Build/screenshots/` in the repository.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import http.server
import json
import os
import pathlib
import shutil
import socket
import subprocess
import threading

import pytest

from fetch_axe import axe_path

REPO = pathlib.Path(__file__).resolve().parents[2]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def find_waymark_binary() -> pathlib.Path:
    """The waymark binary to test: `WAYMARK_BIN`, else the newest debug or release build."""
    if os.environ.get("WAYMARK_BIN"):
        return pathlib.Path(os.environ["WAYMARK_BIN"])
    candidates = [REPO / ".build" / kind / "waymark" for kind in ("debug", "release")]
    built = [path for path in candidates if path.is_file()]
    if not built:
        pytest.fail("no waymark binary: run `swift build` (or `make test`) first")
    return max(built, key=lambda path: path.stat().st_mtime)


@pytest.fixture(scope="session")
def waymark_bin() -> pathlib.Path:
    return find_waymark_binary()


@dataclasses.dataclass(frozen=True)
class SampleBuild:
    """A built copy of the sample project: `project` is the copy, `root` its Build/ folder."""

    project: pathlib.Path
    root: pathlib.Path
    output: str

    def channel(self, name: str) -> pathlib.Path:
        return self.root / name

    def html_pages(self, channel: str) -> list[str]:
        """Every HTML file of a channel, as paths relative to the channel root, sorted."""
        base = self.channel(channel)
        return sorted(str(p.relative_to(base)) for p in base.rglob("*.html"))


def copy_sample_project(destination: pathlib.Path) -> pathlib.Path:
    """Copy the sample project (configuration, content, catalogs) into `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "waymark.yaml", destination / "waymark.yaml")
    for folder in ("Source-Content", "Locales"):
        shutil.copytree(REPO / folder, destination / folder)
    return destination


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, waymark_bin) -> SampleBuild:
    project = copy_sample_project(tmp_path_factory.mktemp("sample") / "project")
    build = project / "Build"
    run = subprocess.run(
        [str(waymark_bin), "build", "--project", str(project), "--output", str(build)],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "0"},
    )
    if run.returncode != 0:
        pytest.fail(f"waymark build failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    return SampleBuild(project=project, root=build, output=run.stdout + run.stderr)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the suite reads the browser's network log instead
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


@pytest.fixture(scope="session")
def serve_directory():
    """Factory: serve a folder over HTTP on 127.0.0.1; returns its base URL ending in '/'."""
    servers: dict[pathlib.Path, tuple[http.server.ThreadingHTTPServer, str]] = {}

    def serve(path: pathlib.Path) -> str:
        path = pathlib.Path(path).resolve()
        if path not in servers:
            handler = functools.partial(_QuietHandler, directory=str(path))
            server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[path] = (server, f"http://127.0.0.1:{server.server_address[1]}/")
        return servers[path][1]

    yield serve
    for server, _ in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return axe_path().read_text(encoding="utf-8")


@dataclasses.dataclass
class Request:
    """One request from Chromium's network log."""

    url: str
    status: int | None = None
    failed: str | None = None
    bytes: int = 0
    resource_type: str = ""


class Browser:
    """A headless Chromium with helpers for viewport, colour scheme, network log and axe."""

    def __init__(self, driver, axe_js: str, network_log: bool, javascript: bool):
        self.driver = driver
        self.javascript = javascript
        self._axe_js = axe_js
        self._network_log = network_log
        self.width, self.height, self.scale = 1280, 900, 1.0

    def open(self, url: str) -> None:
        """Load `url` and wait for it; drains the network log of the previous page."""
        if self._network_log:
            self.driver.get_log("performance")
        self.driver.get(url)

    def viewport(self, width: int, height: int = 900, scale: float = 1.0) -> None:
        """Emulate a viewport of `width` x `height` CSS px; `scale` 2 is 200% zoom."""
        self.width, self.height, self.scale = width, height, scale
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})

    def color_scheme(self, scheme: str) -> None:
        """Emulate `prefers-color-scheme: light` or `dark`."""
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def network(self) -> list[Request]:
        """Requests made since the last `open` (needs `network_log=True`)."""
        assert self._network_log, "open the browser with network_log=True"
        requests: dict[str, Request] = {}
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message.get("method"), message.get("params", {})
            request_id = params.get("requestId")
            if method == "Network.requestWillBeSent":
                requests[request_id] = Request(url=params["request"]["url"],
                                               resource_type=params.get("type", ""))
            elif request_id in requests:
                if method == "Network.responseReceived":
                    requests[request_id].status = params["response"]["status"]
                elif method == "Network.loadingFinished":
                    requests[request_id].bytes = int(params.get("encodedDataLength", 0))
                elif method == "Network.loadingFailed":
                    requests[request_id].failed = params.get("errorText", "failed")
        return list(requests.values())

    def axe(self, tags: list[str] | None = None, context: str | None = None) -> list[dict]:
        """Run axe-core on the current page at WCAG 2.0/2.1/2.2 A+AA; returns the violations.

        Needs a browser with JavaScript on: with the page's JavaScript switched off Chromium
        never runs axe's timers. Pages without scripts render the same either way.
        """
        assert self.javascript, "axe needs browser_factory(javascript=True)"
        self.driver.execute_script(self._axe_js)
        result = self.driver.execute_async_script(
            """
            const [context, tags, done] = arguments;
            axe.run(context || document, {runOnly: {type: 'tag', values: tags},
                                          resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                   help: v.help, nodes: v.nodes.map(n => ({target: n.target,
                   summary: n.failureSummary}))}))))
               .catch(e => done({error: String(e)}));
            """,
            context, tags or WCAG_TAGS)
        if isinstance(result, dict):
            raise RuntimeError(f"axe failed: {result['error']}")
        return result

    def script(self, source: str, *args):
        """Run JavaScript in the page (works with the page's own JavaScript switched off)."""
        return self.driver.execute_script(source, *args)

    def screenshot(self, path: pathlib.Path, full_page: bool = True) -> pathlib.Path:
        """Save a PNG of the page at the current viewport width (the whole page by default)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": self.width,
                              "height": max(self.height, size["height"]), "scale": 1}
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path


def _chromium_paths() -> tuple[str, str]:
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not binary or not driver:
        pytest.fail("chromium and chromium-driver are needed (`make test` installs them)")
    return binary, driver


@pytest.fixture(scope="session")
def browser_factory(axe_source):
    """Factory: `browser_factory(javascript=True, network_log=False)` -> a shared Browser."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _chromium_paths()
    browsers: dict[tuple[bool, bool], Browser] = {}

    def make(javascript: bool = True, network_log: bool = False) -> Browser:
        key = (javascript, network_log)
        if key not in browsers:
            options = webdriver.ChromeOptions()
            options.binary_location = binary
            for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--disable-extensions",
                         "--disable-background-networking", "--disable-sync",
                         "--no-first-run", "--no-default-browser-check",
                         "--force-color-profile=srgb", "--lang=en-US",
                         "--window-size=1280,900"):
                options.add_argument(flag)
            if not javascript:
                options.add_experimental_option(
                    "prefs", {"profile.managed_default_content_settings.javascript": 2})
            if network_log:
                options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
            driver = webdriver.Chrome(service=Service(driver_path), options=options)
            driver.set_script_timeout(60)
            browser = Browser(driver, axe_source, network_log, javascript)
            browser.viewport(1280)
            browsers[key] = browser
        return browsers[key]

    yield make
    for browser in browsers.values():
        browser.driver.quit()


@pytest.fixture(scope="session")
def screenshot_dir() -> pathlib.Path:
    path = REPO / "Build" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
