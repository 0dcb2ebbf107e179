"""Offline verification of a scanned QR text or a typed certificate number."""

from __future__ import annotations

from unionoffice.certificates import signing
from unionoffice.certificates.contract import Verification
from unionoffice.certificates.labels import Verdict
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.service.register import find_by_number
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def verify(db: Database, actor: Actor, text: str) -> Verification:
    actor.require(CertificatesPerm.READ)
    number, sig = signing.parse(text)
    if not number:
        return Verification(Verdict.FORGED, "", translate("Certificates", "没有读到证书编号。"))
    scanned = sig is not None
    if scanned:
        with db.read(actor) as s:
            key = signing.load_key(s)
        if not signing.is_authentic(key, number, sig or ""):
            return Verification(
                Verdict.FORGED,
                number,
                translate("Certificates", "二维码签名不符：这张证书不是本系统签发的，或二维码被改动过。"),
                scanned=True,
            )
    found = find_by_number(db, actor, number)
    if found is None:
        return Verification(
            Verdict.FORGED,
            number,
            translate("Certificates", "登记簿中没有编号为 {number} 的证书。").format(number=number),
            scanned=scanned,
        )
    if found.status == "revoked":
        message = translate("Certificates", "该证书已于 {date} 作废，原因：{reason}").format(
            date=found.revoked_on.isoformat() if found.revoked_on else "", reason=found.revoked_reason or ""
        )
        return Verification(Verdict.REVOKED, number, message, found, scanned)
    message = translate(
        "Certificates", "{name}，{summary}，{date} 颁发。请核对证书上的姓名与内容是否一致。"
    ).format(
        name=found.recipient_name,
        summary=found.summary or found.template_name,
        date=found.issued_on.isoformat(),
    )
    return Verification(Verdict.VALID, number, message, found, scanned)
