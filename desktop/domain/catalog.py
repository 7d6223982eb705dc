"""Bilingual words used outside the GUI as well: enum labels, validation messages, document words.

The GUI's own strings go through Qt Linguist (resources/i18n). These live here because the PDF
documents and the command line need them without Qt. A test checks both languages are complete.
"""

from __future__ import annotations

from enum import Enum

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
    "CommitmentKind.promise": ("Promised progress report", "承诺的进展汇报"),
    "CommitmentKind.action": ("Action", "整改措施"),
    "CommitmentKind.progress_update": ("Progress update", "进展通报"),
    "CommitmentKind.follow_up": ("Follow-up visit", "回访"),
    "CommitmentState.due": ("Due in {hours} h", "{hours} 小时后到期"),
    "CommitmentState.due_today": ("Due today", "今天到期"),
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
    "EventKind.resumed": ("Clock resumed", "恢复计时"),
    "EventKind.closed": ("Case closed", "结案"),
    "EventKind.reopened": ("Case reopened", "重新打开"),
    "EventKind.added_to_library": ("Added to the case library", "加入案例库"),
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
    "escalate.missed_deadline": ("A deadline was missed.", "有承诺未按时兑现。"),
    # validation messages
    "error.required": ("This field is required.", "此项为必填。"),
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
        "“{value}” is not a date: write holidays as 2026-10-01, one per line.",
        "“{value}”不是日期：请按 2026-10-01 的格式填写节假日，每行一个。",
    ),
    "error.no_workdays": ("Choose at least one working day.", "请至少选择一个工作日。"),
    "error.day_end_before_start": (
        "The working day must end after it starts.",
        "下班时间必须晚于上班时间。",
    ),
    "error.not_a_date": ("Not a valid date and time.", "日期时间格式不正确。"),
    "error.case_not_found": ("No case {number}.", "找不到案件 {number}。"),
    "error.case_closed": (
        "The case is closed; reopen it to change it.",
        "该案件已结案，如需修改请先重新打开。",
    ),
}


def text(key: str, lang: Language, **params: object) -> str:
    english, chinese = WORDS[key]
    template = chinese if lang is Language.ZH else english
    return template.format(**params) if params else template


def label(member: Enum, lang: Language, **params: object) -> str:
    """The display name of an enum member, e.g. label(Severity.HIGH, ZH) == "高"."""
    return text(f"{type(member).__name__}.{member.value}", lang, **params)
