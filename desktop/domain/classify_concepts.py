"""What customers talk about, in the many ways they say it, and where a sentence puts its weight.

A concept (§no_reply) stands for every phrasing of one thing (没人回, 已读不回, 石沉大海, "nobody
got back to us"): the model learns one weight for all of them, so a phrasing the corpus lacks is
still understood. The phrases are matched in the normalised text (lower case, half-width); an
English phrase matches at the start of a word, so "confus" covers confused and confusing.

Customers often say what they do not mind before what they do ("修好了，谢谢。但……五天没人回",
"the fix was fine; the problem is…"): words after a turn (但是, 问题是, "what we cannot accept")
weigh more, words in a clause that settles something (没毛病, 能理解, "no complaint there") less.
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, tuple[str, ...]] = {
    # technical
    "error": (
        "报错", "出错", "错误", "异常", "崩", "闪退", "白屏", "黑屏", "死机", "打不开", "进不去",
        "登不上", "登录不了", "点不动", "没反应", "用不了", "不能用", "失灵", "挂了", "宕机",
        "故障", "bug", "error", "crash", "won't open", "will not open", "doesn't open",
        "can't log", "cannot log", "blank screen", "exception", "broken", "not working",
        "stopped working", "fails", "failed", "failure", "glitch", "does nothing", "greyed out",
    ),
    "wrong_result": (
        "算错", "不对", "对不上", "不准", "错了", "多算", "少算", "差了", "重复", "金额", "数不对",
        "不一致", "负数", "wrong", "incorrect", "mismatch", "doesn't match", "don't match",
        "does not match", "off by", "double", "duplicat", "miscalculat", "negative", "rounding",
        "discrepanc",
    ),
    "slow": (
        "慢", "卡", "转圈", "等半天", "半天", "分钟", "秒", "超时", "加载", "跑不完", "跑了",
        "小时才", "排队", "slow", "lag", "freez", "hang", "spinning", "takes ages", "timeout",
        "timed out", "time out", "minutes", "seconds", "loading", "sluggish", "crawl", "queue",
    ),
    "interface": (
        "接口", "对接", "同步", "推送", "回传", "传不过去", "传不到", "没传", "下发", "上传",
        "对账", "医保", "人行", "银联", "第三方", "中间件", "两边", "api", "interface",
        "integration", "sync", "feed", "webhook", "edi", "middleware", "upstream", "downstream",
        "gateway", "handshake", "push", "between the two", "other system", "transmit",
    ),
    "data_gone": (
        "数据没了", "不见了", "丢了", "丢失", "消失", "覆盖", "清空", "找不回", "恢复不了", "没了",
        "删了", "删除", "备份", "回滚", "missing record", "disappear", "vanish", "gone", "lost",
        "wiped", "overwrit", "deleted", "restore", "backup", "rollback", "erased", "blank now",
    ),
    "setup": (
        "权限", "角色", "配置", "证书", "过期", "授权", "许可", "浏览器", "兼容", "打印", "扫码枪",
        "驱动", "安装", "乱码", "信创", "国产", "安全", "漏洞", "permission", "access right",
        "role", "config", "certificate", "expired", "licen", "browser", "compatib", "printer",
        "print", "scanner", "driver", "install", "encoding", "security", "vulnerab", "garbled",
    ),
    # communication
    "no_reply": (
        "没人回", "没回", "不回", "没回复", "没人理", "没人管", "没人接", "不接", "石沉大海",
        "没动静", "没人给个说法", "没有回音", "几天了", "到现在", "一直没", "找不到人", "联系不上",
        "打不通", "已读不回", "催了", "打了三次", "打了好几", "no reply", "no response",
        "no answer", "nobody answer", "not answer", "got back", "get back", "heard back",
        "haven't heard", "still waiting", "chase", "chasing", "unanswered", "voicemail",
        "ignored", "anyone there", "days later", "reply", "respond",
    ),
    "unclear": (
        "说不清", "讲不清", "听不懂", "不明白", "搞不懂", "没说明白", "解释", "说法不一",
        "前后矛盾", "一会说", "又说", "术语", "云里雾里", "一头雾水", "什么意思",
        "到底是", "三个说法",
        "confus", "unclear", "explain", "explanation", "jargon", "contradict", "makes no sense",
        "don't understand", "do not understand", "couldn't tell", "vague", "technical terms",
        "what does", "different answer", "baffl", "lost us",
    ),
    "not_told": (
        "没通知", "不通知", "没告诉", "没人告诉", "没说一声", "说一声", "事先", "提前", "主动",
        "被动", "推一下", "才知道", "我们自己发现", "自己查", "发现的", "没人提醒", "预警", "汇报",
        "进展", "never told", "didn't tell", "not told", "without warning", "no warning",
        "heads up", "heads-up", "found out", "discovered", "proactive", "update us",
        "status update", "keep us informed", "in the dark", "had to ask", "only when we ask",
        "nobody warned", "let us know",
    ),
    "brushed_off": (
        "敷衍", "应付", "糊弄", "走过场", "推脱", "踢皮球", "推来推去", "推给", "甩锅", "不了了之",
        "没下文", "关单", "关闭", "重启", "模板", "复制粘贴", "套话", "答应", "承诺", "兑现",
        "一句话", "打发", "brushed off", "fobbed off", "canned", "copy-paste", "copy paste",
        "template", "closed the ticket", "closed as", "restart", "reboot", "passing the buck",
        "pass the buck", "not our problem", "promised", "promise", "lip service", "generic",
        "same answer", "box-ticking",
    ),
    # process
    "late": (
        "上线", "节点", "验收", "里程碑", "工期", "推迟", "延后", "往后挪", "拖", "延期", "说好",
        "月底了", "还没上", "什么时候能", "排期", "进度", "计划", "时间表", "交付", "go-live",
        "go live", "milestone", "deadline", "schedule", "slipped", "slip", "pushed back",
        "postpone", "delay", "late", "behind", "overdue", "timeline", "due date", "weeks ago",
        "rollout", "roll-out", "cutover", "acceptance", "deliver", "when will",
    ),
    "no_docs": (
        "文档", "手册", "说明书", "操作说明", "指南", "书面", "资料", "材料", "纪要", "会议记录",
        "交接", "设计文档", "测试报告", "发布说明", "写下来", "白纸黑字", "记录", "步骤", "截图",
        "documentation", "document", "manual", "guide", "written", "in writing", "minutes",
        "handover", "hand-over", "release notes", "test report", "sop", "step-by-step",
        "instructions", "materials", "user guide", "specification", "spec", "write-up",
    ),
    "changed": (
        "改了", "改来改去", "变了", "变更", "换了", "换人", "调走", "新版本", "版本", "升级后",
        "更新后", "需求", "范围", "没经过", "未经", "擅自", "私自", "审批", "又改", "推翻",
        "changed", "change", "without approval", "without telling", "unannounced", "version",
        "new release", "after the update", "scope", "requirement", "swapped", "replaced",
        "new consultant", "revert", "moved the", "renamed", "sign-off", "signed off",
    ),
    # attitude
    "spoke_badly": (
        "语气", "口气", "说话", "太冲", "很冲", "挺冲", "冲我", "冲着", "凶", "吼", "骂", "训人",
        "训斥", "被训", "训了", "难听", "甩脸色", "脸色", "呛",
        "阴阳怪气", "没礼貌", "不礼貌", "态度", "嫌", "怼", "怪我们", "赖我们", "指责", "哭",
        "tone", "rude", "snapped", "shout", "yell", "raised his voice", "raised her voice",
        "swore", "harsh", "curt", "blamed", "scold", "told off", "attitude", "disrespect",
        "sarcas", "unprofessional", "snide", "bark", "in tears", "humiliat",
    ),
    "impatient": (
        "不耐烦", "打断", "挂电话", "挂了电话", "叹气", "说过了", "说了多少遍", "自己看", "别问",
        "没时间", "赶时间", "匆匆", "急着", "不等", "不听", "再清一遍", "impatient", "interrupt",
        "cut me off", "cut us off", "cut her off", "cut him off", "hung up", "sigh", "rushed",
        "hurry", "already told", "i told you", "read the manual", "no time", "wouldn't listen",
        "would not listen", "didn't let", "rolled his eyes", "rolled her eyes", "checking his",
    ),
    "looked_down": (
        "看不起", "瞧不起", "高高在上", "傲慢", "不懂", "外行", "不会用", "水平", "素质",
        "教育我们", "自以为", "不屑", "就是这么设计", "爱用不用", "就是这样",
        "小白", "condescend", "arrogant",
        "patronis", "patroniz", "looked down", "look down", "talk down", "talked down",
        "know better", "don't know how", "lecture", "dismiss", "take it or leave it",
        "how it works", "by design", "amateur", "novice", "basic question", "smirk",
    ),
}

# a concept's word inside a phrase that means something else: a point in time (上线第一天 is
# not a late go-live), a file (报表模板 is not a canned reply). Matched first, and not counted.
NOT_CONCEPTS: tuple[str, ...] = (
    "上线第一天", "上线当天", "上线那天", "上线后", "上线以后", "上线之后", "刚上线", "自上线",
    "报表模板", "打印模板", "导入模板", "导出模板", "单据模板", "凭证模板", "模板配置",
    "模板文件", "模板格式", "since go-live", "since go live", "after go-live", "after go live",
    "on go-live day", "report template", "print template", "import template",
)

# a turn: what follows, to the end of the sentence, is what the customer minds most
FOCUS: tuple[str, ...] = (
    "但是", "但", "可是", "问题是", "关键是", "主要是", "真正", "在乎的是", "怕的是", "气的是",
    "生气的是", "最让", "不能接受", "受不了", "而是", "就是", "结果", "but", "however",
    "the problem is", "the issue is", "the real", "cannot accept", "can't accept", "what i mind",
    "what bothers", "what upset", "what annoy", "my complaint is", "the point is", "what we mind",
    "what i cannot", "what i can't", "what really",
)
# a settling word: its own clause weighs less (the customer puts it aside)
SETTLED: tuple[str, ...] = (
    "没问题", "没毛病", "没什么问题", "没什么毛病", "没啥问题", "没啥毛病", "不是问题", "还行",
    "还好", "能理解", "可以理解", "不怕", "不在乎",
    "先不说", "就算了", "也就算了", "认了", "修好了", "解决了", "谢谢", "挺好", "不是怪", "is fine",
    "was fine", "were fine", "are fine", "no complaint", "not the issue", "not the problem",
    "i understand", "we understand", "i don't mind", "we don't mind", "can live with",
    "fair enough", "that's ok", "that's fine", "aside", "apart from", "to be fair",
    "got fixed", "was fixed", "works now", "i get that", "not a speed", "not complaining",
)
FOCUS_WEIGHT = 2.0
SETTLED_WEIGHT = 0.4
# fmt: on
