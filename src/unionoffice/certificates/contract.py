"""What the certificate screens may ask of the certificates services, and what they get back.

Plain data only. Issuing is two user actions, like an import: reading the list renders the
watermarked preview and keeps the list on the services side (``core/staging.py``); issuing names
that list, so the people issued are exactly the people previewed and the file crosses once.
PDFs cross as ``FileData``; the client shows and prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from unionoffice.certificates.labels import CertificateStatus, SourceKind, Verdict
from unionoffice.foundation.contract import (
    ById,
    ColumnDef,
    Empty,
    FileData,
    ListQuery,
    ListWindow,
    Operation,
    Page,
    Saved,
)
from unionoffice.foundation.i18n import translate


# Templates --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InputInfo:
    """A value each recipient supplies (a column of the list)."""

    key: str
    label: str
    required: bool = True
    default: str = ""

    @property
    def optional(self) -> bool:
        return not self.required or bool(self.default)


@dataclass(frozen=True, kw_only=True)
class FieldInfo:
    """A field of a design as the editor shows and changes it (millimetres from the top-left)."""

    key: str
    label: str
    kind: str  # labels.FieldKind
    text: str = ""
    x_mm: float = 0.0
    y_mm: float = 0.0
    size: float = 18.0
    width_mm: float = 0.0
    align: str = "left"  # labels.Align
    enabled: bool = True


@dataclass(frozen=True, kw_only=True)
class TemplateInfo:
    key: str
    name: str
    description: str
    width_mm: float
    height_mm: float
    issuer: str
    number_example: str
    offset_x_mm: float
    offset_y_mm: float
    inputs: tuple[InputInfo, ...] = ()
    fields: tuple[FieldInfo, ...] = ()
    customised: bool = False  # an administrator's saved copy replaces the shipped design


@dataclass(frozen=True)
class Templates:
    templates: list[TemplateInfo] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateKey:
    key: str


@dataclass(frozen=True, kw_only=True)
class TemplateEdit:
    """The editor's changes to a design: where each field goes and what it says, and the
    printer calibration. Everything else of the design stays as stored."""

    key: str
    offset_x_mm: float
    offset_y_mm: float
    fields: tuple[FieldInfo, ...] = ()


@dataclass(frozen=True)
class TemplatePreview:
    edit: TemplateEdit
    preprinted: bool = False


# Issuing -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchChoice:
    key: str
    label: str


@dataclass(frozen=True)
class SourceInfo:
    """Where a list comes from; a ``LIST`` source offers its batches (a contest, a quarter…)."""

    key: str
    label: str
    kind: SourceKind
    batches: tuple[BatchChoice, ...] = ()


@dataclass(frozen=True)
class IssueScreen:
    templates: list[TemplateInfo] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class BatchPreview:
    """Read a list and render it watermarked. ``choice`` is the batch key of a list source or
    the typed lines; a file source sends ``file``."""

    template_key: str
    source_key: str
    choice: str = ""
    file: FileData | None = None
    issued_on: date
    issuer: str = ""
    preprinted: bool = False


@dataclass(frozen=True, kw_only=True)
class BatchPreviewed:
    upload: str  # names the list kept on the services side; issuing sends it back
    source_label: str
    headers: list[str]
    rows: list[list[str]]
    pdf: FileData

    @property
    def count(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, kw_only=True)
class IssueBatch:
    upload: str
    issued_on: date
    issuer: str = ""
    preprinted: bool = False
    per_person: bool = False  # also one PDF per person


@dataclass(frozen=True, kw_only=True)
class Issued:
    batch_id: int
    count: int
    first_number: str
    last_number: str
    file: FileData
    per_person: list[FileData] = field(default_factory=list)


# The register ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""  # number (or its tail), name, or source
    year: int | None = None
    status: str | None = None


def register_columns() -> tuple[ColumnDef, ...]:
    # Widths in digits ("0"); a Chinese character is about two.
    return (
        ColumnDef("number", translate("Certificates", "证书编号"), width=20),
        ColumnDef("name", translate("Certificates", "姓名"), width=10),
        ColumnDef("summary", translate("Certificates", "奖项/称号"), width=20),
        ColumnDef("template", translate("Certificates", "模板"), width=24),
        ColumnDef("issued_on", translate("Certificates", "颁发日期"), width=12),
        ColumnDef("status", translate("Certificates", "状态"), align="center", width=8),
        ColumnDef("reprints", translate("Certificates", "补打"), align="right", width=6),
        ColumnDef("source", translate("Certificates", "来源"), width=26),  # the last column stretches
    )


@dataclass(frozen=True)
class RegisterOpen:
    filter: RegisterFilter
    window: ListWindow


@dataclass(frozen=True)
class RegisterScreen:
    page: Page
    years: list[int] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class CertificateInfo:
    id: int
    number: str
    recipient_name: str
    member_id: int | None
    summary: str
    template_key: str
    template_name: str
    source_label: str
    issued_on: date
    status: str
    revoked_reason: str | None
    revoked_on: date | None
    reprint_count: int
    version: int
    values: dict[str, str]

    @property
    def status_label(self) -> str:
        return CertificateStatus(self.status).label


@dataclass(frozen=True)
class Revoke:
    certificate_id: int
    version: int
    reason: str
    on: date | None = None


@dataclass(frozen=True)
class Reprint:
    certificate_ids: list[int]
    preprinted: bool = False


@dataclass(frozen=True)
class Reprinted:
    count: int
    file: FileData


# Verification ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerifyRequest:
    text: str  # a scanned QR text or a typed number


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    number: str
    message: str
    certificate: CertificateInfo | None = None
    scanned: bool = False  # a QR text (signature checked) rather than a typed number


OPEN_ISSUE = Operation("certificates.open_issue", Empty, IssueScreen)
PREVIEW_BATCH = Operation("certificates.preview_batch", BatchPreview, BatchPreviewed, write=True, job=True)
ISSUE_BATCH = Operation("certificates.issue_batch", IssueBatch, Issued, write=True, job=True)
OPEN_REGISTER = Operation("certificates.open_register", RegisterOpen, RegisterScreen)
LIST = Operation("certificates.list", ListQuery[RegisterFilter], Page)
GET = Operation("certificates.get", ById, CertificateInfo)
REVOKE = Operation("certificates.revoke", Revoke, Saved, write=True)
REPRINT = Operation("certificates.reprint", Reprint, Reprinted, write=True, job=True)
VERIFY = Operation("certificates.verify", VerifyRequest, Verification)
TEMPLATES = Operation("certificates.templates", Empty, Templates)
PREVIEW_TEMPLATE = Operation("certificates.preview_template", TemplatePreview, FileData)
SAVE_TEMPLATE = Operation("certificates.save_template", TemplateEdit, TemplateInfo, write=True)
RESET_TEMPLATE = Operation("certificates.reset_template", TemplateKey, TemplateInfo, write=True)
