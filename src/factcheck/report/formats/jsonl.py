"""`jsonl`: one JSON finding per line, nothing else, for streaming into other tools."""

from __future__ import annotations

import json

from ...findings import Finding
from ...streams import is_unicode
from ..base import Reporter

__all__ = ["REPORTER", "JsonLinesReporter"]


class JsonLinesReporter(Reporter):
    """Each finding as the `json` format gives it, on a line of its own."""

    name = "jsonl"

    def finding(self, f: Finding) -> None:
        self.out.write(json.dumps(f.to_json(self.info.lang),
                                  ensure_ascii=not is_unicode(self.out)) + "\n")


REPORTER = JsonLinesReporter
