"""Every text factcheck shows a person, for the catalogues of translations.

The message templates (:mod:`factcheck.messages`, marked with ``N_``), the summary and the
explanation of every finding code (:mod:`factcheck.rules`), and the help of the command line —
its commands built first, since the options declared in a command's signature exist only then; so
the texts are the same whatever ran before in the process.
``tools/catalogue.py`` writes them into the gettext catalogues under ``locale/``; a test fails when
one of them has no translation.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["texts"]

#: Modules that define templates of their own when imported.
_MODULES = ("factcheck.cli", "factcheck.streams", "factcheck.report.plain",
            "factcheck.report.formats.table", "factcheck.summary", "factcheck.articlefile",
            "factcheck.checks.base", "factcheck.discover.subjects")


def texts() -> list[str]:
    """Every translatable text, each once, in a stable order."""
    from .messages import TEMPLATES
    from .rules import all_rules

    for module in _MODULES:
        import_module(module)
    from .cli import help_texts

    helps = help_texts()  # builds the commands: marks the help of every option
    rules = all_rules()  # imports every check kind: marks their names
    found: dict[str, None] = dict.fromkeys(TEMPLATES)
    for rule in rules:
        found.setdefault(rule.summary)
        found.setdefault(rule.doc)
    for text in helps:
        found.setdefault(text)
    return [t for t in found if t]
