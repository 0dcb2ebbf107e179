"""Demo register: a few issued batches (integrity award, skills contest, booklet honours), some revoked."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import insert, select

from unionoffice.certificates import signing
from unionoffice.certificates.labels import CertificateStatus
from unionoffice.certificates.models import Certificate, CertificateBatch
from unionoffice.certificates.service.issuing import page_values, summary_of
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import get_template
from unionoffice.core.audit.recorder import record
from unionoffice.core.demo_context import DemoContext
from unionoffice.core.sequences import NumberSequence
from unionoffice.members.api import Member, MemberStatus

TRADES = ("仪表工", "电工", "钳工", "化工总控工", "分析检验工", "焊工")
AWARDS = ("一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "优秀奖")
HONOURS = ("先进生产者", "优秀工会积极分子", "安全生产标兵", "节能降耗能手")


# Makes a certificate's own fields from the member's trade and branch.
FieldsMaker = Callable[[random.Random, dict[str, str]], dict[str, str]]


def _batches(year: int) -> list[tuple[str, str, date, int, FieldsMaker]]:
    """(template key, source label, issue date, count, fields maker)."""
    return [
        (
            "honour_a4",
            f"{year - 1} 年度“诚信心连心人”评选",
            date(year, 1, 18),
            36,
            lambda rng, m: {
                "title": "诚信心连心人",
                "citation": f"在{year - 1}年度“诚信心连心人”评选活动中，恪守诚信、爱岗敬业，事迹突出，被评为",
            },
        ),
        (
            "award_a4",
            f"{year} 年职工职业技能竞赛",
            date(year, 9, 26),
            120,
            lambda rng, m: {
                "event": f"{year}年职工职业技能竞赛",
                "award": rng.choice(AWARDS),
                "project": f"{m['trade'] or rng.choice(TRADES)}赛项",
                "unit": m["branch"],
            },
        ),
        (
            "booklet_inner",
            f"{year} 年度先进个人",
            date(year, 11, 20),
            60,
            lambda rng, m: {"title": rng.choice(HONOURS)},
        ),
    ]


def fill(ctx: DemoContext) -> None:
    s, rng = ctx.session, ctx.rng
    key = signing.ensure_key(s)
    branch_names = {v: k for k, v in ctx.branch_ids.items()}
    members = s.execute(
        select(Member.id, Member.name, Member.trade, Member.branch_id)
        .where(Member.status == MemberStatus.ACTIVE)
        .order_by(Member.id)
        .limit(2000)
    ).all()
    if not members:
        return
    year = 2026
    for template_key, label, issued_on, count, make in _batches(year):
        template = get_template(template_key)
        chosen = rng.sample(members, min(count, len(members)))
        first_number = template.number(year, 1)
        batch = CertificateBatch(
            template_key=template.key,
            template_name=template.name,
            template_json=template.to_json(),
            source_key="xlsx",
            source_label=label,
            issued_on=issued_on,
            count=len(chosen),
            first_number=first_number,
            last_number=template.number(year, len(chosen)),
            created_by_id=ctx.users.get("admin"),
        )
        s.add(batch)
        s.flush()
        rows = []
        for serial, (member_id, name, trade, branch_id) in enumerate(chosen, start=1):
            number = template.number(year, serial)
            fields = make(rng, {"trade": trade or "", "branch": branch_names.get(branch_id, "")})
            values = page_values(template, Recipient(name, member_id, fields), number, issued_on)
            revoked = rng.random() < 0.03
            rows.append(
                {
                    "number": number,
                    "serial": serial,
                    "batch_id": batch.id,
                    "template_key": template.key,
                    "recipient_name": name,
                    "member_id": member_id,
                    "summary": summary_of(template, values),
                    "source_label": label,
                    "values_json": json.dumps(values, ensure_ascii=False),
                    "issued_on": issued_on,
                    "year": year,
                    "status": CertificateStatus.REVOKED if revoked else CertificateStatus.ISSUED,
                    "revoked_reason": "获奖资格复核未通过" if revoked else None,
                    "revoked_on": issued_on + timedelta(days=rng.randrange(5, 40)) if revoked else None,
                    "reprint_count": 1 if rng.random() < 0.05 else 0,
                    "version": 1,
                }
            )
        s.execute(insert(Certificate), rows)
        s.add(NumberSequence(name=template.sequence_name(year), next_value=len(rows) + 1))
        record(s, "issue", Certificate.__tablename__, batch.id, f"演示数据：{label} {len(rows)} 份")
    assert key  # the demo database can verify its own demo certificates
