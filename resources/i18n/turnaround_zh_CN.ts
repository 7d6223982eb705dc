<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseListView</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>No complaints yet</source>
        <translation>还没有投诉记录</translation>
    </message>
    <message>
        <source>When a customer complains, record it here while it is fresh: the wizard walks you from the first call to a closed case, and keeps every promise you make visible until it is kept.</source>
        <translation>客户投诉时，请趁记忆犹新记录下来：向导会带你从第一通电话一直走到结案，并让你做出的每一项承诺都保持可见，直到兑现。</translation>
    </message>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <translation>新建投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的案件。</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>案件：%1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Next commitment</source>
        <translation>下一项承诺</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（暂无标题）</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Small goals</source>
        <translation>小目标</translation>
    </message>
    <message>
        <source>Set a small weekly goal, such as "complete one high-quality follow-up visit this week", and check in when you do it. A missed week lowers the habit score but never wipes it out. Goals arrive in a coming version.</source>
        <translation>设定一个每周的小目标，例如“本周完成一次高质量回访”，完成时打卡。错过一周只会降低习惯分，不会清零。小目标功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Complaints by type per month, first responses within 24 hours, promises kept on time, time to close, satisfaction and NPS will be charted here once you have handled a few cases.</source>
        <translation>处理过几个案件后，这里会以图表展示：每月各类型投诉数、24 小时内首次回应率、承诺按时兑现率、平均结案时间、满意度和 NPS。</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Your private journal</source>
        <translation>你的私人心情日志</translation>
    </message>
    <message>
        <source>A complaint hurts. Write down how you feel, who helped and what you can learn: a mood and one line is enough. Entries stay on this laptop and can be locked with a passphrase. Writing entries arrives in a coming version.</source>
        <translation>被投诉会难受。写下你的感受、谁帮助了你、你能从中学到什么：一个心情加一句话就够了。日志只保存在这台电脑上，并可用密码锁定。写日志功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>The case library is empty</source>
        <translation>案例库还是空的</translation>
    </message>
    <message>
        <source>When you close a case, add it to the library: its problem, root cause, fix and prevention become a lesson you and your team can search, with customer names removed.</source>
        <translation>结案时把案件加入案例库：问题、根本原因、解决方案和预防措施会成为你和团队可以检索的经验，客户名称会被隐去。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Turnaround · 化危为机</source>
        <translation>化危为机 · Turnaround</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>心情日志</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>小目标</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新建投诉(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Turnaround</source>
        <translation>关于化危为机(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>搜索案件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>No commitments due today.</source>
        <translation>今天没有到期的承诺。</translation>
    </message>
    <message>
        <source>Commitments due today: %1</source>
        <translation>今天到期的承诺：%1 项</translation>
    </message>
    <message>
        <source>Commitments due today: %1 · overdue: %2</source>
        <translation>今天到期的承诺：%1 项 · 已逾期：%2 项</translation>
    </message>
    <message>
        <source>About Turnaround</source>
        <translation>关于化危为机</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Turnaround · 化危为机&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Handle a customer complaint from the first call to the lesson learned.&lt;/p&gt;&lt;p&gt;Your data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;化危为机 · Turnaround&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;从第一通电话到总结经验，帮你处理好每一次客户投诉。&lt;/p&gt;&lt;p&gt;数据文件夹：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profile and letterhead</source>
        <translation>个人信息与信头</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your name, title and company sign the apology letters and reports; the letterhead heads every printed page.</source>
        <translation>你的姓名、职务和公司用于致歉函和报告的落款；信头会印在每一页的顶部。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letterhead company name</source>
        <translation>信头公司名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>徽标图片</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>签名图片</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Defaults for new commitments. Each case can still set its own dates.</source>
        <translation>新承诺的默认时限。每个案件仍可单独设定日期。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>首次回应时限</translation>
    </message>
    <message>
        <source>Promise a progress report within</source>
        <translation>承诺汇报进展的时限</translation>
    </message>
    <message>
        <source>Progress update every</source>
        <translation>进展通报间隔</translation>
    </message>
    <message>
        <source>Follow-up visit after the fix</source>
        <translation>修复后回访</translation>
    </message>
    <message>
        <source>Remind me before a deadline</source>
        <translation>到期前提醒</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Saved. Turnaround will use this language the next time it starts.</source>
        <translation>已保存。下次启动时将使用该语言。</translation>
    </message>
</context>
</TS>