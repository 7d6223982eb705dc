"""Finding people in a text: a surname with a title (张工, 刘主任, 王经理, 李总, 陈老师, Mr Smith,
Ms. Li), and names that are only likely (王建国经理, 小王, "Sarah said") — those are flagged for the
user to confirm, never decided silently.

A Chinese surname is often also an ordinary word (方, 于, 高, 时, 周…): 我方经理, 由于工程师,
本周工作. Such surnames are flagged instead of replaced, and the commonest words they make are
recognised and left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# The commonest single-character surnames (百家姓 by frequency), without the few that are far more
# often a word than a name when they stand before a title (区 in 大区经理, 班 in 班主任, 师, 米…).
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
) - set("区班师米单解查和")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "慕容", "皇甫", "令狐", "夏侯", "公孙")
# Surnames that are more often a word: before a title they are flagged, not replaced.
AMBIGUOUS = set("方于高向原常时文安全平成包任应同强万明金江石关易谷路连车商华")
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(sorted(SURNAMES)) + "])"

# Titles after a surname, longest first; a one-character title must not run on into a word.
_TITLES = sorted(
    _words(
        """董事长 总经理 副总经理 副总裁 总裁 总监 总工 副总 经理 副经理 主任 副主任 处长 副处长
    科长 局长 部长 厅长 院长 副院长 校长 副校长 行长 所长 站长 厂长 队长 组长 主管 主席 书记
    秘书 助理 老师 教授 博士 医生 大夫 护士长 护士 律师 会计 出纳 师傅 先生 女士 小姐 工程师
    专员 顾问 架构师 科员 干事 老板 总 工 董"""
    ),
    key=len,
    reverse=True,
)
_TITLE = "(?:" + "|".join(_TITLES) + ")"
_NOT_AFTER_TITLE = {
    "工": set("作程具资单期厂人艺序位时伤会商科业地件种号装艺友"),
    "总": set("结体计共数额量算线括之是的部表账"),
    "董": set("事"),
}
# Words a surname and a title make that are not people.
NOT_PEOPLE = {"施工", "包工", "童工", "监工", "化工", "竣工", "开工", "完工", "施工方"}
# A character before a surname that makes a word of it: 实施, 我方, 本周, 由于, 临时, 提高…
_WORD_BEFORE = {
    "施": set("实措设"),
    "方": set("对我双甲乙各多官地三他买卖一校院厂警资劳军贵本该哪东西南北前后上下左右"),
    "周": set("本上下每一两四这那当各同整"),
    "时": set("同及准按随临实定超届平当暂小有按"),
    "于": set("等由对关至属处位基用在终过易高低大小多少早晚乐急便善敢忙限鉴出源归趋免"),
    "高": set("提较很最太偏过更升调增拔"),
    "安": set("公平保治不晚"),
    "强": set("加坚很最增较"),
    "常": set("经非正异日通反无照寻"),
    "程": set("工过流进课规议全日行"),
    "任": set("责主信担就上现前历继兼新"),
    "管": set("主监托保分接代看总"),
    "明": set("说证表声查透分发阐标注简"),
    "成": set("完形组构达促造生变构"),
    "全": set("安完健齐"),
    "应": set("响对相适供反答回效理"),
    "江": set("长"),
    "金": set("资现基租押奖"),
    "华": set("中精豪繁升"),
    "何": set("任如为几奈"),
    "席": set("首主出列缺酒坐"),
}
# Characters that do not appear in given names: they end a name ("李娜的电话", "王芳要求").
_NOT_IN_GIVEN = set(
    "的了是在和与及或也都就而但把被让给向从对于为以之其这那个们他她我你您它有无不没很太更最已将会"
    "能可要该此每各某些本任何项目部门公司客户系统数据问题工作时间方面处理负责技术产品服务业务财务"
    "人员领导团队现场需求案说表示反映馈称认提出投诉抱怨来电回复确签指强调询问答应发邮件群里找联"
    "经理主任总监老师工程先生女士医院校长处科局组到去过又再还只才"
    "档案件据库表单统码版页面功能模块口序配置参数器络境测试需求审批告权限账份级迁移索引询脚骤项"
    "全疑"
)
_GIVEN = f"(?:(?![{''.join(sorted(_NOT_IN_GIVEN))}])[{_CJK}])"
_SPEECH = (
    "说道|说|表示|反映|反馈|称|认为|要求|提出|投诉|抱怨|来电|致电|打电话|回复|确认|同意|签字|指出"
    "|强调|质问|询问|问|答应|发来|发邮件|在群里|找到|打来"
)
_NOT_AFTER_SPEECH = {"说": set("明法服"), "问": set("题"), "称": set("为号呼")}
_INTRO = "(?:联系人|对接人|负责人|经办人|接口人|申请人|患者|家长|同事|领导|客户方?)[：:]?"

_CN_TITLED = re.compile(f"(?=({_SURNAME})({_GIVEN}{{0,2}}?)({_TITLE}))")
_CN_SPEAKING = re.compile(f"(?=({_SURNAME}{_GIVEN}{{1,2}}?)(?:{_SPEECH}))")
_CN_INTRODUCED = re.compile(
    f"{_INTRO}({_SURNAME}{_GIVEN}{{1,2}})(?![{_CJK}])|{_INTRO}({_SURNAME}{_GIVEN}{{1,2}}?)(?=的|{_SPEECH})"
)
_CN_FAMILIAR = re.compile(f"[小老]({_SURNAME})")
_FAMILIAR_NOT = set("时于方高白车龙马金项程毛范游康")  # 小时, 小程序, 老毛病, 小范围…

# --- English ----------------------------------------------------------------------------------
_CAP = r"[A-Z][a-z]+(?:[\-'][A-Z]?[a-z]+)?"
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Mister)\.?\s+"
    + rf"(?:{_CAP}|[A-Z]\.)(?:\s+{_CAP})?"
)
_EN_SPEECH = (
    r"said|says|asked|called|complained|wrote|replied|emailed|e-mailed|phoned|mentioned|reported"
    r"|told|confirmed|insisted|demanded|threatened|escalated|rang|noted|explained|agreed|refused"
    r"|promised|warned|shouted|yelled|argued|claimed|sent|signed"
)
_EN_SPEAKING = re.compile(rf"\b({_CAP}(?:\s+{_CAP})?)\s+(?:{_EN_SPEECH})\b")
_EN_INTRODUCED = re.compile(
    r"\b(?i:contact|contact person|manager|director|engineer|head|CIO|CTO|CFO|CEO|colleague"
    r"|supervisor|nurse|doctor|teacher|principal|officer|administrator|admin|user|lead|owner"
    r"|accountant|clerk)\s*[,:]?\s+" + rf"({_CAP}(?:\s+{_CAP})?)"
)
FIRST_NAMES = set(
    _words(
        """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward
    Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin
    Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry
    Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold
    Keith Christian Roger Noah Gerald Carl Terry Sean Arthur Lawrence Jesse Dylan Bryan Joe
    Albert Logan Randy Ralph Roy Eugene Wayne Louis Philip Bobby Johnny Tom Tim Jim Bob Mike
    Dave Steve Chris Alex Sam Ben Dan Nick Tony Raj Ahmed Mohammed Oliver Harry Leo Oscar
    Liam Lucas Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen
    Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol
    Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley
    Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel
    Catherine Carolyn Janet Ruth Maria Heather Diane Julie Joyce Olivia Kelly Christina
    Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria
    Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Sophie Sophia
    Chloe Lucy Kate Jane Priya Anita Sofia Isabella Mia Charlotte Amelia Ella Wendy Vivian
    Irene Cindy Jenny Tina Annie Kevin Jason Vincent Eddie Frankie Ivy Cathy Lily"""
    )
)
PINYIN_SURNAMES = set(
    _words(
        """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Yu Du Ye
    Cheng Su Wei Lu Ding Ren Shen Yao Cui Zhong Tan Wan Jin Shi Liao Jia Xia Fu Fang Bai Zou
    Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Tao Mao Hao Gong Shao Qian Kong Kang Niu Qi
    Yi Qiao Zhuang Nie Zhang Ouyang Situ Shangguan Zhuge"""
    )
)
_EN_STOP = set(
    _words(
        """The This That These Those We They He She It I You Our Their His Her Its My Your Then
    Later After Before When While Since Because Also And But Or So If Yesterday Today
    Tomorrow Customer Client Customers Clients Support Finance Sales Management Team
    Everyone Nobody Someone Somebody Who Which What Where Nothing Everything Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Our Project Manager Engineer Director
    Department Operations Operation System Systems Service Head IT Dear Hello Hi Thanks
    Thank Regards Please Note Warehouse Claims Digital Flight Ops Patient One Two Three Four
    Five Six Seven Eight Nine Ten First Second Last Next Every Each All Both Finally
    Meanwhile However Still Again Once Only Even Just Now Here There Internal External"""
    )
)


@dataclass(frozen=True)
class PersonMatch:
    start: int
    end: int
    sure: bool
    title: str = ""  # the Chinese title kept in the placeholder: 某经理
    # characters that make a word of it when they come just before or after (我方工程师, 本周工作):
    # wherever the same text is replaced, it is not replaced next to these
    not_before: str = ""
    not_after: str = ""


def _cn_titled(text: str) -> list[PersonMatch]:
    found: list[PersonMatch] = []
    for match in _CN_TITLED.finditer(text):
        surname, given, title = match.group(1), match.group(2), match.group(3)
        start = match.start(1)
        end = match.end(3)
        after = text[end : end + 1]
        if after and after in _NOT_AFTER_TITLE.get(title, set()):
            continue
        if surname + title in NOT_PEOPLE or text[start:end] in NOT_PEOPLE:
            continue
        before = text[start - 1 : start] if start else ""
        if before and before in _WORD_BEFORE.get(surname, set()):
            continue
        sure = not given and surname not in AMBIGUOUS
        found.append(
            PersonMatch(
                start,
                end,
                sure,
                title,
                "".join(sorted(_WORD_BEFORE.get(surname, set()))),
                "".join(sorted(_NOT_AFTER_TITLE.get(title, set()))),
            )
        )
    return found


def _cn_likely(text: str) -> list[PersonMatch]:
    found: list[PersonMatch] = []
    for match in _CN_SPEAKING.finditer(text):
        name = match.group(1)
        start, end = match.start(1), match.end(1)
        verb_at = text[end : end + 1]
        if text[end + 1 : end + 2] in _NOT_AFTER_SPEECH.get(verb_at, set()):
            continue
        before = text[start - 1 : start] if start else ""
        if before and before in _WORD_BEFORE.get(name[0], set()):
            continue
        found.append(PersonMatch(start, end, False))
    for match in _CN_INTRODUCED.finditer(text):
        group = 1 if match.group(1) else 2
        found.append(PersonMatch(match.start(group), match.end(group), False))
    for match in _CN_FAMILIAR.finditer(text):
        if match.group(1) in _FAMILIAR_NOT:
            continue
        found.append(PersonMatch(match.start(), match.end(), False))
    return found


def _strip_stop_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop capitalised ordinary words from the front of a name ("Then Sarah" → "Sarah")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group(0) in _EN_STOP:
        words.pop(0)
    if not words or any(word.group(0) in _EN_STOP for word in words):
        return None
    return start + words[0].start(), start + words[-1].end()


def _en_people(text: str) -> list[PersonMatch]:
    found = [PersonMatch(m.start(), m.end(), True) for m in _HONORIFIC.finditer(text)]
    for pattern in (_EN_SPEAKING, _EN_INTRODUCED):
        for match in pattern.finditer(text):
            span = _strip_stop_words(text, match.start(1), match.end(1))
            if span:
                found.append(PersonMatch(*span, False))
    for match in re.finditer(rf"\b({_CAP})(?:\s+({_CAP}))?", text):
        first, second = match.group(1), match.group(2)
        if first in FIRST_NAMES and second not in _EN_STOP:
            found.append(PersonMatch(match.start(), match.end(), False))
        elif first in FIRST_NAMES:
            found.append(PersonMatch(match.start(1), match.end(1), False))
        elif (
            second
            and second not in _EN_STOP
            and first not in _EN_STOP
            and (first in PINYIN_SURNAMES or second in PINYIN_SURNAMES)
        ):
            found.append(PersonMatch(match.start(), match.end(), False))
    return found


def find_people(text: str) -> list[PersonMatch]:
    """People named in the text: sure ones (a surname with a title, an honorific with a name) and
    likely ones to confirm. Of overlapping matches a sure one wins, then the shorter."""
    candidates = _cn_titled(text) + _cn_likely(text) + _en_people(text)
    chosen: list[PersonMatch] = []
    for match in sorted(candidates, key=lambda m: (not m.sure, m.end - m.start, m.start)):
        if all(match.end <= other.start or match.start >= other.end for other in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)
