"""Forms: a studio, a recognition, an achievement, an honour, a grade."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from unionoffice.core.org import service as org
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.money import format_fen
from unionoffice.studios.labels import FiveSmall, Grade, Kind, Level, Recipient
from unionoffice.studios.service import achievements as ach_service
from unionoffice.studios.service import honours as honour_service
from unionoffice.studios.service import studios as studio_service
from unionoffice.studios.service.importing import resolve_people_text
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error


def _date_edit(value: date | None = None, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(1990, 1, 1))
        edit.setSpecialValueText(" ")  # the minimum shows blank: "not set"
    edit.setDate(QDate(value) if value else (edit.minimumDate() if optional else QDate.currentDate()))
    return edit


def _date(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()  # type: ignore[return-value]


def _combo(items: list[tuple[str, object]], current: object = None) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _Form(QDialog):
    """A form whose OK runs ``save``; a refusal shows its message and keeps the form open."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.result_id: int | None = None

    def finish_layout(self) -> None:
        self.form.addRow(self.buttons)

    def _ok(self) -> None:
        try:
            self.save()
        except UserError as error:
            show_error(self, error)
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class StudioDialog(_Form):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新增创新工作室"), parent)
        self.name = QLineEdit()
        self.leader = QLineEdit()
        self.leader.setPlaceholderText(self.tr("姓名（工号），如 张三（E100012）"))
        self.branch = _combo([(u.name, u.id) for u in org.branches(ctx.db, ctx.actor)])
        self.field = QLineEdit()
        self.level = _combo([(lv.label, lv) for lv in Level], Level.COUNTY)
        self.recognised_on = _date_edit()
        self.body = QLineEdit()
        self.document_no = QLineEdit()
        for text, widget in (
            (self.tr("工作室名称"), self.name),
            (self.tr("领衔人"), self.leader),
            (self.tr("分工会"), self.branch),
            (self.tr("领域"), self.field),
            (self.tr("命名级别"), self.level),
            (self.tr("命名日期"), self.recognised_on),
            (self.tr("命名单位"), self.body),
            (self.tr("文号"), self.document_no),
        ):
            self.form.addRow(text, widget)
        self.finish_layout()

    def save(self) -> None:
        people = resolve_people_text(self.ctx.db, self.ctx.actor, self.leader.text())
        data = studio_service.StudioInput(
            self.name.text(), people[0].member_id, self.branch.currentData(), self.field.text()
        )
        recognition = studio_service.RecognitionInput(
            self.level.currentData(),
            _date(self.recognised_on),  # type: ignore[arg-type]
            self.body.text(),
            self.document_no.text(),
        )
        self.result_id = studio_service.create_studio(self.ctx.db, self.ctx.actor, data, recognition)


class RecognitionDialog(_Form):
    def __init__(self, ctx: AppContext, studio_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记新的命名"), parent)
        self.studio = studio_service.get_studio(ctx.db, ctx.actor, studio_id)
        self.level = _combo([(lv.label, lv) for lv in Level], Level(self.studio.level))
        self.recognised_on = _date_edit()
        self.body = QLineEdit()
        self.document_no = QLineEdit()
        self.form.addRow(self.tr("工作室"), QLineEdit(self.studio.name, readOnly=True))
        for text, widget in (
            (self.tr("命名级别"), self.level),
            (self.tr("命名日期"), self.recognised_on),
            (self.tr("命名单位"), self.body),
            (self.tr("文号"), self.document_no),
        ):
            self.form.addRow(text, widget)
        self.finish_layout()

    def save(self) -> None:
        studio_service.add_recognition(
            self.ctx.db,
            self.ctx.actor,
            self.studio.id,
            studio_service.RecognitionInput(
                self.level.currentData(),
                _date(self.recognised_on),  # type: ignore[arg-type]
                self.body.text(),
                self.document_no.text(),
            ),
            self.studio.version,
        )


class AchievementDialog(_Form):
    def __init__(
        self, ctx: AppContext, achievement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("编辑成果") if achievement_id else self.tr("登记成果"), parent)
        self.setMinimumWidth(560)
        info = ach_service.get_achievement(ctx.db, ctx.actor, achievement_id) if achievement_id else None
        self.info = info
        self.title = QLineEdit(info.title if info else "")
        kinds = [(k.label, (k, None)) for k in Kind if k is not Kind.FIVE_SMALL]
        kinds += [(f"{Kind.FIVE_SMALL.label}·{f.label}", (Kind.FIVE_SMALL, f)) for f in FiveSmall]
        self.kind = _combo(
            kinds, (info.kind, info.five_small_kind) if info else (Kind.FIVE_SMALL, FiveSmall.INNOVATION)
        )
        studios = [(self.tr("（不属于工作室）"), None)] + [
            (n, i) for i, n in studio_service.studio_choices(ctx.db, ctx.actor)
        ]
        self.studio = _combo(studios, info.studio_id if info else None)
        self.people = QLineEdit(
            "；".join(f"{p.name}（{p.employee_no}）{p.share_pct}%" for p in info.people) if info else ""
        )
        self.people.setPlaceholderText(
            self.tr("姓名（工号）份额，多人用“；”分隔，如 张三（E100012）60%；李四（E100013）40%")
        )
        self.declared_on = _date_edit(info.declared_on if info else None)
        self.filed_on = _date_edit(info.filed_on if info else None, optional=True)
        self.granted_on = _date_edit(info.granted_on if info else None, optional=True)
        self.adopted_on = _date_edit(info.adopted_on if info else None, optional=True)
        self.reg_no = QLineEdit(info.reg_no if info else "")
        self.reg_no.setPlaceholderText(self.tr("专利号如 ZL202310123456.7；五小成果可留空，自动编号"))
        self.benefit = QLineEdit(
            format_fen(info.benefit_fen).replace(",", "") if info and info.benefit_fen else ""
        )
        self.benefit.setPlaceholderText(self.tr("以元为单位，如 350000.00"))
        self.benefit_year = QSpinBox(minimum=0, maximum=2100, specialValueText=" ")
        self.benefit_year.setValue(info.benefit_year or 0 if info else 0)
        self.benefit_basis = QLineEdit(info.benefit_basis if info else "")
        self.summary = QPlainTextEdit(info.summary if info else "")
        self.summary.setFixedHeight(80)
        for text, widget in (
            (self.tr("成果名称"), self.title),
            (self.tr("类别"), self.kind),
            (self.tr("工作室"), self.studio),
            (self.tr("完成人"), self.people),
            (self.tr("申报日期"), self.declared_on),
            (self.tr("申请日期"), self.filed_on),
            (self.tr("授权/登记日期"), self.granted_on),
            (self.tr("采纳日期"), self.adopted_on),
            (self.tr("专利号/登记号"), self.reg_no),
            (self.tr("经济效益（元）"), self.benefit),
            (self.tr("效益年度"), self.benefit_year),
            (self.tr("测算方式"), self.benefit_basis),
            (self.tr("成果简介"), self.summary),
        ):
            self.form.addRow(text, widget)
        self.finish_layout()

    def save(self) -> None:
        kind, sub = self.kind.currentData()
        people = resolve_people_text(self.ctx.db, self.ctx.actor, self.people.text())
        data = ach_service.AchievementInput(
            title=self.title.text(),
            kind=kind,
            five_small_kind=sub,
            people=people,
            declared_on=_date(self.declared_on),
            studio_id=self.studio.currentData(),  # type: ignore[arg-type]
            summary=self.summary.toPlainText(),
            filed_on=_date(self.filed_on),
            granted_on=_date(self.granted_on),
            adopted_on=_date(self.adopted_on),
            reg_no=self.reg_no.text(),
            benefit=self.benefit.text(),
            benefit_year=self.benefit_year.value() or None,
            benefit_basis=self.benefit_basis.text(),
        )
        if self.info is None:
            self.result_id = ach_service.create_achievement(self.ctx.db, self.ctx.actor, data)
        else:
            ach_service.update_achievement(self.ctx.db, self.ctx.actor, self.info.id, data, self.info.version)
            self.result_id = self.info.id


class HonourDialog(_Form):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记荣誉"), parent)
        self.title = QLineEdit()
        self.level = _combo([(lv.label, lv) for lv in Level], Level.PROVINCIAL)
        self.body = QLineEdit()
        self.year = QSpinBox(minimum=1950, maximum=2100)
        self.year.setValue(date.today().year)
        self.recipient = _combo([(r.label, r) for r in Recipient])
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("个人：姓名（工号）"))
        self.studio = _combo([(n, i) for i, n in studio_service.studio_choices(ctx.db, ctx.actor)])
        self.team = QLineEdit()
        self.branch = _combo([(u.name, u.id) for u in org.branches(ctx.db, ctx.actor)])
        self.certificate_no = QLineEdit()
        for text, widget in (
            (self.tr("荣誉名称"), self.title),
            (self.tr("级别"), self.level),
            (self.tr("授予单位"), self.body),
            (self.tr("年度"), self.year),
            (self.tr("获奖对象"), self.recipient),
            (self.tr("获奖人"), self.person),
            (self.tr("工作室"), self.studio),
            (self.tr("集体名称"), self.team),
            (self.tr("分工会（集体）"), self.branch),
            (self.tr("证书编号"), self.certificate_no),
        ):
            self.form.addRow(text, widget)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self._recipient_changed()
        self.finish_layout()

    def _recipient_changed(self) -> None:
        kind = self.recipient.currentData()
        self.person.setEnabled(kind is Recipient.MEMBER)
        self.studio.setEnabled(kind is Recipient.STUDIO)
        self.team.setEnabled(kind is Recipient.TEAM)
        self.branch.setEnabled(kind is Recipient.TEAM)

    def save(self) -> None:
        kind = self.recipient.currentData()
        member_id = None
        if kind is Recipient.MEMBER:
            member_id = resolve_people_text(self.ctx.db, self.ctx.actor, self.person.text())[0].member_id
        data = honour_service.HonourInput(
            self.title.text(),
            self.level.currentData(),
            self.body.text(),
            self.year.value(),
            kind,
            member_id=member_id,
            studio_id=self.studio.currentData() if kind is Recipient.STUDIO else None,
            team_name=self.team.text(),
            branch_id=self.branch.currentData() if kind is Recipient.TEAM else None,
            certificate_no=self.certificate_no.text(),
        )
        self.result_id = honour_service.create_honour(self.ctx.db, self.ctx.actor, data)


class GradeDialog(_Form):
    def __init__(self, ctx: AppContext, achievement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("评定等级"), parent)
        self.setMinimumWidth(460)
        self.info = ach_service.get_achievement(ctx.db, ctx.actor, achievement_id)
        self.form.addRow(self.tr("成果"), QLineEdit(self.info.title, readOnly=True))
        self.grade = _combo([(g.label, g) for g in Grade], self.info.grade or Grade.SECOND)
        self.comment = QPlainTextEdit(self.info.grade_comment)
        self.comment.setFixedHeight(70)
        self.form.addRow(self.tr("等级"), self.grade)
        self.form.addRow(self.tr("评审意见"), self.comment)
        self.finish_layout()

    def save(self) -> None:
        from unionoffice.studios.service import rounds

        rounds.record_grade(
            self.ctx.db,
            self.ctx.actor,
            self.info.id,
            self.grade.currentData(),
            self.comment.toPlainText(),
            self.info.version,
        )
