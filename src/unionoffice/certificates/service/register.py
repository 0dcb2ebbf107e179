"""The register of issued certificates: search, details, revoke, reprint."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from unionoffice.certificates import signing
from unionoffice.certificates.contract import CertificateInfo, RegisterFilter, register_columns
from unionoffice.certificates.labels import CertificateStatus
from unionoffice.certificates.models import Certificate, CertificateBatch
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.render import Page, RenderOptions, render
from unionoffice.certificates.templates import Template, from_dict, list_templates, shipped_dir
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress


def register_source(db: Database, actor: Actor, flt: RegisterFilter) -> QuerySource:
    actor.require(CertificatesPerm.READ)
    query = select(
        Certificate.id,
        Certificate.number,
        Certificate.recipient_name,
        Certificate.summary,
        CertificateBatch.template_name,
        Certificate.issued_on,
        Certificate.status,
        Certificate.reprint_count,
        Certificate.source_label,
    ).join(CertificateBatch, CertificateBatch.id == Certificate.batch_id)
    if flt.year is not None:
        query = query.where(Certificate.year == flt.year)
    if flt.status:
        query = query.where(Certificate.status == flt.status)
    text = flt.text.strip()
    if text:
        upper = text.upper()
        query = query.where(
            or_(
                Certificate.number == upper,
                Certificate.number.endswith(upper),
                Certificate.recipient_name.startswith(text),
                Certificate.source_label.contains(text),
            )
        )
    columns = register_columns()
    sort = {
        "number": Certificate.number,
        "name": Certificate.recipient_name,
        "summary": Certificate.summary,
        "template": CertificateBatch.template_name,
        "source": Certificate.source_label,
        "issued_on": Certificate.issued_on,
        "status": Certificate.status,
        "reprints": Certificate.reprint_count,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        number, name, summary, template, issued, status, reprints, source = row
        return (
            number,
            name,
            summary,
            template,
            issued.isoformat(),
            CertificateStatus(status).label,
            reprints or "",
            source,
        )

    return QuerySource(db, query, columns, sort, default_order=(Certificate.id.desc(),), formatter=fmt)


def issued_years(db: Database, actor: Actor) -> list[int]:
    actor.require(CertificatesPerm.READ)
    with db.read(actor) as s:
        return sorted(s.execute(select(Certificate.year).distinct()).scalars(), reverse=True)


def _info(c: Certificate, template_name: str) -> CertificateInfo:
    return CertificateInfo(
        id=c.id,
        number=c.number,
        recipient_name=c.recipient_name,
        member_id=c.member_id,
        summary=c.summary,
        template_key=c.template_key,
        template_name=template_name,
        source_label=c.source_label,
        issued_on=c.issued_on,
        status=c.status,
        revoked_reason=c.revoked_reason,
        revoked_on=c.revoked_on,
        reprint_count=c.reprint_count,
        version=c.version,
        values=json.loads(c.values_json),
    )


def facts_of(c: Certificate | CertificateInfo) -> signing.Facts:
    """What the QR code of a registered certificate signs."""
    return signing.Facts(c.number, c.recipient_name, c.summary, c.issued_on)


def get_certificate(db: Database, actor: Actor, certificate_id: int) -> CertificateInfo:
    actor.require(CertificatesPerm.READ)
    with db.read(actor) as s:
        row = s.execute(
            select(Certificate, CertificateBatch.template_name)
            .join(CertificateBatch, CertificateBatch.id == Certificate.batch_id)
            .where(Certificate.id == certificate_id)
        ).first()
        if row is None:
            raise NotFound(translate("Certificates", "找不到该证书。"))
        return _info(row[0], row[1])


def find_by_number(db: Database, actor: Actor, number: str) -> CertificateInfo | None:
    actor.require(CertificatesPerm.READ)
    with db.read(actor) as s:
        row = s.execute(
            select(Certificate, CertificateBatch.template_name)
            .join(CertificateBatch, CertificateBatch.id == Certificate.batch_id)
            .where(Certificate.number == number.strip().upper())
        ).first()
        return None if row is None else _info(row[0], row[1])


def revoke(
    db: Database,
    actor: Actor,
    certificate_id: int,
    reason: str,
    expected_version: int,
    on: date | None = None,
) -> CertificateInfo:
    actor.require(CertificatesPerm.ISSUE)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            FieldProblem(translate("Certificates", "作废原因"), translate("Certificates", "请填写作废原因"))
        )
    with db.transaction(actor) as s:
        c = s.get(Certificate, certificate_id)
        if c is None:
            raise NotFound(translate("Certificates", "找不到该证书。"))
        check_version(s, c, expected_version)
        if c.status == CertificateStatus.REVOKED:
            raise UserError(translate("Certificates", "证书 {number} 已经作废。").format(number=c.number))
        c.status = CertificateStatus.REVOKED
        c.revoked_reason = reason[:255]
        c.revoked_on = on or date.today()
        s.flush()
        name = s.get_one(CertificateBatch, c.batch_id).template_name
        return _info(c, name)


def _template_for_reprint(snapshot: str) -> Template:
    """The batch's own design, with today's printer calibration for that template."""
    template = from_dict(json.loads(snapshot), shipped_dir())
    for current in list_templates():
        if current.key == template.key:
            template.offset_x_mm, template.offset_y_mm = current.offset_x_mm, current.offset_y_mm
    return template


def reprint(
    db: Database,
    actor: Actor,
    certificate_ids: list[int],
    target: Path,
    preprinted: bool = False,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Print copies of issued certificates (same numbers), counted in the register.

    A template with a duplicate mark stamps it on every copy. Revoked certificates are refused.
    Copies of several templates cannot share one PDF page size, so they must be one template.
    """
    actor.require(CertificatesPerm.ISSUE)
    if not certificate_ids:
        raise UserError(translate("Certificates", "请先选择要补打的证书。"))
    with db.transaction(actor) as s:
        rows = s.execute(
            select(Certificate, CertificateBatch.template_json)
            .join(CertificateBatch, CertificateBatch.id == Certificate.batch_id)
            .where(Certificate.id.in_(certificate_ids))
            .order_by(Certificate.number)
        ).all()
        revoked = [c.number for c, _ in rows if c.status == CertificateStatus.REVOKED]
        if revoked:
            raise UserError(
                translate("Certificates", "已作废的证书不能补打：{numbers}").format(
                    numbers="、".join(revoked[:10])
                )
            )
        if len({c.template_key for c, _ in rows}) > 1:
            raise UserError(translate("Certificates", "一次只能补打同一模板的证书，请按模板分开选择。"))
        template = _template_for_reprint(rows[0][1])
        key = signing.ensure_key(s)
        pages = [Page(json.loads(c.values_json), signing.payload(key, facts_of(c))) for c, _ in rows]
        partial = target.with_name(f".{target.name}.part")
        try:
            render(
                partial,
                template,
                pages,
                RenderOptions(preprinted=preprinted, duplicate=True),
                total=len(pages),
                step=progress.step,
                title=translate("Certificates", "证书补打"),
            )
            for c, _ in rows:
                c.reprint_count += 1
            s.flush()
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    return len(pages)
