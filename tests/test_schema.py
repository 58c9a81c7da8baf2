"""The shipped JSON Schemas: current, and valid for every fact file and every JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from factcheck.cli import main
from factcheck.schema import factfile_schema, output_schema

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "factcheck" / "data" / "factfile.schema.json"


def test_shipped_factfile_schema_is_current():
    assert json.loads(SHIPPED.read_text("utf-8")) == factfile_schema()


def test_every_fact_file_in_the_repository_validates():
    validator = jsonschema.Draft202012Validator(factfile_schema())
    files = sorted(ROOT.glob("facts/*.yaml")) + sorted(ROOT.glob("examples/*.yaml"))
    assert files
    for path in files:
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(path.read_text("utf-8")))]
        assert errors == [], path


def test_schema_rejects_a_misspelled_key():
    validator = jsonschema.Draft202012Validator(factfile_schema())
    doc = {"factcheck": 1, "claims": {"gdp": {"value": "227.6亿元", "grwoth": "5%"}}}
    assert not validator.is_valid(doc)


def test_check_json_validates_against_the_shipped_schema(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = main(["check", "examples/", "--format", "json", "--show-info"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    jsonschema.Draft202012Validator(output_schema()).validate(doc)
    assert {f["code"] for f in doc["findings"]} >= {
        "FC101", "FC202", "FC301", "FC401", "FC501", "FC601", "FC701", "FC801", "FC901"
    }


def test_schema_command_prints_the_dialect(capsys):
    assert main(["schema"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["additionalProperties"] is False
