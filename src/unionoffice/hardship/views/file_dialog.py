"""A household's file: the member it is under, the household, income and rigid expenses with their
evidence, the category as the services will compute it, and (for a stored file) its history and
the help paid. Opening is one call, saving is one call."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import (
    FileDetail,
    FileForm,
    FileInput,
    FileOpen,
    FileSave,
    ItemInfo,
    LineRef,
    MemberChoice,
    MemberChoices,
    MemberLookup,
    PersonInfo,
    assess,
    field_label,
)
from unionoffice.hardship.labels import CloseReason, ItemKind, Kin, Origin, Stage, category_text
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import show_error
from unionoffice.ui.style import HEADING_TEXT, MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.fields import DateField, error_label, parse_money, yuan_text
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table

# Hidden data of a household row, kept on its name cell.
PERSON_ID, MEMBER_ID, FAMILY_ID = (Qt.ItemDataRole.UserRole + n for n in range(3))


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class FileDialog(FormDialog):
    """GUI thread. ``file_id`` None: a new file (for ``member_id`` when the candidate list chose
    one, with ``origin`` and the list's ``note``)."""

    def __init__(
        self,
        ctx: AppContext,
        file_id: int | None,
        member_id: int | None = None,
        origin: Origin = Origin.APPLICATION,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("困难职工档案") if file_id else self.tr("新建困难职工档案"), parent)
        self.file_id = file_id
        self.detail: FileDetail | None = None
        self.member: MemberChoice | None = None
        self.lines: tuple[LineRef, ...] = ()
        self.relative_pct = 200
        self.note = note
        self._choices: list[MemberChoice] = []
        self.setMinimumSize(900, 680)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet(HEADING_TEXT)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("file_tabs")
        self.tabs.addTab(self._household_page(origin), icon("users"), self.tr("家庭情况"))
        self.history = read_only_table(self, "history")
        self.payouts = read_only_table(self, "payouts")
        self.layout_.addWidget(self.tabs, 1)
        self.finish_layout()
        self._set_ready(False)
        ctx.calls.fetch(
            self,
            hs.OPEN_FILE,
            FileOpen(file_id, member_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    # Layout -----------------------------------------------------------------------------------
    def _household_page(self, origin: Origin) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self._left = left

        self.lookup = QLineEdit()
        self.lookup.setObjectName("lookup")
        self.lookup.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号后按回车查找"))
        self.found = QComboBox()
        self.found.setObjectName("found")
        self.found.setMinimumContentsLength(18)
        member_box = QWidget()
        member_row = QHBoxLayout(member_box)
        member_row.setContentsMargins(0, 0, 0, 0)
        member_row.addWidget(self.lookup, 1)
        member_row.addWidget(self.found, 1)
        self.member_box = self.row(left, "member", field_label("member"), member_box)
        self.member_label = QLabel()
        self.member_label.setObjectName("member_label")
        left.addRow(field_label("member"), self.member_label)
        self.origin = QComboBox()
        self.origin.setObjectName("origin")
        for item in Origin:
            self.origin.addItem(item.label, item.value)
        self.origin.setCurrentIndex(max(0, self.origin.findData(origin.value)))
        self.row(left, "origin", self.tr("来源"), self.origin)
        self.opened_on = DateField()
        self.opened_on.setObjectName("opened_on")
        self.row(left, "opened_on", field_label("opened_on"), self.opened_on)

        self.household_size = QSpinBox()
        self.household_size.setObjectName("household_size")
        self.household_size.setRange(0, 20)
        self.household_size.setSpecialValueText(self.tr("未填"))
        self.household_size.setSuffix(self.tr(" 人"))
        self.row(right, "household_size", field_label("household_size"), self.household_size)
        self.assessed_on = DateField()
        self.assessed_on.setObjectName("assessed_on")
        self.row(right, "assessed_on", field_label("assessed_on"), self.assessed_on)
        self.sudden = QCheckBox(self.tr("因突发意外或重大疾病致困（意外致困）"))
        self.sudden.setObjectName("sudden")
        right.addRow("", self.sudden)
        self.cause = QPlainTextEdit()
        self.cause.setObjectName("cause")
        self.cause.setFixedHeight(54)
        cause_form = QFormLayout()
        self.row(cause_form, "cause", field_label("cause"), self.cause)
        layout.addLayout(cause_form)

        self.people = self._table(
            "people",
            [
                self.tr("关系"),
                self.tr("姓名"),
                self.tr("就业、健康、就学情况"),
                self.tr("在读学生"),
                self.tr("登记情况"),
            ],
        )
        layout.addWidget(self._boxed(self.tr("家庭成员"), self.people, "people", self._add_person))
        self.items = self._table(
            "items", [self.tr("类别"), self.tr("项目"), self.tr("金额（元/年）"), self.tr("凭证")]
        )
        layout.addWidget(
            self._boxed(
                self.tr("近 12 个月家庭收入与刚性支出"), self.items, "items", lambda: self._add_item(None)
            )
        )
        self.assessment = QLabel()
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        layout.addWidget(self.assessment)
        self.lookup.returnPressed.connect(self._look_up)
        self.found.currentIndexChanged.connect(self._member_chosen)
        self.household_size.valueChanged.connect(self._preview)
        self.sudden.toggled.connect(self._preview)
        self.assessed_on.editingFinished.connect(self._preview)
        self.items.itemChanged.connect(self._preview)
        self._widths()
        return page

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setMinimumHeight(120)
        return table

    def _widths(self) -> None:
        """Room for what clerks type; the last column stretches."""
        digit = self.fontMetrics().horizontalAdvance("0")
        for table, widths in ((self.people, (12, 12, 30, 9)), (self.items, (12, 34, 14))):
            for column, chars in enumerate(widths):
                table.setColumnWidth(column, digit * chars + 12)

    def _boxed(self, title: str, table: QTableWidget, key: str, add: Any) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        heading.addWidget(label)
        heading.addStretch(1)
        adding = QPushButton(icon("plus"), self.tr("添加"))
        adding.setObjectName(f"add_{key}")
        adding.clicked.connect(lambda: add())
        removing = QPushButton(icon("trash-2"), self.tr("删除所选"))
        removing.clicked.connect(lambda: self._remove(table))
        heading.addWidget(adding)
        heading.addWidget(removing)
        layout.addLayout(heading)
        layout.addWidget(table)
        problem = error_label(f"error_{key}")
        self.field_errors[field_label(key)] = problem
        layout.addWidget(problem)
        return box

    # Rows -------------------------------------------------------------------------------------
    def _add_person(self, person: PersonInfo | None = None) -> None:
        table = self.people
        row = table.rowCount()
        table.insertRow(row)
        relation = QComboBox()
        for kin in Kin:
            relation.addItem(kin.label, kin.value)
        relation.setCurrentIndex(max(0, relation.findData(person.relation if person else Kin.CHILD.value)))
        table.setCellWidget(row, 0, relation)
        name = QTableWidgetItem(person.name if person else "")
        name.setData(PERSON_ID, person.id if person else None)
        name.setData(MEMBER_ID, person.member_id if person else None)
        name.setData(FAMILY_ID, person.family_id if person else None)
        table.setItem(row, 1, name)
        table.setItem(row, 2, QTableWidgetItem(person.situation if person else ""))
        student = QTableWidgetItem()
        student.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        student.setCheckState(Qt.CheckState.Checked if person and person.student else Qt.CheckState.Unchecked)
        table.setItem(row, 3, student)
        linked = QTableWidgetItem(
            self.tr("本会会员")
            if person and person.member_id
            else self.tr("会员家属登记")
            if person and person.family_id
            else ""
        )
        linked.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, 4, linked)

    def _add_item(self, item: ItemInfo | None) -> None:
        table = self.items
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        for k in ItemKind:
            kind.addItem(k.label, k.value)
        kind.setCurrentIndex(max(0, kind.findData(item.kind.value if item else ItemKind.INCOME.value)))
        kind.currentIndexChanged.connect(self._preview)
        table.setCellWidget(row, 0, kind)
        table.setItem(row, 1, QTableWidgetItem(item.item if item else ""))
        amount = QTableWidgetItem(yuan_text(item.yearly_fen) if item else "")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 2, amount)
        table.setItem(row, 3, QTableWidgetItem(item.evidence if item else ""))
        table.blockSignals(False)

    def _remove(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._preview()

    # Loading ----------------------------------------------------------------------------------
    def _set_ready(self, ready: bool) -> None:
        self.tabs.setEnabled(ready)
        self.save_button.setEnabled(ready and self.ctx.session.can(HardshipPerm.WRITE))
        self.banner.setText("" if ready else self.tr("正在加载…"))
        self.banner.setVisible(not ready)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _opened(self, form: FileForm) -> None:
        self.ctx.refs.take(form.org)
        self.detail = form.detail
        self.lines = form.lines
        self.relative_pct = form.relative_pct
        self._set_ready(True)
        new = form.detail is None
        choosing = new and form.member is None
        self._left.setRowVisible(self.member_box, choosing)
        self._left.setRowVisible(self.member_label, not choosing)
        self.origin.setEnabled(new)
        self.opened_on.setEnabled(new)
        if form.member is not None:
            self._show_member(form.member, fill=new)
        if form.detail is not None:
            self._load(form.detail)
        else:
            self.heading.setText(self.tr("新建困难职工档案"))
            self.state.setText(self.tr("保存后进入“待走访”；走访、公示、审批在档案列表的工具栏办理。"))
        if not form.can_see_details:
            self.tabs.setEnabled(False)
            self.save_button.setEnabled(False)
            self.state.setStyleSheet(WARNING_TEXT)
            self.state.setText(self.tr("当前账号无权查看困难家庭的详细情况。"))
        self._preview()

    def _show_member(self, member: MemberChoice, fill: bool) -> None:
        self.member = member
        self.member_label.setText(
            self.tr("{name}（{no}，{branch}，{base}基地）").format(
                name=member.name,
                no=member.employee_no or "—",
                branch=member.branch_name,
                base=member.base or "—",
            )
        )
        if member.open_file and fill:
            self.state.setStyleSheet(WARNING_TEXT)
            self.state.setText(
                self.tr("该会员的家庭已有困难档案 {no}，一户只建一份档案。").format(no=member.open_file)
            )
        if fill and self.people.rowCount() == 0:
            for person in member.family:
                self._add_person(person)
            self.household_size.setValue(min(20, max(self.household_size.value(), len(member.family))))

    def _load(self, d: FileDetail) -> None:
        self.heading.setText(
            self.tr("{no}　{name}　{category}").format(
                no=d.file_no,
                name=d.member_name,
                category=category_text(d.category, d.household_size is not None),
            )
        )
        self.state.setText(self._state_text(d))
        self.origin.setCurrentIndex(max(0, self.origin.findData(d.origin.value)))
        self.opened_on.set_date(d.opened_on)
        self.assessed_on.set_date(d.assessed_on)
        self.household_size.setValue(d.household_size or 0)
        self.sudden.setChecked(d.sudden)
        self.cause.setPlainText(d.cause)
        for person in d.people:
            self._add_person(person)
        for item in d.items:
            self._add_item(item)
        fill_table(
            self.history,
            [self.tr("日期"), self.tr("步骤"), self.tr("情况说明"), self.tr("经办人")],
            [(s.on.isoformat(), s.kind.label, s.note, s.recorded_by) for s in d.steps],
        )
        fill_table(
            self.payouts,
            [
                self.tr("发放日期"),
                self.tr("项目"),
                self.tr("年度"),
                self.tr("金额（元）"),
                self.tr("受助学生"),
                self.tr("说明"),
            ],
            [
                (
                    p.paid_on.isoformat(),
                    p.programme.label,
                    p.year,
                    format_fen(p.amount_fen),
                    p.student,
                    p.note,
                )
                for p in d.payouts
            ],
            right=(3,),
        )
        self.tabs.addTab(self.history, icon("history"), self.tr("办理记录（{n}）").format(n=len(d.steps)))
        self.tabs.addTab(self.payouts, icon("coins"), self.tr("发放记录（{n}）").format(n=len(d.payouts)))
        if d.stage in (Stage.NOTICE, Stage.CLOSED):
            self.save_button.setEnabled(False)

    def _state_text(self, d: FileDetail) -> str:
        parts = [
            self.tr("{branch}，{base}基地，{origin}，{opened} 建档").format(
                branch=d.branch_name, base=d.base, origin=d.origin.label, opened=d.opened_on.isoformat()
            ),
            Stage(d.stage).label,
        ]
        if d.stage == Stage.NOTICE and d.notice_until:
            parts.append(
                self.tr("公示至 {until}（节假日不计），之后可审批").format(until=d.notice_until.isoformat())
            )
        if d.stage == Stage.APPROVED and d.review_due:
            parts.append(
                self.tr("{approved} 审批，{due} 前复核").format(
                    approved=d.approved_on, due=d.review_due.isoformat()
                )
            )
        if d.stage == Stage.CLOSED and d.closed_on:
            reason = CloseReason(d.close_reason).label if d.close_reason else ""
            parts.append(self.tr("{on} 销档（{reason}）").format(on=d.closed_on.isoformat(), reason=reason))
            if d.follow_up_until:
                parts.append(self.tr("跟踪回访至 {until}").format(until=d.follow_up_until.isoformat()))
        return "；".join(parts)

    # The member of a new file -----------------------------------------------------------------
    def _look_up(self) -> None:
        text = self.lookup.text().strip()
        if text:
            self.ctx.calls.fetch(self, hs.FIND_MEMBERS, MemberLookup(text), self._found, channel="lookup")

    def _found(self, found: MemberChoices) -> None:
        self.found.blockSignals(True)
        self.found.clear()
        self._choices = found.members
        for member in found.members:
            self.found.addItem(f"{member.name} {member.employee_no}（{member.branch_name}）", member.id)
        if not found.members:
            self.found.addItem(self.tr("没有找到"), None)
        self.found.blockSignals(False)
        self._member_chosen()

    def _member_chosen(self) -> None:
        chosen = next((m for m in self._choices if m.id == self.found.currentData()), None)
        if chosen is None:
            return
        self.people.setRowCount(0)
        self.state.setStyleSheet("")
        self.state.clear()
        self._show_member(chosen, fill=True)
        self._preview()

    # The category, as the services will compute it ---------------------------------------------
    def _line(self) -> LineRef | None:
        base = self.detail.base if self.detail else self.member.base if self.member else ""
        assessed, problem = self.assessed_on.checked()
        opened, other_problem = self.opened_on.checked()
        if problem or other_problem:
            return None  # a date being typed: the preview waits for a readable one
        on = assessed or opened or date.today()
        in_force = [line for line in self.lines if line.base == base and line.effective_from <= on]
        return max(in_force, key=lambda line: line.effective_from) if in_force else None

    def _preview(self) -> None:
        try:
            items = self._item_values()
        except ValidationError:
            self.assessment.setText(self.tr("金额填写有误，暂不能认定困难类别。"))
            return
        size = self.household_size.value()
        if not size:
            self.assessment.setStyleSheet(MUTED_TEXT)
            self.assessment.setText(self.tr("填写家庭人口和收支后，按家庭人均月收入自动认定困难类别。"))
            return
        line = self._line()
        if line is None:
            self.assessment.setStyleSheet(WARNING_TEXT)
            self.assessment.setText(
                self.tr("该基地在核定日期没有低保标准，保存时会被拒绝，请先在“低保标准与规则”中录入。")
            )
            return
        income = sum(i.yearly_fen for i in items if i.kind == ItemKind.INCOME)
        expense = sum(i.yearly_fen for i in items if i.kind == ItemKind.EXPENSE)
        found = assess(income, expense, size, line.monthly_fen, self.relative_pct, self.sudden.isChecked())
        self.assessment.setStyleSheet("font-weight: bold;")
        self.assessment.setText(
            self.tr(
                "家庭年收入 {income} 元，刚性支出 {expense} 元，{size} 口人，人均月收入 {per_head} 元；"
                "{base}低保标准 {line} 元/人·月（{since} 起）→ {category}"
            ).format(
                income=format_fen(income),
                expense=format_fen(expense),
                size=size,
                per_head=format_fen(found.per_head_fen),
                base=line.base,
                line=format_fen(line.monthly_fen),
                since=line.effective_from.isoformat(),
                category=found.category.label,
            )
        )

    # Saving -----------------------------------------------------------------------------------
    def _item_values(self) -> list[ItemInfo]:
        values, problems = [], []
        for row in range(self.items.rowCount()):
            kind = self.items.cellWidget(row, 0)
            cells = [cell_text(self.items, row, c) for c in range(1, 4)]
            if not any(cell.strip() for cell in cells):
                continue
            where = self.tr("第 {n} 行").format(n=row + 1)
            try:
                fen = parse_money(where, cells[1]) or 0
            except ValidationError as error:
                problems.append(FieldProblem(field_label("items"), f"{where}：{error.problems[0].message}"))
                continue
            kind_value = ItemKind(kind.currentData()) if isinstance(kind, QComboBox) else ItemKind.INCOME
            values.append(ItemInfo(kind_value, cells[0], fen, cells[2]))
        if problems:
            raise ValidationError(problems)
        return values

    def _people_values(self) -> tuple[PersonInfo, ...]:
        out = []
        for row in range(self.people.rowCount()):
            relation = self.people.cellWidget(row, 0)
            name = self.people.item(row, 1)
            situation = self.people.item(row, 2)
            student = self.people.item(row, 3)
            if name is None or (not name.text().strip() and not (situation and situation.text().strip())):
                continue
            out.append(
                PersonInfo(
                    relation=relation.currentData() if isinstance(relation, QComboBox) else Kin.OTHER.value,
                    name=name.text(),
                    member_id=name.data(MEMBER_ID),
                    family_id=name.data(FAMILY_ID),
                    situation=situation.text() if situation else "",
                    student=student is not None and student.checkState() == Qt.CheckState.Checked,
                    id=name.data(PERSON_ID),
                )
            )
        return tuple(out)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        try:
            items = tuple(self._item_values())
        except ValidationError as error:
            problems += error.problems
            items = ()
        dates: dict[str, date | None] = {}
        for key, field in (("opened_on", self.opened_on), ("assessed_on", self.assessed_on)):
            value, message = field.checked()
            dates[key] = value
            if message:
                problems.append(FieldProblem(field_label(key), message))
        d = self.detail
        data = FileInput(
            member_id=d.member_id if d else self.member.id if self.member else None,
            origin=Origin(self.origin.currentData()),
            household_size=self.household_size.value() or None,
            sudden=self.sudden.isChecked(),
            cause=self.cause.toPlainText(),
            assessed_on=dates["assessed_on"],
            opened_on=dates["opened_on"] if d is None else None,
            people=self._people_values(),
            items=items,
            note=self.note,
        )
        return hs.SAVE_FILE, FileSave(data, d.id if d else None, d.version if d else 0), problems

    def saved(self, result: Saved) -> None:
        self.result_value = result
        self.accept()

    def reload_after_conflict(self, _error: object = None) -> None:
        """Someone saved this file meanwhile: show what is stored now."""
        self.people.setRowCount(0)
        self.items.setRowCount(0)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        self._set_ready(False)
        self.ctx.calls.fetch(
            self,
            hs.OPEN_FILE,
            FileOpen(self.file_id, None, self.ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )
