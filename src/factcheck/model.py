"""Pydantic models of a fact file (format version 1): the contract editors write against.

The models check shape and types only; reading figures and resolving references is the
loader's job, so that every problem is reported at its own line.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

__all__ = ["CHECK_KEYS", "FORMAT_VERSION", "Article", "Check", "Claim", "FactFile"]

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

_FORBID = ConfigDict(extra="forbid", str_strip_whitespace=True)


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


class _CheckBase(BaseModel):
    model_config = _FORBID

    id: ClaimId | None = Field(None, description="A name for this check, shown in findings.")
    note: str | None = Field(None, description="Why the relation holds.")
    ignore: Ignore = None


class GrowthCheck(_CheckBase):
    growth: Ref = Field(description="The current level.")
    previous: Ref = Field(description="The previous level.")
    rate: RefOrValue | None = Field(None, description="The growth rate; default: the claim's.")
    basis: Basis | None = Field(None, description="Basis of the rate; default: the claim's.")


class ShareCheck(_CheckBase):
    share: Ref = Field(description="The part.")
    of: RefOrValue = Field(description="The whole.")
    is_: RefOrValue | None = Field(None, alias="is", description="The stated share.")


class BreakdownCheck(_CheckBase):
    breakdown: Ref = Field(description="The total.")
    parts: list[Ref] = Field(min_length=1, description="The parts.")
    exhaustive: bool = Field(True, description="true when the parts make up the whole total.")


class MultipleCheck(_CheckBase):
    multiple: Ref = Field(description="The larger figure a.")
    of: RefOrValue = Field(description="The base figure b.")
    factor: str | int = Field(description="a / b as written: 翻倍, 翻两番, 增长2倍, 是…的3倍, 1.5.")


class StockFlowCheck(_CheckBase):
    stock: Ref = Field(description="The stock at the end (累计).")
    start: Ref | None = Field(None, description="The stock at the start.")
    added: list[Ref] = Field(default_factory=list, description="Flows in (新增).")
    removed: list[Ref] = Field(default_factory=list, description="Flows out.")


class FeasibleCheck(_CheckBase):
    feasible: Ref = Field(description="A percentage or an average of whole counts.")
    of: RefOrValue = Field(description="The whole count it is taken over: a claim or 365天.")


class ExpectCheck(_CheckBase):
    expect: str = Field(
        description="An equation or inequality over claim ids: `a - b == c`, `a <= b * 2`."
    )


class SameCheck(_CheckBase):
    same: list[Ref] = Field(min_length=2, description="Claims that state the same figure.")


CHECK_KEYS: dict[str, type[_CheckBase]] = {
    "growth": GrowthCheck,
    "share": ShareCheck,
    "breakdown": BreakdownCheck,
    "multiple": MultipleCheck,
    "stock": StockFlowCheck,
    "feasible": FeasibleCheck,
    "expect": ExpectCheck,
    "same": SameCheck,
}


def _check_kind(data: Any) -> str | None:
    if isinstance(data, dict):
        kinds = [key for key in CHECK_KEYS if key in data]
        return kinds[0] if len(kinds) == 1 else None  # two kinds in one entry: not a check
    return next((k for k, cls in CHECK_KEYS.items() if isinstance(data, cls)), None)


Check = Annotated[
    Annotated[GrowthCheck, Tag("growth")]
    | Annotated[ShareCheck, Tag("share")]
    | Annotated[BreakdownCheck, Tag("breakdown")]
    | Annotated[MultipleCheck, Tag("multiple")]
    | Annotated[StockFlowCheck, Tag("stock")]
    | Annotated[FeasibleCheck, Tag("feasible")]
    | Annotated[ExpectCheck, Tag("expect")]
    | Annotated[SameCheck, Tag("same")],
    Discriminator(
        _check_kind,
        custom_error_type="check_kind",
        custom_error_message="a check needs one of the keys: " + ", ".join(CHECK_KEYS),
    ),
]


class FactFile(BaseModel):
    """A fact file: the claims of one article and the relations between them."""

    model_config = ConfigDict(
        extra="forbid",
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
    claims: dict[ClaimId, Claim] = Field(default_factory=dict)
    checks: list[Check] = Field(default_factory=list)
