"""The places known by name: the provinces, the prefecture cities, the counties and districts
often in the news, and the nation under its names (全国, 中国, 我国). Read by the figure reader (a
list of places before a count) and by discovery (where a figure belongs)."""

from __future__ import annotations

__all__ = ["CITIES", "NAME_FIRST", "NATION", "PROVINCES", "SUFFIX", "is_place_name", "known_name"]

PROVINCES: tuple[str, ...] = tuple((
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split())
CITIES: tuple[str, ...] = tuple((
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 "
    "阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 "
    "通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 "
    "丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 长春 辽源 通化 松原 "
    "白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 "
    "牡丹江 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 "
    "镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 "
    "丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 "
    "亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 "
    "景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 "
    "枣庄 东营 烟台 潍坊 济宁 威海 临沂 德州 聊城 滨州 菏泽 郑州 "
    "开封 洛阳 平顶山 安阳 鹤壁 焦作 濮阳 许昌 漯河 三门峡 南阳 "
    "商丘 信阳 周口 驻马店 济源 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 "
    "荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 "
    "益阳 郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 "
    "湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 "
    "云浮 南宁 柳州 桂林 梧州 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 "
    "海口 三亚 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 "
    "南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 毕节 "
    "铜仁 昆明 曲靖 玉溪 昭通 丽江 临沧 西双版纳 拉萨 日喀则 林芝 西安 "
    "铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 兰州 嘉峪关 金昌 天水 武威 "
    "张掖 平凉 酒泉 庆阳 定西 陇南 西宁 银川 石嘴山 吴忠 固原 中卫 "
    "乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 "
    # counties, county-level cities and districts often in the news
    "昆山 江阴 张家港 常熟 太仓 宜兴 义乌 玉环 余姚 慈溪 诸暨 乐清 瑞安 温岭 晋江 石狮 福清 南安 神木 "
    "海淀 浦东 滨海新区 雄安 顺德 南山 福田 宝安 龙岗 余杭 萧山 鄞州 江宁 "
    "粤港澳大湾区 长三角 珠三角 京津冀"
).split())
#: one country under every name: 全国 is the nation's figure, never a province's
NATION = {"全国": "全国", "中国": "全国", "我国": "全国", "国内": ""}
_NAMES = sorted({*PROVINCES, *CITIES, *NATION}, key=len, reverse=True)
_NAME_SET = frozenset(_NAMES)
#: the lengths of the known names that start with each character, longest first
_LENGTHS_BY_FIRST: dict[str, tuple[int, ...]] = {
    first: tuple(sorted({len(n) for n in _NAMES if n[0] == first}, reverse=True))
    for first in {n[0] for n in _NAMES}}
#: the characters a known name starts with: where no name can start, :func:`known_name` is ''
NAME_FIRST = frozenset(_LENGTHS_BY_FIRST)
#: what may follow a name (江苏省, 昆山市, 海淀区, 宜兴县)
SUFFIX = "省市区县"


def known_name(text: str, i: int) -> str:
    """The longest known place name at text[i:], or '' (a set lookup per length of the names
    that start with text[i]: a regex of every name costs 20 ms to compile at start-up)."""
    for n in _LENGTHS_BY_FIRST.get(text[i:i + 1], ()):
        word = text[i:i + n]
        if len(word) == n and word in _NAME_SET:
            return word
    return ""


def is_place_name(word: str) -> bool:
    """A province or city known by name, with or without its 省/市/区/县 (陕西, 广东省, 昆山市)."""
    return word in _NAME_SET or (len(word) > 2 and word[-1] in SUFFIX and word[:-1] in _NAME_SET)
