"""Demo data: the 2026 session of the workers' congress with its representatives and 52 proposals
(50 accepted, 49 closed: 98.0 %, one past due and unanswered), and one honours notice with
candidates at each step. Deterministic through ``ctx.rng``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from unionoffice.congress.labels import (
    CandidateKind,
    PostCategory,
    ProposalCategory,
    ProposalStatus,
    Satisfaction,
    Stage,
)
from unionoffice.congress.models import (
    Candidate,
    CongressSession,
    Cosigner,
    HonourNotice,
    NoticeRatio,
    Proposal,
    Representative,
)
from unionoffice.core.demo_context import DemoContext
from unionoffice.members.api import Member, MemberStatus

SESSION = "第五届职工代表大会第三次会议"
HELD_ON = date(2026, 3, 12)
REPRESENTATIVES = 60  # 33 front-line (55 %), 18 other staff, 9 middle management and above (15 %)
TOPICS = {
    ProposalCategory.PRODUCTION: (
        "优化合成车间交接班流程",
        "推广精馏塔节能改造经验",
        "建立设备点检数据共享平台",
        "完善备品备件库存管理",
    ),
    ProposalCategory.SAFETY: (
        "更新氢气充装区防爆监测设备",
        "加强外包作业安全培训",
        "增设焦化车间应急洗眼器",
        "规范受限空间作业审批",
    ),
    ProposalCategory.WAGES: (
        "提高高温岗位津贴",
        "完善技能等级与薪酬挂钩办法",
        "调整夜班补贴标准",
        "落实带薪年休假制度",
    ),
    ProposalCategory.TRAINING: (
        "开设仪表维修技能夜校",
        "为新员工配备师带徒",
        "组织班组长管理能力培训",
        "建设技能人才实训基地",
    ),
    ProposalCategory.LIFE: (
        "改善倒班宿舍条件",
        "增开新乡基地职工通勤班车",
        "延长职工食堂夜间供餐时间",
        "增设新疆基地职工书屋",
    ),
    ProposalCategory.OTHER: (
        "设立职工心理咨询室",
        "在厂区增设自行车棚",
        "开展职工健康体检复查",
        "建立合理化建议奖励机制",
    ),
}
# The register's 职务 as the demo writes it → the post category the composition rules count.
CATEGORY_OF_POST = {
    "车间主任": PostCategory.MANAGEMENT,
    "车间副主任": PostCategory.MANAGEMENT,
    "科员": PostCategory.STAFF,
    "班组长": PostCategory.FRONT_LINE,
    "值班长": PostCategory.FRONT_LINE,
}
DEPARTMENTS = ("生产技术部", "安全环保部", "人力资源部", "后勤服务中心", "综合办公室", "设备动力部")


def fill(ctx: DemoContext) -> None:
    s = ctx.session
    rng = ctx.rng
    active = s.execute(
        select(Member.id, Member.branch_id, Member.gender, Member.post)
        .where(Member.status == MemberStatus.ACTIVE, Member.employee_no.is_not(None))
        .order_by(Member.id)
    ).all()
    if len(active) < REPRESENTATIVES * 3:
        return
    women_share = sum(1 for row in active if row.gender == "F") / len(active)
    congress = CongressSession(name=SESSION, held_on=HELD_ON)
    s.add(congress)
    s.flush()
    reps = []
    for category, count in (
        (PostCategory.FRONT_LINE, 33),
        (PostCategory.STAFF, 18),
        (PostCategory.MANAGEMENT, 9),
    ):
        pool = [
            row for row in active if CATEGORY_OF_POST.get(row.post or "", PostCategory.FRONT_LINE) is category
        ]
        women = [row for row in pool if row.gender == "F"]
        men = [row for row in pool if row.gender != "F"]
        want_women = min(len(women), int(count * women_share) + 1)  # in proportion, rounded up
        for member_id, branch_id, _, _ in rng.sample(women, want_women) + rng.sample(men, count - want_women):
            rep = Representative(
                session_id=congress.id, member_id=member_id, branch_id=branch_id, category=category
            )
            s.add(rep)
            reps.append(rep)
    s.flush()
    rng.shuffle(reps)
    _proposals(ctx, congress.id, reps)
    _notice(ctx, active)


def _proposals(ctx: DemoContext, session_id: int, reps: list[Representative]) -> None:
    s, rng = ctx.session, ctx.rng
    kinds = list(TOPICS)
    # 50 accepted (49 closed, the 50th past due), one turned into an opinion, one not accepted.
    plan = [ProposalStatus.CLOSED] * 49 + [
        ProposalStatus.ASSIGNED,
        ProposalStatus.OPINION,
        ProposalStatus.REJECTED,
    ]
    for number, status in enumerate(plan, start=1):
        kind = kinds[number % len(kinds)]
        proposer = reps[(number * 7) % len(reps)]
        submitted = HELD_ON - timedelta(days=rng.randrange(3, 20))
        reviewed = HELD_ON + timedelta(days=3)
        topic = TOPICS[kind][(number // len(kinds)) % 4]
        # The same topic twice: the second proposal asks to carry on with the first one's work.
        again = number > len(kinds) * 4
        p = Proposal(
            session_id=session_id,
            number=number,
            title=f"关于继续{topic}的提案" if again else f"关于{topic}的提案",
            text=f"建议公司研究{topic}，明确责任部门和完成时间。",
            category=kind,
            proposer_id=proposer.id,
            branch_id=proposer.branch_id,
            submitted_on=submitted,
            reviewed_on=reviewed,
            status=status,
        )
        if status in (ProposalStatus.OPINION, ProposalStatus.REJECTED):
            p.review_reason = (
                "属日常管理事项，转职能部门作为意见建议办理"
                if status is ProposalStatus.OPINION
                else "涉及个人诉求，不属于提案范围"
            )
        else:
            p.department = DEPARTMENTS[number % len(DEPARTMENTS)]
            p.assigned_on = reviewed + timedelta(days=4)
            p.due_on = p.assigned_on + timedelta(days=rng.choice((60, 90, 120)))
        if status is ProposalStatus.CLOSED:
            assert p.assigned_on is not None and p.due_on is not None
            p.replied_on = p.due_on - timedelta(days=rng.randrange(0, 30))
            p.reply = "已研究并落实，具体措施见书面答复。"
            p.satisfaction = rng.choice((Satisfaction.SATISFIED,) * 8 + (Satisfaction.BASIC,) * 2)
            p.closed_on = p.replied_on + timedelta(days=rng.randrange(2, 10))
        s.add(p)
        s.flush()
        others = [r for r in rng.sample(reps, 3) if r.id != proposer.id][:2]
        s.add_all(Cosigner(proposal_id=p.id, representative_id=r.id) for r in others)


def _notice(ctx: DemoContext, active: Sequence[Any]) -> None:
    s, rng = ctx.session, ctx.rng
    notice = HonourNotice(
        title="关于推荐2027年河南省五一劳动奖章和工人先锋号的通知",
        honour_title="河南省五一劳动奖章",
        level="provincial",
        issuer="河南省总工会",
        year=2027,
        quota=4,
        deadline=date(2026, 12, 25),
    )
    s.add(notice)
    s.flush()
    s.add(NoticeRatio(notice_id=notice.id, category=PostCategory.FRONT_LINE, bound="min", percent=35))
    s.add(NoticeRatio(notice_id=notice.id, category=PostCategory.MANAGEMENT, bound="max", percent=20))
    deeds = (
        "扎根生产一线，主持完成合成塔节能改造等技术革新 6 项，年创效益 300 余万元；"
        "带徒 12 人，其中 5 人成长为技师。"
    )
    steps = [
        (PostCategory.FRONT_LINE, Stage.NOTICE),
        (PostCategory.FRONT_LINE, Stage.NOTICE),
        (PostCategory.STAFF, Stage.NOTICE),
        (PostCategory.FRONT_LINE, Stage.MEETING),
        (PostCategory.STAFF, Stage.CANDIDATE),
    ]
    taken: set[int] = set()
    for category, stage in steps:
        pool = [
            row
            for row in active
            if CATEGORY_OF_POST.get(row.post or "", PostCategory.FRONT_LINE) is category
            and row.id not in taken
        ]
        member_id, branch_id, *_ = rng.choice(pool)
        taken.add(member_id)
        c = Candidate(
            notice_id=notice.id,
            kind=CandidateKind.MEMBER,
            member_id=member_id,
            branch_id=branch_id,
            category=category,
            deeds=deeds,
            stage=stage,
        )
        if stage in (Stage.MEETING, Stage.NOTICE):
            c.meeting_on, c.minutes = date(2026, 11, 20), "公司工会第八次委员会会议研究，同意推荐。"
        if stage is Stage.NOTICE:
            c.notice_from, c.notice_until = date(2026, 11, 25), date(2026, 12, 1)
        s.add(c)
    s.flush()
