"""Demo data for entries, the question bank and the theory exam: the electricians' bank (real
questions plus calculation questions made from Ohm's law and series resistors) and next year's
electrician contest, with entry rules, a pass line, award shares, entries from the branches'
lists, a paper drawn by the blueprint and three exam rooms."""

from __future__ import annotations

import json
import random
import secrets
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import insert, select, update

from unionoffice.contests.contract import ContestDef, EntryRules, EventDef, ExamLine, ExamPlan, ItemDef
from unionoffice.contests.labels import QuestionKind
from unionoffice.contests.models import (
    Contest,
    Contestant,
    ContestEvent,
    ExamPaper,
    ExamRoom,
    ExamSeat,
    JudgeAssignment,
    Question,
    QuestionBank,
)
from unionoffice.contests.service.bank import draw, in_paper_order, questions_in
from unionoffice.contests.service.definition import write_scheme
from unionoffice.core.demo_context import DemoContext
from unionoffice.members.api import Member, MemberStatus

S, M, T = QuestionKind.SINGLE.value, QuestionKind.MULTIPLE.value, QuestionKind.TRUE_FALSE.value

# (kind, area, stem, options, answer)
QUESTIONS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    (
        S,
        "安全用电",
        "一般场所使用的手持电动工具，应采用多少伏以下的安全电压？",
        ("12 V", "24 V", "36 V", "48 V"),
        "C",
    ),
    (
        S,
        "安全用电",
        "人体触电后能自主摆脱电源的最大电流称为什么？",
        ("感知电流", "摆脱电流", "致命电流", "额定电流"),
        "B",
    ),
    (
        S,
        "安全用电",
        "发现有人触电，首先应当怎样做？",
        ("立即用手拉开触电者", "迅速切断电源", "原地等待救护车", "向触电者泼水"),
        "B",
    ),
    (
        S,
        "安全用电",
        "电气设备着火时，不能使用哪种灭火器？",
        ("二氧化碳灭火器", "干粉灭火器", "泡沫灭火器", "七氟丙烷灭火器"),
        "C",
    ),
    (
        S,
        "安全用电",
        "停电检修时，一经合闸即可送电到工作地点的开关操作把手上，应悬挂哪种标示牌？",
        ("止步，高压危险", "禁止合闸，有人工作", "在此工作", "从此上下"),
        "B",
    ),
    (
        S,
        "安全用电",
        "装设接地线的正确顺序是？",
        ("先接导体端，后接接地端", "先接接地端，后接导体端", "两端同时连接", "没有要求"),
        "B",
    ),
    (
        S,
        "安全用电",
        "用于防止人身触电的漏电保护器，其动作电流一般不大于多少？",
        ("10 mA", "30 mA", "50 mA", "100 mA"),
        "B",
    ),
    (S, "安全用电", "绝缘手套的电气试验周期是多长？", ("三个月", "六个月", "一年", "两年"), "B"),
    (
        S,
        "电工基础",
        "电阻串联时，总电阻等于什么？",
        ("各电阻之和", "各电阻倒数之和", "其中最大的电阻", "其中最小的电阻"),
        "A",
    ),
    (S, "电工基础", "正弦交流电的有效值是最大值的多少倍？", ("1/2", "1/√2", "√2", "2"), "B"),
    (S, "电工基础", "我国工频交流电的频率是多少？", ("50 Hz", "60 Hz", "100 Hz", "400 Hz"), "A"),
    (S, "电工基础", "三相四线制低压供电系统的线电压是多少？", ("220 V", "380 V", "660 V", "110 V"), "B"),
    (
        S,
        "电气设备",
        "三相异步电动机的旋转方向取决于什么？",
        ("电源电压", "电源频率", "电源相序", "负载大小"),
        "C",
    ),
    (
        S,
        "电气设备",
        "热继电器在电动机控制电路中主要起什么保护作用？",
        ("短路保护", "过载保护", "欠压保护", "失压保护"),
        "B",
    ),
    (
        S,
        "电气设备",
        "熔断器在电路中主要起什么保护作用？",
        ("过载保护", "短路保护", "漏电保护", "过压保护"),
        "B",
    ),
    (
        S,
        "电气设备",
        "交流接触器铁心端面上装短路环的作用是什么？",
        ("减小涡流", "减小振动和噪声", "增大吸力", "帮助散热"),
        "B",
    ),
    (
        S,
        "电气设备",
        "电动机星—三角降压启动时，启动电流是直接启动时的多少？",
        ("1/√3", "1/3", "1/2", "与直接启动相同"),
        "B",
    ),
    (
        M,
        "安全用电",
        "下列属于高压基本安全用具的有哪些？",
        ("绝缘棒", "绝缘夹钳", "绝缘手套", "高压验电器"),
        "ABD",
    ),
    (
        M,
        "安全用电",
        "保证安全的组织措施包括哪些？",
        ("工作票制度", "工作许可制度", "工作监护制度", "装设遮栏"),
        "ABC",
    ),
    (
        M,
        "安全用电",
        "保证安全的技术措施包括哪些？",
        ("停电", "验电", "装设接地线", "悬挂标示牌和装设遮栏"),
        "ABCD",
    ),
    (
        M,
        "电气设备",
        "三相异步电动机的调速方法有哪些？",
        ("变极调速", "变频调速", "改变转差率调速", "改变相序"),
        "ABC",
    ),
    (
        M,
        "电气设备",
        "造成电动机过热的原因可能有哪些？",
        ("过载", "缺相运行", "电源电压过低", "通风不良"),
        "ABCD",
    ),
    (M, "电气设备", "常用的低压保护电器有哪些？", ("熔断器", "热继电器", "断路器", "按钮"), "ABC"),
    (M, "电工基础", "电路的基本组成部分包括哪些？", ("电源", "负载", "导线", "控制和保护装置"), "ABCD"),
    (M, "电工基础", "下列材料中属于导体的有哪些？", ("铜", "铝", "橡胶", "云母"), "AB"),
    (T, "安全用电", "在金属容器内等特别潮湿的场所使用手持电动工具，应采用 12 V 安全电压。", (), "T"),
    (T, "安全用电", "验电前应先在有电设备上确认验电器良好。", (), "T"),
    (T, "安全用电", "可以用湿手操作开关。", (), "F"),
    (T, "安全用电", "接地线可以用缠绕的方法连接。", (), "F"),
    (T, "安全用电", "剩余电流动作保护器可以代替接地保护。", (), "F"),
    (T, "电气设备", "电流互感器二次侧可以开路运行。", (), "F"),
    (T, "电气设备", "电压互感器二次侧不允许短路。", (), "T"),
    (T, "电气设备", "三相异步电动机的转速略低于同步转速。", (), "T"),
    (T, "电工基础", "用万用表测量电阻时可以带电测量。", (), "F"),
    (T, "电工基础", "导线的安全载流量与敷设方式有关。", (), "T"),
    (T, "电工基础", "正弦交流电的有效值与最大值相等。", (), "F"),
    (T, "电气设备", "熔断器的额定电流不应小于所装熔体的额定电流。", (), "T"),
)


def calculation_questions(rng: random.Random) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    """Ohm's law and series resistors with worked-out options: plenty of 电工基础 to draw from."""
    made = []
    for volts, ohms in rng.sample(
        [(u, r) for u in (6, 12, 24, 36, 110, 220) for r in (2, 4, 5, 10, 20, 40, 50)], 30
    ):
        right = volts / ohms
        wrong = [volts * ohms, ohms / volts, right * 2]
        options = [f"{round(v, 2):g} A" for v in (right, *wrong)]
        order = rng.sample(range(4), 4)
        made.append(
            (
                S,
                "电工基础",
                f"某电阻为 {ohms} Ω，两端电压为 {volts} V，流过它的电流是多少？",
                tuple(options[i] for i in order),
                "ABCD"[order.index(0)],
            )
        )
    for a, b in rng.sample([(a, b) for a in (10, 20, 30, 47, 68, 100) for b in (5, 15, 22, 33, 56)], 20):
        claimed = a + b if rng.random() < 0.5 else a + b + rng.choice((-5, 5, 10))
        made.append(
            (
                T,
                "电工基础",
                f"{a} Ω 与 {b} Ω 的电阻串联，总电阻为 {claimed} Ω。",
                (),
                "T" if claimed == a + b else "F",
            )
        )
    return made


def fill_exam(ctx: DemoContext) -> None:
    s, rng = ctx.session, random.Random(2027)
    bank = QuestionBank(
        trade="电工",
        version=1,
        source="2027年电工技能比武理论题库.xlsx",
        questions=0,
        created_at=datetime(2027, 3, 1, 9, 0),
        created_by="演示管理员",
    )
    s.add(bank)
    s.flush()
    rows = list(QUESTIONS) + calculation_questions(rng)
    s.execute(
        insert(Question),
        [
            {
                "bank_id": bank.id,
                "number": n,
                "kind": kind,
                "area": area,
                "stem": stem,
                "options": json.dumps(list(options), ensure_ascii=False),
                "answer": answer,
            }
            for n, (kind, area, stem, options, answer) in enumerate(rows, start=1)
        ],
    )
    bank.questions = len(rows)
    plan = ExamPlan(
        (
            ExamLine(S, "安全用电", 8, Decimal(1)),
            ExamLine(S, "", 32, Decimal(1)),
            ExamLine(M, "", 8, Decimal(3)),
            ExamLine(T, "", 18, Decimal(2)),
        ),
        minutes=90,
    )
    d = ContestDef(
        name="2027年集团电工技能比武",
        year=2027,
        trade="电工",
        base="新乡",
        venue="新乡实训基地",
        deploy_date=date(2027, 1, 10),
        bank_date=date(2027, 3, 1),
        practice_date=date(2027, 4, 1),
        contest_date=date(2027, 9, 20),
        events=(
            EventDef(
                "theory",
                "理论考试",
                "theory",
                Decimal(30),
                (ItemDef("T", "理论试卷", "measured", Decimal(100)),),
            ),
            EventDef(
                "practical",
                "实操考核",
                "practical",
                Decimal(70),
                (
                    ItemDef("P1", "电气接线", "judged", Decimal(40)),
                    ItemDef("P2", "故障排查", "judged", Decimal(30)),
                    ItemDef("P3", "安全文明", "judged", Decimal(20)),
                    ItemDef("P4", "完成时间", "measured", Decimal(10)),
                ),
            ),
        ),
        tie_break=("event:practical", "item:practical/P2"),
        award_mode="percent",
        award_levels=(("一等奖", Decimal(5)), ("二等奖", Decimal(15)), ("三等奖", Decimal(30))),
        pass_line=Decimal(60),
        promote_awards=("一等奖",),
        recommend_awards=("一等奖", "二等奖"),
        entry=EntryRules(min_level=2, max_level=4, min_age=18, max_age=60, branch_quota=40),
        exam=plan,
    )
    contest = Contest(uid=uuid.uuid4().hex, name=d.name, year=d.year, trade=d.trade)
    s.add(contest)
    s.flush()
    write_scheme(s, contest, d)
    people = s.execute(
        select(Member.id, Member.name, Member.branch_id)
        .where(Member.status == MemberStatus.ACTIVE, Member.trade == "电工")
        .order_by(Member.id.desc())
        .limit(90)
    ).all()
    if not people:
        return
    s.execute(
        insert(Contestant),
        [
            {
                "contest_id": contest.id,
                "member_id": m,
                "bib": f"{n:03d}",
                "name": name,
                "branch_id": b,
                "skill_level": rng.choice((2, 3, 3, 4)),
                "status": "entered",
                "source": "import",
                "version": 1,
            }
            for n, (m, name, b) in enumerate(people, start=1)
        ],
    )
    # Two contestants withdrew before the contest, with their reasons.
    for bib, reason in (("017", "工作调动，不能参赛"), ("052", "身体原因")):
        s.execute(
            update(Contestant)
            .where(Contestant.contest_id == contest.id, Contestant.bib == bib)
            .values(status="withdrawn", withdrawn_on=date(2027, 8, 15), withdraw_reason=reason)
        )
    events = dict(
        s.execute(
            select(ContestEvent.code, ContestEvent.id).where(ContestEvent.contest_id == contest.id)
        ).all()
    )
    s.add(
        JudgeAssignment(
            event_id=events["theory"],
            user_id=ctx.users["judge3"],
            records_measured=True,
            key=secrets.token_hex(20),
        )
    )
    for n, judge in enumerate(("judge1", "judge2", "judge3", "judge4", "judge5")):
        s.add(
            JudgeAssignment(
                event_id=events["practical"],
                user_id=ctx.users[judge],
                records_measured=n == 0,
                key=secrets.token_hex(20),
            )
        )
    s.flush()
    drawn = draw(questions_in(s, bank.id), plan, rng)
    order_a, order_b = in_paper_order(drawn, rng), in_paper_order(drawn, rng)
    paper = ExamPaper(
        contest_id=contest.id,
        bank_id=bank.id,
        seed=2027,
        plan=contest.exam_plan,
        order_a=json.dumps([q.id for q in order_a]),
        order_b=json.dumps([q.id for q in order_b]),
        created_at=datetime(2027, 9, 1, 10, 0),
        created_by="演示管理员",
    )
    s.add(paper)
    s.flush()
    entered = list(
        s.execute(
            select(Contestant.id)
            .where(Contestant.contest_id == contest.id, Contestant.status == "entered")
            .order_by(Contestant.bib)
        ).scalars()
    )
    for number, start in enumerate(range(0, len(entered), 30), start=1):
        room = ExamRoom(paper_id=paper.id, number=number, key=secrets.token_hex(20))
        s.add(room)
        s.flush()
        s.execute(
            insert(ExamSeat),
            [
                {"room_id": room.id, "contestant_id": c, "seat": seat, "version": "A" if seat % 2 else "B"}
                for seat, c in enumerate(entered[start : start + 30], start=1)
            ],
        )
