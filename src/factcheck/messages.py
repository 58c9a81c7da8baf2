"""Every sentence factcheck says, as templates, and how a message is rendered in a language.

Findings, problems and suggestions carry a :class:`Message`: a template from this module and the
facts it speaks of (figures as written, claim ids, intervals in a figure's own unit). Nothing is
turned into text until a reporter renders it, in the reader's language, with the standard
gettext machinery: the English template is the message id, and a catalogue translates it.
Templates are marked with :func:`N_`, so that every one of them is known (a test checks that
each has a translation).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterable
from functools import cache
from typing import Any

from .display import Scale, format_interval
from .interval import Interval

__all__ = ["LANGUAGES", "N_", "TEMPLATES", "Listed", "Message", "MessageError", "Shown", "language",
           "render", "translation"]

#: The languages messages can be rendered in; English is the source language.
LANGUAGES = ("en", "zh")
DOMAIN = "factcheck"

TEMPLATES: dict[str, None] = {}  # every template, in the order of definition


def N_(template: str) -> str:
    """Mark a template (the English text, with {named} facts) for translation."""
    TEMPLATES[template] = None
    return template


def language(option: str | None = None) -> str:
    """The language of messages: ``option`` (--lang), else FACTCHECK_LANG, else the locale
    (LC_ALL, LC_MESSAGES, LANG: the first one set; zh… → Chinese); English otherwise. Raises
    ValueError for a language there is no catalogue for."""
    if option:
        base = option.strip().lower().replace("_", "-").split("-")[0]
        if base not in LANGUAGES:
            raise ValueError(f"--lang must be one of {', '.join(LANGUAGES)}, not {option!r}")
        return base
    wanted = os.environ.get("FACTCHECK_LANG", "").strip()
    if wanted:
        base = wanted.lower().split("_")[0].split("-")[0]
        return base if base in LANGUAGES else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalogue of a language (English: the templates themselves)."""
    if lang == "en":
        return gettext.NullTranslations()
    from importlib import resources

    folder = resources.files("factcheck").joinpath("locale")
    try:
        with resources.as_file(folder) as path:
            return gettext.translation(DOMAIN, localedir=str(path), languages=[lang])
    except OSError:
        return gettext.NullTranslations()


class Message:
    """A template and the facts it speaks of; rendered in a language only when shown."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any):
        self.template = template
        self.params = params

    def render(self, lang: str = "en") -> str:
        text = self.template if lang == "en" else translation(lang).gettext(self.template)
        if not self.params:
            return text
        return text.format_map({k: render(v, lang) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Message({self.render('en')!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == \
            (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)

    def __reduce__(self):
        return (_message, (self.template, self.params))


def _message(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class MessageError(Exception):
    """An error whose text is a :class:`Message`, rendered in the reader's language when shown."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))

    def __str__(self) -> str:
        return str(self.message)


class Shown:
    """An interval printed in a figure's own unit (227.55亿–227.65亿元), in the reader's language."""

    __slots__ = ("integer", "interval", "scale")

    def __init__(self, interval: Interval, scale: Scale, integer: bool = False):
        self.interval = interval
        self.scale = scale
        self.integer = integer

    def render(self, lang: str = "en") -> str:
        scale = self.scale.fitted(self.interval)
        if lang == "en":
            return format_interval(self.interval, scale, self.integer)
        t = translation(lang)
        return format_interval(self.interval, scale, self.integer,
                               any_value=t.gettext(ANY_VALUE), span=t.gettext(SPAN))

    def __str__(self) -> str:
        return self.render("en")

    def __reduce__(self):
        return (Shown, (self.interval, self.scale, self.integer))


class Listed:
    """Several facts in a row, joined by ``separator``."""

    __slots__ = ("items", "separator")

    def __init__(self, items: Iterable[Any], separator: str = ", "):
        self.items = tuple(items)
        self.separator = separator

    def render(self, lang: str = "en") -> str:
        separator = self.separator if lang == "en" else translation(lang).gettext(self.separator)
        return separator.join(render(item, lang) for item in self.items)

    def __reduce__(self):
        return (Listed, (self.items, self.separator))


def render(value: Any, lang: str = "en") -> str:
    """A fact as text: messages, intervals and lists in ``lang``; anything else as it is."""
    if isinstance(value, Message | Shown | Listed):
        return value.render(lang)
    return str(value)


# === The templates =============================================================================
# Facts in braces; a figure as written, an id or a path is shown as it is. Kept in groups by the
# part of the tool that says them.

# --- separators of lists -----------------------------------------------------------------------
COMMA = N_(", ")
OR = N_(" or ")

# --- intervals (Shown) ---------------------------------------------------------------------------
ANY_VALUE = N_("any value")
SPAN = N_("{lo} to {hi}")  # a closed interval with a negative bound (−5% to 3%)

# --- places and references ----------------------------------------------------------------------
AT = N_("{where}: {what}")
UNRESOLVED_REFERENCE = N_("{where}: {id} is an unresolved reference")
LABEL_DIMENSION = N_("{label} ({dimension})")
MIXES_DIMENSIONS = N_("{where}: {what} mixes dimensions: {shown}")
MONEY_IN = N_("money in {base}")

# --- growth -------------------------------------------------------------------------------------
NO_GROWTH_GIVE_RATE = N_("checks: {id} states no growth; give `rate:`")
GROWTH_DIMENSIONS = N_("growth of {id} compares {current} with {previous}: different dimensions")
PP_COMPARES_RATES = N_("a change of {rate} (百分点) compares two rates, but {id} is {current}")
RATE_NOT_PERCENT = N_("the growth rate {rate} is not a percentage or 百分点")
GROWTH_MISMATCH = N_("{current} against {previous} is growth of {computed}, but the stated rate "
                     "is {rate}")
GROWTH_PP_MISMATCH = N_("{current} minus {previous} is {computed}, but the stated change is {rate}")
IMPLIED_PREVIOUS = N_("{id}: {written} after growth of {growth} implies a previous level of "
                      "{previous}")
IMPLIED_PREVIOUS_REAL = N_("{id}: {written} after growth of {growth} implies a previous level of "
                           "{previous} (the rate is at comparable prices: the published previous "
                           "level may differ)")
IMPLIED_PREVIOUS_SAME_SCOPE = N_("{id}: {written} after growth of {growth} implies a previous "
                                 "level of {previous} (the rate is on a comparable scope: the "
                                 "published previous level may differ)")

# --- share --------------------------------------------------------------------------------------
WHAT_SHARE = N_("share")
PART_EXCEEDS_WHOLE = N_("the part {part} is larger than the whole {whole}")
SHARE_COMPUTED = N_("{part} is {share} of {whole}")
SHARE_NOT_PERCENT = N_("checks.is: a share must be a percentage or 成, not {written}")
SHARE_MISMATCH = N_("{part} is {computed} of {whole}, but the stated share is {stated}")

# --- breakdown ----------------------------------------------------------------------------------
WHAT_BREAKDOWN = N_("breakdown")
PARTS_EXCEED_TOTAL = N_("{parts} = {sum}, but the total is {total}; the parts exceed the total by "
                        "{gap}: either the categories overlap (something counted in more than one "
                        "of them) or a figure is wrong")
PARTS_SHORT_OF_TOTAL = N_("{parts} = {sum}, but the total is {total}; the parts fall short of the "
                          "total by {gap}: a category is missing (mark the breakdown exhaustive: "
                          "false if the article lists only some) or a figure is wrong")

# --- multiple -----------------------------------------------------------------------------------
WHAT_MULTIPLE = N_("multiple")
MULTIPLE_MISMATCH = N_("{a} is {computed} of {b}, but the article says {factor} ({stated})")

# --- stock and flow -----------------------------------------------------------------------------
WHAT_STOCK_FLOW = N_("stock and flow")
STOCK_MISMATCH = N_("start {start} + {moves} = {computed}, but the stock is {stock}")
FLOWS_EXCEED_STOCK = N_("the flows into {stock} exceed the stock itself: the start would be "
                        "{start}")
IMPLIED_START = N_("{stock} after adding {flows} implies a start of {start}")
NOTHING = N_("nothing")

# --- enumeration --------------------------------------------------------------------------------
NAMES_DO_NOT_MATCH = N_("{count} lists {n} name(s) ({names}); add the missing names, fix the "
                        "count, or mark the list names_complete: false if the article says 等")
NAMES_EXCEED_COUNT = N_("{count} lists {n} name(s) ({names}), more than the count")
RANKS_DO_NOT_MATCH = N_("{rank} covers {places} place(s), but {n} name(s) are listed ({names})")

# --- feasibility --------------------------------------------------------------------------------
NOT_A_WHOLE_COUNT = N_("checks.of: {written} is not a whole count")
COUNT_TOO_WIDE = N_("untestable: the count {count} is too wide or unbounded for a feasibility test")
NEEDS_A_COUNT = N_("a figure taken over {count} needs a count of at least 1")
EVERY_VALUE_REACHABLE = N_("untestable: with n = {n} and {written} given to {interval}, every "
                           "value is reachable by some whole count")
N_FROM_TO = N_("n from {first} to {last}")
INFEASIBLE = N_("{rate} cannot come from whole counts of {count} ({n_text}): no whole k gives "
                "k/{n} within {interval}")
WITH_NOTE = N_("{message}; {note}")
HOLDS_ONLY_IF_ROUNDED = N_("holds only if rounded {mode}")
FIGURE_IS_ESTIMATE = N_("the figure is an estimate")
NEAREST_REACHABLE = N_("the nearest reachable values are {values}")
RATE_OR_COUNT = N_("{rate} would need to be one of those, or {count} a different count")

# --- expressions --------------------------------------------------------------------------------
SIDES_DIFFER = N_("checks.expect: the two sides of {expect} have different dimensions ({left} and "
                  "{right})")
EXPECT_FALSE = N_("{expect} does not hold: the left side is {left}, the right side {right}")
EXPECT_FALSE_REPEATED = N_("{expect} does not hold ({repeated} taking one value wherever it "
                           "appears): the left side is {left}, the right side {right}")
PLAIN_NUMBER = N_("a plain number")
EXPRESSION_TOO_LONG = N_("the expression is too long ({n} characters)")
UNEXPECTED_AT = N_("unexpected {text} at column {column}")
TOO_MANY_DIGITS_AT = N_("the number at column {column} has too many digits")
TOO_MANY_TOKENS = N_("the expression is too long (over 500 tokens)")
ENDS_TOO_EARLY = N_("the expression ends too early")
EXPRESSION_EMPTY = N_("the expression is empty")
USE_DOUBLE_EQUALS = N_("use == to compare, not =")
NOT_EQUAL_UNSUPPORTED = N_("!= is not supported: state what the relation is")
NEEDS_ONE_COMPARISON = N_("the expression needs one comparison (==, <=, <, >=, >)")
UNEXPECTED_AFTER = N_("unexpected {text} after the comparison")
CANNOT_ADD = N_("cannot add or subtract {a} and {b}")
DIVISION_BY_ZERO = N_("division by zero")
NESTED_TOO_DEEPLY = N_("parentheses nested too deeply")
PARENTHESIS_NOT_CLOSED = N_("a parenthesis is not closed")
UNEXPECTED = N_("unexpected {text}")

# --- duplicates ---------------------------------------------------------------------------------
WHAT_SAME = N_("same")
SAME_FIGURE_DISAGREES = N_("{a} and {b} state the same figure but do not agree")
SAME_FIGURE_DISAGREES_IN = N_("{a} and {b} in {file} state the same figure but do not agree")
SAME_AS_OTHER_DIMENSION = N_("claims.{id}.same_as: {ref} is in a different dimension")

# --- verdicts -----------------------------------------------------------------------------------
RELATION_TOO_LARGE = N_("the relation is too large to evaluate exactly: its numbers grow past "
                        "{bits} bits (split it, or write its figures with fewer digits)")
DIVIDES_BY_ZERO = N_("the relation divides by zero ({zero})")
A_ZERO_FIGURE = N_("a zero figure")
NOT_COMPARABLE = N_("not comparable: {message}; the figures are on different bases (real or "
                    "same-scope growth against current-price levels)")
NOT_COMPARABLE_EFFECT = N_("not comparable: {message}; the figures are on different bases (real "
                           "or same-scope growth against current-price levels); the implied price "
                           "(or scope) effect is {effect}")
REASON_LOOSER_ROUNDING = N_("holds only if the figures were rounded more loosely than the file "
                            "says ({words})")
REASON_SOFT_BOUND = N_("holds only outside the usual reading of a bound word ({words})")
REASON_ESTIMATE = N_("involves an estimate or target ({words}): a projection, not a measurement")
REASON_APPROXIMATE = N_("involves an approximate figure ({words})")
REASON_REVISION = N_("the claims come from different data releases ({words}): figures are "
                     "revised between releases")
REASON_LINKED = N_("the article ties these figures ({words}) only across sentences, by their "
                   "subject and period: confirm the relation before trusting the verdict")
REASON_FAR = N_("the figures ({words}) are too far apart for a misprint or a rounding slip: check "
                "that the article ties them as they were read")
ROUNDING_MODE = N_("rounding {mode}")
NO_RELEASE = N_("no release given")
UNTESTABLE_COARSE = N_("untestable: the figures ({names}) are too coarse for this {kind} relation "
                       "ever to fail")
UNTESTABLE_REPEATED_ONE = N_("untestable: {names} appears more than once in this {kind} relation, "
                             "which is not linear in them, so it cannot be decided exactly; write "
                             "it with each claim once")
UNTESTABLE_REPEATED = N_("untestable: {names} appear more than once in this {kind} relation, "
                         "which is not linear in them, so it cannot be decided exactly; write it "
                         "with each claim once")

# --- what would be consistent -------------------------------------------------------------------
NO_WHOLE_NUMBER = N_("no whole number of {unit} for {id} would make it hold")
ITEMS = N_("items")
WOULD_NEED = N_("{name} would need {need} (stated {stated})")
SMALLEST_CHANGE = N_("smallest change: {name} ({percent}% off)")
GROWTH_OF = N_("{name} growth")
LIKELY_TYPO = N_("likely typo: {name} {text} instead of {written} ({why})")
TYPO_SWAPPED = N_("two digits swapped")
TYPO_DECIMAL_POINT = N_("a misplaced decimal point")
TYPO_DOUBLED = N_("a digit doubled")
TYPO_DROPPED = N_("a digit dropped")
TYPO_MAGNITUDE = N_("{a} written for {b}")

# --- reading files ------------------------------------------------------------------------------
BROKEN_LINK = N_("broken symbolic link (points to {target})")
NOT_REGULAR_FILE = N_("not a regular file but {kind}")
A_NAMED_PIPE = N_("a named pipe")
A_CHARACTER_DEVICE = N_("a character device")
A_BLOCK_DEVICE = N_("a block device")
A_SOCKET = N_("a socket")
HINT_STDIN = N_("{reason}; use - to read standard input")
HINT_ENCODING = N_("{reason}, or pass --encoding {value}")
FILE_TOO_LARGE = N_("file is {size} bytes, over the limit of {limit} (raise it with "
                    "--max-file-size)")
FILE_OVER_LIMIT = N_("file is over the limit of {limit} bytes")
NO_SUCH_FILE = N_("no such file")
IS_A_DIRECTORY = N_("is a directory")
PERMISSION_DENIED = N_("permission denied")
NUL_IN_NAME = N_("invalid file name (it contains a NUL byte)")
SYSTEM_ERROR = N_("{error}")
UNKNOWN_ENCODING = N_("unknown encoding {encoding}")
NOT_VALID_IN = N_("not valid {encoding} at byte {byte}")
CANNOT_DECODE_WITH = N_("cannot decode with {encoding}: {error}")
WIDE_ENCODING = N_("the file is {name}-encoded; fact files are UTF-8: convert it with "
                   "`iconv -f {name} -t UTF-8`")
BINARY_FILE = N_("binary file (it contains NUL bytes), not a text file")
NOT_UTF8 = N_("not UTF-8 (invalid byte at line {line}); save it as UTF-8")
LOOKS_LIKE_GB = N_("not UTF-8 (line {line}); it looks like GB18030/GBK: convert it with "
                   "`iconv -f GB18030 -t UTF-8`")
CANNOT_READ_ARTICLE = N_("cannot read the article {path}: {reason}")

# --- fact files ---------------------------------------------------------------------------------
NOT_A_FACT_FILE = N_("not a fact file: the document is {what}; it must be a mapping with "
                     "`factcheck: 1`")
DOC_EMPTY = N_("empty")
DOC_LIST = N_("a list")
DOC_SINGLE_VALUE = N_("a single value")
DOC_NOT_MAPPING = N_("not a mapping")
FORMAT_LINE_MISSING = N_("not a fact file: the `factcheck: 1` line that declares the format is "
                         "missing")
VERSION_IS_BOOLEAN = N_("`factcheck: {word}` is not a format version (YAML reads it as a "
                        "boolean); write `factcheck: 1`")
VERSION_TOO_LONG = N_("`factcheck: {shown}` ({digits} digits) is not a format version; write "
                      "`factcheck: 1`")
NEWER_FORMAT = N_("written for fact-file format {version}; this factcheck reads format 1: upgrade "
                  "factcheck")
UNIT_DECLARATION_UNREADABLE = N_("units.{name}: {error}; give a dimension keyword ({keywords}) or "
                                 "a conversion like 4046.86平方米")
UNIT_CONVERSION_NOT_PLAIN = N_("units.{name}: a conversion must be a plain positive figure")
ALIAS_TAKES_NO = N_("claims.{id}: a `ref:` alias takes no {fields} (they belong to the claim it "
                    "refers to)")
VALUE_REQUIRED = N_("claims.{id}: `value` is required (the figure as written)")
NAMES_NOT_A_COUNT = N_("claims.{id}: `names` lists the members of a count, but {value} is not a "
                       "count")
FRACTIONAL_COUNT = N_("claims.{id}.value: {written} counts whole things, but no whole number lies "
                      "in {interval}; if it is an average, say so in `label:` (平均, 人均, 户均 …), "
                      "otherwise check the figure")
REFERS_TO_ITSELF = N_("{where}: a claim cannot refer to itself")
BOOLEAN_NOT_FIGURE = N_("YAML reads {word} as a boolean, not a figure; quote it if you mean the "
                        "text")
OCTAL_NUMBER = N_("YAML reads {text} as an octal number; write it without the leading zero, or "
                  "quote it")
NUMBER_FORM = N_("YAML reads {text} as a number in a form articles do not use (hex, octal, "
                 "exponent, inf or nan); write the figure as the article does")
UNIT_NEEDS_PLAIN_NUMBER = N_("with `unit:` the value must be a plain number, not {text}")
UNIT_EMPTY = N_("the unit is empty; write the unit (亿元, 个, %) or leave `unit:` out")
NOT_A_UNIT = N_("{unit} is not a unit: `unit:` takes a unit such as 亿元, 个 or %, known or "
                "declared under `units:`; numbers and words such as 以上 or 余 belong in `value:`")
UNKNOWN_UNIT_HINT = N_("{reason} ({hint})")

# --- validation ---------------------------------------------------------------------------------
UNKNOWN_FIELD = N_("unknown field {field} in {where}")
UNKNOWN_FIELD_HINT = N_("unknown field {field} in {where} (did you mean {hint}?)")
FIELD_MISSING = N_("{where}: this required field is missing")
TWO_CHECK_KINDS = N_("{where}: an entry is one check of one kind, but this one has {n}: {kinds}; "
                     "write each in its own entry")
CHECK_NEEDS_KEY = N_("{where}: a check needs one of the keys {keys}")
NOT_ALLOWED = N_("{where}: {node} is not allowed; expected {expected}")
CLAIM_ID_CHARS = N_("{where}: claim ids use a-z, 0-9 and _ only")
NOT_A_VALID_ID = N_("{where}: {node} is not a valid id: ids use a-z, 0-9 and _ only")
NOT_A_REFERENCE = N_("{where}: {node} is not a claim reference (id or file/id)")
TOO_LONG_TEXT = N_("{where}: {n} characters is too long (at most {limit})")
READS_AS_BOOLEAN = N_("{where}: YAML reads {word} as a boolean; quote it if you mean the text")
EXPECTED_GOT = N_("{where}: expected {expected}, got {got}")
THE_FILE = N_("the file")
TYPE_TEXT = N_("text")
TYPE_BOOL = N_("true or false")
TYPE_MAPPING = N_("a mapping")
TYPE_WHOLE_NUMBER = N_("a whole number")
TYPE_NUMBER = N_("a number")
TYPE_FIGURE = N_("a figure as text or a number")
TYPE_TEXT_OR_NUMBER = N_("text or a number")
TYPE_REF_OR_FIGURE = N_("a claim reference or a figure")
TYPE_REF_OR_REFS = N_("a claim reference or a list of them")
TYPE_IGNORE = N_("a list of codes, or a mapping from code to reason")

# --- YAML ---------------------------------------------------------------------------------------
YAML_SYNTAX = N_("YAML syntax error: {problem}")
YAML_SYNTAX_TAB = N_("YAML syntax error: {problem} (YAML does not allow tabs for indentation; use "
                     "spaces)")
YAML_TOO_DEEP = N_("YAML syntax error: the nesting is too deep to read")
ALIAS_BOMB = N_("the document expands to too many nodes (an alias bomb?); refusing to read it")
NESTING_TOO_DEEP = N_("nesting deeper than {depth} levels")
TAG_REFUSED = N_("the YAML tag {tag} is not allowed in fact files (refused)")
KEY_NOT_TEXT = N_("a mapping key must be plain text")
MERGE_KEYS = N_("YAML merge keys (<<) are not supported in fact files; write the fields out in "
                "full")
DUPLICATE_KEY = N_("duplicate key {key} (first at line {line})")

# --- references ---------------------------------------------------------------------------------
NOT_A_CLAIM_REFERENCE = N_("{ref} is not a claim reference (id or file/id)")
NO_FACT_FILE_STEM = N_("no fact file {stem} in this run or beside {beside} (name it on the command "
                       "line)")
REF_FAILED_TO_LOAD = N_("{ref} is in {file}, which failed to load")
NO_CLAIM = N_("no claim {id}")
NO_CLAIM_IN = N_("no claim {id} in {file}")
REFERENCE_CYCLE = N_("claims.{id}.ref: the references form a cycle")
REF_NO_FIGURE = N_("claims.{id}.ref: {ref} has no figure the tool can read (see {file})")
REF_LEADS_TO_NO_FIGURE = N_("claims.{id}.ref: {ref} leads to {final}, which has no figure the tool "
                            "can read (see {file})")

# --- anchoring in the article -------------------------------------------------------------------
AND = N_(" and ")
QUOTE_NOT_FOUND = N_("claims.{id}.quote: not found in the article {article}: «{quote}»; the "
                     "sentence was deleted or reworded — update the quote (and the claim) or "
                     "restore the text")
NO_FIGURE = N_("no figure")
VALUE_WRITTEN = N_("value {written}")
GROWTH_WRITTEN = N_("growth {written}")
NOT_IN_QUOTE = N_("claims.{id}: the {what} does not occur in its quote «{quote}»; the article "
                  "({article} line {line}) says {says} there — correct the claim or the quote")
DRIFT = N_("claims.{id}.quote: figure drift: the fact file has {old}, the article now has {new} at "
           "{article}:{line} «{excerpt}» — update the claim and its quote, or correct the article")
DRIFT_UNCHANGED = N_("claims.{id}.quote: figure drift: the fact file has {old}, the article now has "
                     "{new} at {article}:{line} «{excerpt}» (the claim's own value {own} is "
                     "unchanged, but its quote is out of date) — update the claim and its quote, "
                     "or correct the article")
NOT_UNDERSTOOD_BECAUSE = N_("{written} (not understood: {error})")
UNCOVERED = N_("uncovered figure {what}: no quote of {file} covers it: «{context}»")

# --- suppressions -------------------------------------------------------------------------------
COMMENT = N_("comment")
IGNORE_FIELD = N_("ignore field")
UNUSED_SUPPRESSION = N_("unused suppression: {code} in this {what} matched no finding; remove it")

# --- the summary --------------------------------------------------------------------------------
LINT_PROBLEM = N_("Found {n} problem in {files} file(s).")
LINT_PROBLEMS = N_("Found {n} problems in {files} file(s).")
LINT_VALID = N_("All {files} fact file(s) are valid.")
ALL_PASSED = N_("All checks passed!")
NOTHING_CHECKED = N_("Nothing was checked: no relation between the figures was found.")
UNDECIDED_ONE = N_("No discrepancy found, but {n} relation could not be decided.")
UNDECIDED = N_("No discrepancy found, but {n} relations could not be decided.")
FOUND_ERROR_WARNING = N_("Found {errors} error and {warnings} warning.")
FOUND_ERROR_WARNINGS = N_("Found {errors} error and {warnings} warnings.")
FOUND_ERRORS_WARNING = N_("Found {errors} errors and {warnings} warning.")
FOUND_ERRORS_WARNINGS = N_("Found {errors} errors and {warnings} warnings.")
CHECK_SUMMARY = N_("{head} {files} file(s), {claims} claims, {checks} checks; {untestable} "
                   "untestable; coverage: {covered} of {claims} claims in at least one check "
                   "({testable} testable).")

# --- text reports -------------------------------------------------------------------------------
DETAIL_CLAIM = N_("claim {id} at {file}:{line}: {written}")
DETAIL_COMPUTED = N_("computed: {value}")
DETAIL_STATED = N_("stated: {value}")
DETAIL_GAP = N_("gap: {value}")
DETAIL_SUGGESTION = N_("suggestion: {value}")
COL_SEVERITY = N_("severity")
COL_CODE = N_("code")
COL_LINE = N_("line")
COL_CLAIMS = N_("claims")
COL_ARITHMETIC = N_("what the arithmetic says")
COL_CONSISTENT = N_("what would be consistent")
HEADLINE_MARK = N_(" ★ headline")
LINE_N = N_("line {line}")
COMPUTED_STATED = N_("computed {computed}; stated {stated}")
RELATIONS_OF = N_("Relations tested in {file}")
COL_RELATION = N_("relation")
COL_VERDICT = N_("verdict")
VERDICT_HOLDS = N_("holds")
VERDICT_FAILS = N_("fails")
VERDICT_WARNING = N_("warning")
VERDICT_UNTESTABLE = N_("untestable")
VERDICT_NOT_COMPARABLE = N_("not comparable")
VERDICT_SUPPRESSED = N_("suppressed")
HOW_WRITTEN = N_("written")  # how a relation came to be tested: an entry of `checks:`
HOW_STATED = N_("stated")  # found in an article: one sentence's words tie the figures
HOW_LINKED = N_("linked")  # found in an article: tied across sentences
HOW_IMPLIED = N_("implied")  # implied by claims (a growth and its previous level, names)
HOW_SERIES = N_("series")  # figures of one series in consecutive periods
SEVERITY_ERROR = N_("error")
SEVERITY_WARNING = N_("warning")
SEVERITY_INFO = N_("info")
GROWTH_CHANGE_MISMATCH = N_("{current} minus {previous} is {computed}, but the stated change is "
                            "{rate}")
AVERAGE_GROWTH_MISMATCH = N_("{current} against {previous} is average growth of {computed} a year "
                             "over {years} years, but the stated rate is {rate}")

# --- averages -----------------------------------------------------------------------------------
WHAT_AVERAGE = N_("average")
AVERAGE_MISMATCH = N_("{total} divided by {count} is {computed}, but the stated average is "
                      "{average}")

# --- the command line ---------------------------------------------------------------------------
BAD_ENV_FORMAT = N_("FACTCHECK_FORMAT={value} is not one of {formats}")
NO_STDIN = N_("'-' reads a fact file from standard input, but there is none")
SAVE_FACTS_ONE_ARTICLE = N_("--save-facts writes the facts of one article, but this run has {n}: "
                            "name one article")
EXISTS_USE_FORCE = N_("{path} exists; pass --force to overwrite it")
ARTICLE_NOT_REGULAR = N_("not a regular file (a directory, a pipe or a device)")
NO_SUCH_ARTICLE = N_("no such article file")
STDIN_TOO_LARGE = N_("standard input is over the limit of {limit} bytes")
CANNOT_WRITE = N_("cannot write {path}: {error}")
NO_SUCH_PATH = N_("{path}: no such file or directory")
NO_FACT_FILE_IN = N_("no fact file (*.yaml, *.yml) found in {paths}")
BROKEN_LINK_TARGET = N_("{path} is a broken symbolic link (to {target}); remove it or choose "
                        "another file")
TARGET_IS_DIRECTORY = N_("{path} is a directory")
TARGET_NOT_REGULAR = N_("{path} is not a regular file (a pipe or a device); factcheck only "
                        "replaces regular files: write to a file, or leave out -o to print")
CONFIG_UNKNOWN_KEY = N_("{where}: unknown key {key}; known keys: {keys}")
CONFIG_UNKNOWN_KEY_HINT = N_("{where}: unknown key {key} (did you mean {hint}?)")
CONFIG_UNREADABLE = N_("{path}: cannot read the config file: {error}")
CONFIG_NOT_MAPPING = N_("{path}:1: the config file must be a mapping of settings")
CONFIG_INVALID_TOML = N_("{path}: invalid TOML: {error}")
CONFIG_NOT_TABLE = N_("{path}: [tool.factcheck] must be a table")
CONFIG_LIST = N_("{where}: {key} must be a list of strings")
CONFIG_PATTERNS = N_("{where}: {key} must map file patterns to lists of codes")
CONFIG_BOOL = N_("{where}: {key} must be true or false")
CONFIG_SIZE = N_("{where}: {key} must be a whole number from 1 to {limit} (bytes)")
CONFIG_STRING = N_("{where}: {key} must be a string")
CONFIG_ONE_OF = N_("{where}: {key} must be one of {allowed}, not {value}")
BAD_LANG = N_("--lang must be one of {langs}, not {value}")
NO_SUCH_CONFIG = N_("{path}: no such config file")
UNKNOWN_CODE = N_("unknown code {code}; the codes are {codes}")
CHECK_KIND = N_("Check kind: {kind}")
EXPLAIN_HEAD = N_("{code} {name} ({severity}): {summary}")
BAD_SCHEMA_OUTPUT = N_("--output must be factfile or check-json, not {value}")
ABORTED = N_("aborted")
INTERRUPTED = N_("interrupted")
INTERNAL_ERROR = N_("internal error: {error} (run with --debug for the traceback)")
OUTPUT_CLOSED = N_("cannot write to {name}: it is closed")
OUTPUT_FAILED = N_("cannot write to {name}: {error}")
STATUS_ERROR = N_("in an error")
STATUS_WARNING = N_("in a warning")
STATUS_HOLDS = N_("checked: consistent")
STATUS_UNCHECKED = N_("in no relation (unchecked)")
STATUS_NOT_UNDERSTOOD = N_("not understood")

# --- the HTML report ----------------------------------------------------------------------------
HTML_TITLE = N_("factcheck report")
HTML_ERRORS = N_("{n} errors")
HTML_WARNINGS = N_("{n} warnings")
HTML_TESTED = N_("{n} relations tested")
HTML_UNCHECKED = N_("{n} figures in no relation")
HTML_NOT_UNDERSTOOD = N_("{n} figures not understood")
HTML_ERROR_LIST = N_("Errors")
HTML_LEGEND = N_("How figures are marked")
HTML_ARTICLE = N_("Article: {path}")
HTML_FINDINGS = N_("Findings")
# the editor of the HTML report: add a relation, confirm or delete one found, save the fact file
EDITOR_ADD = N_("Add a relation")
EDITOR_KIND = N_("Kind of relation")
EDITOR_CHOOSE = N_("choose a kind…")
EDITOR_HELP = N_("Choose a kind, then click the figures in the text in the order asked (Tab to a "
                 "figure and Enter picks it too).")
EDITOR_NEXT = N_("Next: click {role}")
EDITOR_READY = N_("Ready: add it, or click more figures where the kind takes more")
EDITOR_PICKED_TWICE = N_("that figure is chosen already")
EDITOR_NOT_A_CLAIM = N_("that figure was not understood: write it in the fact file by hand")
EDITOR_REMOVE = N_("Remove")
EDITOR_ADD_BUTTON = N_("Add")
EDITOR_CANCEL = N_("Cancel")
EDITOR_ADDED = N_("Relations added by the editor")
EDITOR_NONE_ADDED = N_("none yet")
EDITOR_CONFIRM = N_("Confirm")
EDITOR_DELETE = N_("Delete")
EDITOR_CONFIRMED = N_("confirmed by the editor")
EDITOR_DELETED = N_("deleted by the editor: left out of the fact file")
EDITOR_DOWNLOAD = N_("Download the fact file")
EDITOR_FACT_FILE = N_("The fact file")
EDITOR_SAVE_HINT = N_("Save it beside the article and check it: factcheck check {file}")
EDITOR_LINE = N_("line {line}")
EDITOR_KIND_TOTAL = N_("total = sum of its parts")
EDITOR_KIND_PART_WHOLE = N_("part ≤ whole")
EDITOR_KIND_SHARE = N_("share of a whole")
EDITOR_KIND_GROWTH = N_("growth on the previous period")
EDITOR_KIND_SAME = N_("the same figure twice")
EDITOR_KIND_DIFFERENCE = N_("difference: a − b = c")
EDITOR_KIND_MULTIPLE = N_("multiple: a = factor × b")
EDITOR_ROLE_TOTAL = N_("the total")
EDITOR_ROLE_ITEM = N_("a part of the total")
EDITOR_ROLE_PART = N_("the part")
EDITOR_ROLE_WHOLE = N_("the whole")
EDITOR_ROLE_SHARE = N_("the share")
EDITOR_ROLE_CURRENT = N_("this period's level")
EDITOR_ROLE_PREVIOUS = N_("the previous period's level")
EDITOR_ROLE_RATE = N_("the growth rate")
EDITOR_ROLE_FIGURE = N_("the figure")
EDITOR_ROLE_AGAIN = N_("the same figure again")
EDITOR_ROLE_MINUEND = N_("a, the figure taken from")
EDITOR_ROLE_SUBTRAHEND = N_("b, the figure taken away")
EDITOR_ROLE_DIFFERENCE = N_("c, the difference")
EDITOR_ROLE_LARGER = N_("a, the larger figure")
EDITOR_ROLE_BASE = N_("b, the base figure")
EDITOR_ROLE_FACTOR = N_("the factor")
EDITOR_KIND_STOCK = N_("stock and flow: start + added = end (新增 … 累计)")
EDITOR_KIND_POINTS = N_("a difference of two rates in 百分点")
EDITOR_KIND_AVERAGE = N_("per unit or average: total ÷ count (人均, 平均)")
EDITOR_KIND_NAMES = N_("a count and the names it lists")
EDITOR_KIND_CONTRIBUTION = N_("contribution to a total's growth (拉动 … 个百分点)")
EDITOR_ROLE_STOCK_END = N_("the stock at the end (累计)")
EDITOR_ROLE_ADDED = N_("what was added (新增)")
EDITOR_ROLE_STOCK_START = N_("the stock at the start, if the article gives it")
EDITOR_ROLE_POINTS_RATE = N_("the rate")
EDITOR_ROLE_POINTS_THAN = N_("the rate it is compared with")
EDITOR_ROLE_POINTS = N_("the difference in 百分点")
EDITOR_ROLE_AVERAGE = N_("the average (人均, 平均)")
EDITOR_ROLE_AVERAGE_TOTAL = N_("the total it divides")
EDITOR_ROLE_AVERAGE_COUNT = N_("the count it divides by")
EDITOR_ROLE_COUNT = N_("the count")
EDITOR_ROLE_CONTRIBUTION = N_("the contribution in 百分点 (拉动)")
EDITOR_ROLE_PART_RATE = N_("the part's growth rate")
EDITOR_ROLE_TOTAL_RATE = N_("the total's growth rate")
EDITOR_ROLE_PART_SHARE = N_("the part's share of the total, if its level is not given")
EDITOR_KIND_DOWN = N_("contributions that add up to a total's growth, downward ones too (拉动 …, "
                      "负向拉动 …)")
EDITOR_KIND_FLOWS = N_("stock and several flows: start + added − removed = end")
EDITOR_KIND_SHARE_CHANGE = N_("change of a share in 百分点 (比重 …，比上年提高 … 个百分点)")
EDITOR_KIND_SHARE_SUM = N_("share of a sum of parts (A、B合计占 …)")
EDITOR_ROLE_UP = N_("a contribution in 百分点 (拉动 … 增长)")
EDITOR_ROLE_DOWN = N_("a downward contribution in 百分点 (负向拉动, 拉低)")
EDITOR_ROLE_STOCK_START_GIVEN = N_("the stock at the start (期初, 年初)")
EDITOR_ROLE_FLOW_IN = N_("a flow in (新增, 增加)")
EDITOR_ROLE_FLOW_OUT = N_("a flow out (减少, 注销)")
EDITOR_ROLE_SHARE_CHANGE = N_("the share's change in 百分点")
EDITOR_ROLE_SUM_PART = N_("a part of the sum")
EDITOR_SWITCH = N_("Now click {role}")
EDITOR_NEXT_NAMES = N_("Next: select the names in the text, then press “Take the selected names”")
EDITOR_TAKE_NAMES = N_("Take the selected names")
EDITOR_NAMES = N_("Names (separated by 、; 等 at the end when the list is not complete)")
EDITOR_NO_SELECTION = N_("no text of this article is selected: select the names first")
EDITOR_FULL = N_("this kind takes no more figures: add it, or remove one")
EDITOR_WANTS_LEVEL = N_("that figure is a rate or a change in 百分点, not a level: {role} is an "
                        "amount or a count")
EDITOR_WANTS_COUNT = N_("that figure is not a count: {role} counts things (五个, 3家, 前三)")
EDITOR_WANTS_RATE = N_("that figure is not a rate in %: {role} is one (增长5%, 比重34.9%)")
EDITOR_WANTS_NOMINAL = N_("that rate is of real growth or of a comparable set of units: {role} must "
                          "be the growth of the levels themselves, for a share's change to follow "
                          "from it")
EDITOR_WANTS_POINTS = N_("that figure is not a change in 百分点: {role} is one "
                         "(提高2.2个百分点, 拉动9.6个百分点)")
PREVIOUS_OR_CHANGE = N_("checks: a growth check takes the previous level (`previous:`) or the "
                        "change (`change:`), one of them")
LESS_CHANGE = N_("{current} less the change {change}")

# --- article readers ----------------------------------------------------------------------------
NEEDS_PACKAGE = N_("reading {suffix} articles needs the Python package {package}: install it with "
                   "pip install 'factcheck[articles]'")
EMPTY_FILE = N_("the file is empty")
OLD_OFFICE_FILE = N_("a Word 97-2003 document (.doc) or another old Office file, not a text file: "
                     "save it as .docx")
HTML_TOO_LARGE = N_("the web page is {size} bytes, over the limit of {limit} for web pages; save "
                    "the article's text as .txt")
HTML_UNKNOWN_CHARSET = N_("the page declares the unknown encoding {charset}; correct its "
                          "<meta charset>")
HTML_NOT_DECLARED_CHARSET = N_("the page declares the encoding {charset} but is not valid "
                               "{charset} (invalid byte at line {line}); correct its <meta "
                               "charset> or save the page again")
HTML_UNDECLARED_CHARSET = N_("the page declares no encoding and is neither UTF-8 nor GB18030 "
                             "(invalid byte at line {line}); add a <meta charset>")
HTML_NO_TEXT = N_("the web page has no article text that factcheck can find (only scripts, "
                  "styles, menus or nothing at all); save the article's text as .txt")
DOCX_TOO_LARGE = N_("the Word document is {size} bytes, over the limit of {limit}")
DOCX_NOT_ZIP = N_("not a Word document (.docx): the file is not a zip archive, or it is truncated; "
                  "open it in Word and save it again")
DOCX_NO_DOCUMENT = N_("not a Word document (.docx): the zip archive has no word/document.xml")
DOCX_UNPACKS_TOO_LARGE = N_("the Word document unpacks to {size} bytes, over the limit of {limit} "
                            "(a zip bomb?); refusing to read it")
DOCX_DAMAGED = N_("the Word document is damaged and cannot be read; open it in Word and save it "
                  "again")

# --- a total and its parts' rates: composition, contribution, points -----------------------------
NO_GROWTH_RATE = N_("{id} states no growth rate in %")
NOT_A_SHARE = N_("{written} is not a share: a share is a percentage, or a plain number of a ratio "
                 "that makes up 100")
NOT_POINTS = N_("{written} is not a change in 百分点")
ONE_EACH_PART = N_("checks: give one of each for every one of the {n} parts, in their order")
ONE_CHANGE_MISSING = N_("checks: the change of one share at most may be missing (null): the others "
                        "give it")
WHAT_PARTS = N_("parts")
BY_LEVELS = N_("weighted by their levels")
BY_SHARES = N_("weighted by their shares of the total")
BY_PREVIOUS_SHARES = N_("weighted by their shares of the previous period")
COMPOSITION_OUTSIDE_PARTS = N_("{total} lies outside {range}, the range of the growth rates of the "
                               "parts that make it up ({parts}): a total grows at a rate between "
                               "its parts' rates")
COMPOSITION_MISMATCH = N_("{by}, the growth rates of the parts ({parts}) give the total a growth of "
                          "{computed}, but the article states {total}")
COMPOSITION_APPROXIMATE = N_("{by}, the real growth rates of the parts ({parts}) give the total "
                             "about {computed}, but the article states {total} (real growth is "
                             "weighted by volumes: the weights are approximate)")
COMPOSITION_REVISED = N_("{by}, the growth rates of the parts ({parts}) give the total a growth of "
                         "about {computed}, but the article states {total} (the previous levels may "
                         "have been revised or the rates be on a comparable set of units: the weights "
                         "are approximate)")
CONTRIBUTION_NEEDS_PART = N_("checks: give the contributions of every part (a list, which adds up "
                             "to the total's growth), or one contribution with its `part:`")
CONTRIBUTION_NEEDS_WEIGHT = N_("checks: a part's contribution needs its weight: the levels of part "
                               "and total, or the part's `part_share:` (and its `share_change:`)")
REAL_NEEDS_PREVIOUS_SHARE = N_("checks: a contribution to real growth needs the part's share of the "
                               "previous period (`part_share:` and `share_change:`): levels and "
                               "this period's share are at current prices")
BY_ITS_LEVEL = N_("weighted by its level")
BY_ITS_SHARE = N_("weighted by its share of the total")
BY_ITS_PREVIOUS_SHARE = N_("weighted by its share of the previous period")
CONTRIBUTIONS_SUM = N_("the contributions {parts} add up to {computed}, but the article states "
                       "{total}: the contributions of the parts that make up a whole add up to its "
                       "growth")
CONTRIBUTION_MISMATCH = N_("{part}, {by}, adds {computed} to the growth of {total}, but the article "
                           "states {contribution}")
CONTRIBUTION_APPROXIMATE = N_("{part}, {by}, adds about {computed} to the real growth of {total}, but "
                              "the article states {contribution} (real growth is weighted by "
                              "volumes: the weight is approximate)")
SHARE_CHANGE_MISMATCH = N_("the levels and growth rates of the parts give the share of {part} a "
                           "change of {computed}, but the article states {change}")
POINTS_MISMATCH = N_("{rate} minus {than} is {computed}, but the article states a difference of "
                     "{points}")

# --- joint model --------------------------------------------------------------------------------
TYPO_SUBSTITUTED = N_("one digit differs")
TYPO_NAMES_LISTED = N_("{n} names are listed")
JOINT_RELATION_CHECK = N_("{check} ({kind}, line {line})")
JOINT_RELATION_KIND = N_("the {kind} relation at line {line}")
JOINT_CONFLICT = N_("{first} and {second} each hold alone but not together: the first needs "
                    "{name} in {range_a}, the second needs it in {range_b} (stated {stated})")
JOINT_CONFLICT_MANY = N_("{relations} each hold alone but not together: {first} needs {name} in "
                         "{range_a}, the others together need it in {range_b} (stated {stated})")
JOINT_CONFLICT_UNRANGED = N_("{relations} each hold alone but not together: no values of {names} "
                             "satisfy them all")
JOINT_RELATIONS = N_("{n} relations")
JOINT_ONE_RELATION = N_("1 relation")
REPAIR_TYPO = N_("Most likely wrong: {name} — {text} would make {relations} hold: {why}")
REPAIR_VALUE = N_("Most likely wrong: {name} — {need} would make {relations} hold (stated "
                  "{stated})")
REPAIR_TOGETHER = N_("Most likely wrong together: {changes} would make {relations} hold")
REPAIR_CHANGE_TYPO = N_("{name} {text} ({why})")
REPAIR_CHANGE_VALUE = N_("{name} {need} (stated {stated})")

# --- the same figure stated twice, found in an article (discover/duplicate.py) ------------------
SAME_FIGURE_PAIRED_DISAGREES = N_("{a} and {b} state the same figure (paired by: {reason}) but do "
                                  "not agree")
#: a figure against a bound the text states for it (discover/bounds.py): the bound is {a}
FIGURE_OUTSIDE_BOUND = N_("{b} does not lie within the bound {a} stated for it (paired by: {reason})")
FIGURE_OUTSIDE_BOUND_IN = N_("{b} in {file} does not lie within the bound {a} stated for it (paired "
                             "by: {reason})")
SAME_FIGURE_PAIRED_DISAGREES_IN = N_("{a} and {b} in {file} state the same figure (paired by: "
                                     "{reason}) but do not agree")

#: why a check found in an article paired two figures (discover/duplicate.py, discover/subjects.py)
PAIRED_RESTATEMENT = N_("a restatement in one sentence: «{quoted}»")
PAIRED_OTHER_UNITS = N_("the same figure in other units")
PAIRED_STATED_AGAIN = N_("the same figures stated together again: «{first}», then «{again}»")
PAIRED_BOUND_RESTATED = N_("a bound restated by the exact level after it: «{bound}», then "
                           "«{level}»")
PAIRED_BOUND_OF_EACH = N_("a bound of each of several places, then each one's level: «{bound}», "
                          "then {levels}")
PAIRED_WITHIN_BOUND = N_("a bound stated for the figures beside it: «{quoted}»")
PAIRED_IN_CLASS = N_("a place in a class of economies: «{place}» in «{klass}», its GDP «{level}»")
PAIRED_HEADLINE_SUMMARY = N_("a headline's figure, the first of its measure and subject in the body: "
                             "«{headline}», then «{body}»")
PAIRED_HEADLINE = N_("a headline that names no place, of the one place its body names: {reason}")
PAIRED_REFERRED = N_("a count referred to again by its words: «{first}», then «{again}»")
PAIRED_SUBJECT = N_("the same label «{label}», {a} and {b}")
PAIRED_SUBJECT_MEASURE = N_("the same label «{label}», {a}, {b} and {c}")
PAIRED_PERIOD = N_("period {period}")
PAIRED_NO_PERIOD = N_("no period named")
PAIRED_PLACE = N_("place {places}")
PAIRED_NO_PLACE = N_("no place named")
PAIRED_MEASURE = N_("measure {measure}")
PAIRED_QUALIFIED = N_("{qualifier} {measure}")  # real growth rate, two-year average growth rate
PAIRED_VS = N_("vs {base}")  # a base other than a year earlier: vs 一季度

# --- runs on a Dask cluster (check --dask) and the library (factcheck.api) ------------------------
DASK_NEEDED = N_("--dask needs Dask and its distributed scheduler: install them with pip install "
                 "'factcheck[dask]'")
DASK_NO_SCHEDULER = N_("cannot reach the Dask scheduler at {address}: {error}")
DASK_NO_WORKERS = N_("the Dask scheduler at {address} has no worker after {seconds} seconds: start "
                     "some with dask worker {address}")
DASK_VERSION = N_("a Dask worker runs factcheck {worker}, but this run is factcheck {client}: "
                  "install the same version on every worker")
API_BAD_VALUE = N_("{name} must be one of {values}, not {value}")
API_NO_PATHS = N_("no paths given: name the fact files, articles or directories to check")
API_NOT_AN_ARTICLE = N_("{name} is a fact file (named .yaml or .yml, or its text declares "
                        "factcheck: 1), not an article: check it with check_facts")

# --- series -------------------------------------------------------------------------------------
WHAT_WITHIN = N_("part of a period")
PART_OF_PERIOD_EXCEEDS = N_("{part} for part of the period is more than {whole} for the whole of "
                            "it, by {gap}: a part of a period cannot exceed the whole")
PERIOD_PARTS_MISMATCH = N_("{parts} = {sum} for the stretches of the period, but the figure for the "
                           "whole of it is {whole}: a gap of {gap}; a cumulative figure is the "
                           "sum of the stretches that make it up")
SERIES_LINK = N_("linked by series: «{series}», {place}, {earlier} and {later} (--no-series turns "
                 "such links off)")
NO_PLACE_NAMED = N_("no place named")
