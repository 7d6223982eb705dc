"""Customer messages as they reach an engineer: copied from mail clients and chat programs, and
mail files as clients save them. Names, addresses and numbers are made up."""

from __future__ import annotations

import base64
import quopri

OUTLOOK_EN = """\
From: Miller, Sarah <sarah.miller@northwind.example.com>
Sent: Tuesday, November 24, 2026 10:32 AM
To: Alex Kim <alex.kim@ourco.example.com>
Cc: Ben Turner <ben.turner@ourco.example.com>
Subject: RE: Expense claims missing after the upgrade

Alex,

Since Friday's upgrade three months of expense claims are gone. Our month-end closing is
blocked and the CFO asks me about it every hour. I need this fixed today.

Best regards,
Sarah Miller
IT Manager
Northwind Traders Ltd.
Tel: +44 20 7946 0958

From: Alex Kim <alex.kim@ourco.example.com>
Sent: Monday, November 23, 2026 5:10 PM
To: Miller, Sarah <sarah.miller@northwind.example.com>
Subject: Expense claims missing after the upgrade

Hi Sarah, we are looking into it and will report back tomorrow.

Alex
"""

OUTLOOK_ZH = """\
发件人: 王建国 <wangjg@huaxin-bank.example.cn>
发送时间: 2026年11月24日 10:32
收件人: 李强 <liqiang@ourco.example.com>
抄送: 张伟 <zhangwei@ourco.example.com>
主题: 答复: 报销系统升级后数据丢失

李工：

上周五晚上系统升级后，三个月的报销数据全没了，财务月底结账受到严重影响！
请今天之内给我们一个说法。

此致
敬礼！

王建国
华信银行 信息科技部 经理
电话：010-88886666
手机：139 1234 5678

-----原始邮件-----
发件人: 李强 <liqiang@ourco.example.com>
发送时间: 2026年11月23日 17:10
收件人: 王建国 <wangjg@huaxin-bank.example.cn>
主题: 报销系统升级后数据丢失

王经理，您好：我们正在排查，明天给您答复。
"""

FOXMAIL = """\
发件人：“陈静”<chenjing@renmin-hospital.example.cn>
发送时间：2026年11月24日(星期二) 上午9:05
收件人：“李强”<liqiang@ourco.example.com>
主题：挂号接口又报错了

李工，你好
和 HIS 的接口从早上开始报错，挂号数据同步失败，窗口已经排起了长队。麻烦尽快安排人处理。
祝好
陈静
市第一人民医院信息科
13811112222

From: 李强
Date: 2026-11-20 16:00
To: 陈静
Subject: 接口升级通知

陈老师好，下周二接口升级。
"""

# Gmail's reply: the quote under "On … wrote:", each line marked with "> "
GMAIL_REPLY = """\
From: Chloe Martin <chloe@contoso-health.example.org>
Date: Tue, Nov 24, 2026 at 8:47 AM
Subject: Re: Report performance
To: Maria Garcia <maria@ourco.example.com>

Maria, the month-end report still takes fifteen minutes to open. This was supposed to be
fixed last week. Our finance team cannot work like this.

Chloe

On Mon, Nov 23, 2026 at 4:12 PM Maria Garcia <maria@ourco.example.com>
wrote:

> Hi Chloe, the new indexes are in place; the report should open in under a minute now.
>
> Maria
"""

# 企业微信 / WeChat on the desktop: "name date time" above each message
WECHAT = """\
王经理 2026/11/24 10:32
审批流程在第三步卡住了，所有采购单都提交不了

李强 2026/11/24 10:35
收到，我马上看一下

王经理 2026/11/24 10:41
已经一上午了，系统还崩溃了好几次，今天必须恢复！
"""

WECHAT_TIME_ONLY = """\
王经理 10:32
问题提交了三天都没人回复，打电话也找不到负责的工程师。
"""

DINGTALK = """\
【客户】刘洋(华信银行)  11-23 16:20
项目已经延期两个月了，进度一拖再拖，我们领导非常不满。
"""

PLAIN_WITH_SIGNATURE = """\
你们的工程师态度很差，语气生硬，还说是我们自己操作错了。希望你们给个解释。

杨帆
恒远集团 信息中心 主任
手机：186-0000-1234
"""

# Apple Mail and Gmail in Chinese attribute the quote in their own words
APPLE_ZH = """\
数据对账还是对不上，工程师说不清楚原因，只说是系统问题。

在 2026年11月23日，17:10，李强 <liqiang@ourco.example.com> 写道：

> 我们已经修复了对账逻辑。
"""

GMAIL_ZH = """\
报表还是很慢，请尽快处理。

王建国 <wangjg@huaxin-bank.example.cn> 于2026年11月23日周一 17:10写道：
> 已经加了索引。
"""

FORWARDED_TEXT = """\
From: Ben Turner <ben.turner@ourco.example.com>
Date: Tue, Nov 24, 2026 at 11:00 AM
Subject: Fwd: Consultant behaviour
To: Alex Kim <alex.kim@ourco.example.com>

FYI, can you take this one?

---------- Forwarded message ---------
From: Sarah Miller <sarah.miller@northwind.example.com>
Date: Tue, Nov 24, 2026 at 9:15 AM
Subject: Consultant behaviour
To: Ben Turner <ben.turner@ourco.example.com>

Your consultant was rude and impatient and kept interrupting our staff during yesterday's
workshop.

Regards,
Sarah
"""


def _b64(text: str, charset: str) -> str:
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


QQ_TEXT = """\
报表查询太慢了，一张报表要等十几分钟，业务部门意见很大。请王喆这边尽快给个方案。

王喆
恒远集团有限公司
手机：13700001111

------------------ 原始邮件 ------------------
发件人: "李强"<liqiang@ourco.example.com>;
发送时间: 2026年11月23日(星期一) 下午5:10
收件人: "王喆"<wangzhe@hengyuan.example.cn>;
主题: 报表优化进展

王总您好，索引已经在测试环境验证。
"""
# QQ mail: GB2312 declared, base64; 喆 is a GBK character that GB2312 lacks
QQ_EML = f"""\
Received: from smtp.qq.example.com (unknown [10.0.0.1])
Date: Tue, 24 Nov 2026 10:32:15 +0800
From: "=?gb2312?B?{base64.b64encode("王喆".encode("gbk")).decode()}?=" <wangzhe@hengyuan.example.cn>
To: "=?gb2312?B?{base64.b64encode("李强".encode("gbk")).decode()}?=" <liqiang@ourco.example.com>
Subject: =?gb2312?B?{base64.b64encode("回复：报表优化进展".encode("gbk")).decode()}?=
Mime-Version: 1.0
Message-ID: <tencent_1234@qq.example.com>
Content-Type: multipart/alternative;
\tboundary="----=_NextPart_5F3A"

This is a multi-part message in MIME format.

------=_NextPart_5F3A
Content-Type: text/plain;
\tcharset="gb2312"
Content-Transfer-Encoding: base64

{_b64(QQ_TEXT, "gbk")}
------=_NextPart_5F3A
Content-Type: text/html;
\tcharset="gb2312"
Content-Transfer-Encoding: base64

{_b64("<div>" + QQ_TEXT.replace(chr(10), "<br>") + "</div>", "gbk")}
------=_NextPart_5F3A--
""".encode("ascii")

GMAIL_HTML = """\
<div dir="ltr">Maria, the month-end report still takes fifteen minutes to open.<div><br></div>
<div>Our finance team cannot work like this.</div><div><br></div><div>Chloe</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 4:12 PM
Maria Garcia &lt;<a href="mailto:maria@ourco.example.com">maria@ourco.example.com</a>&gt; wrote:
<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">
<div dir="ltr">Hi Chloe, the new indexes are in place.</div></blockquote></div>
"""
GMAIL_EML = f"""\
MIME-Version: 1.0
Date: Tue, 24 Nov 2026 08:47:03 +0000
Message-ID: <CAF=abc@mail.gmail.example.com>
Subject: Re: Report performance
From: Chloe Martin <chloe@contoso-health.example.org>
To: Maria Garcia <maria@ourco.example.com>
Content-Type: multipart/alternative; boundary="000000000000b1"

--000000000000b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(GMAIL_REPLY.split(chr(10) + chr(10), 1)[1])}
--000000000000b1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(GMAIL_HTML)}
--000000000000b1--
""".encode("ascii")

# Outlook on the web sends HTML only; the quoted mail follows a "From:/Sent:" block in a div
OUTLOOK_HTML = """\
<html><head><style>p{margin:0}</style></head><body>
<div style="font-family:Calibri">The interface to the billing system keeps failing with an
error and no invoices have been sent since Monday.</div>
<div><br></div><div>Please call me back today.</div><div><br></div>
<div>Kind regards,</div><div>Ben Okafor</div><div>Finance Director | Fabrikam, Inc.</div>
<div>Mobile: +1 425 555 0147</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Alex Kim &lt;alex.kim@ourco.example.com&gt;<br>
<b>Sent:</b> Monday, November 23, 2026 9:00 AM<br><b>To:</b> Ben Okafor<br>
<b>Subject:</b> Billing interface</div>
<div>Ben, we changed the field mapping this morning.</div>
</body></html>
"""
_BEN = base64.b64encode(b"Ben Okafor").decode()
OUTLOOK_HTML_EML = f"""\
From: =?utf-8?B?{_BEN}?= <ben.okafor@fabrikam.example.com>
To: Alex Kim <alex.kim@ourco.example.com>
Subject: Billing interface failing
Date: Tue, 24 Nov 2026 15:05:00 -0800
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

{_b64(OUTLOOK_HTML, "utf-8")}""".encode("ascii")

NO_DATE_EML = """\
From: =?utf-8?q?=E5=88=98=E6=B4=8B?= <liuyang@huaxin-bank.example.cn>
To: liqiang@ourco.example.com
Subject: =?utf-8?b?6ZyA5rGC5Y+Y5pu0?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

需求变更没有记录，上线的功能和我们确认的不一样。
""".encode()

FORWARDED_EML = b"""\
From: Ben Turner <ben.turner@ourco.example.com>
To: Alex Kim <alex.kim@ourco.example.com>
Subject: Fwd: Consultant behaviour
Date: Tue, 24 Nov 2026 11:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

FYI

--outer
Content-Type: message/rfc822

From: Sarah Miller <sarah.miller@northwind.example.com>
To: Ben Turner <ben.turner@ourco.example.com>
Subject: Consultant behaviour
Date: Tue, 24 Nov 2026 09:15:00 +0000
Content-Type: text/plain; charset=utf-8

Your consultant was rude and impatient and kept interrupting our staff.

Regards,
Sarah
--outer--
"""
