<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupPrivacyDialog</name>
    <message>
        <source>Older backups</source>
        <translation>较早的备份</translation>
    </message>
    <message>
        <source>Backups made before now still hold your journal as it was then: unencrypted, or under the earlier passphrase. Backups: %1, in %2.</source>
        <translation>此前做的备份里仍保存着当时的心情日志：未加密，或用的是之前的密码。备份数：%1，位于 %2。</translation>
    </message>
    <message>
        <source>Copies of the database taken before an upgrade: %1. They hold the journal too, cannot be re-encrypted, and are removed with either choice.</source>
        <translation>升级前留存的数据库副本：%1 个。它们同样包含心情日志，无法重新加密，无论选择哪一项都会被删除。</translation>
    </message>
    <message>
        <source>Re-encrypt the backups with the new passphrase, or remove them?</source>
        <translation>用新密码重新加密这些备份，还是删除它们？</translation>
    </message>
    <message>
        <source>Re-encrypt them</source>
        <translation>重新加密</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Re-encrypting the backups…</source>
        <translation>正在重新加密备份…</translation>
    </message>
    <message>
        <source>Removing the backups…</source>
        <translation>正在删除备份…</translation>
    </message>
    <message>
        <source>Backups re-encrypted: %1. Removed: %2.</source>
        <translation>已重新加密的备份：%1 个。已删除：%2 个。</translation>
    </message>
    <message>
        <source>Left as they were (made with another passphrase, or unreadable): %1.</source>
        <translation>以下备份保持原样（使用了其他密码，或无法读取）：%1。</translation>
    </message>
    <message>
        <source>The backups could not be changed: %1</source>
        <translation>无法处理这些备份：%1</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Stage to continue at</source>
        <translation>继续处理的阶段</translation>
    </message>
    <message>
        <source>Continue in the wizard</source>
        <translation>在向导中继续</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Moves the case to the Trash (kept 30 days)</source>
        <translation>将案件移到回收站（保留 30 天）</translation>
    </message>
    <message>
        <source>Self-review…</source>
        <translation>复盘…</translation>
    </message>
    <message>
        <source>A blameless look back, for you alone: kept in your private journal</source>
        <translation>不带责备的回顾，只给你自己看：保存在你的私人日志中</translation>
    </message>
    <message>
        <source>Apology letter…</source>
        <translation>致歉函…</translation>
    </message>
    <message>
        <source>Improvement report…</source>
        <translation>整改报告…</translation>
    </message>
    <message>
        <source>Escalation brief…</source>
        <translation>升级简报…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印整改报告…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Add to my calendar (.ics)…</source>
        <translation>加入我的日历（.ics）…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting on the customer&lt;/b&gt; (their promises)</source>
        <translation>&lt;b&gt;等待客户提供&lt;/b&gt;（客户方的承诺）</translation>
    </message>
    <message>
        <source>What we need</source>
        <translation>需要客户提供</translation>
    </message>
    <message>
        <source>They said by</source>
        <translation>客户承诺的日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <source>Promise ledger</source>
        <translation>承诺台账</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Kept on time: %1 · kept late: %2 · overdue: %3 · still open: %4</source>
        <translation>按时兑现：%1 · 逾期兑现：%2 · 已逾期：%3 · 尚未到期：%4</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>加入我的日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>已写入 %1 项到 %2</translation>
    </message>
    <message>
        <source>Move the case to the Trash</source>
        <translation>将案件移到回收站</translation>
    </message>
    <message>
        <source>Move %1 and everything recorded in it to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将 %1 及其中记录的全部内容移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
</context>
<context>
    <name>CaseFileHtml</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>也涉及</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>回应时间</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>回应内容</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Escape point</source>
        <translation>逃逸点</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>五个为什么</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>影响因素</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>进展通报</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>Resource requests</source>
        <translation>资源申请</translation>
    </message>
    <message>
        <source>Lesson to share</source>
        <translation>待分享的经验</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Follow-up visit due</source>
        <translation>回访到期日</translation>
    </message>
    <message>
        <source>Follow-up visit done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>推荐值（NPS）</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Prevention checklists</source>
        <translation>预防检查清单</translation>
    </message>
</context>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Move to the Trash</source>
        <translation>移到回收站</translation>
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
        <source>Cases: %1+ (counting…)</source>
        <translation>案件：%1+（正在统计…）</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation>打开案件档案</translation>
    </message>
    <message>
        <source>Blameless self-review…</source>
        <translation>无责复盘…</translation>
    </message>
    <message>
        <source>Move to the Trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <source>Move the case to the Trash</source>
        <translation>将案件移到回收站</translation>
    </message>
    <message>
        <source>Move %1 and everything recorded in it to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将 %1 及其中记录的全部内容移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Still needed: %1</source>
        <translation>还需填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>CheckRow</name>
    <message>
        <source>%1 — check due %2</source>
        <translation>%1 — %2 验证效果</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>验证标准</translation>
    </message>
    <message>
        <source>What must hold, e.g. no repeat of the fault for 30 days</source>
        <translation>需要达到的效果，例如：30 天内故障不再复发</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>验证结果说明</translation>
    </message>
    <message>
        <source>What the check found (why, when it failed)</source>
        <translation>验证发现了什么（未通过时请写明原因）</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Failed…</source>
        <translation>未通过…</translation>
    </message>
    <message>
        <source>Record check:</source>
        <translation>记录验证：</translation>
    </message>
    <message>
        <source>Held (checked %1)</source>
        <translation>有效（%1 验证）</translation>
    </message>
    <message>
        <source>Failed (checked %1): not effective</source>
        <translation>未通过（%1 验证）：措施无效</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v / %m</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Use for a case…</source>
        <translation>用于某个案件…</translation>
    </message>
    <message>
        <source>Use for a project…</source>
        <translation>用于某个项目…</translation>
    </message>
    <message>
        <source>Make my own copy…</source>
        <translation>另存为我的模板…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加检查项…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>Nothing yet: choose a template and use it</source>
        <translation>暂无：请选择一个模板并使用</translation>
    </message>
    <message>
        <source>Prevention checklists</source>
        <translation>预防检查清单</translation>
    </message>
    <message>
        <source>Shipped templates cover pre-implementation research (needs, business scenario, IT environment) and delivery standards (milestones, acceptance, risk plan). Use one for a case or a project and tick it off.</source>
        <translation>内置模板包括实施前调研（需求、业务场景、IT 环境）和交付标准（里程碑、验收、风险预案）。将模板用于某个案件或项目，逐项勾选。</translation>
    </message>
    <message>
        <source>lesson from %1</source>
        <translation>来自案例 %1</translation>
    </message>
    <message>
        <source>A shipped template. Use it for a case or a project to tick it off, or make your own copy to change it.</source>
        <translation>内置模板。可用于某个案件或项目并逐项勾选；如需修改，请另存为我的模板。</translation>
    </message>
    <message>
        <source>Your template. Double-click an item to change it.</source>
        <translation>我的模板。双击检查项即可修改。</translation>
    </message>
    <message>
        <source>In use for case %1.</source>
        <translation>用于案件 %1。</translation>
    </message>
    <message>
        <source>In use for the project: %1</source>
        <translation>用于项目：%1</translation>
    </message>
    <message>
        <source>Use for a case</source>
        <translation>用于某个案件</translation>
    </message>
    <message>
        <source>Case number (for example C-2026-0001):</source>
        <translation>案件编号（例如 C-2026-0001）：</translation>
    </message>
    <message>
        <source>Use for a project</source>
        <translation>用于某个项目</translation>
    </message>
    <message>
        <source>Which project (customer and project name)?</source>
        <translation>哪个项目（客户和项目名称）？</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>另存为我的模板</translation>
    </message>
    <message>
        <source>Name of your template:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>检查内容：</translation>
    </message>
    <message>
        <source>Remove “%1” from the checklist?</source>
        <translation>要把“%1”从清单中移除吗？</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete the checklist</source>
        <translation>删除检查清单</translation>
    </message>
    <message>
        <source>Move “%1” and its ticks to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将“%1”及其勾选记录移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Effectiveness checks: fixes proven to hold</source>
        <translation>效果验证：确认措施真正有效</translation>
    </message>
    <message>
        <source>When an action is done, its check falls due: the fix at the follow-up visit, other actions 30 days later.</source>
        <translation>措施完成后即需验证效果：短期修复在回访时验证，其他措施在完成 30 天后验证。</translation>
    </message>
    <message>
        <source>The check of “%1” failed: %2. The action was not effective: add a new action to the plan above.</source>
        <translation>“%1”的效果验证未通过：%2。该措施无效，请在上方方案中添加新的措施。</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>Name the kind of complaint: it decides the apology script, the checklist and whether to escalate. The subtype names the problem in the first message and the letter (you can reword it in the letter). When the complaint is also about something else, say what: both apologise for it too.</source>
        <translation>确定投诉类型：它决定道歉话术、检查清单以及是否需要升级。子类型会作为问题名称写进首次回复和致歉函（可在致歉函中改写）。投诉还涉及其他方面时，在“也涉及”中选出：首次回复和致歉函会一并为此致歉。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>也涉及</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Another side of the same complaint (a wrong report, and nobody called back): the first message and the letter apologise for it in a sentence of its own.</source>
        <translation>同一投诉的另一方面（例如报表出错，同时打电话也没人回复）：首次回复和致歉函会单独用一句话为此致歉。</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Technical: confirm the facts and the impact first, stop the damage (restore data, work around), then find the cause. Say what you know and what you do not know yet.</source>
        <translation>技术类：先确认事实和影响范围，止损（恢复数据、临时规避），再查找原因。如实说明已知和尚未查明的情况。</translation>
    </message>
    <message>
        <source>Communication: the customer felt ignored. Name one person who owns the case, answer quickly, and report progress before you are asked.</source>
        <translation>沟通类：客户感到被忽视。请指定一位负责人，快速回应，并在客户询问之前主动通报进展。</translation>
    </message>
    <message>
        <source>Process: show a realistic plan with dates, write down every change and agreement, and report progress on a fixed rhythm.</source>
        <translation>流程类：给出带日期的可行计划，记录每一项变更和约定，并按固定节奏汇报进展。</translation>
    </message>
    <message>
        <source>Attitude: emotions escalate fastest. Treat it as high priority, apologise without excuses, listen first, and consider who should apologise in person.</source>
        <translation>态度类：情绪升级最快。请作为高优先级处理，真诚道歉、不找借口，先倾听，并考虑由谁当面致歉。</translation>
    </message>
    <message>
        <source>Choose a type to see how to handle it.</source>
        <translation>选择类型后，这里会给出处理建议。</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>Write down what was learned, share it, and close the loop. A closed case can be reopened.</source>
        <translation>写下学到的经验，分享出去，完成闭环。已结案的案件可以重新打开。</translation>
    </message>
    <message>
        <source>Summary (problem, cause, fix, prevention)</source>
        <translation>总结（问题、原因、解决、预防）</translation>
    </message>
    <message>
        <source>Draft it again from the case</source>
        <translation>根据案件重新起草</translation>
    </message>
    <message>
        <source>Add to the case library…</source>
        <translation>加入案例库…</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新打开案件</translation>
    </message>
    <message>
        <source>&lt;b&gt;The case cannot close yet:&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件暂时还不能结案：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>案件已结案</translation>
    </message>
    <message>
        <source>Well done. Would you like to write a short, blameless self-review for yourself now? It stays in your private journal.</source>
        <translation>辛苦了。要现在为自己写一篇简短的无责复盘吗？它只保存在你的私人日志中。</translation>
    </message>
    <message>
        <source>Reopen this case to change it?</source>
        <translation>要重新打开此案件进行修改吗？</translation>
    </message>
    <message>
        <source>In the case library</source>
        <translation>已在案例库中</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>已于 %1 结案。</translation>
    </message>
    <message>
        <source>Still needed before closing:</source>
        <translation>结案前还需要：</translation>
    </message>
    <message>
        <source>Everything needed is there: the case can close.</source>
        <translation>所需内容已齐全：可以结案。</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户中</translation>
    </message>
    <message>
        <source>Pauses every deadline of this case until you untick it; the deadlines move by the time spent waiting.</source>
        <translation>暂停本案的所有期限，直到取消勾选；各期限会顺延等待的时间。</translation>
    </message>
    <message>
        <source>Apology letter… (Ctrl+L)</source>
        <translation>致歉函…（Ctrl+L）</translation>
    </message>
    <message>
        <source>Has everything arrived?
%1

Yes marks it received and the deadlines run again.</source>
        <translation>要等的东西都收到了吗？
%1

选“是”即标记为已收到，期限恢复计时。</translation>
    </message>
    <message>
        <source>Not saved: %1. The message beside it says why; the rest is saved.</source>
        <translation>未保存：%1。原因见该项旁的提示；其余内容已保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>所有修改已保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 could not be saved (the message beside it says why). Close anyway and lose what was typed there?</source>
        <translation>%1 未能保存（原因见该项旁的提示）。仍要关闭并丢弃在那里输入的内容吗？</translation>
    </message>
    <message>
        <source>Could not save (%1). Your text is kept and saving will be retried.</source>
        <translation>无法保存（%1）。你输入的内容仍然保留，稍后会自动重试。</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Find a customer by any of its names</source>
        <translation>按任一名称查找客户</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Short names, separated by commas</source>
        <translation>简称，用逗号分隔</translation>
    </message>
    <message>
        <source>Documents written in</source>
        <translation>文书语言</translation>
    </message>
    <message>
        <source>The complaint&apos;s language</source>
        <translation>与投诉语言相同</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务或称呼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>经理, 总监, Ms, Dr…</source>
        <translation>经理、总监、Ms、Dr…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete %1? Its cases keep the customer&apos;s name as typed in them; its other names and contacts go.</source>
        <translation>删除“%1”？其案件仍保留录入时的客户名称；其别名和联系人将一并删除。</translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s contacts? Cases that name them keep the name.</source>
        <translation>要把%1从该客户的联系人中移除吗？已记录此人的案件仍保留其姓名。</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>此联系人</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Your data is in %1. Only you can read it.</source>
        <translation>你的数据保存在 %1，只有你本人可以读取。</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;, newest first:</source>
        <translation>&lt;b&gt;备份&lt;/b&gt;（最新的在前）：</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>导出全部数据…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>%1 · %2 cases · %3 MB</source>
        <translation>%1 · %2 个案件 · %3 MB</translation>
    </message>
    <message>
        <source>No backup yet. One is made each day when Turnaround starts; or press Back up now.</source>
        <translation>还没有备份。化危为机每天启动时会自动备份一次；也可以点击“立即备份”。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>Turnaround files (*%1)</source>
        <translation>化危为机数据文件 (*%1)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Restore or import</source>
        <translation>恢复或导入</translation>
    </message>
    <message>
        <source>Replace your data</source>
        <translation>替换数据</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>没有做任何更改：%1</translation>
    </message>
    <message>
        <source>Restored %1. Your previous data is in %2.</source>
        <translation>已恢复 %1。原来的数据保存在 %2。</translation>
    </message>
    <message>
        <source>A backup is made each day the app runs. Older backups are thinned out, so that a mistake noticed weeks later can still be undone:</source>
        <translation>应用每天运行时都会自动备份一次。较早的备份会逐步精简，即使几周后才发现的误操作也仍能撤回：</translation>
    </message>
    <message>
        <source>Keep every backup of the last</source>
        <translation>保留全部备份的最近天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>then one a day for</source>
        <translation>之后每天保留一份，共</translation>
    </message>
    <message>
        <source>then one a week for</source>
        <translation>之后每周保留一份，共</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>then one a month for</source>
        <translation>之后每月保留一份，共</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moving to a new laptop&lt;/b&gt;: export everything to one file here; there, replace the new laptop&apos;s data with it.</source>
        <translation>&lt;b&gt;换新电脑&lt;/b&gt;：在这里把全部数据导出为一个文件；到新电脑上，用它替换那里的数据。</translation>
    </message>
    <message>
        <source>Replace with an exported file…</source>
        <translation>用导出文件替换全部数据…</translation>
    </message>
    <message>
        <source>The file will hold your private journal too, unencrypted: anyone who has the file can read it. To protect it, set a journal passphrase first (Settings › Privacy). Export anyway?</source>
        <translation>导出的文件也包含你的私人心情日志，而且没有加密：拿到文件的人都能读到。如需保护，请先在“设置 › 隐私”中设置日志密码。仍然导出吗？</translation>
    </message>
    <message>
        <source>Exported everything to %1. On the new laptop, open Settings › Data › Replace with an exported file.</source>
        <translation>已全部导出到 %1。在新电脑上打开“设置 › 数据 › 用导出文件替换全部数据”。</translation>
    </message>
    <message>
        <source>Replace all your data (%2 cases, the journal, goals and settings) with %1? Nothing is added to it: what is here now is set aside in the data folder first, so this can be undone by hand.</source>
        <translation>用 %1 替换你的全部数据（%2 个案件，以及心情日志、小目标和设置）吗？这不是合并：现有数据会先另存在数据文件夹中，必要时可以手动找回。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The database is damaged: %1. Restore a backup.</source>
        <translation>数据库已损坏：%1。请恢复一个备份。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you wrote?</source>
        <translation>放弃已写的内容吗？</translation>
    </message>
    <message>
        <source>What you wrote here is not saved yet. Discard it, or keep writing?</source>
        <translation>这里写的内容还没有保存。要放弃，还是继续写？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>继续写</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The document could not be written: %1</source>
        <translation>无法写入文档：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong. What you saved before is safe; the details were written to the log. Please copy the details and send them to us.</source>
        <translation>出错了。此前保存的内容都是安全的，详细信息已写入日志。请复制详情并发送给我们。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现的内容</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>What will be replaced</source>
        <translation>将被替换的内容</translation>
    </message>
    <message>
        <source>Ticked: replaced. Cleared: kept as it is.</source>
        <translation>勾选：替换；不勾选：保留原文。</translation>
    </message>
    <message>
        <source>Double-click to write another replacement.</source>
        <translation>双击可改写替换后的文字。</translation>
    </message>
</context>
<context>
    <name>FirstResponsePage</name>
    <message>
        <source>Contact the customer within 24 hours: apologise, say what happens next, and promise when you will report progress.</source>
        <translation>在 24 小时内联系客户：道歉，说明接下来的安排，并承诺何时汇报进展。</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>回应时间</translation>
    </message>
    <message>
        <source>I responded just now</source>
        <translation>我刚刚已回应</translation>
    </message>
    <message>
        <source>Responded through</source>
        <translation>回应渠道</translation>
    </message>
    <message>
        <source>Promised progress report by</source>
        <translation>承诺汇报进展的时间</translation>
    </message>
    <message>
        <source>What to say (editable)</source>
        <translation>回应话术（可编辑）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Open e-mail draft</source>
        <translation>打开邮件草稿</translation>
    </message>
    <message>
        <source>Use the template again</source>
        <translation>重新使用模板</translation>
    </message>
    <message>
        <source>Record when the complaint was received (page 1) to start the 24-hour clock.</source>
        <translation>请先在第 1 页记录收到投诉的时间，24 小时计时随之开始。</translation>
    </message>
    <message>
        <source>Responded on time (deadline %1).</source>
        <translation>已按时回应（期限 %1）。</translation>
    </message>
    <message>
        <source>Responded late (deadline %1).</source>
        <translation>已逾期回应（期限 %1）。</translation>
    </message>
    <message>
        <source>The clock is paused while you wait on the customer (since %1); it goes on when they reply.</source>
        <translation>等待客户期间计时已暂停（自 %1 起），客户回复后继续计时。</translation>
    </message>
    <message>
        <source>Respond within %1 (by %2)</source>
        <translation>请在 %1 内回应（截止 %2）</translation>
    </message>
    <message>
        <source>Overdue by %1 (deadline %2): respond now</source>
        <translation>已逾期 %1（期限 %2）：请立即回应</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Promise recorded: report progress by %1. It is on the promise ledger until a progress update keeps it.</source>
        <translation>承诺已记录：在 %1 之前汇报进展。在一次进展通报兑现它之前，它会一直显示在承诺台账上。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The %1 template</source>
        <translation>%1模板</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>this period of %1 days</source>
        <translation>本周期（%1 天）</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%3：%1 / %2</translation>
    </message>
    <message>
        <source>Habit strength %1%</source>
        <translation>习惯强度 %1%</translation>
    </message>
    <message>
        <source>Grows with every period you meet the goal; one missed period lowers it a little, never to zero.</source>
        <translation>每达成一个周期就会增长；错过一个周期只会稍微降低，不会清零。</translation>
    </message>
    <message>
        <source>Archived: no check-ins are asked for.</source>
        <translation>已归档：不再提醒打卡。</translation>
    </message>
    <message>
        <source>Skipped this period, no guilt.</source>
        <translation>本周期已跳过，不必自责。</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>打卡…</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>撤销上次打卡</translation>
    </message>
    <message>
        <source>Do not skip</source>
        <translation>取消跳过</translation>
    </message>
    <message>
        <source>Skip this period</source>
        <translation>本周期跳过</translation>
    </message>
    <message>
        <source>You met the goal this period.</source>
        <translation>本周期的目标已经达成。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Back among the goals you check in on</source>
        <translation>放回正在签到的目标中</translation>
    </message>
    <message>
        <source>Put it away, with its check-ins: “Show archived goals” shows it again</source>
        <translation>连同签到记录一起收起；勾选“显示已归档的目标”可再次看到</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Habit strength grows each period you meet the goal; this is its first period.</source>
        <translation>每达成一个周期，习惯强度就增长一点；这是它的第一个周期。</translation>
    </message>
    <message>
        <source>You met it in %1 of the last %2 weeks. Each week met makes the habit stronger, the latest weeks most; a missed one lowers it a little, a skipped one not at all.</source>
        <translation>最近 %2 周里达成了 %1 周。每达成一周，习惯就更牢一些，越近的周影响越大；错过一周只降低一点，跳过的周不受影响。</translation>
    </message>
    <message>
        <source>You met it in %1 of the last %2 periods. Each period met makes the habit stronger, the latest periods most; a missed one lowers it a little, a skipped one not at all.</source>
        <translation>最近 %2 个周期里达成了 %1 个。每达成一个周期，习惯就更牢一些，越近的周期影响越大；错过一个只降低一点，跳过的周期不受影响。</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>还没有打卡记录。</translation>
    </message>
    <message>
        <source>Check-ins: %1</source>
        <translation>打卡记录：%1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>A note, if you like:</source>
        <translation>写一句备注（可选）：</translation>
    </message>
    <message>
        <source>“%1” is back among your goals.</source>
        <translation>“%1”已放回你的目标中。</translation>
    </message>
    <message>
        <source>“%1” archived. “Show archived goals” brings it back.</source>
        <translation>已归档“%1”。勾选“显示已归档的目标”可以找回。</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Move the goal “%1” and its %2 check-in(s) to the Trash? The Trash keeps it 30 days; Ctrl+Z brings it back at once.</source>
        <translation>把目标“%1”及其 %2 次签到移到回收站吗？回收站保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Small goal</source>
        <translation>小目标</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own</source>
        <translation>选一个建议，或自己写</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Times per period</source>
        <translation>每周期次数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>（不关联案件）</translation>
    </message>
    <message>
        <source>About a case</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Prevention action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation>（不关联措施）</translation>
    </message>
    <message>
        <source>(choose a case first)</source>
        <translation>（请先选择案件）</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <source>Show archived goals</source>
        <translation>显示已归档的目标</translation>
    </message>
    <message>
        <source>Small goals</source>
        <translation>小目标</translation>
    </message>
    <message>
        <source>Set a small weekly goal, such as &quot;complete one high-quality follow-up visit this week&quot;, and check in when you do it. A missed week lowers the habit score but never wipes it out.</source>
        <translation>设定一个每周的小目标，例如“本周完成一次高质量回访”，完成时打卡。错过一周只会降低习惯分，不会清零。</translation>
    </message>
    <message>
        <source>Set the first goal</source>
        <translation>设定第一个目标</translation>
    </message>
    <message>
        <source>Show archived goals (%1)</source>
        <translation>显示已归档的目标（%1）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The apology letter (in the wizard, at any stage)</source>
        <translation>致歉函（在向导的任一步骤）</translation>
    </message>
    <message>
        <source>New lesson (in the Library)</source>
        <translation>新建经验（在案例库中）</translation>
    </message>
    <message>
        <source>Move the selected case or lesson to the Trash (Cases, Library)</source>
        <translation>将选中的案件或案例移到回收站（案件列表、案例库）</translation>
    </message>
    <message>
        <source>Turnaround guide</source>
        <translation>化危为机使用指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Turnaround · 化危为机&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Handle a customer complaint from the first call to the lesson learned.&lt;/p&gt;&lt;p&gt;Your data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;化危为机 · Turnaround&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;从第一通电话到总结经验，帮你处理好每一次客户投诉。&lt;/p&gt;&lt;p&gt;数据文件夹：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>基于以下软件与字体</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Turnaround &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Turnaround</source>
        <translation>关于化危为机(&amp;A)</translation>
    </message>
    <message>
        <source>About Turnaround</source>
        <translation>关于化危为机</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>The database is damaged (%1). Nothing more will be written to it. Restore the latest backup from Settings › Data, then restart.</source>
        <translation>数据库已损坏（%1）。之后不会再向其写入任何内容。请通过“设置 › 数据”恢复最近的备份，然后重新启动。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a colleague&apos;s lessons</source>
        <translation>导入同事的案例</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>From %1, made %2: %3 new, %4 already here, %5 differ from yours.</source>
        <translation>来自 %1，生成于 %2：新增 %3 条，已有 %4 条，%5 条与你的版本不同。</translation>
    </message>
    <message>
        <source>New lessons</source>
        <translation>新增案例</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing to import: you have all of these lessons.</source>
        <translation>无需导入：这些案例你都已经有了。</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Complaints by type per month, first responses within 24 hours, promises kept on time, time to close, satisfaction and NPS will be charted here once you have handled a few cases.</source>
        <translation>处理过几个案件后，这里会以图表展示：每月各类型投诉数、24 小时内首次回应率、承诺按时兑现率、平均结案时间、满意度和 NPS。</translation>
    </message>
    <message>
        <source>Commitments kept on time</source>
        <translation>承诺按时兑现</translation>
    </message>
    <message>
        <source>Mean time to close</source>
        <translation>平均结案时间</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>Complaints in the period</source>
        <translation>期间投诉数</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>这段时间没有投诉。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Complaints by type per month</source>
        <translation>每月各类投诉</translation>
    </message>
    <message>
        <source>No feelings recorded in the journal in this period.</source>
        <translation>这段时间的日记里没有记录情绪。</translation>
    </message>
    <message>
        <source>First responses on time</source>
        <translation>首次回应按时率</translation>
    </message>
    <message>
        <source>Fixes that held</source>
        <translation>措施有效率</translation>
    </message>
    <message>
        <source>Mood trend (weekly distress, from the journal)</source>
        <translation>情绪走势（每周困扰程度，来自日记）</translation>
    </message>
    <message>
        <source>Your mood trend is shown here while the journal is unlocked.</source>
        <translation>心情日志解锁后，这里会显示你的情绪走势。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>按时兑现</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>逾期兑现</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>推荐值（NPS）</translation>
    </message>
    <message>
        <source>On time as the promise ledger counts it: in the customer&apos;s working hours where they count, with the time spent waiting on the customer left out.</source>
        <translation>按承诺台账的规则计算是否按时：按客户的工作时间计算（如已设置），等待客户的时间不计入。</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月趋势</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Write the complaint down as you received it, while it is fresh. Fields marked * are required.</source>
        <translation>趁记忆犹新，按收到时的原样记录投诉。标 * 的为必填项。</translation>
    </message>
    <message>
        <source>Customer organisation</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Their title</source>
        <translation>职务或称呼</translation>
    </message>
    <message>
        <source>Ms, Mr, Dr, or 经理 for a Chinese letter: the letter greets them by it</source>
        <translation>如 经理、主任、女士；英文信用 Ms、Mr、Dr：致歉函以此称呼对方</translation>
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
        <source>Received through</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>The complaint, in the customer&apos;s words</source>
        <translation>投诉内容（客户原话）</translation>
    </message>
    <message>
        <source>What the customer asks for</source>
        <translation>客户的诉求</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>受影响用户</translation>
    </message>
    <message>
        <source>Departments affected</source>
        <translation>受影响部门</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>业务影响</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>简短标题</translation>
    </message>
    <message>
        <source>Left blank: “%1”</source>
        <translation>留空时：“%1”</translation>
    </message>
</context>
<context>
    <name>InvestigatePage</name>
    <message>
        <source>Find the root cause with the project manager and the developers. Review how the work was done, read the records, talk to the people.</source>
        <translation>与项目经理和开发人员一起找出根本原因：回顾实施过程，查阅记录，与相关人员交谈。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>文件校验值</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>影响因素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Subjective or objective</source>
        <translation>主观或客观</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>The apology letter gives this as the cause: write it as you would say it to the customer, in their language, naming no colleague.</source>
        <translation>致歉函会把这段写作问题的原因：请按对客户说话的口吻、用客户的语言写，不要点同事的名字。</translation>
    </message>
    <message>
        <source>Why our process did not catch it (the escape point)</source>
        <translation>为什么我们的流程没能提前发现（逃逸点）</translation>
    </message>
    <message>
        <source>Why did it happen? Then ask why of each answer, up to five times.</source>
        <translation>为什么会发生？再对每个回答追问为什么，最多五次。</translation>
    </message>
    <message>
        <source>Why? (%1)</source>
        <translation>为什么？（%1）</translation>
    </message>
    <message>
        <source>Add a file as evidence</source>
        <translation>添加文件作为证据</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>No checklist items.</source>
        <translation>没有检查项。</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>心情日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How do you feel?</source>
        <translation>你现在感觉如何？</translation>
    </message>
    <message>
        <source>Anything on your mind, in a line or a page.</source>
        <translation>想到什么就写什么，一句或一页都行。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>It is normal to feel this after a complaint. Name the feeling without judging it.</source>
        <translation>被投诉后有这种感受很正常。说出这种感受，不要评判它。</translation>
    </message>
    <message>
        <source>Accept the feeling</source>
        <translation>接纳情绪</translation>
    </message>
    <message>
        <source>Who did you talk to?</source>
        <translation>你和谁聊过？</translation>
    </message>
    <message>
        <source>What did they say or do that helped?</source>
        <translation>他们说了什么、做了什么让你好受些？</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>什么帮到了你</translation>
    </message>
    <message>
        <source>“Every criticism is a gift, if you are willing to open it.” What can you learn from this?</source>
        <translation>“每一次批评都是一份礼物，只要你愿意打开它。”你能从中学到什么？</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>换个角度</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>（不关联案件）</translation>
    </message>
    <message>
        <source>About a case</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Only you can see this. With a passphrase set, it is stored encrypted.</source>
        <translation>只有你能看到。设置密码后，内容会加密保存。</translation>
    </message>
</context>
<context>
    <name>JournalItems</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Moves it to the Trash (kept 30 days)</source>
        <translation>移到回收站（保留 30 天）</translation>
    </message>
    <message>
        <source>Move to the Trash</source>
        <translation>移到回收站</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>&lt;h2&gt;Your journal is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;心情日志已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enter your journal passphrase to read and write.</source>
        <translation>请输入日志密码以阅读和书写。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your journal is hidden&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;心情日志已隐藏&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The privacy switch is on: Ctrl+Shift+L shows the journal again.</source>
        <translation>隐私开关已打开：按 Ctrl+Shift+L 重新显示心情日志。</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>写日志</translation>
    </message>
    <message>
        <source>Thought record…</source>
        <translation>思维记录…</translation>
    </message>
    <message>
        <source>All feelings</source>
        <translation>全部情绪</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>还没有写过日志</translation>
    </message>
    <message>
        <source>A complaint hurts. Write down how you feel, who helped and what you can learn: a mood and one line is enough. Entries stay on this laptop.</source>
        <translation>被投诉会难受。写下你的感受、谁帮助了你、你能学到什么：一个心情加一句话就够了。日志只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Write the first entry</source>
        <translation>写第一篇日志</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>思维记录</translation>
    </message>
    <message>
        <source>Self-reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>心情曲线</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Distress (unpleasant feelings)</source>
        <translation>困扰（不愉快的情绪）</translation>
    </message>
    <message>
        <source>Ease (pleasant feelings)</source>
        <translation>轻松（愉快的情绪）</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>No feelings recorded in this period. Each journal entry with a feeling adds a point here.</source>
        <translation>这段时间没有记录情绪。每篇带情绪的日志都会在这里添加一个点。</translation>
    </message>
    <message>
        <source>Move this journal entry to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将这篇日志移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Edit the lesson</source>
        <translation>编辑案例</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建经验</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防措施</translation>
    </message>
</context>
<context>
    <name>LessonPreviewDialog</name>
    <message>
        <source>Add to the case library</source>
        <translation>加入案例库</translation>
    </message>
    <message>
        <source>Before the lesson is saved, whatever could identify the customer is replaced. Ticked rows are replaced; highlighted rows are guesses: tick each one to replace it or clear it to keep it. Then read the lesson below and change anything you like: it is saved as you leave it.</source>
        <translation>保存经验之前，可识别客户的信息都会被替换。勾选的行将被替换；高亮的行是推测，请逐一确认：勾选表示替换，取消勾选表示保留。然后检查下方的经验内容，可以任意修改：保存的就是你最后看到的文字。</translation>
    </message>
    <message>
        <source>Short names, abbreviations, English names… separated by commas</source>
        <translation>简称、缩写、英文名……用逗号分隔</translation>
    </message>
    <message>
        <source>Other names of the customer</source>
        <translation>客户的其他名称</translation>
    </message>
    <message>
        <source>Other names of “%1”:</source>
        <translation>“%1”的其他名称：</translation>
    </message>
    <message>
        <source>Replace every guess</source>
        <translation>全部推测都替换</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lesson as it will be saved&lt;/b&gt;</source>
        <translation>&lt;b&gt;将要保存的经验&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>加入案例库</translation>
    </message>
    <message>
        <source>Guesses to confirm: %1. Tick to replace, clear to keep.</source>
        <translation>待确认的推测：%1 项。勾选表示替换，取消勾选表示保留。</translation>
    </message>
    <message>
        <source>Every finding has a decision.</source>
        <translation>每一项都已确认。</translation>
    </message>
    <message>
        <source>Nothing that names the customer was found.</source>
        <translation>没有发现可识别客户的信息。</translation>
    </message>
    <message>
        <source>Your edit still contains: %1. It is saved as you wrote it.</source>
        <translation>你修改后的文字中仍含有：%1。将按你写的原样保存。</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Search lessons (Ctrl+F)</source>
        <translation>搜索案例（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>搜索案例</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建经验</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s lessons…</source>
        <translation>导入同事的案例…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Digest as PDF…</source>
        <translation>摘要导出为 PDF…</translation>
    </message>
    <message>
        <source>Digest as Markdown…</source>
        <translation>摘要导出为 Markdown…</translation>
    </message>
    <message>
        <source>Lessons file for colleagues…</source>
        <translation>分享给同事的案例文件…</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Add to a checklist…</source>
        <translation>加入检查清单…</translation>
    </message>
    <message>
        <source>The case library is empty</source>
        <translation>案例库还是空的</translation>
    </message>
    <message>
        <source>When you close a case, add it to the library: its problem, root cause, fix and prevention become a lesson you and your team can search, with customer names removed. You can also write a lesson by hand or import a colleague&apos;s.</source>
        <translation>结案时把案件加入案例库：问题、根本原因、解决方案和预防措施会成为一条可搜索的经验，客户名称会被隐去。你也可以手动写一条，或导入同事的案例。</translation>
    </message>
    <message>
        <source>Write a lesson</source>
        <translation>写一条案例</translation>
    </message>
    <message>
        <source>%1 of %2 lessons match.</source>
        <translation>共 %2 条案例，%1 条匹配。</translation>
    </message>
    <message>
        <source>%1 lessons.</source>
        <translation>共 %1 条案例。</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 lessons selected. Export makes a digest of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已选择 %1 条案例。导出时将生成这些案例的摘要。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson to read it. Select several (Ctrl or Shift and click) to export them as a digest for a team meeting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一条案例即可阅读。按住 Ctrl 或 Shift 点击可多选，导出为团队会议用的摘要。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete lessons</source>
        <translation>删除案例</translation>
    </message>
    <message>
        <source>Move %1 lesson(s) to the Trash? Their cases are kept; checklist items made from them stay, without the link until they are restored. The Trash keeps them 30 days; Ctrl+Z brings them back at once.</source>
        <translation>将 %1 条案例移到回收站？对应的案件会保留；由它们生成的检查项也会保留，只是在恢复之前不再关联。回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
    <message>
        <source>A new checklist: My prevention checklist</source>
        <translation>新建清单：我的预防清单</translation>
    </message>
    <message>
        <source>Add to a checklist</source>
        <translation>加入检查清单</translation>
    </message>
    <message>
        <source>The lesson becomes an item of:</source>
        <translation>把这条案例加入：</translation>
    </message>
    <message>
        <source>My prevention checklist</source>
        <translation>我的预防清单</translation>
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation>已加入“%1”。</translation>
    </message>
    <message>
        <source>There are no lessons to export.</source>
        <translation>没有可导出的案例。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export the digest as PDF</source>
        <translation>摘要导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the digest as Markdown</source>
        <translation>摘要导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Share lessons with colleagues</source>
        <translation>分享案例给同事</translation>
    </message>
    <message>
        <source>Lessons files (*.zip)</source>
        <translation>案例文件 (*.zip)</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s lessons</source>
        <translation>导入同事的案例</translation>
    </message>
    <message>
        <source>Lessons files (*.zip);;All files (*)</source>
        <translation>案例文件 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 未导入：%2没有任何改动。</translation>
    </message>
    <message>
        <source>%1 new lessons added, %2 replaced by theirs, %3 of yours kept.</source>
        <translation>新增 %1 条案例，%2 条采用了对方的版本，保留了你的 %3 条。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Apology letter · %1</source>
        <translation>致歉函 · %1</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>信件语言</translation>
    </message>
    <message>
        <source>by</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>What went wrong, in your neutral words</source>
        <translation>出了什么问题（用你自己的中性措辞）</translation>
    </message>
    <message>
        <source>What happened, and why</source>
        <translation>经过与原因</translation>
    </message>
    <message>
        <source>What you offer to make amends</source>
        <translation>为表歉意提供的补偿</translation>
    </message>
    <message>
        <source>Another promise, if any (already promised: %1)</source>
        <translation>如有新的承诺请填写（已承诺：%1）</translation>
    </message>
    <message>
        <source>e.g. send you the written improvement report</source>
        <translation>例如：向您提交书面整改报告</translation>
    </message>
    <message>
        <source>What you promise next</source>
        <translation>下一步承诺</translation>
    </message>
    <message>
        <source>Letter in</source>
        <translation>信件语言</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>致歉函正文</translation>
    </message>
    <message>
        <source>You have edited the text yourself: the fields on the left no longer change it.</source>
        <translation>你已手动修改正文：左侧各项不再自动改写正文。</translation>
    </message>
    <message>
        <source>Draft it again from the fields</source>
        <translation>按左侧各项重新起草</translation>
    </message>
    <message>
        <source>From the case: %1</source>
        <translation>来自案件：%1</translation>
    </message>
    <message>
        <source>Chinese in an English letter</source>
        <translation>英文信中有中文</translation>
    </message>
    <message>
        <source>The English letter still holds Chinese text: %1.

The customer reads English: translate it in the letter&apos;s text, unless it is a name. Send the letter as it is?</source>
        <translation>英文信中仍有中文：%1。

客户读的是英文：请在信的正文中译成英文（人名除外）。仍按现在的内容发出吗？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The letter needs this before it can go.</source>
        <translation>信件发出前需要填写这一项。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Lessons</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Prevention checklists</source>
        <translation>预防检查清单</translation>
    </message>
</context>
<context>
    <name>MailIntake</name>
    <message>
        <source>New complaint from a mail</source>
        <translation>从邮件新建投诉</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>记录一条新的投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>致歉函</translation>
    </message>
    <message>
        <source>The apology letter of the selected case</source>
        <translation>所选案件的致歉函</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印整改报告</translation>
    </message>
    <message>
        <source>Print the improvement report of the selected case</source>
        <translation>打印所选案件的整改报告</translation>
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
        <source>%1 (select a case first)</source>
        <translation>%1（请先选中一个案件）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Turnaround · 化危为机</source>
        <translation>化危为机 · Turnaround</translation>
    </message>
    <message>
        <source>Sample data (not yours)</source>
        <translation>示例数据（不是你的数据）</translation>
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
        <source>Sample data: explore freely, your own cases are elsewhere.</source>
        <translation>示例数据：随便试，你自己的案件不在这里。</translation>
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
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export commitments to a calendar file…</source>
        <translation>导出承诺到日历文件…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Privacy switch: hide the journal and goals</source>
        <translation>隐私开关：隐藏心情日志和小目标(&amp;P)</translation>
    </message>
    <message>
        <source>Journal and goals hidden (Ctrl+Shift+L shows them).</source>
        <translation>心情日志和小目标已隐藏（按 Ctrl+Shift+L 显示）。</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>导出承诺</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exported %1 commitments to %2.</source>
        <translation>已将 %1 项承诺导出到 %2。</translation>
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
        <source>Nothing due today; first responses under way: %1</source>
        <translation>今天没有到期的承诺；首次回应倒计时中：%1</translation>
    </message>
    <message>
        <source>first responses under way: %1</source>
        <translation>首次回应倒计时中：%1</translation>
    </message>
    <message>
        <source>A setting you typed cannot be saved: %1

Leave Settings without it?</source>
        <translation>你输入的一项设置无法保存：%1

不保存这项就离开“设置”吗？</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Turnaround is still running</source>
        <translation>化危为机仍在运行</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit from the tray icon&apos;s menu.</source>
        <translation>提醒会照常送达。要退出，请使用托盘图标的菜单。</translation>
    </message>
    <message>
        <source>A setting you typed cannot be saved: %1

Quit without it?</source>
        <translation>你输入的一项设置无法保存：%1

不保存这项就退出吗？</translation>
    </message>
</context>
<context>
    <name>MessagePaste</name>
    <message>
        <source>Paste the customer&apos;s message</source>
        <translation>粘贴客户原话</translation>
    </message>
    <message>
        <source>Fills the empty fields from a mail or chat message you copied: who wrote it, their e-mail and phone, when, and the complaint in their words.</source>
        <translation>用你复制的邮件或聊天消息填写空白栏位：发件人、邮箱和电话、时间，以及客户的原话。</translation>
    </message>
    <message>
        <source>or drop a mail file (.eml) here</source>
        <translation>或把邮件文件（.eml）拖到这里</translation>
    </message>
    <message>
        <source>Replace what you typed?</source>
        <translation>替换你已填写的内容？</translation>
    </message>
    <message>
        <source>The message differs from what you typed in: %1. Replace your text with the message&apos;s? (No keeps what you typed and fills only the empty fields.)</source>
        <translation>客户原话与你已填写的内容不同：%1。要用客户原话替换吗？（选“否”则保留你填写的内容，只填空白栏位。）</translation>
    </message>
</context>
<context>
    <name>MoodCheckIn</name>
    <message>
        <source>Right now I feel:</source>
        <translation>此刻我感到：</translation>
    </message>
    <message>
        <source>Note that I feel %1</source>
        <translation>记下：我感到%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Add a few words…</source>
        <translation>写几句…</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>每日提醒时间</translation>
    </message>
    <message>
        <source>Noted at %1: %2.</source>
        <translation>已在 %1 记下：%2。</translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>已撤销。</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>%1 is not a file Turnaround opens (.lessons.zip or .turnaround).</source>
        <translation>%1 不是“化危为机”能打开的文件（应为 .lessons.zip 或 .turnaround）。</translation>
    </message>
</context>
<context>
    <name>PartTable</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected row?</source>
        <translation>删除选中的这一行？</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Fix it now, improve the process, prevent it from happening again, and keep the customer informed. At least one short-term fix is required. The apology letter lists each action as you describe it here.</source>
        <translation>立即修复，优化流程，防止再次发生，并持续向客户通报进展。至少需要一项短期修复措施。致歉函会按这里的描述逐条列出各项措施。</translation>
    </message>
    <message>
        <source>Find the problem</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Analyse the cause</source>
        <translation>分析原因</translation>
    </message>
    <message>
        <source>Solve it</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Learn from it</source>
        <translation>总结经验</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>措施类别</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Verified how</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>A short-term fix</source>
        <translation>一项短期修复措施</translation>
    </message>
    <message>
        <source>Progress updates sent to the customer</source>
        <translation>已向客户通报的进展</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>通报时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>通报内容</translation>
    </message>
    <message>
        <source>Copy for the update</source>
        <translation>复制到进展通报</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Send a progress update every</source>
        <translation>进展通报间隔</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>下次通报到期</translation>
    </message>
    <message>
        <source>after the first update is sent</source>
        <translation>发送第一次通报之后</translation>
    </message>
</context>
<context>
    <name>PrecedentEntry</name>
    <message>
        <source>Lesson</source>
        <translation>案例库</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开查看</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cause:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;原因：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixed by:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;解决：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>PrecedentsPanel</name>
    <message>
        <source>&lt;b&gt;You have seen this before&lt;/b&gt;</source>
        <translation>&lt;b&gt;以前遇到过类似的情况&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Closed cases and lessons like this complaint:</source>
        <translation>与这条投诉相似的已结案件和案例：</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>&lt;b&gt;Remember it.&lt;/b&gt; The passphrase is not stored anywhere. If you lose it, nobody — not even us — can read your journal again.</source>
        <translation>&lt;b&gt;请牢记密码。&lt;/b&gt;密码不会保存在任何地方。一旦遗失，任何人（包括我们）都无法再读取你的日志。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the journal after idle</source>
        <translation>空闲多久后锁定日志</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>移除密码…</translation>
    </message>
    <message>
        <source>Your journal, thought records and self-reviews are encrypted with your passphrase: their text, feelings and intensities, thinking traps and links to cases.</source>
        <translation>你的心情日志、思维记录和复盘都已用你的密码加密：包括文字、情绪及其强度、思维陷阱和关联的案件。</translation>
    </message>
    <message>
        <source>Your journal is not protected by a passphrase. Set one to encrypt it on disk (text, feelings, thinking traps and links to cases) and to lock it when you step away.</source>
        <translation>你的日志没有设置密码。设置密码后，日志会加密保存（文字、情绪、思维陷阱和关联的案件），离开时也能锁定。</translation>
    </message>
    <message>
        <source>Takes effect once a passphrase is set.</source>
        <translation>设置日志密码后生效。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Done. Your journal is encrypted with the new passphrase.</source>
        <translation>完成。你的日志已用新密码加密。</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>移除密码</translation>
    </message>
    <message>
        <source>Store your journal unencrypted again?</source>
        <translation>要把日志改回不加密保存吗？</translation>
    </message>
    <message>
        <source>The passphrase is removed; the journal is stored unencrypted.</source>
        <translation>密码已移除；日志现在不加密保存。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
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
        <source>in Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>英文</translation>
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
        <translation>删除</translation>
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
</context>
<context>
    <name>PromiseRow</name>
    <message>
        <source>Mark kept</source>
        <translation>标记已兑现</translation>
    </message>
    <message>
        <source>The customer has what was promised: record it as kept now</source>
        <translation>客户已经得到了承诺的内容：现在记为已兑现</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>A progress report (promised in the first response)</source>
        <translation>汇报进展（首次回应时承诺）</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>已于 %1 兑现</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 前兑现</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <source>Record “%1” as kept now?</source>
        <translation>把“%1”记为现在已兑现吗？</translation>
    </message>
    <message>
        <source>Withdraw a promise</source>
        <translation>撤回承诺</translation>
    </message>
    <message>
        <source>Why will “%1” not be kept as promised (agreed otherwise with the customer, replaced by another promise)? The reason stays on the case&apos;s timeline for you; the report for the customer leaves it out.</source>
        <translation>为什么“%1”不再按原承诺兑现（已与客户另行约定、由新的承诺代替等）？原因只记在案件时间线上供你查看，给客户的整改报告不会写入。</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Promises to the customer</source>
        <translation>对客户的承诺</translation>
    </message>
    <message>
        <source>A progress update keeps the promise of a report. Anything else you promised (a visit, a document) is kept when you say so here.</source>
        <translation>记录一次进展通报，即兑现“汇报进展”的承诺。其他承诺（上门、提交文档等）需在这里标记已兑现。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore the latest backup, %1? What is there now is kept aside in the data folder, with the date in its folder&apos;s name.</source>
        <translation>要恢复最近的备份 %1 吗？现有内容会先移到数据文件夹中另存，文件夹名带有日期。</translation>
    </message>
    <message>
        <source>There is no backup in the data folder. Nothing has been changed.</source>
        <translation>数据文件夹中没有备份。未做任何更改。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Start with no data</source>
        <translation>从空白数据开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Turnaround files (*%1)</source>
        <translation>化危为机数据文件 (*%1)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>没有做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>How are you today?</source>
        <translation>今天感觉怎么样？</translation>
    </message>
    <message>
        <source>One tap in the journal is enough: how do you feel right now?</source>
        <translation>在心情日志里点一下就好：此刻你感觉如何？</translation>
    </message>
    <message>
        <source>Commitments need you</source>
        <translation>有承诺需要处理</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon. See Today in the Cases view.</source>
        <translation>%1 项已逾期，%2 项即将到期。请查看案件视图中的“今天”。</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>即将到期：%1</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <source>Repair the relationship: apologise formally, offer something of value, visit again, and ask how satisfied they are.</source>
        <translation>修复关系：正式致歉，提供有价值的补偿，再次回访，并了解客户的满意程度。</translation>
    </message>
    <message>
        <source>Compensation offered</source>
        <translation>补偿方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Write the apology letter…</source>
        <translation>撰写致歉函…</translation>
    </message>
    <message>
        <source>Follow-up visit due</source>
        <translation>回访到期日</translation>
    </message>
    <message>
        <source>Follow-up visit done on</source>
        <translation>回访完成日期</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>满意度（CSAT，1–5）</translation>
    </message>
    <message>
        <source>Would recommend us (NPS, 0–10)</source>
        <translation>推荐意愿（NPS，0–10）</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未调查</translation>
    </message>
</context>
<context>
    <name>SelfReviewDialog</name>
    <message>
        <source>Blameless self-review</source>
        <translation>无责复盘</translation>
    </message>
    <message>
        <source>Look back without blame: what happened, not who is at fault. This stays in your private journal; it is never part of a letter, a report or the case library.</source>
        <translation>不带责备地回顾：关注发生了什么，而不是谁的错。复盘只保存在你的私人日志中，绝不会出现在致歉函、报告或案例库里。</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>做得好的地方</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出问题的地方</translation>
    </message>
    <message>
        <source>Where I was lucky</source>
        <translation>运气好的地方</translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation>下次我会怎么做</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>解锁心情日志</translation>
    </message>
    <message>
        <source>Journal passphrase:</source>
        <translation>日志密码：</translation>
    </message>
    <message>
        <source>The journal is hidden by the privacy switch (Ctrl+Shift+L shows it again).</source>
        <translation>心情日志已被隐私开关隐藏（按 Ctrl+Shift+L 重新显示）。</translation>
    </message>
</context>
<context>
    <name>SelfReviewsTab</name>
    <message>
        <source>No self-reviews yet. One is offered when you close a case, and any closed case can have one (its menu in the Cases list, or its case file): it stays here, never in anything you share.</source>
        <translation>还没有复盘。结案时会提示你写一篇；任何已结案的案件都可以补写（在案件列表中右键该案件，或在案件档案中）。复盘只保存在这里，绝不会出现在你分享的任何内容中。</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>做得好的地方</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出问题的地方</translation>
    </message>
    <message>
        <source>Where I was lucky</source>
        <translation>运气好的地方</translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation>下次我会怎么做</translation>
    </message>
    <message>
        <source>Move this self-review to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将这篇复盘移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
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
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
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
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Serif (宋体-like)</source>
        <translation>衬线体（宋体风格）</translation>
    </message>
    <message>
        <source>Sans (黑体-like)</source>
        <translation>无衬线体（黑体风格）</translation>
    </message>
    <message>
        <source>Document font</source>
        <translation>文档字体</translation>
    </message>
    <message>
        <source>The body text of the apology letter, the improvement report and the escalation brief. A serif is the convention for a formal letter; headings stay sans.</source>
        <translation>用于致歉函、整改报告和升级简报的正文。正式信函通常使用宋体等衬线字体；标题仍使用黑体。</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed, so that reminders keep coming (Quit from the tray icon&apos;s menu)</source>
        <translation>关闭窗口后仍在托盘中运行，提醒照常送达（从托盘图标的菜单退出）</translation>
    </message>
    <message>
        <source>Saved. Turnaround will use this language the next time it starts.</source>
        <translation>已保存。下次启动时将使用该语言。</translation>
    </message>
</context>
<context>
    <name>SeverityHint</name>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>The complaint speaks of %1: that suggests &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>投诉中提到 %1，建议严重程度为&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
</context>
<context>
    <name>SharingCheckDialog</name>
    <message>
        <source>Check before sharing</source>
        <translation>分享前检查</translation>
    </message>
    <message>
        <source>These lessons may still name a customer or a person. Ticked rows are replaced in the file only; your library stays as it is. Highlighted rows are guesses: tick each one to replace it or clear it to keep it.</source>
        <translation>这些经验中可能仍有客户或个人的名称。勾选的行只在导出的文件中替换，案例库本身不变。高亮的行是推测，请逐一确认：勾选表示替换，取消勾选表示保留。</translation>
    </message>
    <message>
        <source>Replace every guess</source>
        <translation>全部推测都替换</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Guesses to confirm: %1. Tick to replace, clear to keep.</source>
        <translation>待确认的推测：%1 项。勾选表示替换，取消勾选表示保留。</translation>
    </message>
    <message>
        <source>Every finding has a decision.</source>
        <translation>每一项都已确认。</translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>你的职务</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>你的公司</translation>
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
        <source>Sign the letter (in English; saved to Settings)</source>
        <translation>落款（英文，会保存到设置）</translation>
    </message>
    <message>
        <source>Sign the letter (in Chinese; saved to Settings)</source>
        <translation>落款（中文，会保存到设置）</translation>
    </message>
    <message>
        <source>Sign the message (in English; saved to Settings)</source>
        <translation>消息落款（英文，会保存到设置）</translation>
    </message>
    <message>
        <source>Sign the message (in Chinese; saved to Settings)</source>
        <translation>消息落款（中文，会保存到设置）</translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>Turnaround is already open for this data folder (%1). Switch to its window.</source>
        <translation>化危为机已经打开了这个数据文件夹（%1）。请切换到那个窗口。</translation>
    </message>
    <message>
        <source>Turnaround is already open for this data folder (%1); its window was brought to the front.</source>
        <translation>“化危为机”已经打开了这个数据文件夹（%1），已将它的窗口切换到最前。</translation>
    </message>
    <message>
        <source>Turnaround&apos;s command &quot;%1&quot; is working on this data folder (%2). Open the window again when it has finished.</source>
        <translation>“化危为机”的命令“%1”正在处理此数据文件夹（%2）。请等它完成后再打开窗口。</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Use this suggestion</source>
        <translation>采用此建议</translation>
    </message>
    <message>
        <source>The complaint, with the words that weighed</source>
        <translation>投诉原文（标出了起作用的词句）</translation>
    </message>
    <message>
        <source>No suggestion: nothing in the complaint tells what kind it is. Choose the type yourself.</source>
        <translation>无法给出建议：投诉内容里没有能判断类型的信息。请自行选择类型。</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; (%2% sure), mostly because of %3.</source>
        <translation>建议：&lt;b&gt;%1&lt;/b&gt;（把握 %2%），主要依据是 %3。</translation>
    </message>
    <message>
        <source>Part of it is a %1 complaint too: %2.</source>
        <translation>其中也涉及%1问题：%2。</translation>
    </message>
    <message>
        <source>You decide.</source>
        <translation>由你决定。</translation>
    </message>
    <message>
        <source>Noted: complaints like this one will be suggested as you classified it. Settings › Suggestions can forget what was learned.</source>
        <translation>已记下：以后类似的投诉会按你的分类来建议。可在“设置 › 建议”中清除学到的内容。</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>The Classify step suggests a type from the complaint&apos;s words. When you choose another type than the one suggested, that complaint and your choice are kept on this computer, and later suggestions follow your way of classifying.</source>
        <translation>“识别类型”一步会根据投诉的措辞建议类型。当你选择了与建议不同的类型时，这条投诉和你的选择会保存在本机上，之后的建议会按你的分类习惯来给出。</translation>
    </message>
    <message>
        <source>Forget what was learned…</source>
        <translation>清除学到的内容…</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n of your classifications.</source>
        <translation>
            <numerusform>已从你的 %n 次分类中学习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing learned yet: the suggestions are the shipped ones.</source>
        <translation>尚未学习任何内容：目前使用的是内置的建议。</translation>
    </message>
    <message>
        <source>Forget what was learned</source>
        <translation>清除学到的内容</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n classification(s) the suggestion learned from? Your cases keep their types; only the suggestion goes back to the shipped one.</source>
        <translation>
            <numerusform>要清除建议从你的 %n 次分类中学到的内容吗？案例的类型不会改变，只是建议恢复为内置的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n classification(s).</source>
        <translation>
            <numerusform>已清除 %n 次分类。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>You do not have to carry this alone: escalate when it is serious, bring in the departments that can help, and ask for what you need.</source>
        <translation>你不必独自扛：情况严重时及时升级，请能帮忙的部门参与，并申请所需资源。</translation>
    </message>
    <message>
        <source>Escalation brief for your supervisor (PDF)…</source>
        <translation>给主管的升级简报（PDF）…</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>升级给谁</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>在本案中的角色</translation>
    </message>
    <message>
        <source>Resource requests</source>
        <translation>资源申请</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>向谁申请</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lesson to share at the team meeting</source>
        <translation>在团队会议上分享的经验</translation>
    </message>
    <message>
        <source>Shared at the meeting on</source>
        <translation>分享日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escalation is advisable&lt;/b&gt;, because:</source>
        <translation>&lt;b&gt;建议升级处理&lt;/b&gt;，因为：</translation>
    </message>
    <message>
        <source>Nothing here calls for escalation yet:</source>
        <translation>目前不需要升级：</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>What the letter and the first-response messages say before the case fills them in. A {field} is filled from the case; a part in [[double brackets]] is left out when something in it is not known. Double-click a field to insert it.</source>
        <translation>致歉函和首次回应话术在填入案件内容之前的原文。{字段} 会用案件的内容填写；[[双方括号]] 中的一段，只要其中有未知的内容就整段省略。双击字段即可插入。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>可用字段</translation>
    </message>
    <message>
        <source>Reset to default…</source>
        <translation>恢复默认…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Apology letter · %1</source>
        <translation>致歉函 · %1</translation>
    </message>
    <message>
        <source>First response · %1 · %2</source>
        <translation>首次回应 · %1 · %2</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>模板尚未保存</translation>
    </message>
    <message>
        <source>Save your changes to “%1” first?</source>
        <translation>先保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation>已由你修改</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>默认内容</translation>
    </message>
    <message>
        <source>Saved. New letters and messages use it.</source>
        <translation>已保存。新的致歉函和消息将使用它。</translation>
    </message>
    <message>
        <source>Reset the template</source>
        <translation>恢复默认模板</translation>
    </message>
    <message>
        <source>Replace your “%1” with the shipped text? Your edits are lost.</source>
        <translation>用默认内容替换你的“%1”？你的修改将丢失。</translation>
    </message>
    <message>
        <source>Back to the shipped text.</source>
        <translation>已恢复为默认内容。</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordWizard</name>
    <message>
        <source>Thought record</source>
        <translation>思维记录</translation>
    </message>
    <message>
        <source>1. Situation</source>
        <translation>1. 情境</translation>
    </message>
    <message>
        <source>What happened? Where, when, with whom — the facts only.</source>
        <translation>发生了什么？在哪里、什么时候、和谁——只写事实。</translation>
    </message>
    <message>
        <source>2. Automatic thoughts</source>
        <translation>2. 自动思维</translation>
    </message>
    <message>
        <source>What went through your mind? Write the thoughts as they came.</source>
        <translation>你脑中闪过了什么？按原样写下这些想法。</translation>
    </message>
    <message>
        <source>3. Emotions</source>
        <translation>3. 情绪</translation>
    </message>
    <message>
        <source>What did you feel, and how strongly (0–100)?</source>
        <translation>你当时有什么情绪？强度多少（0–100）？</translation>
    </message>
    <message>
        <source>4. Thinking traps</source>
        <translation>4. 思维陷阱</translation>
    </message>
    <message>
        <source>Which of these patterns do you recognise in your thoughts?</source>
        <translation>你在自己的想法中认出了哪些模式？</translation>
    </message>
    <message>
        <source>5. Evidence for</source>
        <translation>5. 支持的证据</translation>
    </message>
    <message>
        <source>What facts support the thought?</source>
        <translation>有哪些事实支持这个想法？</translation>
    </message>
    <message>
        <source>6. Evidence against</source>
        <translation>6. 反对的证据</translation>
    </message>
    <message>
        <source>What facts do not fit it? What would you tell a colleague in your place?</source>
        <translation>有哪些事实与之不符？如果同事处在你的位置，你会对他说什么？</translation>
    </message>
    <message>
        <source>7. Balanced thought</source>
        <translation>7. 平衡的想法</translation>
    </message>
    <message>
        <source>A fairer way to see it, taking all the evidence into account.</source>
        <translation>综合所有证据，更公允地看待这件事。</translation>
    </message>
    <message>
        <source>Re-rate your emotions</source>
        <translation>重新评估情绪</translation>
    </message>
    <message>
        <source>How strong are the same emotions now?</source>
        <translation>这些情绪现在有多强烈？</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordsTab</name>
    <message>
        <source>No thought records yet. When a thought keeps coming back, a thought record helps to look at it calmly.</source>
        <translation>还没有思维记录。当某个念头反复出现时，思维记录能帮你冷静地审视它。</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Automatic thoughts</source>
        <translation>自动思维</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>思维陷阱</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>支持的证据</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>反对的证据</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>平衡的想法</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Thinking trap</source>
        <translation>思维陷阱</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How often each thinking trap came up</source>
        <translation>各种思维陷阱出现的次数</translation>
    </message>
    <message>
        <source>Move this thought record to the Trash? It is kept there for 30 days; Ctrl+Z brings it back at once.</source>
        <translation>将这条思维记录移到回收站？回收站会保留 30 天；按 Ctrl+Z 可立即撤销。</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due today and overdue</source>
        <translation>今天到期和已逾期</translation>
    </message>
    <message>
        <source>Nothing is due today. Promises you make appear here on the day they fall due.</source>
        <translation>今天没有到期事项。你做出的承诺会在到期当天显示在这里。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>…and %1 more: tick “Overdue only” in the list</source>
        <translation>…还有 %1 项：可在列表中勾选“只看逾期”</translation>
    </message>
    <message>
        <source>This week&apos;s goals</source>
        <translation>本周小目标</translation>
    </message>
</context>
<context>
    <name>ToneReview</name>
    <message>
        <source>Tone check</source>
        <translation>语气检查</translation>
    </message>
    <message>
        <source>The English letter holds Chinese text (%1): translate it, unless it is a name.</source>
        <translation>英文信中含有中文（%1）：除非是人名或名称，请译成英文。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tone check&lt;/b&gt;: no phrase to change; read the note below.</source>
        <translation>&lt;b&gt;语气检查&lt;/b&gt;：没有需要修改的措辞，但请看下面的提示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tone check&lt;/b&gt;: nothing to change.</source>
        <translation>&lt;b&gt;语气检查&lt;/b&gt;：没有需要修改的地方。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tone check&lt;/b&gt;: %1 phrase(s) worth another look. They do not stop the export.</source>
        <translation>&lt;b&gt;语气检查&lt;/b&gt;：有 %1 处措辞值得再斟酌。它们不会阻止导出。</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Unlock the journal first: what was deleted from it is restored only then.</source>
        <translation>请先解锁心情日志：从日志中删除的内容只能在解锁后恢复。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未能恢复</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>思维记录</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Small goal</source>
        <translation>小目标</translation>
    </message>
    <message>
        <source>the journal entry of %1</source>
        <translation>日志（%1）</translation>
    </message>
    <message>
        <source>the thought record of %1</source>
        <translation>思维记录（%1）</translation>
    </message>
    <message>
        <source>the self-review of %1</source>
        <translation>复盘（%1）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo delete of %1 items</source>
        <translation>撤销删除 %1 项(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo delete of %1</source>
        <translation>撤销删除%1(&amp;U)</translation>
    </message>
    <message>
        <source>Moved %1 items to the Trash. Ctrl+Z undoes it; the Trash keeps them 30 days.</source>
        <translation>已将 %1 项移到回收站。按 Ctrl+Z 可撤销；回收站会保留 30 天。</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash. Ctrl+Z undoes it; the Trash keeps it 30 days.</source>
        <translation>已将%1移到回收站。按 Ctrl+Z 可撤销；回收站会保留 30 天。</translation>
    </message>
    <message>
        <source>Restored %1 items.</source>
        <translation>已恢复 %1 项。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复%1。</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>What you delete is kept here for 30 days, then removed for good. Restore brings it back as it was, with everything recorded in it.</source>
        <translation>删除的内容会在这里保留 30 天，之后永久删除。恢复后，它会连同其中记录的全部内容原样回来。</translation>
    </message>
    <message>
        <source>What was deleted from the journal is shown while the journal is unlocked.</source>
        <translation>从心情日志中删除的内容，只在日志解锁时显示。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Empty the Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Delete it for good? This cannot be undone.</source>
        <translation>永久删除该项？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete these %1 items for good? This cannot be undone.</source>
        <translation>永久删除这 %1 项？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation>永久删除回收站中的全部内容？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>清空回收站</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Turnaround · %1 due today · %2 overdue</source>
        <translation>化危为机 · 今天到期 %1 项 · 已逾期 %2 项</translation>
    </message>
    <message>
        <source>Open Turnaround</source>
        <translation>打开化危为机</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Today&apos;s commitments</source>
        <translation>今天的承诺</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有到期的承诺</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户中</translation>
    </message>
    <message>
        <source>What is the customer to send or do? While you wait, this case&apos;s deadlines stand still; when it comes, mark it received and they run again.</source>
        <translation>客户需要提供或完成什么？等待期间，本案件的期限暂停计时；收到后标记为“已收到”，计时随即恢复。</translation>
    </message>
    <message>
        <source>e.g. the server logs of 24 November</source>
        <translation>例如：11月24日的服务器日志</translation>
    </message>
    <message>
        <source>What we need</source>
        <translation>需要客户提供</translation>
    </message>
    <message>
        <source>They said by</source>
        <translation>客户承诺的日期</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Turnaround</source>
        <translation>欢迎使用化危为机</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Turnaround · 化危为机&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用化危为机 · Turnaround&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A complaint goes through eight steps: %1. Every promise you make stays in view until it is kept.</source>
        <translation>一个投诉分八步处理：%1。你对客户做出的每一个承诺都会一直显示，直到兑现为止。</translation>
    </message>
    <message>
        <source>All optional: what you skip is asked for where a letter or a message needs it, and can be changed in Settings.</source>
        <translation>以上均可不填：跳过的内容会在写致歉函或回复消息需要时再问你，也可以随时在“设置”中修改。</translation>
    </message>
    <message>
        <source>Explore sample data…</source>
        <translation>先看看示例数据…</translation>
    </message>
    <message>
        <source>Sample cases in a second window and a folder of their own: never mixed with yours.</source>
        <translation>示例案件在另一个窗口打开，存放在单独的文件夹里，绝不会混入你自己的数据。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>The sample data opens in a second window. Your own data is not touched.</source>
        <translation>示例数据正在另一个窗口中打开。你自己的数据不受影响。</translation>
    </message>
    <message>
        <source>The sample data could not be opened.</source>
        <translation>无法打开示例数据。</translation>
    </message>
</context>
<context>
    <name>WorkingHoursTab</name>
    <message>
        <source>Working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Every customer (the default)</source>
        <translation>所有客户（默认）</translation>
    </message>
    <message>
        <source>Deadlines count in</source>
        <translation>期限计算方式</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Day ends at</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Mainland China: official days off and make-up working days</source>
        <translation>中国大陆：法定放假与调休上班</translation>
    </message>
    <message>
        <source>None: only the days off entered below</source>
        <translation>无：只按下面填写的休息日</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>Official days are known for %1–%2. %3 is not published yet (the State Council publishes it around November): until it is, weekends and the public holidays estimated from the calendar (the Spring Festival among them) are assumed, without make-up working days, and every deadline in %3 says so. When the notice is out, enter its dates here.</source>
        <translation>已知 %1–%2 年的官方放假安排。%3 年的安排尚未公布（国务院通常在 11 月前后发布）：在此之前，暂按周末和按历法估算的法定节假日（包括春节）计算，不含调休上班日，%3 年内的每个期限都会注明。通知发布后，请在此填写其中的日期。</translation>
    </message>
    <message>
        <source>As the notice writes them, e.g. %1-02-06 to %1-02-12</source>
        <translation>按通知原文填写，例如 %1-02-06 至 %1-02-12</translation>
    </message>
    <message>
        <source>Saved. New deadlines use these dates.</source>
        <translation>已保存。新的期限将按这些日期计算。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Deadlines count in calendar hours unless you choose working hours, for every customer or for one. Working hours skip mainland China&apos;s official days off and count its make-up working days.</source>
        <translation>期限默认按自然小时计算；也可以为所有客户或某个客户改为按工作小时计算。工作小时跳过中国大陆的法定放假日，并计入调休上班日。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>For example: 2026-12-24, or 2027-01-25 to 2027-01-29</source>
        <translation>例如：2026-12-24，或 2027-01-25 至 2027-01-29</translation>
    </message>
    <message>
        <source>Official calendar</source>
        <translation>官方放假安排</translation>
    </message>
    <message>
        <source>Official days are known for %1–%2.</source>
        <translation>已知 %1–%2 年的官方放假安排。</translation>
    </message>
    <message>
        <source>The Saturdays or Sundays worked, e.g. %1-02-20</source>
        <translation>需要上班的周六或周日，例如 %1-02-20</translation>
    </message>
    <message>
        <source>Days off in the notice</source>
        <translation>通知中的放假日</translation>
    </message>
    <message>
        <source>One date or range per line</source>
        <translation>每行一个日期或日期范围</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Save official dates</source>
        <translation>保存官方日期</translation>
    </message>
    <message>
        <source>As every customer</source>
        <translation>与所有客户相同</translation>
    </message>
    <message>
        <source>Calendar hours (every hour counts)</source>
        <translation>自然小时（每小时都计）</translation>
    </message>
    <message>
        <source>Your own days off (every customer)</source>
        <translation>你自己的休息日（适用于所有客户）</translation>
    </message>
    <message>
        <source>This customer&apos;s own days off</source>
        <translation>该客户自己的休息日</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Saved. New deadlines for %1 use it.</source>
        <translation>已保存。%1 的新期限将按此计算。</translation>
    </message>
</context>
</TS>
