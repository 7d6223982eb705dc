"""Bilingual words for reading a customer's message into a case: what was filled, and why a
message or file could not be read. key: (English, 简体中文); merged into catalog.WORDS."""

from __future__ import annotations

INBOUND_WORDS: dict[str, tuple[str, str]] = {
    "inbound.customer": ("customer", "客户单位"),
    "inbound.contact_name": ("contact", "联系人"),
    "inbound.contact_email": ("e-mail", "电子邮件"),
    "inbound.contact_phone": ("phone", "电话"),
    "inbound.channel": ("channel", "投诉渠道"),
    "inbound.received_at": ("received time", "收到时间"),
    "inbound.complaint_text": ("complaint", "投诉内容"),
    "inbound.title": ("short title", "简短标题"),
    "inbound.filled": (
        "Filled in from the customer's message: {fields}. Please check them.",
        "已从客户原话填入：{fields}。请核对。",
    ),
    "inbound.filled_kept": (
        "Filled in from the customer's message: {fields}. Kept what you had typed: {kept}. "
        "Please check them.",
        "已从客户原话填入：{fields}。保留了你已填写的：{kept}。请核对。",
    ),
    "inbound.nothing_filled": (
        "Nothing was filled in: the fields the message holds are already filled.",
        "未填入任何内容：客户原话里的信息对应的栏位都已填写。",
    ),
    "inbound.created": ("Created case {number}.", "已创建案件 {number}。"),
    "inbound.handed_over": (
        "Turnaround's window is open on this data folder: it files the message as a new case now.",
        "化危为机的窗口正打开着这个数据文件夹：这条消息已交给它，马上建为新案件。",
    ),
    "inbound.filed_by_window": (
        "Filed as a new case from a message handed over: {numbers}",
        "已把收到的客户消息建为新案件：{numbers}",
    ),
    "inbound.line.customer": ("  customer:  {value}", "  客户单位：{value}"),
    "inbound.line.contact_name": ("  contact:   {value}", "  联系人：  {value}"),
    "inbound.line.contact_email": ("  e-mail:    {value}", "  电子邮件：{value}"),
    "inbound.line.contact_phone": ("  phone:     {value}", "  电话：    {value}"),
    "inbound.line.received_at": ("  received:  {value}", "  收到时间：{value}"),
    "inbound.line.complaint_text": ("  complaint: {value}", "  投诉内容：{value}"),
    "inbound.line.title": ("  title:     {value}", "  简短标题：{value}"),
    "inbound.no_date": (
        "{time} (the message has no date: the time it was read in)",
        "{time}（消息中没有日期，按读入的时间记录）",
    ),
    "error.busy_intake": (
        "Close the Turnaround window that is open on {path} before adding a case from the "
        "command line; nothing was changed.",
        "关闭正在运行的化危为机窗口（{path}）后再从命令行添加案件；未做任何更改。",
    ),
    "error.inbound_empty": (
        "There is no text on the clipboard: copy the customer's message first. Nothing was "
        "changed.",
        "剪贴板上没有文字：请先复制客户的原话。未做任何更改。",
    ),
    "error.inbound_no_words": (
        "The text holds no words to read as a message. Nothing was changed.",
        "这段内容里没有可以当作消息读取的文字。未做任何更改。",
    ),
    "error.inbound_too_long": (
        "The text is too long for one message (more than {limit} characters). Nothing was changed.",
        "内容过长，不像一条消息（超过 {limit} 个字符）。未做任何更改。",
    ),
    "error.inbound_not_mail": (
        "This is not a mail: it has no sender, date or subject. Nothing was changed.",
        "这不是一封邮件：没有发件人、日期或主题。未做任何更改。",
    ),
    "error.inbound_file_not_mail": (
        "{path} is not a mail: it has no sender, date or subject.",
        "{path} 不是邮件：没有发件人、日期或主题。",
    ),
    "error.inbound_missing": ("No such file: {path}", "找不到文件：{path}"),
    "error.inbound_not_file": ("Not a file: {path}", "不是文件：{path}"),
    "error.inbound_empty_file": ("The file is empty: {path}", "文件是空的：{path}"),
    "error.inbound_binary": (
        "{path} is neither a mail (.eml) nor a text file.",
        "{path} 既不是邮件（.eml），也不是文本文件。",
    ),
    "error.inbound_file_too_large": (
        "{path} is too large for a mail ({size} MB; at most {limit} MB).",
        "{path} 过大，不像一封邮件（{size} MB，上限 {limit} MB）。",
    ),
    "error.inbound_unreadable": ("{path} cannot be read: {detail}", "无法读取 {path}：{detail}"),
}
