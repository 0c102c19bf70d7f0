"""Keep known library noise out of a normal run; `--verbose` (or SOVTUNE_VERBOSE=1) brings it back.

Only messages known to say nothing a sovtune user can act on are filtered, each seen in a plain `dvc repro`:
- bitsandbytes on CPUs with AVX-512 bf16 logs that it could not fetch an optional kernel from the hub (it
  never may here: no network);
- transformers, peft and accelerate FutureWarnings/DeprecationWarnings about their own future APIs;
- transformers' "Loading weights" bars and info logging.
Warnings raised by sovtune's code and errors from any library still show.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

VERBOSE_ENV = "SOVTUNE_VERBOSE"  # DVC runs `python -m pipeline.<stage>`: the variable reaches it, a flag does not
_LIBRARIES = r"(transformers|peft|accelerate|torch|bitsandbytes|huggingface_hub)(\.|$)"
_BNB_KERNEL_LINE = "from kernels-community"
# Read by transformers and huggingface_hub once, on import.
_QUIET_ENV = {"TRANSFORMERS_VERBOSITY": "error", "HF_HUB_DISABLE_PROGRESS_BARS": "1",
              "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1"}


def verbose_requested(flag: bool = False, argv: list[str] | None = None) -> bool:
    """True when the user asked for library output: a `--verbose` flag or argument, or SOVTUNE_VERBOSE=1."""
    args = sys.argv[1:] if argv is None else argv
    return flag or "--verbose" in args or os.environ.get(VERBOSE_ENV, "").strip() not in ("", "0", "false", "no")


class _DropMessage(logging.Filter):
    def __init__(self, fragment: str) -> None:
        super().__init__()
        self.fragment = fragment

    def filter(self, record: logging.LogRecord) -> bool:
        return self.fragment not in record.getMessage()


def quiet_libraries(verbose: bool = False) -> None:
    """Install the filters (idempotent). With verbose=True nothing is filtered.

    Call it before the libraries are imported: transformers reads TRANSFORMERS_VERBOSITY and
    HF_HUB_DISABLE_PROGRESS_BARS once, on import.
    """
    if verbose:
        os.environ[VERBOSE_ENV] = "1"  # child processes (accelerate launch) inherit the choice
        for name in _QUIET_ENV:  # a quiet parent process may have set them: the libraries' own defaults again
            os.environ.pop(name, None)
        return
    for name, value in _QUIET_ENV.items():
        os.environ.setdefault(name, value)
    warnings.filterwarnings("ignore", message=r".*is deprecated and will be removed in v\d", module=_LIBRARIES)
    for category in (FutureWarning, DeprecationWarning):
        warnings.filterwarnings("ignore", category=category, module=_LIBRARIES)
    # bitsandbytes' CPU backend logs through the logger of its module, at import time.
    for name in ("bitsandbytes", "bitsandbytes.backends.cpu.ops"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropMessage) for f in logger.filters):
            logger.addFilter(_DropMessage(_BNB_KERNEL_LINE))
    try:  # an already-imported transformers no longer reads the variables above
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def keep_bitsandbytes_unloaded() -> None:
    """Stop bitsandbytes from loading in a run without quantisation.

    peft imports bitsandbytes whenever it is installed (peft/helpers.py), and bitsandbytes takes seconds to
    import and logs on some CPUs. A None entry in sys.modules makes `import bitsandbytes` raise ImportError,
    which peft handles as "not installed". `allow_bitsandbytes` undoes it when QLoRA is asked for.
    """
    if "bitsandbytes" not in sys.modules:
        sys.modules["bitsandbytes"] = None  # type: ignore[assignment]


def allow_bitsandbytes() -> None:
    """Undo keep_bitsandbytes_unloaded (and peft's cached "not available" answers)."""
    if "bitsandbytes" in sys.modules and sys.modules["bitsandbytes"] is None:
        del sys.modules["bitsandbytes"]
        peft_imports = sys.modules.get("peft.import_utils")
        for name in ("is_bnb_available", "is_bnb_4bit_available"):
            cached = getattr(peft_imports, name, None)
            if cached is not None and hasattr(cached, "cache_clear"):
                cached.cache_clear()
