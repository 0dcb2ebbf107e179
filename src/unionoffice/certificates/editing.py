"""Templates as the screens see them, the editor's changes applied to a design, and the sample
certificate the editor previews (drawn by the printing code itself)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from unionoffice.certificates.contract import FieldInfo, InputInfo, TemplateEdit, TemplateInfo
from unionoffice.certificates.render import Page, RenderOptions, render
from unionoffice.certificates.service.issuing import page_values
from unionoffice.certificates.templates import Template, user_dir, validate
from unionoffice.core.recipients import Recipient
from unionoffice.foundation.i18n import translate

# What the sample certificate says where a template asks for a value (a rare character in the
# name shows at once whether the fonts cover it).
SAMPLE_NAME = "王䶮"
SAMPLE = {
    "title": "诚信心连心人",
    "event": "2026年职工职业技能竞赛",
    "award": "一等奖",
    "project": "仪表工赛项",
    "unit": "心兴分工会",
    "citation": "在2026年度“诚信心连心人”评选活动中，恪守诚信、爱岗敬业，带动班组形成讲诚信、重承诺的良好风气，被评为",
}


def template_info(t: Template) -> TemplateInfo:
    return TemplateInfo(
        key=t.key,
        name=t.name,
        description=t.description,
        width_mm=t.width_mm,
        height_mm=t.height_mm,
        issuer=t.issuer,
        number_example=t.number(date.today().year, 1),
        offset_x_mm=t.offset_x_mm,
        offset_y_mm=t.offset_y_mm,
        inputs=tuple(InputInfo(i.key, i.label, i.required, i.default) for i in t.inputs),
        fields=tuple(
            FieldInfo(
                key=f.key,
                label=f.label,
                kind=f.kind,
                text=f.text,
                x_mm=f.x_mm,
                y_mm=f.y_mm,
                size=f.size,
                width_mm=f.width_mm,
                align=f.align,
                enabled=f.enabled,
            )
            for f in t.fields
        ),
        customised=(user_dir() / f"{t.key}.json").is_file(),
    )


def apply_edit(template: Template, edit: TemplateEdit) -> Template:
    """A copy of ``template`` with the editor's changes, checked like a template read from disk
    (an unknown ``{value}`` typed into a field is refused here, not half-way through a batch)."""
    changed = template.copy()
    changed.offset_x_mm, changed.offset_y_mm = edit.offset_x_mm, edit.offset_y_mm
    for info in edit.fields:
        try:
            spec = changed.field_by_key(info.key)
        except KeyError:
            continue  # a field the stored design no longer has
        index = changed.fields.index(spec)
        changed.fields[index] = replace(
            spec,
            text=info.text,
            x_mm=info.x_mm,
            y_mm=info.y_mm,
            size=info.size,
            width_mm=info.width_mm,
            align=info.align,
            enabled=info.enabled,
        )
    validate(changed)
    return changed


def sample_page(template: Template) -> Page:
    fields = {i.key: i.default or SAMPLE.get(i.key, i.label) for i in template.inputs if i.key != "name"}
    today = date.today()
    number = template.number(today.year, 1)
    values = page_values(template, Recipient(SAMPLE_NAME, None, fields), number, today)
    return Page(values, f"UOC1:{number}:PREVIEW")


def sample_pdf(template: Template, preprinted: bool) -> bytes:
    """One sample certificate through the printing code, as PDF bytes."""
    data = io.BytesIO()
    render(
        data,
        template,
        [sample_page(template)],
        RenderOptions(preprinted=preprinted),
        title=translate("Certificates", "模板预览"),
    )
    return data.getvalue()
