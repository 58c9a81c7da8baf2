"""Settings: defaults, then the closest config file, then the environment, then the command line.

Config files are `.factcheck.yaml` or `[tool.factcheck]` in `pyproject.toml`, found from the
current directory upward (the closest directory that has one wins; in one directory
`.factcheck.yaml` wins over `pyproject.toml`). Every setting remembers where it came from, so
`factcheck config` can show it. Unknown keys and bad values are errors at their line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from . import messages as msg
from .interval import ROUNDING_MODES
from .messages import Message, MessageError
from .report import FORMATS

__all__ = ["MAX_FILE_SIZE_LIMIT", "ConfigError", "Settings", "find_config", "load_settings"]

MAX_FILE_SIZE_LIMIT = 1 << 40  # 1 TiB: the largest --max-file-size (reads are bounded by it)

FAIL_ON = ("error", "warning", "never")


class ConfigError(MessageError):
    """A config file that cannot be used; its message names file:line."""


class Settings:
    """The effective settings of a run and where each came from."""

    __slots__ = ("config_file", "fail_on", "format", "ignore", "max_file_size", "paths",
                 "per_file_ignores", "rounding", "select", "series", "show_info", "sources")

    def __init__(self, paths: list[str] | None = None, rounding: str = "up_or_down",
                 fail_on: str = "error", select: list[str] | None = None,
                 ignore: list[str] | None = None,
                 per_file_ignores: dict[str, list[str]] | None = None, format: str | None = None,
                 show_info: bool = False, series: bool = True,
                 max_file_size: int = 10 * 1024 * 1024, sources: dict[str, str] | None = None,
                 config_file: Path | None = None):
        self.paths = ["facts"] if paths is None else paths
        self.rounding = rounding
        self.fail_on = fail_on
        self.select = [] if select is None else select
        self.ignore = [] if ignore is None else ignore
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.format = format
        self.show_info = show_info
        self.series = series  # link figures of one series in consecutive periods (series.py)
        self.max_file_size = max_file_size
        self.sources = {} if sources is None else sources
        self.config_file = config_file

    def set(self, key: str, value: Any, source: str) -> None:
        setattr(self, key, value)
        self.sources[key] = source

    def source(self, key: str) -> str:
        return self.sources.get(key, "default")


_KEYS: dict[str, tuple[str, type]] = {
    "paths": ("paths", list),
    "rounding": ("rounding", str),
    "fail-on": ("fail_on", str),
    "select": ("select", list),
    "ignore": ("ignore", list),
    "per-file-ignores": ("per_file_ignores", dict),
    "format": ("format", str),
    "show-info": ("show_info", bool),
    "series": ("series", bool),
    "max-file-size": ("max_file_size", int),
}


def find_config(start: Path) -> Path | None:
    """The closest `.factcheck.yaml`, or `pyproject.toml` with [tool.factcheck], upward."""
    directory = start.absolute()
    for folder in (directory, *directory.parents):
        candidate = folder / ".factcheck.yaml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    """Whether a pyproject.toml configures factcheck, in any TOML spelling ([tool.factcheck],
    dotted keys, an inline table); a file that is not valid TOML counts when it has the header,
    so that its error is shown."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:
        return re.search(r"^\s*\[tool\.factcheck[\].]", text, re.M) is not None
    return isinstance(tool, dict) and "factcheck" in tool


def load_settings(config: Path | None, isolated: bool, cwd: Path) -> Settings:
    """Defaults, then the config file (given, or found from cwd upward unless isolated)."""
    settings = Settings()
    path = config if config is not None else (None if isolated else find_config(cwd))
    if path is None:
        return settings
    settings.config_file = path
    table, lines = _read(path)
    base = path.parent
    for key, value in table.items():
        where = f"{path}:{lines.get(key, 1)}"
        if key not in _KEYS:
            close = [k for k in _KEYS if k.replace("-", "") == key.replace("-", "").replace("_", "")]
            if close:
                raise ConfigError(Message(msg.CONFIG_UNKNOWN_KEY_HINT, where=where, key=repr(key),
                                          hint=repr(close[0])))
            raise ConfigError(Message(msg.CONFIG_UNKNOWN_KEY, where=where, key=repr(key),
                                      keys=", ".join(_KEYS)))
        attr, kind = _KEYS[key]
        value = _coerce(key, value, kind, where)
        if attr == "paths":
            value = [str(base / p) if not Path(p).is_absolute() else p for p in value]
        settings.set(attr, value, where)
    return settings


def _read(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(Message(msg.CONFIG_UNREADABLE, path=str(path), error=str(err))) from None
    if path.suffix == ".toml":
        return _read_toml(path, text)
    from .yamlsource import YamlProblem, parse_yaml

    try:
        data, smap, problems = parse_yaml(text)
    except YamlProblem as err:
        raise ConfigError(Message(msg.AT, where=f"{path}:{err.line}", what=err.message)) from None
    if problems:
        p = problems[0]
        raise ConfigError(Message(msg.AT, where=f"{path}:{p.line}", what=p.message))
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(Message(msg.CONFIG_NOT_MAPPING, path=str(path)))
    lines = {key: smap.key((key,))[0] for key in data}
    for key in list(data):
        value = data[key]
        if smap.is_number((key,)) and isinstance(value, str) and value.isdigit():
            data[key] = int(value) if len(value) <= 20 else MAX_FILE_SIZE_LIMIT + 1
    return data, lines


def _read_toml(path: Path, text: str) -> tuple[dict[str, Any], dict[str, int]]:
    """[tool.factcheck] of a TOML file; in a TOML file other than pyproject.toml without that
    table (a `factcheck.toml`), the top-level keys."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(Message(msg.CONFIG_INVALID_TOML, path=str(path), error=str(err))) from None
    tool = data.get("tool")
    if isinstance(tool, dict) and "factcheck" in tool:
        table, section = tool["factcheck"], "tool.factcheck"
    elif path.name == "pyproject.toml":
        table, section = {}, "tool.factcheck"
    else:
        table, section = data, ""
    if not isinstance(table, dict):
        raise ConfigError(Message(msg.CONFIG_NOT_TABLE, path=str(path)))
    return table, _toml_lines(text, section, table)


def _toml_lines(text: str, section: str, table: dict[str, Any]) -> dict[str, int]:
    """Line numbers of the keys of ``section`` ("" for the top level; tomllib keeps none). Keys
    written as dotted keys or in an inline table are found by a looser search."""
    lines: dict[str, int] = {}
    inside = section == ""
    all_lines = text.splitlines()
    for number, line in enumerate(all_lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.startswith(f"[{section}]") if section else False
            sub = re.match(rf"\[{re.escape(section)}\.([A-Za-z0-9_-]+)\]", stripped) if section else None
            if sub:
                lines.setdefault(sub.group(1), number)
            continue
        m = re.match(r'"?([A-Za-z0-9_-]+)"?\s*=', stripped)
        if inside and m:
            lines.setdefault(m.group(1), number)
    for key in table:
        if key not in lines:
            pattern = re.compile(rf'(^|[\s.{{,"]){re.escape(str(key))}"?\s*=')
            lines[key] = next((n for n, line in enumerate(all_lines, 1) if pattern.search(line)), 1)
    return lines


def _coerce(key: str, value: Any, kind: type, where: str) -> Any:
    if kind is list:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(Message(msg.CONFIG_LIST, where=where, key=key))
        if key in ("select", "ignore"):
            value = [v.strip().upper() for v in value]
        return value
    if kind is dict:
        if not isinstance(value, dict) or not all(
            isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()
        ):
            raise ConfigError(Message(msg.CONFIG_PATTERNS, where=where, key=key))
        return {str(k): [c.strip().upper() for c in v] for k, v in value.items()}
    if kind is bool:
        if not isinstance(value, bool):
            raise ConfigError(Message(msg.CONFIG_BOOL, where=where, key=key))
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_FILE_SIZE_LIMIT:
            raise ConfigError(Message(msg.CONFIG_SIZE, where=where, key=key,
                                      limit=f"{MAX_FILE_SIZE_LIMIT:,}"))
        return value
    if not isinstance(value, str):
        raise ConfigError(Message(msg.CONFIG_STRING, where=where, key=key))
    allowed = {"rounding": ROUNDING_MODES, "fail-on": FAIL_ON, "format": FORMATS}.get(key)
    if allowed and value not in allowed:
        raise ConfigError(Message(msg.CONFIG_ONE_OF, where=where, key=key,
                                  allowed=", ".join(allowed), value=repr(value)))
    return value


def env_format() -> str | None:
    """FACTCHECK_FORMAT, when set."""
    value = os.environ.get("FACTCHECK_FORMAT")
    return value.strip() if value else None
