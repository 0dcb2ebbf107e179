"""The recommendation's forms: the notice, a candidate, the meeting, the public notice, the
submission of a batch and the result."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import CandidateDetail, Choice, NoticeDetail, field_label
from unionoffice.congress.labels import Bound, CandidateKind, PostCategory
from unionoffice.congress.views.candidates import level_label
from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.fields import DateField, combo, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog

LEVELS = ("national", "provincial", "municipal", "county", "company")


def _date(key: str, field: DateField, problems: list[FieldProblem]) -> date | None:
    value, message = field.checked()
    if message:
        problems.append(FieldProblem(field_label(key), message))
    return value


class _Form(FormDialog):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None, width: int = 520) -> None:
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(width)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def add(self, key: str, widget: QWidget) -> None:
        self.row(self.form, field_label(key), field_label(key), widget)

    def note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout_.insertWidget(0, label)


class _RatioRow(QWidget):
    """One structure ratio: category, at least / at most, percent (0: unused)."""

    def __init__(self, ratio: congress.RatioInput | None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.category = combo([(c.label, c.value) for c in PostCategory])
        self.bound = combo([(b.label, b.value) for b in Bound])
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setSpecialValueText(self.tr("不用"))  # 0: this row sets no ratio
        row.addWidget(self.category, 3)
        row.addWidget(self.bound, 1)
        row.addWidget(self.percent, 1)
        if ratio is not None:
            select_data(self.category, ratio.category)
            select_data(self.bound, ratio.bound)
            self.percent.setValue(ratio.percent)

    def value(self) -> congress.RatioInput | None:
        if self.percent.value() == 0:
            return None
        return congress.RatioInput(
            self.category.currentData(), self.bound.currentData(), self.percent.value()
        )


class NoticeDialog(_Form):
    """The higher union's notice: what it asks for and the rules the batch must keep."""

    def __init__(self, ctx: AppContext, notice: NoticeDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("推荐通知"), parent, 600)
        self.found = notice
        self.title_edit = QLineEdit(notice.title if notice else "")
        self.honour = QLineEdit(notice.honour_title if notice else "")
        self.level: QComboBox = combo([(level_label(v), v) for v in LEVELS], None, "level")
        self.issuer = QLineEdit(notice.issuer if notice else "")
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(notice.year if notice else date.today().year + 1)
        self.quota = QSpinBox()
        self.quota.setRange(1, 999)
        self.quota.setValue(notice.quota if notice else 1)
        self.deadline = DateField(notice.deadline if notice else None)
        ratios = list(notice.ratios) if notice else [congress.RatioInput("front_line", "min", 35)]
        self.ratios = [_RatioRow(r) for r in ratios + [None] * (3 - len(ratios))]
        box = QWidget()
        column = QFormLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for ratio in self.ratios:
            column.addRow(ratio)
        for key, widget in (
            ("notice_title", self.title_edit),
            ("honour_title", self.honour),
            ("level", self.level),
            ("issuer", self.issuer),
            ("year", self.year),
            ("quota", self.quota),
            ("deadline", self.deadline),
            ("ratios", box),
        ):
            self.add(key, widget)
        if notice:
            select_data(self.level, notice.level)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.NoticeInput, Saved], congress.NoticeInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.NoticeInput(
            title=self.title_edit.text(),
            honour_title=self.honour.text(),
            level=self.level.currentData(),
            issuer=self.issuer.text(),
            year=self.year.value(),
            quota=self.quota.value(),
            deadline=_date("deadline", self.deadline, problems),
            ratios=[r for r in (row.value() for row in self.ratios) if r is not None],
            notice_id=self.found.id if self.found else None,
            version=self.found.version if self.found else 0,
        )
        return congress.SAVE_NOTICE, request, problems


class CandidateDialog(_Form):
    """A member of the register (by employee number) or a studio, with the account of deeds."""

    def __init__(
        self,
        ctx: AppContext,
        notice_id: int,
        studios: list[Choice],
        parent: QWidget | None = None,
        found: CandidateDetail | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("推荐候选人") if found is None else found.name, parent, 560)
        self.notice_id, self.found = notice_id, found
        self.kind = combo([(k.label, k.value) for k in CandidateKind], None, "kind")
        self.employee_no = QLineEdit(found.employee_no if found else "")
        self.employee_no.setObjectName("employee_no")
        self.studio = combo([(s.label, s.id) for s in studios], self.tr("（请选择）"), "studio")
        self.category = combo([(c.label, c.value) for c in PostCategory], self.tr("（请选择）"), "category")
        self.deeds = QPlainTextEdit(found.deeds if found else "")
        self.deeds.setObjectName("deeds")
        self.deeds.setFixedHeight(140)
        self.add("candidate", self.employee_no)
        self.form.insertRow(0, self.tr("类型"), self.kind)
        self.add("studio", self.studio)
        self.add("post_category", self.category)
        self.add("deeds", self.deeds)
        self.employee_no.setPlaceholderText(self.tr("名册中的工号"))
        if found is not None:
            select_data(self.kind, found.kind)
            select_data(self.studio, found.studio_id)
            select_data(self.category, found.category)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()

    def _kind_changed(self) -> None:
        member = self.kind.currentData() == CandidateKind.MEMBER
        self.employee_no.setEnabled(member)
        self.studio.setEnabled(not member)

    def collect(
        self,
    ) -> tuple[Operation[congress.CandidateInput, Saved], congress.CandidateInput, list[FieldProblem]]:
        request = congress.CandidateInput(
            notice_id=self.notice_id,
            kind=self.kind.currentData(),
            employee_no=self.employee_no.text(),
            studio_id=self.studio.currentData(),
            category=self.category.currentData(),
            deeds=self.deeds.toPlainText(),
            candidate_id=self.found.id if self.found else None,
            version=self.found.version if self.found else 0,
        )
        return congress.SAVE_CANDIDATE, request, []


class MeetingDialog(_Form):
    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("工会委员会会议"), parent)
        self.ids = ids
        self.note(self.tr("所选 {n} 名候选人经会议研究推荐。").format(n=len(ids)))
        self.meeting_on = DateField(date.today())
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("minutes")
        self.minutes.setFixedHeight(110)
        self.add("meeting_on", self.meeting_on)
        self.add("minutes", self.minutes)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.MeetingInput, congress.Changed], congress.MeetingInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        on = _date("meeting_on", self.meeting_on, problems)
        return (
            congress.RECORD_MEETING,
            congress.MeetingInput(self.ids, on, self.minutes.toPlainText()),
            problems,
        )


class PublicNoticeDialog(_Form):
    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("公示"), parent)
        self.ids = ids
        self.note(
            self.tr(
                "所选 {n} 名候选人在本单位公示；公示期按工作日计算（节假日见系统管理 → 节假日）。"
            ).format(n=len(ids))
        )
        self.starts_on = DateField(date.today())
        self.add("notice_from", self.starts_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[
        Operation[congress.PublicNoticeInput, congress.NoticePosted],
        congress.PublicNoticeInput,
        list[FieldProblem],
    ]:
        problems: list[FieldProblem] = []
        on = _date("notice_from", self.starts_on, problems)
        return congress.POST_NOTICE, congress.PublicNoticeInput(self.ids, on), problems

    def saved(self, result: congress.NoticePosted) -> None:
        info(self, self.tr("公示期至 {end} 届满，届满后方可报送。").format(end=result.ends_on.isoformat()))
        super().saved(result)


class SubmitDialog(_Form):
    def __init__(
        self, ctx: AppContext, notice: NoticeDetail, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("报送上级工会"), parent)
        self.notice, self.ids = notice, ids
        self.note(
            self.tr(
                "报送所选 {n} 名候选人。报送前检查：公示期已满、名额（{quota} 名）和通知的结构比例。"
            ).format(n=len(ids), quota=notice.quota)
        )
        self.submitted_on = DateField(date.today())
        self.add("submitted", self.submitted_on)
        for key in ("quota", "ratios"):  # where a broken rule is named
            holder = QLabel()
            holder.hide()
            self.row(self.form, field_label(key), "", holder)
        self.save_button.setText(self.tr("报送"))
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.SubmitInput, congress.Changed], congress.SubmitInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        on = _date("submitted", self.submitted_on, problems)
        return congress.SUBMIT_CANDIDATES, congress.SubmitInput(self.notice.id, self.ids, on), problems


class ResultDialog(_Form):
    def __init__(self, ctx: AppContext, candidate: CandidateDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("评选结果"), parent)
        self.candidate = candidate
        self.note(self.tr("{name}：获评后写入荣誉登记，可用于制发证书。").format(name=candidate.name))
        self.outcome = combo([(self.tr("获评"), True), (self.tr("未获评"), False)], None, "outcome")
        self.result_on = DateField(date.today())
        self.certificate_no = QLineEdit()
        self.form.addRow(self.tr("结果"), self.outcome)
        self.add("result_on", self.result_on)
        self.form.addRow(self.tr("证书编号"), self.certificate_no)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.ResultInput, Saved], congress.ResultInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.ResultInput(
            candidate_id=self.candidate.id,
            version=self.candidate.version,
            awarded=bool(self.outcome.currentData()),
            result_on=_date("result_on", self.result_on, problems),
            certificate_no=self.certificate_no.text(),
        )
        return congress.RECORD_RESULT, request, problems
