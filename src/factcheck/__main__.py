"""The `factcheck` command (also `python -m factcheck`)."""

import os
import sys

from .collector import collector_paused, start_up


def main() -> int | None:
    """Import the CLI with the cycle collector paused (start-up builds no garbage), then run it."""
    # The command line uses no pydantic plugin; looking for them costs a scan of every installed
    # package's metadata when the first model is built, which importing the CLI does.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
        _no_plugin_loader()
    with collector_paused():
        from .cli import main as run_cli

        start_up()
    return run_cli()


def _no_plugin_loader() -> None:
    """With every plugin disabled, pydantic's plugin loader finds none, yet importing it imports
    importlib.metadata (~15 ms of start-up): stand in for it with a loader that finds none."""
    import types

    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", loader)


if __name__ == "__main__":
    sys.exit(main())
