"""JSON Schemas: the fact-file format (for editors) and the `check --format json` contract."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["factfile_schema", "output_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def factfile_schema() -> dict[str, Any]:
    """The JSON Schema of fact-file format 1, generated from the models."""
    from .model import fact_file_model

    schema = fact_file_model().model_json_schema(by_alias=True)
    return {"$schema": DIALECT, "$id": "https://factcheck.invalid/factfile-1.schema.json",
            **schema}


def output_schema() -> dict[str, Any]:
    """The JSON Schema of `factcheck check --format json` (shipped with the package)."""
    text = resources.files("factcheck").joinpath("data/check-output.schema.json").read_text("utf-8")
    return json.loads(text)
