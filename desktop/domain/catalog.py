"""Bilingual words used outside the GUI as well: enum labels, validation messages, document words.

The GUI's own strings go through Qt Linguist (resources/i18n). These live here because the PDF
documents and the command line need them without Qt. A test checks both languages are complete.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from desktop.domain.catalog_data import DATA_WORDS
from desktop.domain.catalog_documents import DOCUMENT_WORDS
from desktop.domain.catalog_inbound import INBOUND_WORDS
from desktop.domain.enums import Language

# key: (English, 简体中文)
WORDS: dict[str, tuple[str, str]] = {
    # stages
    "Stage.1": ("Intake", "记录投诉"),
    "Stage.2": ("Classify", "识别类型"),
    "Stage.3": ("First response", "第一时间回应"),
    "Stage.4": ("Investigate", "深入调查"),
    "Stage.5": ("Plan & execute", "制定方案"),
    "Stage.6": ("Team", "团队协作"),
    "Stage.7": ("Repair", "关系修复"),
    "Stage.8": ("Close & learn", "总结归档"),
    "CaseStatus.draft": ("Draft", "草稿"),
    "CaseStatus.open": ("Open", "处理中"),
    "CaseStatus.closed": ("Closed", "已结案"),
    "Channel.phone": ("Phone", "电话"),
    "Channel.email": ("E-mail", "电子邮件"),
    "Channel.im": ("IM / WeChat", "即时通讯/微信"),
    "Channel.meeting": ("Meeting", "会议"),
    "Channel.ticket": ("Ticket", "工单"),
    "Channel.other": ("Other", "其他"),
    "Severity.low": ("Low", "低"),
    "Severity.medium": ("Medium", "中"),
    "Severity.high": ("High", "高"),
    "Severity.critical": ("Critical", "紧急"),
    "ComplaintType.technical": ("Technical", "技术类"),
    "ComplaintType.communication": ("Communication", "沟通类"),
    "ComplaintType.process": ("Process", "流程类"),
    "ComplaintType.attitude": ("Attitude", "态度类"),
    "Subtype.function_failure": ("Function not working", "功能无法使用"),
    "Subtype.performance": ("Performance bottleneck", "性能瓶颈"),
    "Subtype.interface_error": ("Interface error", "接口错误"),
    "Subtype.data_loss": ("Data loss", "数据丢失"),
    "Subtype.technical_other": ("Other technical", "其他技术问题"),
    "Subtype.slow_response": ("Slow response", "响应不及时"),
    "Subtype.unclear_explanation": ("Unclear explanation", "解释不清楚"),
    "Subtype.lack_of_initiative": ("Lack of initiative", "缺乏主动性"),
    "Subtype.perfunctory": ("Perfunctory handling", "敷衍了事"),
    "Subtype.schedule_delay": ("Schedule delay", "进度延期"),
    "Subtype.missing_documents": ("Missing documents", "文档缺失"),
    "Subtype.change_chaos": ("Change management chaos", "变更管理混乱"),
    "Subtype.harsh_tone": ("Harsh tone", "语气生硬"),
    "Subtype.impatience": ("Impatience", "不耐烦"),
    "Subtype.arrogance": ("Arrogance", "傲慢"),
    "Responsibility.product_defect": ("Our product defect", "我方产品缺陷"),
    "Responsibility.implementation": (
        "Our implementation / configuration",
        "我方实施/配置",
    ),
    "Responsibility.communication": ("Our communication", "我方沟通"),
    "Responsibility.customer": ("Customer side", "客户方"),
    "Responsibility.third_party": ("Third party", "第三方"),
    "Responsibility.shared": ("Shared", "多方共同"),
    "Responsibility.unknown": ("Not yet known", "尚未确定"),
    "FactorKind.technical_defect": ("Technical defect", "技术缺陷"),
    "FactorKind.configuration_error": ("Configuration error", "配置错误"),
    "FactorKind.human_oversight": ("Human oversight", "人为疏忽"),
    "FactorKind.requirement_changed": ("Requirement changed by customer", "客户需求变更"),
    "FactorKind.unclear_requirement": ("Unclear requirement", "需求不明确"),
    "FactorKind.communication_gap": ("Communication gap", "沟通断层"),
    "FactorKind.resource_shortage": ("Resource shortage", "资源不足"),
    "FactorNature.subjective": ("Subjective", "主观"),
    "FactorNature.objective": ("Objective", "客观"),
    "ActionHorizon.short_term": ("Short-term fix", "短期修复"),
    "ActionHorizon.mid_term": ("Mid-term optimisation", "中期优化"),
    "ActionHorizon.long_term": ("Long-term prevention", "长期预防"),
    "ActionStatus.planned": ("Planned", "计划中"),
    "ActionStatus.in_progress": ("In progress", "进行中"),
    "ActionStatus.done": ("Done", "已完成"),
    "ActionStatus.verified": ("Verified", "已验证"),
    "ActionStatus.cancelled": ("Cancelled", "已取消"),
    "CommitmentKind.first_response": ("First response", "首次回应"),
    "CommitmentKind.promise": ("Promise", "承诺"),
    "CommitmentKind.action": ("Action", "整改措施"),
    "CommitmentKind.progress_update": ("Progress update", "进展通报"),
    "CommitmentKind.follow_up": ("Follow-up visit", "回访"),
    "CommitmentKind.effectiveness_check": ("Effectiveness check", "效果验证"),
    "CheckResult.held": ("Held", "有效"),
    "CheckResult.failed": ("Failed: not effective", "失败：措施无效"),
    "CommitmentState.due": ("Due in {hours} h", "{hours} 小时后到期"),
    "CommitmentState.due_today": ("Due today", "今天到期"),
    "state.due_on": ("Due {date}", "{date} 到期"),
    "CommitmentState.overdue": ("Overdue", "已逾期"),
    "CommitmentState.kept_on_time": ("Kept on time", "按时兑现"),
    "CommitmentState.kept_late": ("Kept late", "逾期兑现"),
    "CommitmentState.paused": ("Paused", "已暂停"),
    "CommitmentState.cancelled": ("Cancelled", "已取消"),
    "CompensationKind.extended_maintenance": ("Extended free maintenance", "延长免费维护期"),
    "CompensationKind.training": ("Free training course", "免费培训课程"),
    "CompensationKind.onsite_support": ("On-site support days", "驻场支持天数"),
    "CompensationKind.discount": ("Discount", "折扣"),
    "CompensationKind.other": ("Other", "其他"),
    "EvidenceKind.file": ("File", "文件"),
    "EvidenceKind.note": ("Note", "文字记录"),
    "RequestStatus.asked": ("Asked", "已申请"),
    "RequestStatus.granted": ("Granted", "已批准"),
    "RequestStatus.refused": ("Refused", "未批准"),
    "EventKind.received": ("Complaint received", "收到投诉"),
    "EventKind.classified": ("Classified", "完成分类"),
    "EventKind.responded": ("First response given", "完成首次回应"),
    "EventKind.promise_made": ("Promise made", "做出承诺"),
    "EventKind.promise_kept": ("Promise kept", "兑现承诺"),
    "EventKind.promise_withdrawn": ("Promise withdrawn", "撤回承诺"),
    "EventKind.update_sent": ("Progress update sent", "通报进展"),
    "EventKind.action_added": ("Action added", "新增措施"),
    "EventKind.action_done": ("Action done", "措施完成"),
    "EventKind.escalated": ("Escalated", "已升级"),
    "EventKind.letter_exported": ("Apology letter exported", "导出致歉函"),
    "EventKind.report_exported": ("Improvement report exported", "导出整改报告"),
    "EventKind.brief_exported": ("Escalation brief exported", "导出升级简报"),
    "EventKind.follow_up_done": ("Follow-up visit done", "完成回访"),
    "EventKind.survey": ("Satisfaction survey", "满意度调查"),
    "EventKind.paused": ("Clock paused (waiting on customer)", "计时暂停（等待客户）"),
    "EventKind.waiting_for": ("Asked of the customer", "等待客户提供"),
    "EventKind.received_from_customer": ("Received from the customer", "已收到客户提供"),
    "ItemState.waiting": ("Waiting", "等待中"),
    "ItemState.overdue": ("Late on their side", "客户方已逾期"),
    "ItemState.received": ("Received", "已收到"),
    "ItemState.cancelled": ("No longer needed", "已不需要"),
    "EventKind.resumed": ("Clock resumed", "恢复计时"),
    "EventKind.closed": ("Case closed", "结案"),
    "EventKind.reopened": ("Case reopened", "重新打开"),
    "EventKind.added_to_library": ("Added to the case library", "加入案例库"),
    "EventKind.check_held": ("Effectiveness check: the fix held", "效果验证：措施有效"),
    "EventKind.check_failed": (
        "Effectiveness check failed: a new action is needed",
        "效果验证未通过：需要新的措施",
    ),
    # documents
    "lesson.digest": ("Lessons digest", "案例库摘要"),
    "lesson.generated": ("Generated", "生成时间"),
    "lesson.type": ("Type", "类型"),
    "lesson.tags": ("Tags", "标签"),
    "lesson.problem": ("Problem", "问题"),
    "lesson.root_cause": ("Root cause", "根本原因"),
    "lesson.solution": ("Solution", "解决方案"),
    "lesson.prevention": ("Prevention", "预防措施"),
    "lesson.none": ("Not classified", "未分类"),
    "lesson.from": ("From {origin}", "来自 {origin}"),
    "FindingKind.customer": ("Customer's name", "客户名称"),
    "FindingKind.alias": ("Another name of the customer", "客户的别名"),
    "FindingKind.short_name": ("Short name of the customer", "客户简称"),
    "FindingKind.project": ("Project name", "项目名称"),
    "FindingKind.contact": ("Contact person", "联系人"),
    "FindingKind.person": ("Person's name", "人名"),
    "FindingKind.phone": ("Phone number", "电话号码"),
    "FindingKind.email": ("E-mail address", "邮箱地址"),
    "FindingKind.im": ("WeChat or QQ ID", "微信号或 QQ 号"),
    "FindingKind.id_number": ("ID number", "证件号码"),
    "FindingKind.address": ("Street address", "地址"),
    "FindingKind.web": ("Web address", "网址"),
    "anonymise.maybe": ("Maybe: {kind}", "可能是：{kind}"),
    "placeholder.contact": ("Contact person", "联系人"),
    "placeholder.customer": ("Customer", "客户"),
    "placeholder.title": ("What the complaint was about", "投诉事由"),
    "placeholder.received_date": ("Date the complaint came in", "收到投诉的日期"),
    "placeholder.what_happened": (
        "What happened (the cause, in plain words)",
        "发生了什么（用平实的话说明原因）",
    ),
    "placeholder.actions_done": ("What has been done", "已完成的工作"),
    "placeholder.actions_planned": ("What will be done", "接下来要做的工作"),
    "placeholder.compensation": ("What you offer as an apology", "作为歉意提供的补偿"),
    "placeholder.commitment": ("What you commit to", "我们的承诺"),
    "placeholder.engineer": ("Your name", "你的姓名"),
    "placeholder.company": ("Your company", "你的公司"),
    "Emotion.anxious": ("Anxious", "焦虑"),
    "Emotion.frustrated": ("Frustrated", "沮丧"),
    "Emotion.ashamed": ("Ashamed", "羞愧"),
    "Emotion.angry": ("Angry", "愤怒"),
    "Emotion.sad": ("Sad", "难过"),
    "Emotion.disappointed": ("Disappointed", "失望"),
    "Emotion.tired": ("Tired", "疲惫"),
    "Emotion.calm": ("Calm", "平静"),
    "Emotion.relieved": ("Relieved", "释然"),
    "Emotion.hopeful": ("Hopeful", "有希望"),
    "Emotion.confident": ("Confident", "自信"),
    "Support.mentor": ("Mentor", "导师"),
    "Support.supervisor": ("Supervisor", "上级"),
    "Support.colleague": ("Colleague", "同事"),
    "Support.friend": ("Friend", "朋友"),
    "Support.family": ("Family", "家人"),
    "ThinkingTrap.all_or_nothing": ("All-or-nothing thinking", "非黑即白"),
    "ThinkingTrap.overgeneralising": ("Overgeneralising", "过度概括"),
    "ThinkingTrap.mental_filter": ("Mental filter", "心理过滤"),
    "ThinkingTrap.mind_reading": ("Mind reading", "读心术"),
    "ThinkingTrap.fortune_telling": ("Fortune telling", "预言未来"),
    "ThinkingTrap.magnifying": ("Magnifying the negative", "放大负面"),
    "ThinkingTrap.discounting_positive": ("Discounting the positive", "否定正面"),
    "ThinkingTrap.catastrophising": ("Catastrophising", "灾难化"),
    "ThinkingTrap.emotional_reasoning": ("Emotional reasoning", "情绪化推理"),
    "ThinkingTrap.should_statements": ("Should statements", "“应该”思维"),
    "ThinkingTrap.labelling": ("Labelling", "贴标签"),
    "ThinkingTrap.self_blame": ("Self-blame", "过度自责"),
    "ThinkingTrap.blaming_others": ("Blaming others", "归咎他人"),
    "trap.all_or_nothing": (
        "Seeing it as total success or total failure. “One complaint: I am a bad engineer.”",
        "只看到全对或全错。“被投诉一次，我就是个不合格的工程师。”",
    ),
    "trap.overgeneralising": (
        "One event becomes a rule. “Customers always end up complaining about me.”",
        "由一件事推出普遍规律。“客户最后总会投诉我。”",
    ),
    "trap.mental_filter": (
        "Only the bad part is seen. “The go-live went well, but that one report was slow.”",
        "只盯着不好的部分。“上线很顺利，可那张报表慢了。”",
    ),
    "trap.mind_reading": (
        "Assuming what others think. “My manager must think I am useless.”",
        "揣测别人的想法。“领导肯定觉得我没用。”",
    ),
    "trap.fortune_telling": (
        "Predicting the worst. “They will never renew the contract.”",
        "预言最坏的结果。“他们肯定不会续约了。”",
    ),
    "trap.magnifying": (
        "Making the bad bigger than it is. “This is the worst mistake anyone has made here.”",
        "把坏事放大。“这是公司里最严重的失误。”",
    ),
    "trap.discounting_positive": (
        "Good things do not count. “They thanked me, but they were just being polite.”",
        "好的事情不算数。“他们谢我只是客气。”",
    ),
    "trap.catastrophising": (
        "Jumping to disaster. “I will lose my job over this.”",
        "直接想到灾难。“我会因此丢掉工作。”",
    ),
    "trap.emotional_reasoning": (
        "Feeling it, so it must be true. “I feel like a failure, so I am one.”",
        "感觉如此就认定事实如此。“我觉得自己很失败，所以我就是失败的。”",
    ),
    "trap.should_statements": (
        "Rigid rules for yourself or others. “I should never make mistakes.”",
        "对自己或他人有僵硬的要求。“我绝不应该犯错。”",
    ),
    "trap.labelling": (
        "A label instead of a description. “I am careless.”",
        "给自己贴标签而不是描述事实。“我就是个粗心的人。”",
    ),
    "trap.self_blame": (
        "Taking all the blame for what had many causes. “It is all my fault.”",
        "把多方原因造成的事全算在自己头上。“全都怪我。”",
    ),
    "trap.blaming_others": (
        "Putting it all on someone else. “It is entirely the customer's fault.”",
        "把责任全推给别人。“这完全是客户的错。”",
    ),
    "error.wrong_passphrase": ("That passphrase is not the right one.", "密码不正确。"),
    "error.short_passphrase": (
        "Use at least {length} characters.",
        "密码至少需要 {length} 个字符。",
    ),
    "error.passphrases_differ": ("The two passphrases are not the same.", "两次输入的密码不一致。"),
    "error.empty_entry": ("Write a line or choose how you feel.", "请写一句话，或选择你的感受。"),
    # why escalating is suggested
    "escalate.severity": (
        "The severity is high or critical.",
        "严重程度为高或紧急。",
    ),
    "escalate.attitude": (
        "It is an attitude complaint: emotions escalate fastest.",
        "这是态度类投诉：情绪升级最快。",
    ),
    "escalate.data_loss": ("Customer data was lost.", "发生了客户数据丢失。"),
    "escalate.impact": (
        "No severity is set, and the complaint describes a wide impact ({words}).",
        "尚未设定严重程度，而投诉描述的影响很大（{words}）。",
    ),
    "escalate.missed_deadline": ("A deadline was missed.", "有承诺未按时兑现。"),
    # validation messages
    "error.required": ("This field is required.", "此项为必填。"),
    "error.template_field": (
        "{value} is not a field this template can fill: use one of the fields listed.",
        "{value} 不是这个模板能填写的字段：请使用列出的字段。",
    ),
    "error.template_brackets": (
        "Every [[ needs a matching ]] (and they do not nest).",
        "每个 [[ 都需要对应的 ]]（且不能嵌套）。",
    ),
    "error.too_long": (
        "Too long: at most {limit} characters (now {length}).",
        "内容过长：最多 {limit} 个字符（当前 {length} 个）。",
    ),
    "error.control_chars": (
        "Contains invisible control characters; please retype it.",
        "包含不可见的控制字符，请重新输入。",
    ),
    "error.single_line": ("Must be a single line.", "只能填写一行。"),
    "error.email": (
        "Not a valid e-mail address (for example name@example.com).",
        "电子邮件地址格式不正确（例如 name@example.com）。",
    ),
    "error.phone": (
        "Not a valid phone number: digits, spaces, +, - and parentheses only.",
        "电话号码格式不正确：只能包含数字、空格、+、- 和括号。",
    ),
    "error.future": ("Cannot be in the future.", "不能晚于当前时间。"),
    "error.before_received": (
        "Cannot be earlier than when the complaint was received.",
        "不能早于收到投诉的时间。",
    ),
    "error.range": ("Must be between {low} and {high}.", "必须在 {low} 到 {high} 之间。"),
    "error.choice": ("Please choose one of the options.", "请从选项中选择。"),
    "error.cancel_reason": (
        "Say why the action was cancelled.",
        "请说明取消该措施的原因。",
    ),
    "error.need_short_term": (
        "Add at least one short-term fix.",
        "请至少添加一项短期修复措施。",
    ),
    "error.no_first_response": (
        "Record the first response to the customer.",
        "请记录对客户的首次回应。",
    ),
    "error.no_root_cause": ("Write down the root cause.", "请填写根本原因。"),
    "error.open_actions": (
        "Actions neither done nor cancelled: {count}.",
        "还有 {count} 项措施既未完成也未取消。",
    ),
    "error.withdraw_reason": (
        "Say why the promise is withdrawn: it is kept on the case's timeline.",
        "请写明撤回这项承诺的原因：它会记在案件时间线上。",
    ),
    "error.promise_not_open": (
        "That promise is already kept or withdrawn.",
        "这项承诺已经兑现或撤回了。",
    ),
    "error.open_promises": (
        "Promises to the customer not kept yet: {count}. On the Plan page, under “Promises to "
        "the customer”, mark each one kept, or withdraw it with the reason (a promised progress "
        "report is kept by noting the update under “Progress updates sent to the customer”); "
        "then close.",
        "还有 {count} 项对客户的承诺尚未兑现。请在“制定方案”页的“对客户的承诺”中标记已兑现，"
        "或写明原因后撤回（承诺的进展汇报，在“已向客户通报的进展”中记上一笔即算兑现），再结案。",
    ),
    "error.not_an_image": (
        "Not an image this app can print: choose a PNG or JPEG file.",
        "不是可打印的图片：请选择 PNG 或 JPEG 文件。",
    ),
    "error.image_too_large": ("The image is larger than 5 MB.", "图片超过 5 MB。"),
    "error.no_data_folder": (
        "There is no data folder to keep files in.",
        "没有可用于保存文件的数据文件夹。",
    ),
    "error.holiday_date": (
        "“{value}” is not a date: write 2026-10-01, one per line, or a range such as "
        "2026-10-01 至 2026-10-07.",
        "“{value}”不是日期：请按 2026-10-01 的格式填写，每行一个；也可以写成范围，"
        "如 2026-10-01 至 2026-10-07。",
    ),
    "error.no_workdays": ("Choose at least one working day.", "请至少选择一个工作日。"),
    "error.lunch_outside_day": (
        "The lunch break must start after the day starts and end before it ends.",
        "午休须在上班之后开始、在下班之前结束。",
    ),
    "error.day_end_before_start": (
        "The working day must end after it starts.",
        "下班时间必须晚于上班时间。",
    ),
    "error.not_text": ("Must be text.", "必须是文字。"),
    "error.not_a_date": ("Not a valid date and time.", "日期时间格式不正确。"),
    "error.case_not_found": ("No case {number}.", "找不到案件 {number}。"),
    "error.too_many_tags": ("At most {limit} tags.", "标签最多 {limit} 个。"),
    "error.too_many_aliases": ("At most {limit} other names.", "别名最多 {limit} 个。"),
    "error.customer_taken": (
        "{name} is already a customer, or another customer's other name.",
        "“{name}”已是一个客户的名称或别名。",
    ),
    "error.unknown_field": ("Not a field of this record.", "不是这条记录的字段。"),
    "error.share_not_zip": (
        "This is not a lessons file (it is not a zip file).",
        "这不是案例库分享文件（不是 zip 文件）。",
    ),
    "error.share_truncated": (
        "The file is damaged or incomplete; ask for it to be sent again.",
        "文件已损坏或不完整，请让对方重新发送。",
    ),
    "error.share_not_lessons": (
        "This zip file is not a Turnaround lessons file.",
        "这个 zip 文件不是“化危为机”的案例库分享文件。",
    ),
    "error.share_newer": (
        "The file was made by a newer version of Turnaround; update the app to read it.",
        "该文件由更新版本的“化危为机”生成，请先升级本应用。",
    ),
    "error.share_unsafe_path": (
        "The file holds a path outside its folder ({name}); it was refused for safety.",
        "文件中包含指向其目录之外的路径（{name}），为安全起见已拒绝。",
    ),
    "error.share_too_large": (
        "The file is too large for a lessons file ({size} MB; at most {limit} MB).",
        "文件过大，不像案例库分享文件（{size} MB，上限 {limit} MB）。",
    ),
    "error.share_damaged": (
        "The lessons in the file cannot be read ({detail}).",
        "无法读取文件中的案例（{detail}）。",
    ),
    "error.unprintable": (
        "The character “{character}” ({point}) in “{where}” cannot be printed: no font on this "
        "computer has it. Replace it, or install a font that has it.",
        "“{where}”中的字符“{character}”（{point}）无法打印：本机没有含此字符的字体。"
        "请替换该字符，或安装含有它的字体。",
    ),
    "error.check_not_done": (
        "Only a done action can have its effectiveness checked.",
        "措施完成后才能验证效果。",
    ),
    "error.check_recorded": (
        "This check is already recorded.",
        "该效果验证已经记录。",
    ),
    "error.check_reason": (
        "Say why the check failed: what came back, or what still goes wrong.",
        "请说明验证未通过的原因：问题是否复现，或仍有哪些异常。",
    ),
    "error.check_failed_no_action": (
        "An effectiveness check failed: add a new action before closing.",
        "有措施的效果验证未通过：请先添加新的措施再结案。",
    ),
    "error.case_closed": (
        "The case is closed; reopen it to change it.",
        "该案件已结案，如需修改请先重新打开。",
    ),
}


WORDS.update(DATA_WORDS)
WORDS.update(DOCUMENT_WORDS)
WORDS.update(INBOUND_WORDS)


def text(key: str, lang: Language, **params: object) -> str:
    english, chinese = WORDS[key]
    template = chinese if lang is Language.ZH else english
    return template.format(**params) if params else template


def label(member: Enum, lang: Language, **params: object) -> str:
    """The display name of an enum member, e.g. label(Severity.HIGH, ZH) == "高"."""
    return text(f"{type(member).__name__}.{member.value}", lang, **params)


def join_words(words: Iterable[str], lang: Language) -> str:
    """A list as the language writes it: 停产、全部门店 / production stopped, all stores."""
    return ("、" if lang is Language.ZH else ", ").join(words)
