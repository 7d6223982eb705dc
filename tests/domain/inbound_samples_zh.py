"""Chinese mail as a new user's review pasted it: copied from Outlook and Foxmail, signed without a
closing, sent from a phone. Names, addresses and numbers are made up."""

from __future__ import annotations

# Outlook in Chinese; the signature starts with the name (no 此致), department and title on one
# line, then the phone's footer
OUTLOOK_ZH_NO_CLOSING = """\
发件人: 王建国 <wangjg@huaxin.example>
发送时间: 2026年11月23日 星期一 17:42
收件人: 李明 <liming@yuanhang-soft.example>
抄送: 张伟 <zhangwei@huaxin.example>
主题: 【紧急】月结报表数据错误

李工，你好：

你们上周上线的新系统，今天月结报表的数据全部对不上，应收账款和总账差了两百多万，财务部现在没法结账。
我们上午打了三次电话都没人接，这样的服务我们非常不满意！
请今天下班前给出书面说明和解决方案，否则我们将向贵公司管理层正式投诉。

王建国
财务部 经理
华信银行股份有限公司
电话：010-8888 6666
手机：138 1234 5678

发自我的iPhone

-----原始邮件-----
发件人: 李明 <liming@yuanhang-soft.example>
主题: 上线通知

系统将于本周五晚上线。
"""

# the review's own paste: both numbers on one line, "回复" and a demand in the subject
OUTLOOK_ZH_REVIEW = """\
发件人: 王建国 <wangjg@huaxinbank.com.cn>
发送时间: 2026年11月24日 星期二 10:32
收件人: 李明 <liming@yuanhang-soft.com>
抄送: 张伟 <zhangwei@huaxinbank.com.cn>
主题: 回复: 【紧急】月结报表数据错误，请尽快处理！！

李工，你好：

你们上周上线的新系统，今天月结报表的数据全部对不上，财务部现在没法结账。

王建国
财务部 经理
华信银行股份有限公司
电话：010-88886666 手机：13911112222

发自我的华为手机
"""

# Foxmail / QQ mail copied without header labels: the sender, then the time
FOXMAIL_UNLABELLED = """\
王建国 <wangjg@huaxin.example>
2026-11-23 17:42
收件人：李明
主题：月结报表数据错误

李工：
    今天月结报表数据全部对不上，财务没法结账！打了三次电话都没人接。

王建国 | 财务部
华信银行
"""

FOXMAIL_UNLABELLED_ZH_DATE = """\
"王建国"<wangjg@huaxin.example>
2026年11月23日 17:42
To: 李明 <liming@yuanhang-soft.example>
Cc: 张伟 <zhangwei@huaxin.example>

李工，你好：
系统又登录不了，全行柜面业务都停了，请马上派人处理！

王建国
华信银行股份有限公司
手机：138 1234 5678
来自网易邮箱大师
"""

# Foxmail's labelled copy with the signature under a line of dashes
FOXMAIL_DASHES = """\
发件人："王建国"<wangjg@huaxin.example>;
发送时间：2026年11月24日(星期二) 上午10:32
收件人："李明"<liming@yuanhang-soft.example>;
主题：月结报表数据错误

李工：
今天月结报表数据全部对不上，财务没法结账！

------------------
王建国
华信银行 财务部
"""

# a plain paste: the greeting names us; the signature has no name line of its own
GREETING_THEN_SIGNATURE = """\
李工你好
月结报表数据全部对不上
财务部 经理
华信银行股份有限公司
手机：138 1234 5678
"""
