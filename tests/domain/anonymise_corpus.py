"""Realistic closed cases, in Chinese and English, written the way engineers write them: each
holds things that name the customer or reach a person (`secrets`) and ordinary words that must
survive (`keep`). `aliases` are the other names the user typed for the customer.

Names, numbers and addresses are made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.complaint import Action, Case, Interview
from desktop.domain.enums import ActionHorizon, ActionStatus, CaseStatus, Language, Stage

ZH, EN = Language.ZH, Language.EN


@dataclass(frozen=True)
class Sample:
    lang: Language
    customer: str
    complaint: str
    secrets: tuple[str, ...]
    contact: str = ""
    project: str = ""
    people: str = ""
    aliases: tuple[str, ...] = ()
    title: str = ""
    root_cause: str = ""
    fix: str = ""
    lesson: str = ""
    phone: str = ""
    email: str = ""
    interviewed: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


SAMPLES = [
    Sample(
        ZH,
        "杭州西湖数字科技集团有限公司",
        "杭州西湖数字科技集团有限公司财务共享中心反映：上周五晚上系统升级后，三个月的报销数据全部"
        "丢失，周丽要求周一前恢复。",
        ("杭州西湖数字科技集团", "周丽"),
        contact="周丽",
        root_cause="升级脚本未执行备份校验，迁移时覆盖了历史表。",
        fix="从备份恢复数据并逐笔核对。",
        keep=("升级脚本", "备份校验"),
    ),
    Sample(
        ZH,
        "华信银行",
        "华信这边的王经理说，核心账务系统批量跑到凌晨四点还没结束，影响了早上开门营业。请尽快"
        "联系手机13800138000。",
        ("华信", "王经理", "13800138000"),
        contact="王建国",
        project="核心账务系统升级",
        people="李娜、赵磊",
        root_cause="批量作业在华信的生产库上没有建索引，赵磊确认了执行计划。",
        fix="为批量作业补建索引，王建国签字确认。",
        keep=("核心账务系统", "执行计划"),
    ),
    Sample(
        ZH,
        "瑞康医院",
        "瑞康的HIS接口从昨天开始报错，门诊挂号数据同步失败。信息中心刘主任说，如果今天修不好就要"
        "向院领导投诉。座机0571-88886666转8021。",
        ("瑞康", "刘主任", "0571-88886666"),
        contact="刘主任",
        root_cause="对方接口升级后字段变化，我方未收到变更通知。",
        keep=("我方", "门诊挂号"),
    ),
    Sample(
        ZH,
        "明德中学",
        "智慧校园平台在期中考试成绩录入时崩溃，陈老师和教务处的孙主任加班到晚上十点。陈老师"
        "微信：chenls1985，请工程师直接联系。",
        ("陈老师", "孙主任", "chenls1985"),
        contact="陈老师",
        lesson="明德的考试季之前要做压力测试。",
        keep=("教务处", "压力测试"),
    ),
    Sample(
        ZH,
        "东方制造集团",
        "MES系统在二号车间频繁卡顿，东方制造的李总非常生气，说再这样就换供应商。",
        ("东方制造", "李总"),
        contact="李娜",
        keep=("二号车间", "供应商"),
    ),
    Sample(
        ZH,
        "长江物流股份有限公司",
        "仓储系统的出库单打印错位，长江物流仓库主管张工打了三次电话，手机号是13912345678。",
        ("长江物流", "张工", "13912345678"),
        contact="赵磊",
        keep=("出库单",),
    ),
    Sample(
        ZH,
        "星海电商",
        "订单中台在双十一预热期间响应超时，星海技术部孙悦反馈：下单接口平均要等20秒。她的邮箱"
        "是sunyue@xinghai-ec.com。",
        ("星海", "孙悦", "sunyue@xinghai-ec.com"),
        contact="孙悦",
        keep=("20秒", "订单中台"),
    ),
    Sample(
        ZH,
        "金桥保险",
        "理赔系统上线后，金桥的吴经理发现赔款计算错误，影响了三百多笔理赔。请到上海市浦东新区"
        "世纪大道100号环球金融中心32楼当面说明。",
        ("金桥", "吴经理", "世纪大道100号"),
        contact="吴经理",
        title="金桥保险理赔系统上线后赔款计算错误，吴经理要求当面说明",
        keep=("理赔系统",),
    ),
    Sample(
        ZH,
        "天和地产",
        "ERP财务模块月结时凭证重复生成，郑会计说审计马上要来了。天和财务部地址：广州市天河区"
        "珠江新城花城大道85号。",
        ("天和", "郑会计", "花城大道85号"),
        contact="郑会计",
        keep=("凭证重复生成",),
    ),
    Sample(
        ZH,
        "云帆科技",
        "CRM实施延期两周，云帆的冯总在群里说我们敷衍了事，要求项目经理当面道歉。",
        ("云帆", "冯总"),
        contact="冯总",
        keep=("项目经理",),
    ),
    Sample(
        ZH,
        "北辰能源",
        "设备巡检App在山区没有信号时无法离线保存，北辰能源运维部周工说数据白录了。身份证号"
        "330106198811230012的巡检员账号被锁。",
        ("北辰", "周工", "330106198811230012"),
        contact="周工",
        keep=("离线保存",),
    ),
    Sample(
        ZH,
        "宁波市第二人民医院",
        "宁波二院信息科何主任反映，检验报告推送到患者手机端时串号，患者家属已经投诉到卫健委。",
        ("宁波二院", "何主任"),
        contact="何晓东",
        aliases=("宁波二院",),
        keep=("检验报告",),
    ),
    Sample(
        ZH,
        "海岳农商银行",
        "海岳农商行柜面系统在月末扎帐时报错，钱德明行长要求我们派人驻场。联系人：钱德明，"
        "电话 0574-87654321。",
        ("海岳农商", "钱德明", "0574-87654321"),
        contact="钱德明",
        keep=("柜面系统", "驻场"),
    ),
    Sample(
        ZH,
        "苏州恒瑞精密机械有限公司",
        "恒瑞精密的图纸管理系统权限错乱，车间主任看到了研发部的图纸。恒瑞的信息部韩经理要求写"
        "书面说明。",
        ("恒瑞精密", "恒瑞", "韩经理"),
        contact="韩冰",
        aliases=("恒瑞",),
        keep=("车间主任", "研发部"),
    ),
    Sample(
        ZH,
        "成都锦程数据服务有限公司",
        "锦程数据中台的调度任务连续三天失败，罗晓峰说他们老板已经问了好几次。晓峰的微信号: "
        "luoxf_cd。公司在成都市高新区天府大道中段1268号天府软件园E区。",
        ("锦程", "罗晓峰", "晓峰", "luoxf_cd", "天府大道中段1268号"),
        contact="罗晓峰",
        keep=("调度任务",),
    ),
    Sample(
        ZH,
        "武汉光谷云联科技有限公司",
        "光谷云联的韩梅反馈，电子签章接口返回乱码，小韩已经把日志发到群里了。有事打她电话"
        "027-87654321。",
        ("光谷云联", "韩梅", "小韩", "027-87654321"),
        contact="韩梅",
        keep=("电子签章",),
    ),
    Sample(
        ZH,
        "江南水务集团",
        "江南水务的方工和我方工程师在泵站现场调试，由于工程师不熟悉PLC，施工进度落后一周。"
        "方工说下周一必须恢复供水调度。",
        ("江南水务", "的方工", "方工说"),  # a person, but 我方工程师 is "our engineer"
        contact="方伟",
        keep=("我方工程师", "由于工程师", "施工进度"),
    ),
    Sample(
        ZH,
        "杭州市滨江区行政服务中心",
        "滨江区行政服务中心的排队叫号系统周一上午宕机两小时，窗口积压了两百多人，中心的许科长在"
        "工作群里点名批评。",
        ("滨江区行政服务中心", "许科长"),
        contact="许文",
        keep=("排队叫号系统", "工作群"),
    ),
    Sample(
        ZH,
        "Fabrikam Logistics",
        "Fabrikam的仓库系统在盘点时把库存数量清零了，对方IT经理Tom Baker非常不满，要求赔偿。",
        ("Fabrikam", "Tom Baker"),
        contact="Tom Baker",
        keep=("盘点",),
    ),
    Sample(
        ZH,
        "嘉禾会计师事务所",
        "嘉禾的审计底稿系统导出PDF时中文乱码，合伙人黄总在电话里很生气：(010)8523-6677 或 "
        "138-0013-8000 随时找他。",
        ("嘉禾", "黄总", "(010)8523-6677", "138-0013-8000"),
        contact="黄志强",
        keep=("审计底稿", "PDF"),
    ),
    Sample(
        ZH,
        "青禾教育科技有限公司",
        "青禾的在线课堂直播卡顿，家长在群里骂了两天。对接人杨帆说QQ号：345678901 也可以联系。",
        ("青禾", "杨帆", "345678901"),
        contact="杨帆",
        keep=("在线课堂",),
    ),
    Sample(
        ZH,
        "南京紫金信息技术有限公司",
        "紫金的OA系统单点登录失效，全员无法打卡。办公地点：南京市鼓楼区中山北路200号。联系邮箱"
        "ops@zijin-it.cn。",
        ("紫金", "中山北路200号", "ops@zijin-it.cn"),
        contact="沈丹",
        keep=("单点登录",),
    ),
    Sample(
        ZH,
        "北京恒信达科技有限公司",
        "恒信达的报表平台数据对不上，财务的唐会计和IT的小唐都来问过。唐会计的手机+86 139 1234 "
        "5678。",
        ("恒信达", "唐会计", "小唐", "+86 139 1234 5678"),
        contact="唐敏",
        keep=("报表平台",),
    ),
    Sample(
        ZH,
        "厦门鹭岛航空服务有限公司",
        "鹭岛航空服务的排班系统把两名机长排在同一航班，运行控制中心的欧阳主任要求停用新版本。"
        "欧阳主任的身份证号11010519900307123X不应出现在日志里。",
        ("鹭岛航空", "欧阳主任", "11010519900307123X"),
        contact="欧阳明",
        keep=("排班系统", "新版本"),
    ),
    Sample(
        ZH,
        "深圳前海微众金融服务有限公司",
        "微众金融的开户接口在压测时大量超时，对方架构师邓工说我们的连接池配置有问题。",
        ("微众金融", "邓工"),
        contact="邓超",
        aliases=("微众",),
        keep=("连接池",),
    ),
    Sample(
        ZH,
        "安徽皖通高速公路管理有限公司",
        "皖通高速的收费稽核系统漏算了节假日免费时段，稽核科的高科长和卢工都提出了投诉。",
        ("皖通高速", "高科长", "卢工"),
        contact="卢斌",
        keep=("收费稽核系统",),
    ),
    Sample(
        ZH,
        "康宁养老服务中心",
        "康宁的护理记录App丢了周末两天的记录，护士长刘梅说老人家属已经在问了。刘梅的微信号是"
        "liumei_kn88。",
        ("康宁", "刘梅", "liumei_kn88"),
        contact="刘梅",
        keep=("护理记录",),
    ),
    Sample(
        ZH,
        "远航船舶重工集团",
        "远航船舶的焊接工艺库被误删，技术部的马经理说整个车间停工半天。",
        ("远航船舶", "马经理"),
        contact="马俊",
        keep=("焊接工艺库", "停工"),
    ),
    Sample(
        ZH,
        "乐购连锁超市",
        "乐购的收银系统在促销日重复扣款，门店经理汪洋打电话说有二十多位顾客投诉。客服热线"
        "400-820-8820已经打爆了。",
        ("乐购", "汪洋", "400-820-8820"),
        contact="汪洋",
        keep=("收银系统", "促销日"),
    ),
    Sample(
        ZH,
        "华东电网调度中心",
        "调度中心的负荷预测模型输出异常，值班的石工说我们的数据接口少传了一个字段。",
        ("石工",),
        contact="石磊",
        keep=("负荷预测模型", "数据接口"),
    ),
    Sample(
        ZH,
        "杭州云栖医疗器械有限公司",
        "云栖医疗的设备追溯系统二维码打印模糊，质量部的任经理要求三天内整改，否则暂停付款。",
        ("云栖医疗", "任经理"),
        contact="任佳",
        keep=("设备追溯系统", "二维码"),
    ),
    Sample(
        ZH,
        "山东齐鲁钢铁有限公司",
        "齐鲁钢铁的能耗监测平台数据延迟两小时，能源处处长孟凡说影响了峰谷电价调度。孟处长"
        "邮箱mengfan@qilusteel.com。",
        ("齐鲁钢铁", "孟凡", "mengfan@qilusteel.com"),
        contact="孟凡",
        keep=("能耗监测平台",),
    ),
    Sample(
        ZH,
        "西安秦川仪器有限公司",
        "秦川仪器的校准证书模板打印出来缺了单位，计量室的老赵说客户审核没通过。",
        ("秦川仪器", "老赵"),
        contact="赵刚",
        keep=("校准证书",),
    ),
    Sample(
        ZH,
        "重庆山城物流有限公司",
        "山城物流的运单追踪页面一直显示“运输中”，客户经理白雪说有客户要起诉。白雪手机18623456789。",
        ("山城物流", "白雪", "18623456789"),
        contact="白雪",
        keep=("运单追踪",),
    ),
    Sample(
        ZH,
        "",
        "上周五晚上系统升级后，本周工作计划延误，实施工程师到现场排查，版本 3.2.1 在 2026-11-24 "
        "10:00 发布，工单号 20261124001，施工方也在现场。",
        (),
        keep=("本周工作计划", "实施工程师", "3.2.1", "2026-11-24", "20261124001", "施工方"),
    ),
    # --- English ---------------------------------------------------------------------------------
    Sample(
        EN,
        "Northwind Traders Ltd",
        "Northwind's finance team could not close the month because invoices were posted twice "
        "after the upgrade. Sarah Miller said she will escalate to their CFO if it is not fixed "
        "by Friday. Call her on +44 20 7946 0958.",
        ("Northwind", "Sarah Miller", "+44 20 7946 0958"),
        contact="Sarah Miller",
        keep=("invoices", "CFO"),
    ),
    Sample(
        EN,
        "Contoso Health",
        "The patient portal at Contoso shows lab results to the wrong patients. Dr. Lee asked for "
        "an incident report by Monday; his e-mail is j.lee@contoso-health.org.",
        ("Contoso", "Dr. Lee", "j.lee@contoso-health.org"),
        contact="Dr. James Lee",
        keep=("patient portal", "incident report"),
    ),
    Sample(
        EN,
        "Fabrikam Logistics",
        "Fabrikam's warehouse scanners freeze every morning at 9. Tom called our support line "
        "five times; Mr Baker wants a named engineer.",
        ("Fabrikam", "Tom", "Mr Baker"),
        contact="Tom Baker",
        keep=("warehouse scanners",),
    ),
    Sample(
        EN,
        "Adventure Works",
        "Checkout on the Adventure Works store fails for PayPal users. Emma Wilson from their "
        "digital team complained that nobody answered for three days. Their office is at 1200 "
        "Harbor Boulevard, Seattle.",
        ("Adventure Works", "Emma Wilson", "1200 Harbor Boulevard"),
        contact="Emma Wilson",
        keep=("PayPal",),
    ),
    Sample(
        EN,
        "Tailspin Airlines",
        "Crew rosters published by the new scheduling system at Tailspin double-booked 14 pilots. "
        "Raj Patel, head of flight ops, phoned at 6 am. WeChat: rajp_tailspin.",
        ("Tailspin", "Raj Patel", "rajp_tailspin"),
        contact="Raj Patel",
        keep=("Crew rosters", "14 pilots"),
    ),
    Sample(
        EN,
        "Litware Insurance",
        "Claims were stuck in pending review for two weeks at Litware. Ms. Chen says brokers are "
        "threatening to move their business.",
        ("Litware", "Ms. Chen"),
        contact="Olivia Chen",
        keep=("pending review",),
    ),
    Sample(
        EN,
        "Huaxin Bank",
        "Huaxin's overnight batch overran again. Wang Jianguo said the branches could not open on "
        "time. Mr. Wang can be reached at wangjg@huaxinbank.cn or 138 0013 8000.",
        ("Huaxin", "Wang Jianguo", "Mr. Wang", "wangjg@huaxinbank.cn", "138 0013 8000"),
        contact="Wang Jianguo",
        keep=("overnight batch",),
    ),
    Sample(
        EN,
        "Global Systems Ltd",
        "The Global Systems help desk logged 40 tickets about slow logins. Peter Novak told us the "
        "VPN was fine, but Novak's own laptop timed out too.",
        ("Global Systems", "Peter Novak", "Novak"),
        contact="Peter Novak",
        keep=("help desk", "VPN"),
    ),
    Sample(
        EN,
        "Meridian Trust Company",
        "Meridian's reconciliation report is wrong by 3 cents per trade. Li Na said the auditors "
        "arrive on the 15th. Send the fix to Room 2101, No. 88 Century Avenue, Pudong New Area.",
        ("Meridian", "Li Na", "88 Century Avenue"),
        contact="Li Na",
        keep=("reconciliation report", "auditors"),
    ),
    Sample(
        EN,
        "Greenfield School District",
        "Greenfield teachers could not enter grades the day before report cards. Mrs. Alvarez, "
        "the principal, said parents were calling her at home.",
        ("Greenfield", "Mrs. Alvarez"),
        contact="Maria Alvarez",
        keep=("report cards",),
    ),
    Sample(
        EN,
        "Woodgrove Bank",
        "Woodgrove's mobile app logged customers out every five minutes. Daniel Kim emailed the "
        "CTO directly. His mobile: (555) 010-4477.",
        ("Woodgrove", "Daniel Kim", "(555) 010-4477"),
        contact="Daniel Kim",
        keep=("mobile app",),
    ),
    Sample(
        EN,
        "Blue Yonder Airlines",
        "Blue Yonder's booking engine sold the same seat twice on 30 flights. Ana Souza said the "
        "airport staff had to rebook passengers by hand.",
        ("Blue Yonder", "Ana Souza"),
        contact="Ana Souza",
        keep=("booking engine",),
    ),
    Sample(
        EN,
        "Proseware Inc.",
        "Proseware's release pipeline deployed an untested build to production. Mark Evans, their "
        "engineering manager, wants a written root cause. Mark the ticket as urgent.",
        ("Proseware", "Mark Evans", "Evans"),
        contact="Mark Evans",
        keep=("release pipeline", "Mark the ticket"),
    ),
    Sample(
        EN,
        "Coho Winery",
        "Coho's point-of-sale terminals double-charged 120 customers on Saturday. Jim Ruiz rang "
        "twice and asked us to call 020 7946 0321.",
        ("Coho", "Jim Ruiz", "020 7946 0321"),
        contact="Jim Ruiz",
        keep=("point-of-sale",),
    ),
    Sample(
        EN,
        "Wide World Importers",
        "Wide World Importers' customs declarations were rejected for a week. Priya Nair's team "
        "had to file 300 forms by hand.",
        ("Wide World", "Priya Nair"),
        contact="Priya Nair",
        keep=("customs declarations",),
    ),
    Sample(
        EN,
        "Trey Research",
        "Trey's laboratory system lost three days of sample results. Olga said the study sponsor "
        "may cancel the contract.",
        ("Trey", "Olga"),
        contact="Olga Petrova",
        keep=("laboratory system",),
    ),
    Sample(
        EN,
        "Lucerne Publishing",
        "Lucerne's editors lost tracked changes when the document service restarted. Director "
        "Zhang asked for a call; Ms Hu from their IT team sent the logs.",
        ("Lucerne", "Zhang", "Ms Hu"),
        contact="Zhang Min",
        keep=("tracked changes",),
    ),
    Sample(
        EN,
        "Margie's Travel",
        "Margie's Travel customers received each other's itineraries by e-mail. Their CEO, "
        "Margaret Ortiz, threatened to go to the press. Office: Suite 400, 55 Pine Street.",
        ("Margie's Travel", "Margaret Ortiz", "55 Pine Street"),
        contact="Margaret Ortiz",
        keep=("itineraries",),
    ),
    Sample(
        EN,
        "Relecloud",
        "Relecloud's single sign-on broke after our certificate rotation. John Smith called the "
        "hotline; his colleague Wei Zhang confirmed it on WeChat: zhangwei_rc.",
        ("Relecloud", "John Smith", "Wei Zhang", "zhangwei_rc"),
        contact="John Smith",
        keep=("certificate rotation", "single sign-on"),
    ),
    Sample(
        EN,
        "",
        "The nightly ETL job failed on 2026-11-24 at 02:00; version 3.2.1 fixed the missing index. "
        "Ticket 20261124001 was closed by the on-call engineer.",
        (),
        keep=("2026-11-24", "02:00", "3.2.1", "20261124001", "ETL"),
    ),
]


def case_of(sample: Sample, case_id: int = 1) -> Case:
    """A closed case holding the sample, as the store would hand it over."""
    now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    case = Case(
        id=case_id,
        number=f"C-2026-{case_id:04d}",
        uuid="",
        status=CaseStatus.CLOSED,
        stage=Stage.CLOSE,
        last_page=Stage.CLOSE,
        created_at=now,
        updated_at=now,
    )
    intake = case.intake
    intake.customer = sample.customer
    intake.project = sample.project
    intake.contact_name = sample.contact
    intake.contact_phone = sample.phone
    intake.contact_email = sample.email
    intake.people_involved = sample.people
    intake.complaint_text = sample.complaint
    intake.title = sample.title
    case.investigation.root_cause = sample.root_cause
    if sample.fix:
        case.actions.append(
            Action(1, ActionHorizon.SHORT_TERM, sample.fix, status=ActionStatus.DONE)
        )
    case.lesson_to_share = sample.lesson
    case.interviews = [Interview(n, person) for n, person in enumerate(sample.interviewed)]
    return case
