"""Put axe-core's axe.min.js into a git-ignored cache folder, fetching it only when missing.

axe-core is not vendored in the repository (553 KB of minified third-party JavaScript under
MPL-2.0); it is read out of the `axe-selenium-python` 3.0.0 wheel on PyPI, which carries
axe-core 4.10. The wheel declares Python >= 3.12, so pip is asked for the wheel of a 3.12
interpreter explicitly (`--python-version 3.12 --only-binary=:all: --no-deps`); on an
older interpreter a plain `pip install` would pick an old release with axe 3.1.

Usage: python3 Tests/Browser/fetch_axe.py [CACHE_DIR]   (prints the path of axe.min.js)
"""
from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile
import zipfile

WHEEL = "axe-selenium-python==3.0.0"
MEMBER = "axe_selenium_python/node_modules/axe-core/axe.min.js"
REPO = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_CACHE = REPO / ".build-browser" / "axe-core"


def axe_path(cache: pathlib.Path = DEFAULT_CACHE) -> pathlib.Path:
    """Return the cached axe.min.js, downloading and extracting the wheel when it is missing."""
    target = cache / "axe.min.js"
    if target.is_file() and target.read_bytes().startswith(b"/*! axe v4."):
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
             "--python-version", "3.12", WHEEL, "-d", tmp],
            check=True,
        )
        wheel = next(pathlib.Path(tmp).glob("axe_selenium_python-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            data = archive.read(MEMBER)
            licence = next((n for n in archive.namelist() if n.endswith("LICENSE.txt")), None)
            if licence:
                (cache / "LICENSE-axe-selenium-python.txt").write_bytes(archive.read(licence))
    if not data.startswith(b"/*! axe v4."):
        raise RuntimeError(f"{WHEEL} does not carry axe-core 4.x")
    target.write_bytes(data)
    return target


if __name__ == "__main__":
    print(axe_path(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CACHE))
