"""Previewing and issuing a batch of certificates.

Crash and cancel safety: pages are rendered first, into a temporary file, with the numbers the
sequence will hand out next; then one short transaction takes those numbers and writes the
register. If someone else took numbers in between, the transaction rolls back and the batch
is rendered again with the new ones. A cancelled or failed render never reaches the
transaction, so it allocates nothing, and a committed number always has its register row.
Rendering outside the transaction keeps SQLite's write lock free for the other clerks.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from unionoffice.certificates import signing
from unionoffice.certificates.labels import CertificateStatus
from unionoffice.certificates.models import Certificate, CertificateBatch
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.render import DEFAULT_OPTIONS, Page, RenderOptions, render
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import Template
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.sequences import next_number, peek_next
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.pdf import chinese_date
from unionoffice.foundation.progress import NO_PROGRESS, Progress

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class IssueRequest:
    template: Template
    recipients: list[Recipient]
    source_key: str
    source_label: str
    target: Path
    issued_on: date = field(default_factory=date.today)
    options: RenderOptions = DEFAULT_OPTIONS
    per_person_dir: Path | None = None
    issuer: str = ""  # empty: the template's issuing body


@dataclass(frozen=True)
class IssueResult:
    batch_id: int
    count: int
    first_number: str
    last_number: str
    path: Path
    per_person: tuple[Path, ...] = ()


class _NumbersTaken(Exception):
    """Another batch committed numbers after ours were predicted: render again."""


def page_values(
    template: Template, recipient: Recipient, number: str, issued_on: date, issuer: str = ""
) -> dict[str, str]:
    values = {i.key: i.default for i in template.inputs}
    values.update({k: str(v) for k, v in recipient.fields.items() if k in values and v not in (None, "")})
    values["name"] = recipient.name
    values.update(
        number=number,
        date=chinese_date(issued_on),
        year=str(issued_on.year),
        issuer=issuer or template.issuer,
    )
    return values


def summary_of(template: Template, values: dict[str, str]) -> str:
    """The register's one-line description: the first input after the name (award, title…)."""
    for spec in template.inputs:
        if spec.key != "name" and values.get(spec.key):
            return values[spec.key][:255]
    return ""


def check_recipients(template: Template, recipients: list[Recipient]) -> None:
    if not recipients:
        raise UserError(translate("Certificates", "名单是空的，没有可发的证书。"))
    problems = []
    for row, r in enumerate(recipients, start=1):
        values = page_values(template, r, "", date.today())
        for spec in template.inputs:
            if spec.required and not values.get(spec.key, "").strip():
                problems.append(FieldProblem(spec.label, translate("Certificates", "不能为空"), row))
    if problems:
        raise ValidationError(problems)


def _pages(
    template: Template,
    recipients: list[Recipient],
    numbers: list[str],
    request_date: date,
    issuer: str,
    key: bytes | None,
) -> list[Page]:
    """Each page's values and QR text: signed with ``key``, or a preview placeholder."""
    pages = []
    for r, n in zip(recipients, numbers, strict=True):
        values = page_values(template, r, n, request_date, issuer)
        facts = signing.Facts(n, values["name"], summary_of(template, values), request_date)
        pages.append(Page(values, signing.payload(key, facts) if key else f"{signing.PREFIX}:{n}:PREVIEW"))
    return pages


def preview_batch(
    db: Database,
    actor: Actor,
    template: Template,
    recipients: list[Recipient],
    target: Path,
    issued_on: date | None = None,
    options: RenderOptions = DEFAULT_OPTIONS,
    issuer: str = "",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Every certificate as it will print, watermarked, numbered as the next batch would be."""
    actor.require(CertificatesPerm.ISSUE)
    check_recipients(template, recipients)
    issued_on = issued_on or date.today()
    with db.read(actor) as s:
        first = peek_next(s, template.sequence_name(issued_on.year))
    numbers = [template.number(issued_on.year, first + i) for i in range(len(recipients))]
    pages = _pages(template, recipients, numbers, issued_on, issuer, None)
    opts = RenderOptions(preprinted=options.preprinted, duplicate=False, preview=True)
    return render(
        target,
        template,
        pages,
        opts,
        total=len(pages),
        step=progress.step,
        title=translate("Certificates", "证书预览"),
    )


def _check_writable(path: Path) -> None:
    """Refuse before any work when the PDF is open in a viewer that locks it (Windows)."""
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise UserError(
            translate(
                "Certificates", "无法写入文件 {path}：{reason}。如果它正在 PDF 阅读器中打开，请先关闭。"
            ).format(path=path, reason=exc.strerror or exc)
        ) from None
    if not existed:
        path.unlink(missing_ok=True)


def _person_file_name(number: str, name: str) -> str:
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip() or "证书"
    return f"{number}-{safe}.pdf"


def issue_batch(
    db: Database, actor: Actor, request: IssueRequest, progress: Progress = NO_PROGRESS
) -> IssueResult:
    actor.require(CertificatesPerm.ISSUE)
    template, recipients = request.template, request.recipients
    check_recipients(template, recipients)
    _check_writable(request.target)
    year = request.issued_on.year
    sequence = template.sequence_name(year)
    with db.transaction(actor) as s:
        key = signing.ensure_key(s)
    partial = request.target.with_name(f".{request.target.name}.part")
    parts_dir = request.target.with_name(f".{request.target.stem}.parts")
    total = len(recipients) * (2 if request.per_person_dir else 1)
    try:
        for _attempt in range(MAX_ATTEMPTS):
            with db.read(actor) as s:
                first = peek_next(s, sequence)
            numbers = [template.number(year, first + i) for i in range(len(recipients))]
            pages = _pages(
                template,
                recipients,
                numbers,
                request.issued_on,
                request.issuer,
                key,
            )
            render(partial, template, pages, request.options, total=total, step=progress.step)
            person_files = _render_people(template, pages, parts_dir, request, progress, total)
            progress.step(total, total, translate("Certificates", "正在登记证书…"))
            try:
                batch_id = _register(db, actor, request, pages, numbers, first, sequence)
            except _NumbersTaken:
                continue
            break
        else:
            # Other batches kept taking the numbers: draw while holding them this time. Nothing is
            # committed unless every page is drawn, so a failure still allocates no number.
            with db.transaction(actor) as s:
                serials = [next_number(s, sequence) for _ in recipients]
                numbers = [template.number(year, serial) for serial in serials]
                pages = _pages(
                    template,
                    recipients,
                    numbers,
                    request.issued_on,
                    request.issuer,
                    key,
                )
                render(partial, template, pages, request.options, total=total, step=progress.step)
                person_files = _render_people(template, pages, parts_dir, request, progress, total)
                batch_id = _write_register(s, actor, request, pages, numbers, serials)
        return _publish(request, partial, parts_dir, person_files, batch_id, numbers)
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(parts_dir, ignore_errors=True)


def _render_people(
    template: Template,
    pages: list[Page],
    parts_dir: Path,
    request: IssueRequest,
    progress: Progress,
    total: int,
) -> list[Path]:
    if request.per_person_dir is None:
        return []
    shutil.rmtree(parts_dir, ignore_errors=True)
    parts_dir.mkdir(parents=True)
    files = []
    offset = len(pages)
    for i, page in enumerate(pages, start=1):
        path = parts_dir / _person_file_name(page.values["number"], page.values["name"])
        render(path, template, [page], request.options)
        files.append(path)
        progress.step(offset + i, total)
    return files


def _register(
    db: Database,
    actor: Actor,
    request: IssueRequest,
    pages: list[Page],
    numbers: list[str],
    first: int,
    sequence: str,
) -> int:
    with db.transaction(actor) as s:
        serials = [next_number(s, sequence) for _ in pages]
        if serials[0] != first:
            raise _NumbersTaken()  # rolls back: the sequence is untouched
        return _write_register(s, actor, request, pages, numbers, serials)


def _write_register(
    s: Session,
    actor: Actor,
    request: IssueRequest,
    pages: list[Page],
    numbers: list[str],
    serials: list[int],
) -> int:
    template = request.template
    batch = CertificateBatch(
        template_key=template.key,
        template_name=template.name,
        template_json=template.to_json(),
        source_key=request.source_key,
        source_label=request.source_label[:255],
        issued_on=request.issued_on,
        count=len(pages),
        first_number=numbers[0],
        last_number=numbers[-1],
        created_by_id=actor.user_id,
    )
    s.add(batch)
    s.flush()
    rows = []
    for page, recipient, serial in zip(pages, request.recipients, serials, strict=True):
        values = page.values
        rows.append(
            {
                "number": values["number"],
                "serial": serial,
                "batch_id": batch.id,
                "template_key": template.key,
                "recipient_name": recipient.name,
                "member_id": recipient.member_id,
                "summary": summary_of(template, values),
                "source_label": request.source_label[:255],
                "values_json": json.dumps(values, ensure_ascii=False),
                "issued_on": request.issued_on,
                "year": request.issued_on.year,
                "status": CertificateStatus.ISSUED,
                "reprint_count": 0,
                "version": 1,
                "updated_by_id": actor.user_id,
            }
        )
    s.execute(insert(Certificate), rows)
    record(
        s,
        "issue",
        Certificate.__tablename__,
        batch.id,
        translate("Certificates", "发放证书 {n} 份：{first} 至 {last}").format(
            n=len(rows), first=numbers[0], last=numbers[-1]
        ),
        {"template": template.key, "source": request.source_label},
    )
    return batch.id


def _publish(
    request: IssueRequest,
    partial: Path,
    parts_dir: Path,
    person_files: list[Path],
    batch_id: int,
    numbers: list[str],
) -> IssueResult:
    """Move the files into place after the commit; the register already holds every number."""
    try:
        os.replace(partial, request.target)
        moved = []
        if request.per_person_dir is not None:
            request.per_person_dir.mkdir(parents=True, exist_ok=True)
            for path in person_files:
                final = request.per_person_dir / path.name
                os.replace(path, final)
                moved.append(final)
    except OSError as exc:
        raise UserError(
            translate(
                "Certificates",
                "证书已登记（{first} 至 {last}），但文件没能保存：{reason}。请在登记簿中选中后补打。",
            ).format(first=numbers[0], last=numbers[-1], reason=exc.strerror or exc)
        ) from None
    return IssueResult(batch_id, len(numbers), numbers[0], numbers[-1], request.target, tuple(moved))
