"""JSON reporters: `json` (one versioned document) and `jsonl` (one finding per line)."""

from __future__ import annotations

import json

from ..findings import Finding
from ..streams import is_unicode
from .base import Reporter, RunSummary

__all__ = ["JSON_VERSION", "JsonLinesReporter", "JsonReporter"]

JSON_VERSION = 1


class JsonReporter(Reporter):
    """`{"version": 1, "summary": {…}, "findings": […]}` — docs/json.md."""

    name = "json"

    def __init__(self, out, info):
        super().__init__(out, info)
        self.findings: list[dict] = []

    def finding(self, f: Finding) -> None:
        self.findings.append(f.to_json())

    def end(self, summary: RunSummary) -> None:
        doc = {"version": JSON_VERSION, "summary": summary.to_json(), "findings": self.findings}
        json.dump(doc, self.out, ensure_ascii=not is_unicode(self.out), indent=2)
        self.out.write("\n")


class JsonLinesReporter(Reporter):
    """One JSON finding per line, nothing else: for streaming into other tools."""

    name = "jsonl"

    def finding(self, f: Finding) -> None:
        self.out.write(json.dumps(f.to_json(), ensure_ascii=not is_unicode(self.out)) + "\n")
