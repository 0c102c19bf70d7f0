"""Keep known library noise out of a normal run; `--verbose` (or SOVTUNE_VERBOSE=1) lets it all through.

What is filtered, each seen in a plain `dvc repro` of the demo: transformers' and peft's FutureWarnings about
their own deprecations (e.g. "`is_gradient_checkpointing` is deprecated"), transformers' "Loading weights" bars
and info logging, and bitsandbytes' "Failed to load CPU gemm_4bit_forward from kernels-community" warning (it
falls back to its own kernel). Warnings raised by sovtune's code and errors from any library still show.
"""

from __future__ import annotations

import logging
import os
import warnings

VERBOSE_ENV = "SOVTUNE_VERBOSE"  # DVC runs `python -m pipeline.<stage>`: the variable reaches it, a flag does not
_LIBRARIES = r"(transformers|peft|accelerate|torch|bitsandbytes|huggingface_hub)(\.|$)"


def verbose_requested(flag: bool = False) -> bool:
    """True when `--verbose` was given or SOVTUNE_VERBOSE is set to something other than 0/empty."""
    return flag or os.environ.get(VERBOSE_ENV, "").strip() not in ("", "0", "false", "no")


def quiet_libraries(verbose: bool = False) -> None:
    """Filter the known library noise for the rest of the process, unless `verbose`.

    Call it before the libraries are imported: transformers reads TRANSFORMERS_VERBOSITY and
    HF_HUB_DISABLE_PROGRESS_BARS once, on import.
    """
    if verbose:
        return
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    warnings.filterwarnings("ignore", category=FutureWarning, module=_LIBRARIES)
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=_LIBRARIES)
    warnings.filterwarnings("ignore", message=r".*is deprecated and will be removed in v\d", module=_LIBRARIES)
    logging.getLogger("bitsandbytes").setLevel(logging.ERROR)
    try:  # an already-imported transformers no longer reads the variables above
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
