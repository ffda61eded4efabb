"""The harness itself: axe version, JavaScript switch, network log, colour scheme, viewport."""
from __future__ import annotations

import pathlib

from conftest import free_port


def test_axe_is_version_4(axe_source):
    assert axe_source.startswith("/*! axe v4.")


def test_free_port_is_bindable():
    import socket
    port = free_port()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))


def test_switches_and_network_log(tmp_path, serve_directory, browser_factory):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=en><title>t</title>"
        "<style>@media (prefers-color-scheme: dark){body{color:rgb(1, 2, 3)}}</style>"
        "<p id=p>static</p><script>document.getElementById('p').textContent='scripted'</script>",
        encoding="utf-8")
    base = serve_directory(tmp_path)
    on = browser_factory(javascript=True, network_log=True)
    on.open(base)
    assert on.script("return document.getElementById('p').textContent") == "scripted"
    requests = on.network()
    assert [r.url for r in requests if r.url == base] and all(r.status in (200, 404) for r in requests)
    off = browser_factory(javascript=False)
    off.open(base)
    assert off.script("return document.getElementById('p').textContent") == "static"
    off.color_scheme("dark")
    assert off.script("return getComputedStyle(document.body).color") == "rgb(1, 2, 3)"
    off.color_scheme("light")
    off.viewport(320)
    assert off.script("return window.innerWidth") == 320
    off.viewport(1280)
    on.open(base)
    assert [v["id"] for v in on.axe()] == []


def test_sample_build_has_every_html_channel(sample_build):
    for channel in ("web", "onion"):
        pages = sample_build.html_pages(channel)
        assert "index.html" in pages and len(pages) > 10, (channel, pages)
