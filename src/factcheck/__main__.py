"""The `factcheck` command (also `python -m factcheck`)."""

import os
import sys

from .collector import collector_paused, start_up


def main() -> int | None:
    """Import the CLI with the cycle collector paused (start-up builds no garbage), then run it."""
    # The command line uses no pydantic plugin; looking for them costs a scan of every installed
    # package's metadata when the first model is built, which importing the CLI does.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    with collector_paused():
        from .cli import main as run_cli

        start_up()
    return run_cli()


if __name__ == "__main__":
    sys.exit(main())
