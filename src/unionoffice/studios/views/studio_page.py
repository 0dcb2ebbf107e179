"""The studio page: who leads it, its recognitions, its people, achievements, patents and benefit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from unionoffice.foundation.money import format_fen
from unionoffice.studios.contract import StudioPage
from unionoffice.ui.style import HEADING
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class StudioPageWidget(QWidget):
    """What the studios list shows of the chosen studio; fed by the page, it asks nothing itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("studio_title")
        self.title.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {HEADING};")
        layout.addWidget(self.title)
        top = QHBoxLayout()
        facts_box = QGroupBox(self.tr("基本情况"))
        self.facts = QFormLayout(facts_box)
        self.labels: dict[str, QLabel] = {}
        for key, text in (
            ("leader", self.tr("领衔人")),
            ("level", self.tr("级别")),
            ("branch", self.tr("分工会")),
            ("field", self.tr("领域")),
            ("status", self.tr("状态")),
            ("founded", self.tr("成立日期")),
        ):
            label = QLabel()
            self.labels[key] = label
            self.facts.addRow(text + "：", label)
        top.addWidget(facts_box, 2)
        figures_box = QGroupBox(self.tr("成果与效益"))
        figures = QFormLayout(figures_box)
        for key, text in (
            ("patents", self.tr("专利")),
            ("inventions", self.tr("其中发明专利")),
            ("achievements", self.tr("成果总数")),
            ("benefit", self.tr("经济效益（元）")),
            ("people", self.tr("成员人数")),
        ):
            label = QLabel()
            label.setStyleSheet("font-size: 12pt; font-weight: 600;")
            self.labels[key] = label
            figures.addRow(text + "：", label)
        top.addWidget(figures_box, 2)
        rec_box = QGroupBox(self.tr("命名历程"))
        rec_layout = QVBoxLayout(rec_box)
        self.recognitions = read_only_table(name="recognitions")
        rec_layout.addWidget(self.recognitions)
        top.addWidget(rec_box, 3)
        layout.addLayout(top, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        people_box = QGroupBox(self.tr("成员"))
        QVBoxLayout(people_box).addWidget(people := read_only_table(name="studio_people"))
        self.people = people
        ach_box = QGroupBox(self.tr("成果与专利"))
        QVBoxLayout(ach_box).addWidget(ach := read_only_table(name="studio_achievements"))
        self.achievements = ach
        split.addWidget(people_box)
        split.addWidget(ach_box)
        split.setSizes([300, 700])
        layout.addWidget(split, 5)
        self.page: StudioPage | None = None

    def show_page(self, page: StudioPage) -> None:
        self.page = page
        st = page.studio
        self.title.setText(st.name)
        self.labels["leader"].setText(st.leader_name)
        self.labels["level"].setText(st.level_label)
        self.labels["branch"].setText(st.branch_name)
        self.labels["field"].setText(st.field)
        self.labels["status"].setText(st.status_label)
        self.labels["founded"].setText(st.founded_on.isoformat() if st.founded_on else "")
        self.labels["patents"].setText(str(page.patent_count))
        self.labels["inventions"].setText(str(page.invention_count))
        self.labels["achievements"].setText(str(len(page.achievements)))
        self.labels["benefit"].setText(format_fen(page.benefit_fen))
        self.labels["people"].setText(str(len(page.people)))
        fill_table(
            self.recognitions,
            [self.tr("级别"), self.tr("命名日期"), self.tr("命名单位"), self.tr("文号")],
            [(r.level_label, r.recognised_on.isoformat(), r.body, r.document_no) for r in page.recognitions],
        )
        fill_table(
            self.people,
            [self.tr("姓名"), self.tr("角色"), self.tr("参与成果")],
            [(p.name, p.role, p.achievements) for p in page.people],
            right={2},
        )
        fill_table(
            self.achievements,
            [
                self.tr("成果名称"),
                self.tr("类别"),
                self.tr("编号"),
                self.tr("日期"),
                self.tr("状态"),
                self.tr("等级"),
                self.tr("效益（元）"),
            ],
            [
                (
                    a.title,
                    a.kind_label,
                    a.reg_no,
                    a.date.isoformat() if a.date else "",
                    a.status_label,
                    a.grade_label,
                    a.benefit,
                )
                for a in page.achievements
            ],
            right={6},
        )
