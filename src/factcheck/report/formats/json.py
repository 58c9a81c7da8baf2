"""`json`: one versioned document (docs/json.md)."""

from __future__ import annotations

import json

from ...findings import CheckRecord, Finding
from ...joint import Repair
from ...streams import is_unicode
from ...summary import RunSummary
from ..base import Reporter

__all__ = ["JSON_VERSION", "REPORTER", "JsonReporter"]

JSON_VERSION = 1


class JsonReporter(Reporter):
    """`{"version": 1, "summary": {…}, "findings": […]}`."""

    name = "json"

    def __init__(self, out, info):
        super().__init__(out, info)
        self.findings: list[dict] = []
        self.checks: list[dict] = []
        self.repairs: list[dict] = []

    def finding(self, f: Finding) -> None:
        self.findings.append(f.to_json(self.info.lang))

    def relation(self, record: CheckRecord) -> None:
        self.checks.append(record.to_json())

    def repair(self, repair: Repair) -> None:
        self.repairs.append(repair.to_json())

    def end(self, summary: RunSummary) -> None:
        doc = {"version": JSON_VERSION, "summary": summary.to_json(), "findings": self.findings}
        if self.repairs:
            doc["repairs"] = self.repairs
        if self.info.show_checks:
            doc["checks"] = self.checks
        json.dump(doc, self.out, ensure_ascii=not is_unicode(self.out), indent=2)
        self.out.write("\n")


REPORTER = JsonReporter
