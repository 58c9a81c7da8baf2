"""SARIF 2.1.0: one run of factcheck for code scanning (GitHub, GitLab, IDE viewers).

Every code of `all_rules()` is a rule of the driver; every finding a result whose location is
relative to the repository root (``RunInfo.root``, the ``%SRCROOT%`` base). The document is
written whole in ``end``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ...findings import ClaimRef, Finding, Severity
from ...rules import Rule, all_rules
from ...streams import is_unicode
from ...summary import RunSummary
from ..base import Reporter, repo_relative

__all__ = [
    "INFORMATION_URI",
    "REPORTER",
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "SRCROOT",
    "SarifReporter",
    "fingerprint",
    "sarif_level",
]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/factcheck/factcheck"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factcheck/v1"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_level(severity: Severity) -> str:
    """error, warning, or note (for info)."""
    return _LEVEL[severity]


def fingerprint(code: str, path: str, message: str) -> str:
    """A stable hash of what the finding is, independent of where the run happened."""
    data = "\0".join((code, path, " ".join(message.split())))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _message_text(f: Finding, lang: str) -> str:
    return "\n".join([f.text(lang), *(m.render(lang) for m in f.advice)])


def _rule(r: Rule) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.summary},
        "help": {"text": r.doc, "markdown": r.doc},
        "defaultConfiguration": {"level": sarif_level(r.severity)},
    }
    if r.kind:
        rule["properties"] = {"kind": r.kind}
    return rule


class SarifReporter(Reporter):
    """A SARIF 2.1.0 log with one run; paths relative to ``%SRCROOT%`` (the repository root)."""

    name = "sarif"

    def __init__(self, out, info):
        super().__init__(out, info)
        self.rules: list[dict[str, Any]] = [_rule(r) for r in all_rules()]
        self.rule_index: dict[str, int] = {r["id"]: i for i, r in enumerate(self.rules)}
        self.results: list[dict[str, Any]] = []

    # --- locations ----------------------------------------------------------------------------

    def _artifact(self, file: str) -> dict[str, Any]:
        rel = repo_relative(file, self.info.root)
        if rel is not None:
            return {"uri": quote(rel, safe="/"), "uriBaseId": SRCROOT}
        path = Path(file)
        if not path.is_absolute():
            path = Path.cwd() / path
        return {"uri": path.absolute().as_uri()}

    def _location(self, f: Finding) -> dict[str, Any]:
        region: dict[str, Any] = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
        if f.end_line is not None:
            region["endLine"] = max(f.end_line, region["startLine"])
        if f.end_column is not None:
            region["endColumn"] = max(f.end_column, 1)
        return {"physicalLocation": {"artifactLocation": self._artifact(f.file), "region": region}}

    def _claim_location(self, index: int, c: ClaimRef) -> dict[str, Any]:
        written = c.written if c.written is not None else (c.label or "")
        return {
            "id": index,
            "physicalLocation": {
                "artifactLocation": self._artifact(c.file),
                "region": {"startLine": max(c.line, 1), "startColumn": max(c.column, 1)},
            },
            "message": {"text": f"claim {c.id}: {written}".rstrip()},
        }

    # --- hooks --------------------------------------------------------------------------------

    def _rule_index(self, f: Finding) -> int:
        index = self.rule_index.get(f.code)
        if index is None:  # a code missing from all_rules(): still a valid, self-consistent log
            index = len(self.rules)
            self.rules.append({
                "id": f.code,
                "name": f.name,
                "shortDescription": {"text": f.name},
                "defaultConfiguration": {"level": sarif_level(f.severity)},
            })
            self.rule_index[f.code] = index
        return index

    def finding(self, f: Finding) -> None:
        location = self._location(f)
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        properties: dict[str, Any] = {
            "severity": f.severity.value,
            "verdict": f.verdict,
            "headline": f.headline,
        }
        if f.check is not None:
            properties["check"] = f.check
        if f.computed is not None:
            properties["computed"] = f.computed.to_json()
        lang = self.info.lang
        if f.computed_shown is not None:
            properties["computed_text"] = f.computed_shown.render(lang)
        if f.stated is not None:
            properties["stated"] = f.stated.to_json()
        if f.stated_shown is not None:
            properties["stated_text"] = f.stated_shown.render(lang)
        if f.gap is not None:
            properties["gap"] = dict(f.gap)
        if f.advice:
            properties["suggestions"] = [m.render(lang) for m in f.advice]
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": self._rule_index(f),
            "level": sarif_level(f.severity),
            "message": {"text": _message_text(f, lang)},
            "locations": [location],
        }
        if f.claims:
            result["relatedLocations"] = [
                self._claim_location(i, c) for i, c in enumerate(f.claims, start=1)
            ]
        result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(f.code, uri, f.message)}
        result["properties"] = properties
        self.results.append(result)

    def end(self, summary: RunSummary) -> None:
        root_uri = self.info.root.absolute().as_uri()
        if not root_uri.endswith("/"):
            root_uri += "/"
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "factcheck",
                    "version": self.info.version,
                    "informationUri": INFORMATION_URI,
                    "rules": self.rules,
                }
            },
            "invocations": [{
                "executionSuccessful": summary.exit_code in (0, 1),
                "exitCode": summary.exit_code,
            }],
            "originalUriBaseIds": {SRCROOT: {"uri": root_uri}},
            "columnKind": "unicodeCodePoints",
            "results": self.results,
            "properties": {"command": self.info.command, "summary": summary.to_json()},
        }
        doc = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
        json.dump(doc, self.out, ensure_ascii=not is_unicode(self.out), indent=2)
        self.out.write("\n")


REPORTER = SarifReporter
