"""JUnit XML: one test suite per fact file, one test case per finding, for CI test dashboards.

Errors and warnings are failed test cases (``<failure type="CODE">``); info findings are passing
test cases whose details are in ``<system-out>``; a fact file without findings gets one passing
test case, "all checks passed". The document is written whole in ``end``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ...findings import Finding, Severity
from ...patterns import later
from ...summary import RunSummary
from ..base import Reporter
from ..plain import details

__all__ = ["PASSED", "REPORTER", "JunitReporter"]

PASSED = "all checks passed"

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = later("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _body(f: Finding, lang: str) -> str:
    return _xml("\n".join([f.text(lang), *details(f, lang)]))


class JunitReporter(Reporter):
    """``<testsuites name="factcheck">``, a ``<testsuite>`` per fact file."""

    name = "junit"

    def __init__(self, out, info):
        super().__init__(out, info)
        self.by_file: dict[str, list[Finding]] = {}

    def finding(self, f: Finding) -> None:
        self.by_file.setdefault(f.file, []).append(f)

    def _suite(self, file: str, findings: list[Finding]) -> ET.Element:
        suite = ET.Element("testsuite", {"name": _xml(file)})
        failures = 0
        if not findings:
            ET.SubElement(suite, "testcase", {"classname": _xml(file), "name": PASSED, "file": _xml(file)})
        seen: dict[str, int] = {}
        used: set[str] = set()
        for f in findings:
            base = f"{f.code} {f.name} line {f.line}"
            n = seen.get(base, 0) + 1
            name = base if n == 1 else f"{base} #{n}"
            while name in used:  # "… line 3 #2" written by another base: keep counting
                n += 1
                name = f"{base} #{n}"
            seen[base] = n
            used.add(name)
            case = ET.SubElement(suite, "testcase", {
                "classname": _xml(file), "name": _xml(name), "file": _xml(file), "line": str(f.line),
            })
            if f.severity is Severity.INFO:
                ET.SubElement(case, "system-out").text = _body(f, self.info.lang)
            else:
                failures += 1
                failure = ET.SubElement(case, "failure", {"type": f.code,
                                                          "message": _xml(f.text(self.info.lang))})
                failure.text = _body(f, self.info.lang)
        suite.set("tests", str(len(suite)))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        return suite

    def end(self, summary: RunSummary) -> None:
        files = list(dict.fromkeys([*self.info.files, *self.by_file]))
        root = ET.Element("testsuites", {"name": "factcheck"})
        tests = failures = 0
        for file in files:
            suite = self._suite(file, self.by_file.get(file, []))
            tests += int(suite.get("tests", "0"))
            failures += int(suite.get("failures", "0"))
            root.append(suite)
        root.set("tests", str(tests))
        root.set("failures", str(failures))
        root.set("errors", "0")
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode"))
        self.out.write("\n")


REPORTER = JunitReporter
