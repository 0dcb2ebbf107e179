"""The honour form: a title won by a member, a studio or a team."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import HonourForm, HonourFormOpen, HonourInfo, HonourSave
from unionoffice.studios.labels import Level, Recipient
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.checked_form import CheckedForm
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.widgets.fields import DateField, combo, select_data


class HonourDialog(CheckedForm):
    """GUI thread. ``honour_id=None`` registers a new honour. The honour, the studios and the
    branch unions arrive in one call; saving is one call."""

    def __init__(self, ctx: AppContext, honour_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("编辑荣誉") if honour_id else self.tr("登记荣誉"), parent)
        self.honour: HonourInfo | None = None
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(form)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.level = combo([(lv.label, lv.value) for lv in Level], name="level")
        select_data(self.level, Level.PROVINCIAL.value)
        self.body = QLineEdit()
        self.body.setObjectName("body")
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(date.today().year)
        self.recipient = combo([(r.label, r.value) for r in Recipient], name="recipient")
        self.member = QLineEdit()
        self.member.setObjectName("member")
        self.member.setPlaceholderText(self.tr("姓名（工号），如 张三（E100012）"))
        self.studio = combo([], name="studio")
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.branch = combo([], name="branch")
        self.certificate_no = QLineEdit()
        self.awarded_on = DateField()
        for key, label, widget in (
            (self.tr("荣誉名称"), self.tr("荣誉名称"), self.title_edit),
            (self.tr("级别"), self.tr("级别"), self.level),
            (self.tr("授予单位"), self.tr("授予单位"), self.body),
            (self.tr("年度"), self.tr("年度"), self.year),
            (self.tr("获奖对象"), self.tr("获奖对象"), self.recipient),
            (self.tr("获奖人"), self.tr("获奖人"), self.member),
            (self.tr("工作室"), self.tr("工作室"), self.studio),
            (self.tr("集体名称"), self.tr("集体名称"), self.team),
            (self.tr("分工会"), self.tr("分工会（集体）"), self.branch),
            (self.tr("证书编号"), self.tr("证书编号"), self.certificate_no),
            (self.tr("授予日期"), self.tr("授予日期"), self.awarded_on),
        ):
            self.row(form, key, label, widget)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self._recipient_changed()
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(
            self,
            studios.OPEN_HONOUR_FORM,
            HonourFormOpen(honour_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    def _recipient_changed(self) -> None:
        kind = Recipient(self.recipient.currentData())
        self.member.setEnabled(kind is Recipient.MEMBER)
        self.studio.setEnabled(kind is Recipient.STUDIO)
        self.team.setEnabled(kind is Recipient.TEAM)
        self.branch.setEnabled(kind is Recipient.TEAM)

    def _opened(self, form: HonourForm) -> None:
        org = self.ctx.refs.take(form.org)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        for choice in form.studios:
            self.studio.addItem(choice.name, choice.id)
        self.save_button.setEnabled(self.ctx.session.can(StudiosPerm.WRITE))
        h = self.honour = form.honour
        if h is None:
            return
        self.title_edit.setText(h.title)
        select_data(self.level, h.level.value)
        self.body.setText(h.body)
        self.year.setValue(h.year)
        select_data(self.recipient, h.recipient.value)
        self.member.setText(form.member_text)
        select_data(self.studio, h.studio_id)
        if h.recipient is Recipient.TEAM:
            self.team.setText(h.recipient_name)
            select_data(self.branch, h.branch_id)
        self.certificate_no.setText(h.certificate_no)
        self.awarded_on.set_date(h.awarded_on)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        awarded_on, message = self.awarded_on.checked()
        if message:
            problems.append(FieldProblem(self.tr("授予日期"), message))
        h = self.honour
        request = HonourSave(
            honour_id=h.id if h else None,
            version=h.version if h else 0,
            title=self.title_edit.text(),
            level=Level(self.level.currentData()),
            body=self.body.text(),
            year=self.year.value(),
            recipient=Recipient(self.recipient.currentData()),
            member=self.member.text(),
            studio_id=self.studio.currentData(),
            team_name=self.team.text(),
            branch_id=self.branch.currentData(),
            certificate_no=self.certificate_no.text(),
            awarded_on=awarded_on,
        )
        return studios.SAVE_HONOUR, request, problems
