"""The certificates operations of the service contract: each screen's call answered in one go.

PDFs are written into a temporary folder on the services side and returned as bytes; the
client shows, prints and saves them. A list read for issuing is kept on the services side
(``core/staging.py``) between the preview and the issue, so it crosses the network once and the
certificates issued are exactly those previewed.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from unionoffice.certificates import editing, service, sources, templates
from unionoffice.certificates.contract import (
    GET,
    ISSUE_BATCH,
    LIST,
    OPEN_ISSUE,
    OPEN_REGISTER,
    PREVIEW_BATCH,
    PREVIEW_TEMPLATE,
    REPRINT,
    RESET_TEMPLATE,
    REVOKE,
    SAVE_TEMPLATE,
    TEMPLATES,
    VERIFY,
    BatchChoice,
    BatchPreview,
    BatchPreviewed,
    CertificateInfo,
    IssueBatch,
    Issued,
    IssueScreen,
    RegisterFilter,
    RegisterOpen,
    RegisterScreen,
    Reprint,
    Reprinted,
    Revoke,
    SourceInfo,
    TemplateEdit,
    TemplateInfo,
    TemplateKey,
    TemplatePreview,
    Templates,
    Verification,
    VerifyRequest,
)
from unionoffice.certificates.labels import SourceKind
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.render import RenderOptions
from unionoffice.core import staging
from unionoffice.core.audit.recorder import record
from unionoffice.core.recipients import Recipient
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation import wire
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, Page, Saved
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError
from unionoffice.foundation.i18n import translate


# Templates --------------------------------------------------------------------------------------
def _templates() -> list[TemplateInfo]:
    return [editing.template_info(t) for t in templates.list_templates()]


@implements(TEMPLATES)
def _list_templates(ctx: CallContext, _request: Empty) -> Templates:
    ctx.actor.require(CertificatesPerm.READ)
    return Templates(_templates())


@implements(PREVIEW_TEMPLATE)
def _preview_template(ctx: CallContext, request: TemplatePreview) -> FileData:
    ctx.actor.require(CertificatesPerm.ISSUE)
    template = editing.apply_edit(templates.get_template(request.edit.key), request.edit)
    return FileData(f"{template.key}.pdf", editing.sample_pdf(template, request.preprinted))


@implements(SAVE_TEMPLATE)
def _save_template(ctx: CallContext, request: TemplateEdit) -> TemplateInfo:
    """The administrator's copy goes to the services' data folder (see ``templates.py``)."""
    ctx.actor.require(CertificatesPerm.ISSUE)
    template = editing.apply_edit(templates.get_template(request.key), request)
    with ctx.db.transaction(ctx.actor) as s:
        # Audited first: if the file cannot be written, the entry rolls back with the error.
        record(
            s,
            "update",
            "certificate_template",
            template.key,
            translate("Certificates", "修改证书模板“{name}”").format(name=template.name),
        )
        templates.save_template(template)
    return editing.template_info(templates.get_template(template.key))


@implements(RESET_TEMPLATE)
def _reset_template(ctx: CallContext, request: TemplateKey) -> TemplateInfo:
    ctx.actor.require(CertificatesPerm.ISSUE)
    # The key of a design that exists, never the request's text: it names a file to delete.
    template = templates.get_template(request.key)
    with ctx.db.transaction(ctx.actor) as s:
        record(
            s,
            "update",
            "certificate_template",
            template.key,
            translate("Certificates", "证书模板“{name}”恢复出厂设计").format(name=template.name),
        )
        templates.reset_template(template.key)
    return editing.template_info(templates.get_template(template.key))


# Issuing -----------------------------------------------------------------------------------------
@implements(OPEN_ISSUE)
def _open_issue(ctx: CallContext, _request: Empty) -> IssueScreen:
    """The designs and every list source with its batches (a contest, a quarter, a year)."""
    ctx.actor.require(CertificatesPerm.ISSUE)
    found = []
    for source in sources.all_sources():
        batches: tuple[BatchChoice, ...] = ()
        if source.kind == SourceKind.LIST and source.batches is not None:
            try:
                batches = tuple(BatchChoice(b.key, b.label) for b in source.batches(ctx.db, ctx.actor))
            except PermissionDenied:
                continue  # the list belongs to a module this user may not read
        found.append(SourceInfo(source.key, source.label(), SourceKind(source.kind), batches))
    return IssueScreen(_templates(), found)


@dataclass(frozen=True)
class StagedList:
    """A list read for issuing, kept between the preview and the issue."""

    template_key: str
    source_key: str
    source_label: str
    recipients: list[Recipient] = field(default_factory=list)


def _read_list(
    ctx: CallContext, request: BatchPreview, template: templates.Template
) -> tuple[str, list[Recipient]]:
    """(the label the register keeps, the people) of the chosen source."""
    source = sources.get_source(request.source_key)
    ctx.progress.step(0, 0, translate("Certificates", "正在读取名单…"))
    if source.kind == SourceKind.FILE:
        if request.file is None:
            raise UserError(translate("Certificates", "请先选择名单文件。"))
        with tempfile.TemporaryDirectory(prefix="unionoffice-list-") as folder:
            path = Path(folder) / Path(request.file.name).name
            path.write_bytes(request.file.content)
            return Path(request.file.name).stem, source.recipients(ctx.db, ctx.actor, str(path), template)
    if source.kind == SourceKind.LIST:
        offered = {b.key: b.label for b in source.batches(ctx.db, ctx.actor)} if source.batches else {}
        if request.choice not in offered:
            raise UserError(translate("Certificates", "请选择一个名单。"))
        return offered[request.choice], source.recipients(ctx.db, ctx.actor, request.choice, template)
    return translate("Certificates", "手工输入名单"), source.recipients(
        ctx.db, ctx.actor, request.choice, template
    )


@implements(PREVIEW_BATCH)
def _preview_batch(ctx: CallContext, request: BatchPreview) -> BatchPreviewed:
    ctx.actor.require(CertificatesPerm.ISSUE)
    template = templates.get_template(request.template_key)
    label, people = _read_list(ctx, request, template)
    with tempfile.TemporaryDirectory(prefix="unionoffice-preview-") as folder:
        target = Path(folder) / "preview.pdf"
        service.preview_batch(
            ctx.db,
            ctx.actor,
            template,
            people,
            target,
            request.issued_on,
            RenderOptions(preprinted=request.preprinted),
            request.issuer,
            ctx.progress,
        )
        pdf = FileData(translate("Certificates", "证书预览.pdf"), target.read_bytes())
    kept = StagedList(template.key, request.source_key, label, people)
    upload = staging.stage(ctx.db, ctx.actor, FileData("recipients.msgpack", wire.encode(kept)))
    keys = template.input_keys()
    rows = [[{"name": p.name, **p.fields}.get(k, "") for k in keys] for p in people]
    return BatchPreviewed(
        upload=upload, source_label=label, headers=[i.label for i in template.inputs], rows=rows, pdf=pdf
    )


def _file_name(text: str) -> str:
    return "".join(ch for ch in text if ch not in '\\/:*?"<>|').strip() or "证书"


@implements(ISSUE_BATCH)
def _issue_batch(ctx: CallContext, request: IssueBatch) -> Issued:
    ctx.actor.require(CertificatesPerm.ISSUE)
    try:
        kept = wire.decode(staging.staged(ctx.db, ctx.actor, request.upload).content, StagedList)
    except NotFound:
        raise NotFound(
            translate("Certificates", "名单预览已失效（超过一天或不是您读取的），请重新读取名单并预览。")
        ) from None
    template = templates.get_template(kept.template_key)
    with tempfile.TemporaryDirectory(prefix="unionoffice-issue-") as folder:
        target = Path(folder) / _file_name(f"{template.name}-{request.issued_on:%Y%m%d}.pdf")
        result = service.issue_batch(
            ctx.db,
            ctx.actor,
            service.IssueRequest(
                template=template,
                recipients=kept.recipients,
                source_key=kept.source_key,
                source_label=kept.source_label,
                target=target,
                issued_on=request.issued_on,
                options=RenderOptions(preprinted=request.preprinted),
                per_person_dir=Path(folder) / "people" if request.per_person else None,
                issuer=request.issuer,
            ),
            ctx.progress,
        )
        file = FileData(target.name, result.path.read_bytes())
        people = [FileData(path.name, path.read_bytes()) for path in result.per_person]
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return Issued(
        batch_id=result.batch_id,
        count=result.count,
        first_number=result.first_number,
        last_number=result.last_number,
        file=file,
        per_person=people,
    )


# The register ------------------------------------------------------------------------------------
def _page(ctx: CallContext, query: ListQuery[RegisterFilter]) -> Page:
    source = service.register_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_REGISTER)
def _open_register(ctx: CallContext, request: RegisterOpen) -> RegisterScreen:
    ctx.actor.require(CertificatesPerm.READ)
    years = service.issued_years(ctx.db, ctx.actor)
    return RegisterScreen(_page(ctx, ListQuery(request.filter, request.window)), years)


@implements(LIST)
def _list(ctx: CallContext, query: ListQuery[RegisterFilter]) -> Page:
    return _page(ctx, query)


@implements(GET)
def _get(ctx: CallContext, request: ById) -> CertificateInfo:
    return service.get_certificate(ctx.db, ctx.actor, request.id)


@implements(REVOKE)
def _revoke(ctx: CallContext, request: Revoke) -> Saved:
    done = service.revoke(
        ctx.db, ctx.actor, request.certificate_id, request.reason, request.version, request.on
    )
    return Saved(done.id, done.version)


@implements(REPRINT)
def _reprint(ctx: CallContext, request: Reprint) -> Reprinted:
    with tempfile.TemporaryDirectory(prefix="unionoffice-reprint-") as folder:
        target = Path(folder) / translate("Certificates", "证书补打.pdf")
        count = service.reprint(
            ctx.db, ctx.actor, list(request.certificate_ids), target, request.preprinted, ctx.progress
        )
        return Reprinted(count, FileData(target.name, target.read_bytes()))


@implements(VERIFY)
def _verify(ctx: CallContext, request: VerifyRequest) -> Verification:
    return service.verify(ctx.db, ctx.actor, request.text)
