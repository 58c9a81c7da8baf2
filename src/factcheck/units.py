"""Units, their dimensions, and the magnitudes (万, 亿, …) written before them.

A :class:`Unit` converts a written number to its dimension's base unit (亩 → m², 万元 → 元 by the
magnitude, 吨 → kg). Units of one dimension with different bases (元 and 美元, 天 and 月) never
convert into each other: the tool refuses to guess an exchange rate or a month length.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from .patterns import later
from .values import Value

__all__ = [
    "DIMENSION_KEYWORDS",
    "MAGNITUDE_CHARS",
    "MAGNITUDE_NAMES",
    "Unit",
    "compatible",
    "intensive",
    "lookup_unit",
    "magnitude_value",
    "normalise_traditional",
]


class Unit(Value):
    """A unit as written: its dimension, base unit and the factor to that base."""

    __slots__ = ("base", "dimension", "factor", "integer", "name")

    def __init__(self, name: str, dimension: str, base: str, factor: Fraction = Fraction(1),
                 integer: bool = False):
        self.name = name
        self.dimension = dimension
        self.base = base
        self.factor = factor
        self.integer = integer

    def _fields(self) -> tuple:
        return (self.name, self.dimension, self.base, self.factor, self.integer)

    @property
    def key(self) -> tuple[str, str]:
        """Units with the same key can be converted into each other."""
        return (self.dimension, self.base)


def compatible(a: Unit, b: Unit) -> bool:
    """True when quantities in a and b can be added or compared."""
    return a.key == b.key


#: Dimensions of a level that holds at every part at once — a temperature, an age, a concentration —
#: never a sum of its parts.
_INTENSIVE = ("concentration", "temperature", "age")


def intensive(unit: Unit) -> bool:
    """A measure of a level, not an amount: a concentration (微克/立方米), a temperature, an age, or any
    amount per unit of another measure — a price (元/吨), a density (人/平方公里), a yield (公斤/亩).
    Such levels are means already: they are never summed, so no total of them divided by a count
    gives one. (An amount per head, 元/人, is an amount; a flow per year, 元/年, sums over people.)"""
    if unit.dimension in _INTENSIVE:
        return True
    per = unit.dimension.partition("/")[2]
    return per not in ("", "time")


def _u(names: str, dimension: str, base: str, factor: Fraction | int = 1, integer: bool = False):
    return {n: Unit(n, dimension, base, Fraction(factor), integer) for n in names.split()}


_COUNTERS = (
    "个 家 项 名 人 户 所 场 次 处 条 段 辆 套 床 座 栋 幢 间 只 头 台 件 批 位 支 届 期 轮 张 块 片 株 棵 "
    "部 款 架 艘 列 门 本 册 篇 起 宗 笔 单 口 匹 箱 盏 根 道 类 种 样 级 层 颗 枚 对 双 组 队 团 "
    "例 席 派 眼 地 省 省份 市 区 县 城 股 "
    "所学校 家企业 个项目 项工程 户家庭 名学生 位专家 处景点 场活动 条河道 段河道 片区 个村 "
    "个社区 个小区 个镇 个街道 辆车 台套 家次 项次 个点位 块地 宗地 个亿"
).split()

UNITS: dict[str, Unit] = {}
UNITS |= {
    n: Unit(n, "count", "count", Fraction(1), True) for n in _COUNTERS if n != "个亿"
}
UNITS |= _u("人次", "visits", "人次", integer=True)
UNITS |= _u("车次", "visits", "车次", integer=True)
UNITS |= _u("架次", "visits", "架次", integer=True)
UNITS |= _u("航次", "visits", "航次", integer=True)
UNITS |= _u("班次", "visits", "班次", integer=True)
UNITS |= _u("户次", "visits", "户次", integer=True)
UNITS |= _u("元 块钱 人民币 元人民币", "money", "元")
UNITS |= _u("美元", "money", "美元")
UNITS |= _u("欧元", "money", "欧元")
UNITS |= _u("港元 港币", "money", "港元")
UNITS |= _u("日元", "money", "日元")
UNITS |= _u("英镑", "money", "英镑")
UNITS |= _u("平方米 平米 m2 m²", "area", "m²")
UNITS |= _u("平方公里 平方千米 km2 km²", "area", "m²", 1_000_000)
UNITS |= _u("公顷", "area", "m²", 10_000)
UNITS |= _u("亩", "area", "m²", Fraction(10_000, 15))
UNITS |= _u("米", "length", "m")
UNITS |= _u("公里 千米 km", "length", "m", 1000)
UNITS |= _u("厘米", "length", "m", Fraction(1, 100))
UNITS |= _u("吨", "mass", "kg", 1000)
UNITS |= _u("千克 公斤 kg", "mass", "kg")
UNITS |= _u("克", "mass", "kg", Fraction(1, 1000))
UNITS |= _u("斤", "mass", "kg", Fraction(1, 2))
UNITS |= _u("千瓦时 度 kWh", "energy", "kWh")
UNITS |= _u("兆瓦时 MWh", "energy", "kWh", 1000)
UNITS |= _u("吉瓦时 GWh", "energy", "kWh", 1_000_000)
UNITS |= _u("太瓦时 TWh", "energy", "kWh", 1_000_000_000)
UNITS |= _u("千瓦 kW", "power", "kW")
UNITS |= _u("兆瓦 MW", "power", "kW", 1000)
UNITS |= _u("吉瓦 GW", "power", "kW", 1_000_000)
UNITS |= _u("瓦", "power", "kW", Fraction(1, 1000))
UNITS |= _u("立方米 方", "volume", "m³")
UNITS |= _u("升", "volume", "m³", Fraction(1, 1000))
UNITS |= _u("微克/立方米 μg/m³ μg/m3", "concentration", "μg/m³")
UNITS |= _u("毫克/立方米 mg/m³ mg/m3", "concentration", "μg/m³", 1000)
UNITS |= _u("毫克/升 mg/L", "concentration", "mg/L")
UNITS |= _u("天 日", "time", "天", integer=True)
UNITS |= _u("周 星期", "time", "天", 7, integer=True)
UNITS |= _u("小时", "time", "天", Fraction(1, 24))
UNITS |= _u("分钟", "time", "天", Fraction(1, 1440))
UNITS |= _u("秒", "time", "天", Fraction(1, 86400))
UNITS |= _u("月 个月", "time", "月", integer=True)
UNITS |= _u("季度 个季度", "time", "月", 3, integer=True)
UNITS |= _u("年", "time", "月", 12, integer=True)
UNITS |= _u("岁", "age", "岁")
UNITS |= _u("℃ °C 摄氏度", "temperature", "℃")
UNITS |= _u("标准箱 标箱 TEU", "count", "count", integer=True)
UNITS |= _u("% ％", "ratio", "ratio", Fraction(1, 100))
UNITS |= _u("‰", "ratio", "ratio", Fraction(1, 1000))
UNITS |= _u("‱", "ratio", "ratio", Fraction(1, 10000))
UNITS |= _u("成", "ratio", "ratio", Fraction(1, 10))
UNITS |= _u("百分点 个百分点 pp", "pp", "pp")
UNITS |= _u("千分点 个千分点", "pp", "pp", Fraction(1, 10))  # the change of a rate in ‰
UNITS |= _u("基点 个基点 bp", "pp", "pp", Fraction(1, 100))  # a basis point: a hundredth of a 百分点
UNITS |= _u("倍", "factor", "×")

NUMBER = Unit("", "number", "")

#: Words a fact file may use in ``units:`` to give a unit of its own a dimension.
DIMENSION_KEYWORDS = (
    "count visits number money area length mass energy power volume concentration time ratio"
).split()

#: Magnitude characters after an Arabic number, and their values.
MAGNITUDE_CHARS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
#: How a magnitude is written back (for display in the article's own unit).
MAGNITUDE_NAMES: dict[int, str] = {
    10**12: "万亿",
    10**8: "亿",
    10**7: "千万",
    10**6: "百万",
    10**4: "万",
    10**3: "千",
    10**2: "百",
    1: "",
}

_TRADITIONAL = str.maketrans(
    "萬億兩個項場處條輛戶畝噸頃張臺隻間屆筆門點週鐘時餘約達實現預計為於過貳參陸與圓數幾長減負僅額總進車級層單雙組隊團顆對種樣類體準標區鎮縣歲",
    "万亿两个项场处条辆户亩吨顷张台只间届笔门点周钟时余约达实现预计为于过贰叁陆与元数几长减负仅额总进车级层单双组队团颗对种样类体准标区镇县岁",
)


def normalise_traditional(text: str) -> str:
    """Map the traditional characters reprints use (萬 億 兩 個 …) to simplified ones."""
    return text.translate(_TRADITIONAL)


_MAGNITUDE_RE = later(r"[十百千]?(?:万亿|万|亿)?")


def magnitude_value(chars: str) -> int | None:
    """The value of a run of magnitude characters (万亿 → 10¹², 千万 → 10⁷), or None."""
    if not _MAGNITUDE_RE.fullmatch(chars):
        return None
    total = 1
    for ch in chars:
        total *= MAGNITUDE_CHARS[ch]
    return total


def lookup_unit(text: str, declared: Mapping[str, Unit] | None = None) -> Unit | None:
    """The unit named exactly ``text`` (declared units first), or None.

    Compound units ``A/B`` are understood when both parts are known; a count in the denominator
    is dimensionless (元/人 is money, as 人均 figures are).
    """
    if declared and text in declared:
        return declared[text]
    unit = UNITS.get(text)
    if unit is not None:
        return unit
    if "/" in text:
        num_text, _, den_text = text.partition("/")
        num = lookup_unit(num_text, declared) if num_text else NUMBER
        den = lookup_unit(den_text, declared)
        if num is None or den is None:
            return None
        if den.dimension == "count":
            return Unit(text, num.dimension, num.base, num.factor, False)
        if den.dimension == "time" and den.base == "月":
            # 元/年, 元/月: a flow per year, the way articles state incomes (77468元/年)
            return Unit(text, f"{num.dimension}/{den.dimension}", f"{num.base}/年",
                        num.factor * 12 / den.factor, False)
        return Unit(
            text,
            f"{num.dimension}/{den.dimension}",
            f"{num.base}/{den.base}",
            num.factor / den.factor,
            False,
        )
    return None


def known_unit_names() -> list[str]:
    """Every unit name the tool knows, for hints."""
    return sorted(UNITS)
