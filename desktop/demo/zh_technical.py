"""技术类投诉的演示文本（功能故障、性能、接口、数据丢失、其他）。"""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.FUNCTION_FAILURE: Story(
        remedies=(
            "尽快恢复功能，并说明是什么原因。",
            "今天下班前给出解决办法，受影响的单据要帮我们补处理好。",
            "修好以后出一份书面说明，保证不再出现。",
        ),
        impacts=(
            "相关业务只能改用手工处理，效率明显下降。",
            "一线人员无法正常办理业务，已有服务对象不满。",
        ),
        causes=(
            Cause(
                "上次版本升级时，该功能的一项业务规则配置被默认值覆盖，升级后的回归测试没有覆盖"
                "这个场景。",
                fix="恢复正确的规则配置，并补处理升级后受影响的单据",
                improve="升级脚本改为保留现场已有配置，升级后逐项比对配置差异",
                prevent="把这一场景加入升级回归测试用例库",
                escape="回归测试只跑了标准用例，没有用客户现场的配置。",
                factors=((F.CONFIGURATION_ERROR, N.OBJECTIVE, "升级脚本覆盖了现场配置"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="升级不只是换程序，现场配置也要一起核对。",
            ),
            Cause(
                "程序在处理一种少见的数据组合时存在缺陷，这种组合在我们的测试数据里从未出现过。",
                fix="发布修复补丁，并重新处理出错的记录",
                improve="用客户现场的脱敏数据补充测试数据集",
                prevent="在产品测试中加入边界数据的自动化用例",
                escape="测试数据过于理想化，没有覆盖现场的真实数据。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "程序对特殊数据组合处理有误"),),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="测试要用接近现场的数据，理想数据发现不了真问题。",
            ),
            Cause(
                "现场实施时漏配了一项参数，功能在特定条件下走了错误的处理分支。",
                fix="补齐参数配置，并与客户一起逐项验证",
                improve="整理该模块的必配参数清单，实施时逐项勾选",
                prevent="配置变更实行双人复核",
                escape="上线前的配置检查没有对照参数清单逐项进行。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "实施人员漏配参数"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "上线前赶工，配置检查被压缩"),
                ),
                responsibility=Resp.IMPLEMENTATION,
                lesson="配置靠记忆一定会漏，要靠清单和复核。",
            ),
        ),
        looking=(
            "已收到反馈，正在测试环境复现，并查看出错时段的系统日志。",
            "问题已能稳定复现，正在排查是程序还是配置导致的，有结论第一时间告知。",
        ),
        heard=(
            "{contact}介绍：问题是最近几天出现的，{department}约{users}人受影响，目前靠手工"
            "方式应付。",
            "与{contact}一起重走了一遍操作，确认了出错的环节和当时的提示信息。",
        ),
        team=(
            ("dev", "看过日志后认为问题集中在同一个处理环节，出现时间与最近一次变更吻合。"),
            ("qa", "当时的测试用例没有覆盖这种情况，测试环境的数据也和现场不一样。"),
        ),
        evidence=(
            ("出错时段的应用日志", "记录了出错时的异常信息和请求参数。"),
            ("客户提供的操作截图", "能看到出错时界面上的提示。"),
        ),
        asks=("出错时的操作截图和大致时间", "一份出错单据的样例数据"),
        requests=(("一名开发人员支援两天", "研发部"), ("现场数据的脱敏副本", "运维组")),
        criterion="同类问题两周内没有再出现",
    ),
    Sub.PERFORMANCE: Story(
        remedies=(
            "一周内把响应时间降下来，恢复到上线时的水平。",
            "高峰时段必须能正常使用，给出优化方案和完成时间。",
            "先拿出临时办法保证业务，再彻底优化。",
        ),
        impacts=(
            "高峰时段业务办理明显变慢，排队时间变长。",
            "员工加班等待系统处理，工作安排被打乱。",
        ),
        causes=(
            Cause(
                "几张核心数据表缺少合适的索引，数据量增长后查询变成全表扫描，高峰时段尤其明显。",
                fix="为相关查询补建索引并调整执行计划",
                improve="为核心业务建立响应时间监控和告警",
                prevent="上线前按三年的数据量做性能测试",
                escape="性能测试用的是上线初期的数据量，没有预估增长。",
                factors=((F.CONFIGURATION_ERROR, N.SUBJECTIVE, "数据库索引设计不足"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="数据量会长，性能测试要按将来的量做。",
            ),
            Cause(
                "批量统计任务被安排在白天业务高峰运行，和日常操作抢占数据库资源。",
                fix="把批量任务挪到夜间运行，白天只保留必要的增量计算",
                improve="梳理所有定时任务的运行时段和资源占用",
                prevent="新增定时任务须评估运行时段并经过审批",
                escape="定时任务上线时只验证了结果，没有看运行时段。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "定时任务时段安排不当"),
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "未与客户确认业务高峰时段"),
                ),
                responsibility=Resp.IMPLEMENTATION,
                lesson="定时任务什么时候跑，和跑什么一样重要。",
            ),
            Cause(
                "新版本的一处查询逻辑效率不高，每次操作都重复读取大量数据。",
                fix="发布优化补丁，去掉重复读取",
                improve="对常用功能做一次性能体检",
                prevent="版本发布前增加性能对比测试",
                escape="版本测试只看功能对不对，没有比较前后响应时间。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "新版本查询逻辑低效"),),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="每次发版都要和上个版本比一比快慢。",
            ),
        ),
        looking=(
            "已在高峰时段采集性能数据，正在分析慢在哪个环节。",
            "初步判断与数据库查询有关，正在逐条分析耗时最长的语句。",
        ),
        heard=(
            "{contact}说明了变慢的时段和最常用的几个操作，{department}每天约{users}人在用。",
            "{contact}演示了日常操作，我们现场计时，高峰时段明显慢于平时。",
        ),
        team=(
            ("dev", "数据库监控显示高峰时段有几条语句耗时很长，占用了大部分资源。"),
            ("qa", "上线前的性能测试数据量只有现在的一小部分。"),
        ),
        evidence=(
            ("高峰时段的数据库慢查询记录", "列出了耗时最长的语句和执行次数。"),
            ("现场计时记录", "常用操作在高峰和平时的耗时对比。"),
        ),
        asks=("高峰时段的服务器监控截图", "开放一个只读的数据库账号用于分析"),
        requests=(("一名数据库工程师支援", "研发部"), ("性能测试环境两天", "测试部")),
        criterion="高峰时段常用操作的响应时间回到约定范围内",
    ),
    Sub.INTERFACE_ERROR: Story(
        remedies=(
            "尽快修复接口，把没传过去的数据补传。",
            "先恢复数据同步，再查清楚是哪一方的问题。",
            "建立接口监控，出错时第一时间通知我们。",
        ),
        impacts=(
            "两个系统的数据对不上，需要人工核对和补录。",
            "下游业务等待数据，办理被迫推迟。",
        ),
        causes=(
            Cause(
                "对方系统升级后调整了一个字段的格式，我方接口没有及时适配，报文被对方拒收。",
                fix="按新格式适配接口，并补传失败的数据",
                improve="与对方建立接口变更提前通知机制",
                prevent="接口增加报文校验和失败告警",
                escape="接口只在上线时联调过一次，之后没有监控。",
                factors=(
                    (F.COMMUNICATION_GAP, N.OBJECTIVE, "第三方变更未提前通知"),
                    (F.TECHNICAL_DEFECT, N.OBJECTIVE, "接口缺少失败告警"),
                ),
                responsibility=Resp.THIRD_PARTY,
                lesson="接口是两家的事，变更通知要写进协议。",
            ),
            Cause(
                "接口的重试机制有缺陷，网络短暂中断后失败的数据没有重新发送。",
                fix="修复重试逻辑，并把积压的数据全部重发",
                improve="增加每日对账，两边数量不一致时自动提醒",
                prevent="接口上线前做断网、超时等异常测试",
                escape="联调只测了正常情况，没有模拟网络中断。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "重试机制缺陷"),),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="接口测试要专门测失败的情况。",
            ),
            Cause(
                "现场配置的接口地址和证书在环境迁移时没有同步更新，部分请求发到了旧地址。",
                fix="更正接口地址和证书配置，补传期间失败的数据",
                improve="整理接口配置清单，纳入环境迁移检查项",
                prevent="环境迁移后执行接口连通性检查",
                escape="环境迁移的检查清单里没有接口配置这一项。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "迁移时遗漏接口配置"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="迁移清单要包括所有对外连接。",
            ),
        ),
        looking=(
            "正在核对两边的接口日志，定位失败的报文和时间点。",
            "已联系对方系统的技术人员一起排查，失败数据已先整理出清单。",
        ),
        heard=(
            "{contact}说明了数据对不上的情况，{department}目前靠人工比对来补救。",
            "{contact}提供了出错前后的业务记录，便于我们逐笔核对。",
        ),
        team=(
            ("dev", "接口日志显示失败集中在同一类报文，错误码指向格式校验。"),
            ("pm", "对方系统近期有过升级，我们没有收到正式通知。"),
        ),
        evidence=(
            ("接口调用日志", "失败报文的时间、错误码和返回内容。"),
            ("失败数据清单", "逐笔列出未同步成功的业务记录。"),
        ),
        asks=("对方系统的接口变更说明", "对方技术联系人的联系方式"),
        requests=(("接口开发人员一名", "研发部"), ("与对方厂商的协调会议", "项目总监")),
        criterion="两周内接口无失败记录，每日对账一致",
    ),
    Sub.DATA_LOSS: Story(
        remedies=(
            "把丢失的数据全部恢复，并书面说明原因。",
            "先恢复数据，再给出防止再次发生的措施。",
            "逐条核对恢复结果，由我们确认后才算完成。",
        ),
        impacts=(
            "部分业务记录缺失，相关工作无法继续。",
            "需要大量人工补录和核对，影响对外服务。",
        ),
        causes=(
            Cause(
                "数据迁移脚本的字段映射有遗漏，迁移时一部分记录的关键字段被置空。",
                fix="从迁移前的备份中恢复受影响的记录，并逐条核对",
                improve="为迁移脚本增加迁移前后的数量和金额核对",
                prevent="数据迁移必须先在全量副本上演练",
                escape="迁移演练只用了部分样本数据。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "迁移脚本字段映射遗漏"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="迁移前后一定要对数，不能只看脚本跑没跑完。",
            ),
            Cause(
                "归档清理任务的条件设置过宽，把仍在使用期内的记录当作过期数据清理掉了。",
                fix="从归档库和备份中找回被清理的记录",
                improve="清理任务改为先移入回收区，保留三十天",
                prevent="清理规则变更须由客户书面确认",
                escape="清理条件上线前没有与客户核对保留期限。",
                factors=(
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "数据保留期限未书面确认"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "清理条件设置过宽"),
                ),
                responsibility=Resp.SHARED,
                lesson="删除数据的规则必须白纸黑字确认。",
            ),
            Cause(
                "升级前没有执行备份校验，升级脚本覆盖了历史数据表。",
                fix="从最近一次完整备份恢复历史数据，并补录之后的变化",
                improve="升级流程中加入备份校验的强制步骤",
                prevent="每月做一次备份恢复演练",
                escape="升级检查单上的备份校验被跳过了。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "未执行备份校验"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="没有验证过的备份等于没有备份。",
            ),
        ),
        looking=(
            "已暂停相关的定时任务，防止影响扩大，正在确认丢失数据的范围。",
            "正在比对备份和现有数据，已整理出初步的缺失清单。",
        ),
        heard=(
            "{contact}说明了发现数据缺失的经过，{department}已先用纸质记录维持工作。",
            "{contact}提供了几条确定缺失的记录，作为我们核对恢复结果的样本。",
        ),
        team=(
            ("dev", "从任务日志看，数据是在一次批量处理中被改写的，备份里还有完整记录。"),
            ("pm", "升级当晚的操作记录不完整，备份校验这一步没有留下记录。"),
        ),
        evidence=(
            ("批量任务执行日志", "记录了数据被改写的时间和范围。"),
            ("备份文件清单", "可用于恢复的备份及其时间点。"),
        ),
        asks=("业务部门核对后的缺失记录清单", "确认可以暂停相关业务一小时用于恢复"),
        requests=(("数据库工程师支援恢复", "研发部"), ("一台临时恢复服务器", "运维组")),
        criterion="恢复的数据经客户逐条核对无误",
    ),
    Sub.TECHNICAL_OTHER: Story(
        remedies=(
            "尽快恢复正常，给个明确的处理时间。",
            "查清原因，别让我们的人再受影响。",
            "派人到现场处理。",
        ),
        impacts=(
            "部分员工无法正常使用系统，工作受到影响。",
            "对外服务受到影响，已有服务对象反映。",
        ),
        causes=(
            Cause(
                "近期一次系统变更的配置没有同步到所有环境和设备，部分功能因此表现异常。",
                fix="核对并统一各环境和设备的配置，恢复正常使用",
                improve="建立环境配置基线，每次变更后逐项比对",
                prevent="变更上线后在现场的主要设备上做一次验证",
                escape="变更只在测试环境验证过，没有在现场设备上确认。",
                factors=((F.CONFIGURATION_ERROR, N.SUBJECTIVE, "变更未同步到全部环境"),),
                responsibility=Resp.IMPLEMENTATION,
                lesson="变更做完不算完，要在客户现场的设备上看一眼。",
            ),
            Cause(
                "客户端升级包与部分现场设备不兼容，导致显示和操作异常。",
                fix="为受影响的设备提供兼容版本并逐台更新",
                improve="整理现场设备的型号和环境清单",
                prevent="升级包发布前在现场主流设备上试装",
                escape="升级包只在我们自己的测试机上验证过。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "升级包兼容性问题"),),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="现场的设备和我们的测试机不一样，要在现场的环境里试。",
            ),
            Cause(
                "一项系统设置在上线时沿用了默认值，不符合现场的实际使用要求，也没有人提出核对。",
                fix="按现场要求调整设置，并与使用人员一起确认",
                improve="整理现场环境的关键设置清单，请客户确认",
                prevent="上线前与实际使用人员一起走查关键设置",
                escape="上线时没有请实际使用人员确认设置。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "沿用默认设置未核对"),
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "现场使用要求未明确"),
                ),
                responsibility=Resp.IMPLEMENTATION,
                lesson="默认值是给一般情况的，客户现场从来不是一般情况。",
            ),
        ),
        looking=(
            "已安排工程师远程查看，正在确认问题范围。",
            "问题范围已确认，正在排查原因，今天内给出处理方案。",
        ),
        heard=(
            "{contact}说明了问题出现的时间和受影响的人员，{department}约{users}人。",
            "{contact}协助我们在一台出问题的终端上重现了现象。",
        ),
        team=(
            ("support", "近期只有一次相关变更，时间和问题出现的时间对得上。"),
            ("dev", "在同样的环境下能重现，问题出在环境差异上。"),
        ),
        evidence=(
            ("现场现象截图", "问题出现时的界面和提示。"),
            ("近期变更记录", "问题出现前一周内的所有变更。"),
        ),
        asks=("一台出问题终端的远程访问", "受影响人员和终端的清单"),
        requests=(("一名工程师到现场一天", "客户服务部"),),
        criterion="受影响的人员全部恢复正常使用",
    ),
}

VOICE = Voice(
    found=(
        "原因已查明：{cause}我们将在{date}前{fix}。",
        "经排查，问题原因已经确定：{cause}修复方案已制定，计划{date}前完成。",
    ),
    fixing=(
        "修复正在测试环境验证，目前结果正常，预计按计划上线。",
        "修复已完成开发，正在用现场数据做回归测试。",
        "修复进展顺利，上线时间会提前一天与贵方确认。",
    ),
    fixed=(
        "今天已完成：{fix}。请贵方协助在正式环境确认。",
        "修复已部署到正式环境，我们会持续观察运行情况。",
    ),
    watching=(
        "修复上线后运行正常，未再出现同类问题，我们继续观察。",
        "本周系统运行平稳，预防措施正在按计划推进。",
        "各项改进措施进展正常，回访时间会提前与贵方约定。",
    ),
    escalations=(
        "影响业务正常运行，需要研发资源优先支持。",
        "客户领导已关注此事，需要交付总监出面协调。",
    ),
    visits=(
        "回访时客户确认问题没有再出现，对处理过程表示认可。",
        "现场回访，一线使用人员反馈系统运行正常。",
        "电话回访，客户表示修复后一切正常，感谢跟进。",
    ),
    visits_mixed=(
        "问题已解决，但客户希望今后升级前提前通知。",
        "客户认可修复结果，但对前期响应速度仍有意见。",
    ),
    comments=("处理及时，说明清楚。", "这次跟进得很到位。", "修复后运行稳定。"),
    comments_mixed=("问题解决了，但前期响应有点慢。", "希望下次不要再出类似问题。"),
    held=("回访前两周未再出现同类问题。", "客户确认运行正常。", "监控显示各项指标正常。"),
    failed=("问题又出现了一次，需要重新分析。", "客户反馈上周再次出错。"),
    confirm=("在正式环境确认修复结果", "确认回访的时间"),
    cancelled=("客户决定暂不调整，下个季度再评估。", "已并入产品下个版本统一处理。"),
)
