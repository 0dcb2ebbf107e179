"""Certificate statuses, verdicts, list-source kinds and template field words, with their labels.

Plain Python: the services, the screens and the command line share them without loading the
database.
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class CertificateStatus(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"

    @property
    def label(self) -> str:
        return {
            CertificateStatus.ISSUED: translate("Certificates", "有效"),
            CertificateStatus.REVOKED: translate("Certificates", "已作废"),
        }[self]


class Verdict(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    FORGED = "forged"

    @property
    def label(self) -> str:
        return {
            Verdict.VALID: translate("Certificates", "真实有效"),
            Verdict.REVOKED: translate("Certificates", "已作废"),
            Verdict.FORGED: translate("Certificates", "伪造或无效"),
        }[self]


class SourceKind(StrEnum):
    """How a recipient list is given: picked from another module's lists, a spreadsheet, typed lines."""

    LIST = "list"
    FILE = "file"
    TEXT = "text"


class FieldKind(StrEnum):
    TEXT = "text"
    PARAGRAPH = "paragraph"
    QR = "qr"
    IMAGE = "image"

    @property
    def label(self) -> str:
        return {
            FieldKind.TEXT: translate("Certificates", "文字"),
            FieldKind.PARAGRAPH: translate("Certificates", "段落"),
            FieldKind.QR: translate("Certificates", "二维码"),
            FieldKind.IMAGE: translate("Certificates", "图片"),
        }[self]


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"

    @property
    def label(self) -> str:
        return {
            Align.LEFT: translate("Certificates", "左对齐"),
            Align.CENTER: translate("Certificates", "居中"),
            Align.RIGHT: translate("Certificates", "右对齐"),
        }[self]
