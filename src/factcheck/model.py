"""Pydantic models of a fact file (format version 1): the contract editors write against.

The models check shape and types only; reading figures and resolving references is the
loader's job, so that every problem is reported at its own line.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import import_module
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, create_model

__all__ = [
    "CHECK_MODELS", "FORMAT_VERSION", "Article", "CheckBase", "Claim", "FactFile", "check_kind",
    "check_models", "check_type", "fact_file_model", "new_dict", "new_list", "register_check",
]

FORMAT_VERSION = 1

Rounding = Literal["up_or_down", "up", "even", "trunc", "ceiling", "any"]
Basis = Literal["nominal", "real", "same-scope"]
ClaimId = Annotated[str, Field(pattern=r"^[a-z0-9_]+$", max_length=128)]
Ref = Annotated[
    str,
    Field(
        pattern=r"^(?:[^/\s]+/)?[a-z0-9_]+$",
        max_length=300,
        description="A claim id in this file, or `<file stem>/<claim id>` in another file.",
    ),
]
RefOrValue = Annotated[
    str | int,
    Field(description="A claim id (or `<file stem>/<claim id>`), or a figure as written."),
]
Ignore = Annotated[
    list[str] | dict[str, str] | None,
    Field(
        description="Finding codes to suppress here: a list, or a mapping from code to reason.",
        examples=[["FC301"], {"FC301": "the categories overlap by design"}],
    ),
]

def new_list() -> list[Any]:
    """An empty list: the default of a list field (pydantic reads the signature of a default
    factory; a Python function's is at hand, a builtin's needs the tokenizer)."""
    return []


def new_dict() -> dict[Any, Any]:
    """An empty mapping: the default of a mapping field (as :func:`new_list`)."""
    return {}


_FORBID = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class Article(BaseModel):
    """The article the claims come from."""

    model_config = _FORBID

    title: str | None = Field(None, description="The headline.")
    text: str | None = Field(
        None, description="The article's text file, relative to this fact file."
    )
    url: str | None = Field(None, description="Where the article was published.")
    published: str | None = Field(None, description="Publication date, e.g. 2024-01.")
    place: str | None = Field(None, description="The place the figures describe.")
    period: str | int | None = Field(
        None, description="The period the figures describe, e.g. 2023."
    )
    release: str | None = Field(None, description="Default data release of every claim.")
    rounding: Rounding | None = Field(
        None,
        description="How the article rounds its figures (default up_or_down, or the config "
        "file's); claims may override it.",
    )


class Claim(BaseModel):
    """One figure of the article, written as the article writes it."""

    model_config = _FORBID

    label: str | None = Field(None, description="What the figure measures, in the article's words.")
    value: str | int | float | None = Field(
        None,
        description="The figure as written, with qualifier and unit; or a plain number with `unit`.",
        examples=["227.6亿元", "超八成", "4000余个", "两家", "第32名"],
    )
    unit: str | None = Field(None, description="The unit, when `value` is a plain number.")
    growth: str | int | float | None = Field(
        None, description="Growth over the previous period as written.", examples=["5%", "下降3%"]
    )
    basis: Basis = Field(
        "nominal",
        description="nominal (current prices), real (comparable prices: GDP, value added) or "
        "same-scope (a comparable set of units: fixed-asset investment, profits).",
    )
    previous: Ref | None = Field(None, description="The claim holding the previous period's level.")
    series: str | None = Field(
        None, description="The series the figure belongs to across periods and files (default: "
        "its label): figures of one series and place in consecutive periods are linked.",
        examples=["一般公共预算收入"],
    )
    quote: str | None = Field(None, description="The clause of the article that states the figure.")
    names: list[str] | None = Field(None, description="The names the article lists for this count.")
    names_complete: bool = Field(
        True, description="false when the article's list is not exhaustive (等)."
    )
    period: str | int | None = Field(
        None, description="The period, when it differs from the article's."
    )
    place: str | None = Field(None, description="The place, when it differs from the article's.")
    release: str | None = Field(None, description="The data release the figure comes from.")
    rounding: Rounding | None = Field(None, description="Rounding of this figure, if not the file's.")
    same_as: Ref | list[Ref] | None = Field(
        None, description="Claims stating the same figure, which must agree."
    )
    ref: Ref | None = Field(
        None, description="Bring a claim of another fact file into this one: `xuejia-2022/gdp`."
    )
    note: str | None = None
    ignore: Ignore = None


class CheckBase(BaseModel):
    # What every entry of `checks:` may have, whatever its kind (no docstring: the schema would
    # show it as the description of every kind).
    model_config = _FORBID

    id: ClaimId | None = Field(None, description="A name for this check, shown in findings.")
    note: str | None = Field(None, description="Why the relation holds.")
    ignore: Ignore = None
    discovered: Literal["stated", "linked"] | None = Field(
        None,
        description="How a check found in an article was found: stated (the sentence's own words "
        "tie the figures) or linked (tied across sentences by subject and period: at most a "
        "warning until confirmed). Remove it once the relation is reviewed.",
    )


#: The model of a `checks:` entry by the key that names its kind, registered by the kind's module
#: (in the order the kinds are listed in the format).
CHECK_MODELS: dict[str, type[CheckBase]] = {}
_ORDER: dict[str, int] = {}


def register_check(key: str, model: type[CheckBase], order: int) -> None:
    """Make `{key: …}` an entry of `checks:` read with ``model``."""
    _ORDER[key] = order
    CHECK_MODELS[key] = model
    for k in sorted(CHECK_MODELS, key=_ORDER.__getitem__):
        CHECK_MODELS[k] = CHECK_MODELS.pop(k)
    _fact_file_model.cache_clear()


def check_models() -> dict[str, type[CheckBase]]:
    """Every kind of check entry (the check kinds register themselves when first asked for)."""
    import_module("factcheck.checks").kinds()
    return CHECK_MODELS


def check_kind(data: Any) -> str | None:
    """The key of the kind of a check entry (None when it has none, or two)."""
    return _kind_in(check_models(), data)


def _kind_in(models: dict[str, type[CheckBase]], data: Any) -> str | None:
    if isinstance(data, dict):
        kinds = [key for key in models if key in data]
        return kinds[0] if len(kinds) == 1 else None  # two kinds in one entry: not a check
    return next((k for k, cls in models.items() if isinstance(data, cls)), None)


def check_type() -> Any:
    """The type of one `checks:` entry: a union of the registered kinds, told apart by key."""
    models = check_models()
    union = Union[tuple(Annotated[cls, Tag(key)] for key, cls in models.items())]  # noqa: UP007

    def check_kind(data: Any) -> str | None:  # the kinds are registered: not asked for per entry
        return _kind_in(models, data)

    return Annotated[
        union,
        Discriminator(
            check_kind,
            custom_error_type="check_kind",
            custom_error_message="a check needs one of the keys: " + ", ".join(models),
        ),
    ]


class _FactFileBase(BaseModel):
    """A fact file: the claims of one article and the relations between them."""

    model_config = ConfigDict(
        extra="forbid", defer_build=True,
        title="factcheck fact file",
        json_schema_extra={"examples": [{"factcheck": 1, "claims": {"gdp": {"value": "227.6亿元"}}}]},
    )

    factcheck: Literal[1] = Field(description="The format version: 1.")
    article: Article | None = None
    units: dict[str, str] | None = Field(
        None,
        description="Units this file uses that the tool does not know: a dimension keyword "
        "(count, money, …) or a conversion such as 4046.86平方米.",
        examples=[{"标准箱": "count"}],
    )
    claims: dict[ClaimId, Claim] = Field(default_factory=new_dict)


@lru_cache(maxsize=1)
def _fact_file_model() -> type[_FactFileBase]:
    return create_model(
        "FactFile", __base__=_FactFileBase, __doc__=_FactFileBase.__doc__,
        checks=(list[check_type()], Field(default_factory=new_list)),  # type: ignore[valid-type]
    )


def fact_file_model() -> type[_FactFileBase]:
    """The model of a whole fact file, with every registered kind of check."""
    check_models()
    return _fact_file_model()


def fact_file_from(document: dict[str, Any]) -> _FactFileBase | None:
    """The model of a document the tool built itself (what it found in an article), or None
    when it must be validated.

    Validating builds the validators of every model, most of what checking one article costs,
    to find valid what the tool wrote. So a document of plain data (mappings with their model's
    keys, every required one among them; lists, text, numbers, booleans) is made into its model
    directly, its text stripped as validation strips it; anything else is left to validation.
    (The tests hold the documents found in the articles of the corpus to give the model that
    validating them gives.)
    """
    kinds = check_models()
    try:
        article = document.get("article")
        checks = []
        for check in document["checks"]:
            kind = check_kind(check)
            if kind is None:
                return None
            checks.append(_made(kinds[kind], check))
        return fact_file_model().model_construct(
            factcheck=document["factcheck"],
            article=None if article is None else _made(Article, article),
            claims={cid: _made(Claim, claim) for cid, claim in document["claims"].items()},
            checks=checks,
        )
    except _NotPlain:
        return None


class _NotPlain(Exception):
    """A part of a document that only validation reads as its model would."""


def _made(model: type[BaseModel], data: Any) -> Any:
    if not isinstance(data, dict):
        raise _NotPlain
    names, required = _keys(model)
    if not names.issuperset(data) or not required.issubset(data):
        raise _NotPlain
    values = {key: _stripped(value) for key, value in data.items()}
    fill = _filling(model)
    if fill is None:
        return model.model_construct(**values)
    # what model_construct does, its reading of each field's spelling and default made once
    fields: dict[str, Any] = {}
    given = set()
    for name, key, default, factory in fill:
        if key in values:
            fields[name] = values[key]
            given.add(name)
        elif factory is not None:
            fields[name] = factory()
        elif default is not _REQUIRED:
            fields[name] = default
    made = model.__new__(model)
    object.__setattr__(made, "__dict__", fields)
    object.__setattr__(made, "__pydantic_fields_set__", given)
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


_REQUIRED = object()
#: defaults model_construct gives as they are (it copies the others)
_IMMUTABLE = (str, int, float, bool, type(None))


@cache
def _filling(model: type[BaseModel]) -> tuple[tuple[str, str, Any, Any], ...] | None:
    """How model_construct fills each field of ``model`` from a mapping of plain data: (name, key,
    default, default factory); None for a model it fills otherwise (another spelling to read, a
    default to copy, a factory of the data, an initialiser, extra fields kept)."""
    if model.__pydantic_post_init__ or model.__pydantic_root_model__ \
            or model.model_config.get("extra") == "allow":
        return None
    fill = []
    for name, field in model.__pydantic_fields__.items():
        if field.validation_alias is not None or (field.alias is not None and field.alias != name):
            return None
        if field.default_factory is not None:
            if field.default_factory_takes_validated_data:
                return None
            fill.append((name, name, _REQUIRED, field.default_factory))
        elif field.is_required():
            fill.append((name, name, _REQUIRED, None))
        elif type(field.default) in _IMMUTABLE:
            fill.append((name, name, field.default, None))
        else:
            return None
    return tuple(fill)


@cache
def _keys(model: type[BaseModel]) -> tuple[frozenset[str], frozenset[str]]:
    """The keys a mapping of ``model`` may have, and those it must have."""
    fields = model.model_fields
    return (frozenset(field.alias or name for name, field in fields.items()),
            frozenset(field.alias or name for name, field in fields.items() if field.is_required()))


def _stripped(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [_stripped(item) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    raise _NotPlain


FactFile = _FactFileBase  # for type annotations: every fact file model derives from it
