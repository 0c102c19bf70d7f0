"""The one error type users see, and the wrapper that turns it into a one-line message and exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn


class SovtuneError(Exception):
    """An error whose message tells the user what went wrong and what to do; printed without a traceback."""


class ConfigError(SovtuneError):
    """A bad key or value in params.yaml, a configs/ file or a key=value override."""


def run_main(main: Callable[[], object]) -> NoReturn:
    """Run a stage's `main()` as a program: user errors become one line on stderr and exit code 2."""
    try:
        main()
    except SovtuneError as error:
        print(f"sovtune: error: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("sovtune: interrupted", file=sys.stderr)
        sys.exit(130)
    sys.exit(0)
