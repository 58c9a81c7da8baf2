"""Problems in fact files themselves (FC0xx): what `factcheck lint` reports.

Each code is declared once in the rule registry (:mod:`factcheck.rules`) with a kebab-case name, a
severity and an explanation in three parts that `factcheck explain CODE` prints.
"""

from __future__ import annotations

from .findings import Severity
from .rules import define

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

YAML_SYNTAX = define(
    "FC001", "yaml-syntax", _E,
    "The file is not well-formed YAML: broken indentation, a tab, an unclosed quote.",
    "Nothing in a file that does not parse can be checked.",
    "```yaml\nclaims:\n\tgdp: {value: 227.6亿元}   # a tab: YAML forbids tabs in indentation\n```",
)

DUPLICATE_KEY = define(
    "FC002", "duplicate-key", _E,
    "A mapping has the same key twice.",
    "YAML loaders silently keep the last one, so a claim written twice loses its first "
    "version without a word.",
    "```yaml\nclaims:\n  gdp: {value: 227.6亿元}\n  gdp: {value: 228.6亿元}\n```",
)

UNKNOWN_FIELD = define(
    "FC003", "unknown-field", _E,
    "A key the fact-file format does not define (often a misspelling).",
    "A misspelled `grwoth:` would otherwise be ignored and its check never run.",
    "```yaml\nclaims:\n  gdp: {value: 227.6亿元, grwoth: 5%}\n```",
)

INVALID_TYPE = define(
    "FC004", "invalid-type", _E,
    "A field has the wrong type or a required field is missing.",
    "The tool cannot guess what a list where a text was expected means.",
    "```yaml\nclaims:\n  gdp: {value: [227.6亿元]}\n```",
)

UNREADABLE_VALUE = define(
    "FC005", "unreadable-value", _E,
    "A figure the quantity parser cannot read, or a number inside a name (十四五).",
    "A figure read wrongly gives wrong verdicts; the tool refuses to guess.",
    "```yaml\nclaims:\n  plan: {value: 十四五}   # a plan's name, not 14 or 55\n```",
)

UNKNOWN_UNIT = define(
    "FC006", "unknown-unit", _E,
    "A unit the tool does not know and the file does not declare.",
    "Units carry dimensions: adding 亩 to 元 must be impossible, so no unit is guessed.",
    "```yaml\nunits: {标准箱: count}   # declares the unit\nclaims:\n  teu: {value: 12万标准箱}\n```",
)

DANGLING_REFERENCE = define(
    "FC007", "dangling-reference", _E,
    "A check or claim refers to a claim that does not exist, or to a file that did not load.",
    "A check on a missing claim would silently never run.",
    "```yaml\nchecks:\n  - {share: hitech_output, of: industrial_outptu}\n```",
)

NOT_A_FACT_FILE = define(
    "FC008", "not-a-fact-file", _E,
    "The document is not a fact file: empty, not a mapping, or without `factcheck: 1`.",
    "Only files that declare the format are read, so a stray YAML file is not misread.",
    "```yaml\n- 227.6亿元\n- 5%\n```",
)

UNREADABLE_FILE = define(
    "FC009", "unreadable-file", _E,
    "The file cannot be read: missing, a broken link, not UTF-8, binary, or too large.",
    "The other files are still checked; this one is reported so it is not skipped silently.",
    "A fact file saved as GB18030: convert it with `iconv -f GB18030 -t UTF-8`.",
)

UNSAFE_YAML = define(
    "FC010", "unsafe-yaml", _E,
    "YAML features the tool refuses: tags such as `!!python/object`, alias bombs, deep "
    "nesting.",
    "Fact files come from many hands; loading must never run code or exhaust memory.",
    "```yaml\nclaims: !!python/object/apply:os.system [\"rm -rf /\"]\n```",
)

DIMENSION_MISMATCH = define(
    "FC011", "dimension-mismatch", _E,
    "A relation combines figures of different dimensions (元 + 亩, 元 vs 美元).",
    "Such a relation has no meaning; the file is wrong, not the article.",
    "```yaml\nchecks:\n  - {breakdown: land_area, parts: [land_money]}\n```",
)

INVALID_EXPRESSION = define(
    "FC012", "invalid-expression", _E,
    "An `expect:` expression that does not parse, uses an unknown name, or divides by zero.",
    "The expression language is small and safe (never eval); errors are shown at the line.",
    "```yaml\nchecks:\n  - {expect: \"listed_2023 - listed_2022 = listed_new\"}   # use ==\n```",
)

INVALID_CHECK = define(
    "FC013", "invalid-check", _E,
    "A check that cannot be run as written: a growth check without a rate, a factor that "
    "is not a multiple, a reference cycle between aliases.",
    "A check that cannot run would otherwise pass silently.",
    "```yaml\nchecks:\n  - {growth: gdp, previous: gdp_2022}   # gdp has no growth:\n```",
)

UNUSED_SUPPRESSION = define(
    "FC014", "unused-suppression", _W,
    "An `ignore:` entry that suppressed nothing.",
    "Stale suppressions hide the next real problem; remove them when they stop applying.",
    "```yaml\nclaims:\n  gdp: {value: 227.6亿元, ignore: [FC101]}   # no FC101 here any more\n```",
)

FRACTIONAL_COUNT = define(
    "FC015", "fractional-count", _W,
    "A count of whole things (个, 家, 人 …) whose interval holds no whole number, and whose "
    "label does not say it is an average.",
    "Counters are whole numbers: 5.5个 is either an average (平均, 户均 …: say so in the "
    "label) or a misread figure.",
    "```yaml\nclaims:\n  firms: {value: 5.5家}            # a misreading?\n"
    "  per_village: {label: 平均每村企业数, value: 5.5家}   # an average: fine\n```",
)
