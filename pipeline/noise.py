"""Keep known library noise out of a normal run; `--verbose` (or SOVTUNE_VERBOSE=1) brings it back.

Only messages known to say nothing a sovtune user can act on are filtered, each by its text:
- bitsandbytes on CPUs with AVX-512 bf16 logs that it could not fetch an optional kernel from the hub (it
  never may here: no network);
- transformers, peft and accelerate FutureWarnings/DeprecationWarnings about their own future APIs.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

_LIBRARIES = r"(transformers|peft|accelerate|torch)(\.|$)"
_BNB_KERNEL_LINE = "from kernels-community"


def verbose_requested(argv: list[str] | None = None) -> bool:
    """True when the user asked for library output: `--verbose` on the command line or SOVTUNE_VERBOSE=1."""
    args = sys.argv[1:] if argv is None else argv
    return "--verbose" in args or os.environ.get("SOVTUNE_VERBOSE", "") not in ("", "0", "false")


class _DropMessage(logging.Filter):
    def __init__(self, fragment: str) -> None:
        super().__init__()
        self.fragment = fragment

    def filter(self, record: logging.LogRecord) -> bool:
        return self.fragment not in record.getMessage()


def quiet_libraries(verbose: bool = False) -> None:
    """Install the filters (idempotent). With verbose=True nothing is filtered."""
    if verbose:
        os.environ["SOVTUNE_VERBOSE"] = "1"  # child processes (accelerate launch) inherit the choice
        return
    for category in (FutureWarning, DeprecationWarning):
        warnings.filterwarnings("ignore", category=category, module=_LIBRARIES)
    # bitsandbytes' CPU backend logs through the logger of its module, at import time.
    for name in ("bitsandbytes", "bitsandbytes.backends.cpu.ops"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropMessage) for f in logger.filters):
            logger.addFilter(_DropMessage(_BNB_KERNEL_LINE))


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
