"""The shorter names a customer goes by: 华信银行 is "华信" in a complaint,
杭州西湖数字科技集团有限公司 is "西湖数字", Northwind Traders Ltd is "Northwind".

Short names are derived by taking off what says the kind of organisation (有限公司, 集团, 银行,
Ltd, Traders…) and the place at the front (杭州, 浙江省…). A short name that is only a place or an
ordinary word (杭州 of 杭州银行, "Global" of Global Systems) is not sure: it is flagged for the user
to confirm. Aliases the user gives are always sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.validation import clean_text


def _words(text: str) -> list[str]:
    return text.split()


_CN_SUFFIXES = sorted(
    _words(
        """股份有限公司 有限责任公司 有限公司 集团公司 集团 控股 股份 总公司 分公司 公司 总行 分行
    支行 银行 农商行 信用社 医院 卫生院 诊所 医疗 学校 大学 学院 中学 小学 幼儿园 研究院
    研究所 实验室 科技 技术 信息 网络 数字 数据 数科 软件 电子 智能 智慧 实业 贸易 商贸 物流
    快递 地产 置业 房地产 保险 证券 基金 能源 电力 制造 制药 医药 药业 电商 传媒 文化 教育
    咨询 服务 管理 工程 建设 建筑 发展 投资 国际 中心 局 厅 委员会 政府 事务所 商场 超市
    酒店 餐饮 物业 航空 运输 汽车 电器 电气 机械 化工 食品 百货 零售 产业 人民 第一 第二
    第三 有限 分部 精密 机电 重工 光电 新材料 材料 生物 环保 通信 半导体 集成电路 纺织 服饰 家居
    照明 光学 仪器 设备 装备 自动化 新能源 环境 水务 燃气 热力 供应链 租赁 物产 粮油 乳业 酒业
    钢铁 矿业 化学 塑料 包装 印刷 出版 影视 旅游 体育 健康 养老 医疗器械 药房 连锁 人力资源
    信息技术 网络科技 数码 科创 创新 行政服务 服务中心 政务 会计师事务所 律师事务所 会计师 律师
    设计院 设计研究院 规划院 勘察院 监理 高速公路 公路 铁路 港务 机场 航运 交通 交投 城投 建工
    路桥"""
    ),
    key=len,
    reverse=True,
)
_CN_SUFFIX_SET = set(_CN_SUFFIXES)
# Provinces, the biggest cities and a few words that name a region or nothing in particular.
PLACES = set(
    _words(
        """北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北
    湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
    石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 成都
    贵阳 昆明 西安 兰州 西宁 呼和浩特 南宁 拉萨 银川 乌鲁木齐 深圳 苏州 宁波 青岛 厦门 大连
    无锡 佛山 东莞 温州 绍兴 嘉兴 金华 台州 常州 南通 徐州 烟台 珠海 中山 惠州 泉州 洛阳
    华东 华南 华北 华中 西南 西北 东北 中国 中华 全国 国家 人民 第一 东方 西部 南方 北方
    亚太 滨江 西湖 浦东 朝阳 海淀 天河 福田 南山 江南 江北 城东 城西 城南 城北"""
    )
)
# the branch's city comes before 分行: 中国银行股份有限公司杭州分行
_CN_TRAILING = sorted(set(_CN_SUFFIXES) | PLACES, key=len, reverse=True)
_PLACE_PREFIX = re.compile(
    "^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + ")(?:省|市|自治区|特别行政区|区|县)?"
)
_EN_SUFFIXES = {
    word.lower()
    for word in _words(
        """Ltd Ltd. Limited Inc Inc. Incorporated LLC L.L.C. LLP PLC Co Co. Company Corp Corp.
    Corporation Group Holdings Holding GmbH AG SA S.A. BV B.V. Pty NV Traders Trading
    Technologies Technology Tech Software Systems Solutions Services Consulting Health
    Healthcare Hospital Hospitals Clinic Clinics School Schools University College Academy
    Bank Insurance Logistics Airlines Airways Air Energy Manufacturing Industries Industrial
    International Labs Laboratories Media Partners Enterprises Networks Electronics Motors
    Foods Pharma Pharmaceuticals Retail Stores Hotels Properties Capital Investments Finance
    Financial Securities Telecom Communications Engineering Construction Works & and of the
    District Council Authority Department Agency Trust Foundation Association Society Research
    Importers Exporters Winery Brewery Restaurants Stores Supermarkets Utilities Publishing
    Publishers Press Books Studios Entertainment Games Tours Realty Pictures"""
    )
}
# Words a company name may start with that are too ordinary to replace everywhere unasked.
_EN_ORDINARY = set(
    _words(
        """adventure global national general united first city central new great royal pacific
    standard premier eastern western northern southern american china chinese asia asian
    euro european digital smart data cloud blue green red golden silver star sun best prime
    alpha delta apex summit pioneer liberty heritage capital metro modern future advanced
    universal international world express direct active simple open total quality trust
    state county community public medical health care home bank school"""
    )
)


@dataclass(frozen=True)
class ShortName:
    name: str
    sure: bool


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _strip_cn(name: str) -> list[str]:
    """The name with suffixes taken off one at a time: every step is a name people use."""
    steps = []
    current = re.sub(r"[（(][^）)]*[）)]", "", name).strip()
    while True:
        for suffix in _CN_TRAILING:
            if current.endswith(suffix) and len(current) - len(suffix) >= 2:
                current = current[: -len(suffix)]
                steps.append(current)
                break
        else:
            return steps


def _only_kind_words(form: str) -> bool:
    """True when nothing is left of the form but words that say the kind of organisation."""
    return ([form, *_strip_cn(form)])[-1] in _CN_SUFFIX_SET


def _cn_short_names(name: str) -> list[ShortName]:
    forms = _strip_cn(name)
    without_place = []
    for form in [name, *forms]:
        place = _PLACE_PREFIX.match(form)
        if not place or len(form) - place.end() < 2:
            continue
        rest = form[place.end() :]
        if any(rest.startswith(suffix) for suffix in _CN_SUFFIXES):
            continue  # 东方制造集团 without 东方 is only 制造集团: no name is left
        without_place += [rest, *_strip_cn(rest)]
    result: list[ShortName] = []
    places: list[str] = []
    for form in [*forms, *without_place]:
        if len(form) < 2 or form == name or form in _CN_SUFFIX_SET:
            continue
        if _PLACE_PREFIX.fullmatch(form):
            places.append(form)
        else:
            result.append(ShortName(form, sure=not _only_kind_words(form)))
    if not any(short.sure for short in result) and forms and forms[-1] in places:
        # 杭州银行 may be "杭州" in the text, or the city: the user says which
        result.append(ShortName(forms[-1], sure=False))
    return result


def _en_short_names(name: str) -> list[ShortName]:
    words = name.replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    result: list[ShortName] = []
    # "Bank of Ningbo": the place after "of" is a short name too, and not a sure one
    lowered = [word.lower() for word in words]
    if "of" in lowered:
        after = " ".join(words[lowered.index("of") + 1 :])
        if after:
            result.append(ShortName(after, sure=False))
        words = words[: lowered.index("of")]
    while len(words) > 1 and words[-1].lower().rstrip(".") in {w.rstrip(".") for w in _EN_SUFFIXES}:
        words = words[:-1]
        form = " ".join(words)
        if len(form) >= 3 and form != name:
            ordinary = len(words) == 1 and words[0].lower() in _EN_ORDINARY
            result.append(ShortName(form, sure=not ordinary))
    return result


def short_names(name: str) -> list[ShortName]:
    """Shorter names derived from a customer's name, longest first, without repeats."""
    name = " ".join(name.split())
    if not name:
        return []
    derived = _cn_short_names(name) if _is_cjk(name) else _en_short_names(name)
    seen: dict[str, ShortName] = {}
    for short in derived:
        key = short.name.casefold()
        if key == name.casefold():
            continue
        known = seen.get(key)
        seen[key] = ShortName(short.name, short.sure or (known is not None and known.sure))
    return sorted(seen.values(), key=lambda s: len(s.name), reverse=True)


MAX_ALIASES = 50


def clean_aliases(customer: str, aliases: str | Iterable[str]) -> list[str]:
    """The user's other names for a customer, from a list or from text separated by commas,
    、 or semicolons: trimmed, each once, without the customer's own name; ValidationError when
    one is too long or there are too many."""
    if isinstance(aliases, str):
        aliases = re.split(r"[,，、;；\n]", aliases)
    cleaned: list[str] = []
    for alias in aliases:
        alias = clean_text("aliases", alias, multiline=False, limit=100)
        alias = " ".join(alias.split())
        if alias and alias != customer.strip() and alias not in cleaned:
            cleaned.append(alias)
    if len(cleaned) > MAX_ALIASES:
        raise ValidationError("aliases", "too_many_aliases", limit=MAX_ALIASES)
    return cleaned
