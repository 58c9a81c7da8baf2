"""The `factcheck` command (also `python -m factcheck`)."""

import sys

from .collector import collector_paused, start_up


def main() -> int | None:
    """Import the CLI with the cycle collector paused (start-up builds no garbage), then run it."""
    with collector_paused():
        from .cli import main as run_cli

        start_up()
    return run_cli()


if __name__ == "__main__":
    sys.exit(main())
