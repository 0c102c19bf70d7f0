"""sovtune: an air-gapped fine-tuning pipeline (redact -> train -> evaluate -> bundle), one module per stage."""

__version__ = "0.1.0"
