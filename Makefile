# swift-bittensor: build, test and run. Every target installs what it needs on a fresh Debian
# machine (apt packages, the Python venv with the reference libraries used as test oracles).

SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
VENV_BT := $(VENV)/bittensor
APT_PACKAGES := libsodium-dev libsqlite3-dev pkg-config
SWIFT_TEST_FLAGS ?=

.PHONY: all deps apt venv venv-bt build release test test-swift test-python run bench vectors clean

all: build

## deps: install the system packages and the Python oracle venv when missing
deps: apt venv

apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: Scripts/requirements-oracles.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r Scripts/requirements-oracles.txt
	touch $@

## venv-bt: bittensor 7.4.0 itself, for the live axon/dendrite interoperability tests
venv-bt: $(VENV_BT)/.installed

$(VENV_BT)/.installed: Scripts/requirements-bittensor.txt
	python3 -m venv $(VENV_BT)
	$(VENV_BT)/bin/python -m pip install --quiet --disable-pip-version-check -r Scripts/requirements-bittensor.txt
	touch $@

build: apt
	swift build

release: apt
	swift build -c release --product subtensor --product btcli

## test: everything CI runs: Swift unit tests, then the live cross-checks against the Python libraries
test: deps
	swift build --build-tests
	swift test $(SWIFT_TEST_FLAGS)
	$(MAKE) test-python

test-python: venv venv-bt
	swift build --product subtensor
	swift build --product btcli
	swift build --product axon-probe
	SUBTENSOR_BIN=$(CURDIR)/.build/debug/subtensor BTCLI_BIN=$(CURDIR)/.build/debug/btcli \
		$(PYTHON) -m pytest -q Tests/Python --ignore=Tests/Python/test_live_axon.py --ignore=Tests/Python/test_live_info_bittensor.py
	AXON_PROBE_BIN=$(CURDIR)/.build/debug/axon-probe SUBTENSOR_BIN=$(CURDIR)/.build/debug/subtensor \
		$(VENV_BT)/bin/python -m pytest -q Tests/Python/test_live_axon.py Tests/Python/test_live_info_bittensor.py

## run: the main job (for now: a development chain node on ws://127.0.0.1:9944)
run: apt
	swift build -c release --product subtensor
	.build/release/subtensor --dev

## bench: the foundation benchmark (Swift vs the Python reference libraries, one core)
bench: deps
	swift build -c release --product bench
	taskset -c 1 .build/release/bench --python $(PYTHON)

## vectors: regenerate the committed golden vectors from the reference libraries
vectors: venv
	$(PYTHON) Scripts/vectors/generate_foundation_vectors.py
	$(PYTHON) Scripts/vectors/generate_scale_vectors.py
	$(PYTHON) Scripts/vectors/generate_wallet_fixtures.py
	$(PYTHON) Scripts/vectors/generate_pow_vectors.py

clean:
	rm -rf .build $(VENV)
