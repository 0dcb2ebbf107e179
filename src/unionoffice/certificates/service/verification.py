"""Offline verification of a scanned QR text or a typed certificate number."""

from __future__ import annotations

from unionoffice.certificates import signing
from unionoffice.certificates.contract import Verification
from unionoffice.certificates.labels import Verdict
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.service.register import facts_of, find_by_number
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def verify(db: Database, actor: Actor, text: str) -> Verification:
    actor.require(CertificatesPerm.READ)
    scanned = signing.parse(text)
    number = scanned.number
    if not number:
        return Verification(Verdict.FORGED, "", translate("Certificates", "没有读到证书编号。"))
    is_scan = scanned.signature is not None
    found = find_by_number(db, actor, number)
    if is_scan:
        with db.read(actor) as s:
            key = signing.load_key(s)
        # The signature covers the number, name, award and date: checked against the register's
        # record, so a code copied onto another certificate, or a record changed later, fails.
        if found is None or not signing.is_authentic(key, scanned, facts_of(found)):
            return Verification(
                Verdict.FORGED,
                number,
                translate(
                    "Certificates",
                    "二维码签名不符：这张证书不是本系统签发的，或二维码、登记簿中的姓名、奖项、日期被改动过。",
                ),
                scanned=True,
            )
    if found is None:
        return Verification(
            Verdict.FORGED,
            number,
            translate("Certificates", "登记簿中没有编号为 {number} 的证书。").format(number=number),
            scanned=is_scan,
        )
    if found.status == "revoked":
        message = translate("Certificates", "该证书已于 {date} 作废，原因：{reason}").format(
            date=found.revoked_on.isoformat() if found.revoked_on else "", reason=found.revoked_reason or ""
        )
        return Verification(Verdict.REVOKED, number, message, found, is_scan)
    message = translate(
        "Certificates", "{name}，{summary}，{date} 颁发。请核对证书上的姓名与内容是否一致。"
    ).format(
        name=found.recipient_name,
        summary=found.summary or found.template_name,
        date=found.issued_on.isoformat(),
    )
    if scanned.legacy:
        message += translate("Certificates", "（早期的二维码只签了编号。）")
    return Verification(Verdict.VALID, number, message, found, is_scan)
