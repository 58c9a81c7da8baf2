"""Settings (config.py): config files (.factcheck.yaml, pyproject.toml, --config FILE), the
environment, and values out of range named at their line.
"""

from __future__ import annotations

import pytest
from helpers import FACT


@pytest.mark.parametrize("size", ["9223372036854775807", "1" * 5000, "0", "-5"])
def test_max_file_size_out_of_range_in_the_config_names_its_line(run_cli, tmp_path, size):
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text(f"fail-on: error\nmax-file-size: {size}\n")
    code, _, err = run_cli(["check", "f.yaml"], cwd=tmp_path)
    assert code == 2
    assert err == (f"factcheck: {tmp_path / '.factcheck.yaml'}:2: max-file-size must be a whole "
                   "number from 1 to 1,099,511,627,776 (bytes)\n")


@pytest.mark.parametrize("pyproject", [
    '[tool]\nfactcheck = {fail-on = "never"}\n',
    'tool.factcheck.fail-on = "never"\n',
    '[tool.factcheck]\nfail-on = "never"\n',
])
def test_every_toml_spelling_of_tool_factcheck_is_found(run_cli, tmp_path, pyproject):
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "f.yaml").write_text(FACT, encoding="utf-8")
    _, out, _ = run_cli(["config"], cwd=tmp_path)
    line = pyproject.splitlines().index(next(x for x in pyproject.splitlines() if "never" in x)) + 1
    assert f"fail-on: never    # {tmp_path / 'pyproject.toml'}:{line}" in out
    assert run_cli(["check", "f.yaml"], cwd=tmp_path)[0] == 0  # fail-on never


def test_a_config_toml_file_given_with_config_is_read_as_toml(run_cli, tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "never"\nformat = "json"\n')
    code, out, _ = run_cli(["config", "--config", "factcheck.toml"], cwd=tmp_path)
    assert code == 0
    assert "fail-on: never    # factcheck.toml:1" in out and "format: json    # factcheck.toml:2" in out


def test_config_command_refuses_a_bad_factcheck_format(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FORMAT", "bogus")
    code, out, err = run_cli(["config", "--isolated"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert "FACTCHECK_FORMAT='bogus' is not one of table, concise" in err
