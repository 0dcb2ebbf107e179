"""The achievement form: a patent, a copyright, a five-small result or a paper, with its people."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import (
    AchievementForm,
    AchievementFormOpen,
    AchievementInfo,
    AchievementSave,
)
from unionoffice.studios.labels import FiveSmall, Kind
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.checked_form import CheckedForm
from unionoffice.studios.views.studio_dialogs import required_date
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.widgets.fields import DateField, MoneyField, combo, yuan_text


def kind_key(kind: Kind, sub: FiveSmall | None) -> str:
    """One combo value for a kind and its five-small sub-kind: "invention", "five_small:innovation"."""
    return f"{kind.value}:{sub.value}" if sub else kind.value


def kind_items() -> list[tuple[str, object]]:
    """Kinds as one list; a five-small result names its sub-kind (小发明, 小革新 …)."""
    items: list[tuple[str, object]] = [(k.label, kind_key(k, None)) for k in Kind if k is not Kind.FIVE_SMALL]
    items += [(f"{Kind.FIVE_SMALL.label}·{f.label}", kind_key(Kind.FIVE_SMALL, f)) for f in FiveSmall]
    return items


class AchievementDialog(CheckedForm):
    """GUI thread. ``achievement_id=None`` registers a new one. The achievement and the studios
    arrive in one call; saving is one call (people are read by the services, as in the import)."""

    def __init__(
        self, ctx: AppContext, achievement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("编辑成果") if achievement_id else self.tr("登记成果"), parent)
        self.achievement: AchievementInfo | None = None
        self.setMinimumWidth(600)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(form)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.kind = combo(kind_items(), name="kind")
        self.kind.setCurrentIndex(self.kind.findData(kind_key(Kind.FIVE_SMALL, FiveSmall.INNOVATION)))
        self.studio = combo([], self.tr("（不属于工作室）"), "studio")
        self.people = QLineEdit()
        self.people.setObjectName("people")
        self.people.setPlaceholderText(
            self.tr("姓名（工号）份额，多人用“；”分隔，如 张三（E100012）60%；李四（E100013）40%")
        )
        self.declared_on = DateField(date.today())
        self.filed_on = DateField()
        self.granted_on = DateField()
        self.adopted_on = DateField()
        self.reg_no = QLineEdit()
        self.reg_no.setPlaceholderText(self.tr("专利号如 ZL202310123456.7；五小成果可留空，自动编号"))
        self.benefit = MoneyField()
        self.benefit.setObjectName("benefit")
        self.benefit.setPlaceholderText(self.tr("以元为单位，如 350000.00"))
        self.benefit_year = QSpinBox()
        self.benefit_year.setRange(0, 2100)
        self.benefit_year.setSpecialValueText(" ")
        self.benefit_basis = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(80)
        # Keys are the names the services give their problems; labels what the clerk reads.
        for key, label, widget in (
            (self.tr("成果名称"), self.tr("成果名称"), self.title_edit),
            (self.tr("五小类别"), self.tr("类别"), self.kind),
            (self.tr("工作室"), self.tr("工作室"), self.studio),
            (self.tr("完成人"), self.tr("完成人"), self.people),
            (self.tr("申报日期"), self.tr("申报日期"), self.declared_on),
            (self.tr("申请日期"), self.tr("申请日期"), self.filed_on),
            (self.tr("授权日期"), self.tr("授权/登记日期"), self.granted_on),
            (self.tr("采纳日期"), self.tr("采纳日期"), self.adopted_on),
            (self.tr("专利号/登记号"), self.tr("专利号/登记号"), self.reg_no),
            (self.tr("经济效益"), self.tr("经济效益（元）"), self.benefit),
            (self.tr("效益年度"), self.tr("效益年度"), self.benefit_year),
            (self.tr("测算方式"), self.tr("测算方式"), self.benefit_basis),
            (self.tr("成果简介"), self.tr("成果简介"), self.summary),
        ):
            self.row(form, key, label, widget)
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(
            self,
            studios.OPEN_ACHIEVEMENT_FORM,
            AchievementFormOpen(achievement_id),
            self._opened,
            self._failed_to_open,
        )

    def _opened(self, form: AchievementForm) -> None:
        for choice in form.studios:
            self.studio.addItem(choice.name, choice.id)
        self.save_button.setEnabled(self.ctx.session.can(StudiosPerm.WRITE))
        a = self.achievement = form.achievement
        if a is None:
            return
        self.title_edit.setText(a.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind_key(a.kind, a.five_small_kind))))
        self.studio.setCurrentIndex(max(0, self.studio.findData(a.studio_id)))
        self.people.setText(form.people)
        self.declared_on.set_date(a.declared_on)
        self.filed_on.set_date(a.filed_on)
        self.granted_on.set_date(a.granted_on)
        self.adopted_on.set_date(a.adopted_on)
        self.reg_no.setText(a.reg_no)
        self.benefit.setText(yuan_text(a.benefit_fen) if a.benefit_fen else "")
        self.benefit_year.setValue(a.benefit_year or 0)
        self.benefit_basis.setText(a.benefit_basis)
        self.summary.setPlainText(a.summary)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        declared_on = required_date(self.declared_on, self.tr("申报日期"), problems)
        dates: dict[str, date | None] = {}
        for key, field in (
            (self.tr("申请日期"), self.filed_on),
            (self.tr("授权日期"), self.granted_on),
            (self.tr("采纳日期"), self.adopted_on),
        ):
            dates[key], message = field.checked()
            if message:
                problems.append(FieldProblem(key, message))
        kind, _, sub = str(self.kind.currentData()).partition(":")
        a = self.achievement
        request = AchievementSave(
            achievement_id=a.id if a else None,
            version=a.version if a else 0,
            title=self.title_edit.text(),
            kind=Kind(kind),
            five_small_kind=FiveSmall(sub) if sub else None,
            studio_id=self.studio.currentData(),
            people=self.people.text(),
            declared_on=declared_on,
            filed_on=dates[self.tr("申请日期")],
            granted_on=dates[self.tr("授权日期")],
            adopted_on=dates[self.tr("采纳日期")],
            reg_no=self.reg_no.text(),
            benefit=self.benefit.text(),
            benefit_year=self.benefit_year.value() or None,
            benefit_basis=self.benefit_basis.text(),
            summary=self.summary.toPlainText(),
        )
        return studios.SAVE_ACHIEVEMENT, request, problems

    def saved(self, result: Saved) -> None:
        self.result_value = result
        self.accept()
