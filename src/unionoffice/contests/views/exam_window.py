"""Exam mode: the theory paper on an offline laptop in the exam room (``unionoffice --exam FILE``).

The invigilator opens the room's package with the key slip, a contestant is chosen from the seat
list and answers their version question by question; every click is saved to the working copy at
once. Handing in locks that contestant's answers. "Finish and sign" writes the answers file the
office imports. Runs on the GUI thread only; no database, no login, no answer key on the laptop.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.exam_package import PaperQuestion
from unionoffice.contests.exam_workbook import ExamWorkbook
from unionoffice.contests.labels import QuestionKind
from unionoffice.foundation.errors import UserError
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info, show_error
from unionoffice.ui.style import HEADING, MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.tables import fill_table, read_only_table

LETTERS = "ABCDEF"
ANSWERED = "#cfe8cf"  # an answered question on the answer card


class ExamWindow(QMainWindow):
    """GUI thread."""

    def __init__(self, package_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = ExamWorkbook(package_path)
        p = self.book.package
        self.bib: str | None = None
        self.questions: list[PaperQuestion] = []
        self.index = 0
        self.started = 0.0
        self.setWindowTitle(
            self.tr("理论考试 — {title} · 第 {n} 考场").format(title=p.title, n=p.room_number)
        )
        self.setWindowIcon(icon("clipboard-check"))
        central = QWidget()
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("{title}　|　第 {n} 考场").format(title=p.title, n=p.room_number))
        title.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {HEADING};")
        layout.addWidget(title)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._seats_page())
        self.pages.addWidget(self._question_page())
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, self.next_question)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, self.previous_question)
        self.show_seats()
        self.resize(1100, 720)

    # Pages ----------------------------------------------------------------------------------------
    def _seats_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "请监考老师选择考生后点“开始答题”，由考生本人作答；每次点选都会立即保存，断电不丢失。"
                "全部交卷后点“完成并签名”，把生成的答卷文件交回竞赛办公室。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_TEXT)
        layout.addWidget(hint)
        self.seat_table = read_only_table(name="seat_table")
        self.seat_table.doubleClicked.connect(lambda _index: self.start())
        layout.addWidget(self.seat_table, 1)
        bar = QHBoxLayout()
        self.seat_status = QLabel()
        self.seat_status.setObjectName("seat_status")
        bar.addWidget(self.seat_status, 1)
        start = QPushButton(icon("pencil"), self.tr("开始答题"))
        start.setObjectName("start_button")
        start.clicked.connect(lambda _checked=False: self.start())
        bar.addWidget(start)
        self.finish_button = QPushButton(icon("badge-check"), self.tr("完成并签名"))
        self.finish_button.setObjectName("finish_button")
        self.finish_button.clicked.connect(lambda _checked=False: self.finish())
        bar.addWidget(self.finish_button)
        layout.addLayout(bar)
        return page

    def _question_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        left = QVBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("who")
        self.who.setStyleSheet(f"font-weight: bold; color: {HEADING};")
        left.addWidget(self.who)
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setStyleSheet(MUTED_TEXT)
        left.addWidget(self.where)
        self.stem = QLabel()
        self.stem.setObjectName("stem")
        self.stem.setWordWrap(True)
        self.stem.setStyleSheet("font-size: 15pt; padding: 12px 0;")
        self.stem.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.stem)
        self.option_box = QVBoxLayout()
        left.addLayout(self.option_box)
        self.choices = QButtonGroup(self)
        self.choices.buttonToggled.connect(self._toggled)
        left.addStretch(1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ 上一题"))
        self.prev_button.clicked.connect(lambda _checked=False: self.previous_question())
        self.next_button = QPushButton(self.tr("下一题 ▶"))
        self.next_button.setObjectName("next_button")
        self.next_button.clicked.connect(lambda _checked=False: self.next_question())
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        self.saved.setStyleSheet(MUTED_TEXT)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.saved)
        left.addLayout(nav)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        right.addWidget(self.clock_label)
        right.addWidget(QLabel(self.tr("答题卡（绿色为已答）")))
        self.card = QGridLayout()
        self.card.setSpacing(4)
        right.addLayout(self.card)
        right.addStretch(1)
        hand_in = QPushButton(icon("send"), self.tr("交卷"))
        hand_in.setObjectName("hand_in")
        hand_in.clicked.connect(lambda _checked=False: self.hand_in())
        right.addWidget(hand_in)
        back = QPushButton(self.tr("暂离，返回考生列表"))
        back.clicked.connect(lambda _checked=False: self.show_seats())
        right.addWidget(back)
        outer.addLayout(right, 1)
        return page

    # Key ------------------------------------------------------------------------------------------
    def ask_key(self) -> bool:
        """Ask for the key on the room's key slip until it matches or the invigilator gives up."""
        while not self.book.unlocked:
            text, ok = QInputDialog.getText(
                self,
                self.tr("输入考场密钥"),
                self.tr("请输入考场密钥单上的密钥（32 位字母数字，可带短横线）："),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return False
            try:
                self.book.unlock(text)
            except UserError as error:
                info(self, str(error), self.tr("密钥不正确"))
        return True

    # The seat list ---------------------------------------------------------------------------------
    def show_seats(self) -> None:
        self.clock.stop()
        self.bib = None
        seats = sorted(self.book.package.seats, key=lambda s: s.seat)
        total = len(self.book.package.questions)
        fill_table(
            self.seat_table,
            [
                self.tr("座号"),
                self.tr("参赛号"),
                self.tr("姓名"),
                self.tr("卷别"),
                self.tr("状态"),
                self.tr("已答"),
            ],
            [
                (
                    s.seat,
                    s.bib,
                    s.name,
                    s.version,
                    self.book.state(s.bib),
                    f"{self.book.answered(s.bib)} / {total}",
                )
                for s in seats
            ],
            right={0, 5},
            spread=True,
        )
        handed = len(self.book.submitted)
        self.seat_status.setText(
            self.tr("本考场 {n} 人，已交卷 {done} 人；本机编号 {station}").format(
                n=len(seats), done=handed, station=self.book.station
            )
        )
        self.pages.setCurrentIndex(0)

    def selected_bib(self) -> str | None:
        row = self.seat_table.currentRow()
        item = self.seat_table.item(row, 1) if row >= 0 else None
        return item.text() if item is not None else None

    @guarded
    def start(self, bib: str | None = None) -> None:
        bib = bib or self.selected_bib()
        if bib is None:
            info(self, self.tr("请先在列表中选择考生。"))
            return
        if bib in self.book.submitted:
            info(self, self.tr("参赛号 {bib} 已交卷。").format(bib=bib))
            return
        seat = self.book.seat(bib)
        self.bib, self.questions, self.index = bib, self.book.paper(bib), 0
        self.who.setText(
            self.tr("参赛号 {bib}　{name}　{v} 卷").format(bib=bib, name=seat.name, v=seat.version)
        )
        self._build_card()
        self.started = time.monotonic()
        self.clock.start()
        self._tick()
        self.show_question()
        self.pages.setCurrentIndex(1)

    # A question -----------------------------------------------------------------------------------
    def _build_card(self) -> None:
        while self.card.count():
            item = self.card.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.card_buttons: list[QPushButton] = []
        for n in range(len(self.questions)):
            button = QPushButton(str(n + 1))
            button.setFixedSize(38, 28)
            button.clicked.connect(lambda _checked=False, n=n: self.go(n))
            self.card.addWidget(button, n // 6, n % 6)
            self.card_buttons.append(button)
        self._paint_card()

    def _paint_card(self) -> None:
        if self.bib is None:
            return
        for n, (button, q) in enumerate(zip(self.card_buttons, self.questions, strict=True)):
            done = bool(self.book.chosen(self.bib, q.id))
            border = "2px solid #1f4e79" if n == self.index else "1px solid #b0b7c3"
            fill = ANSWERED if done else "white"
            button.setStyleSheet(f"background: {fill}; border: {border}; border-radius: 3px;")

    def show_question(self) -> None:
        if self.bib is None:
            return
        q = self.questions[self.index]
        kind = QuestionKind(q.kind)
        points = f"{q.points_centi / 100:g}"
        self.where.setText(
            self.tr("第 {n} / {total} 题　{kind}（{points} 分）").format(
                n=self.index + 1, total=len(self.questions), kind=kind.label, points=points
            )
            + ("　" + self.tr("多选题须选全且不选错才得分") if kind is QuestionKind.MULTIPLE else "")
        )
        self.stem.setText(f"{self.index + 1}. {q.stem}")
        for old in self.choices.buttons():
            self.choices.removeButton(old)
            self.option_box.removeWidget(old)
            old.hide()  # gone at once; deleted when the event loop next runs
            old.deleteLater()
        self.choices.setExclusive(kind is not QuestionKind.MULTIPLE)
        chosen = self.book.chosen(self.bib, q.id)
        labels = (
            [("T", self.tr("对")), ("F", self.tr("错"))]
            if kind is QuestionKind.TRUE_FALSE
            else [(LETTERS[i], f"{LETTERS[i]}. {text}") for i, text in enumerate(q.options)]
        )
        self.choices.blockSignals(True)
        for n, (value, text) in enumerate(labels):
            option: QAbstractButton = QCheckBox(text) if kind is QuestionKind.MULTIPLE else QRadioButton(text)
            option.setObjectName(f"option_{value}")
            option.setStyleSheet("font-size: 13pt; padding: 6px;")
            option.setProperty("value", value)
            option.setChecked(value in chosen if kind is QuestionKind.MULTIPLE else value == chosen)
            self.choices.addButton(option, n)
            self.option_box.addWidget(option)
        self.choices.blockSignals(False)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.questions) - 1)
        self.saved.setText("")
        self._paint_card()

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if self.bib is None:
            return
        q = self.questions[self.index]
        chosen = "".join(str(b.property("value")) for b in self.choices.buttons() if b.isChecked())
        try:
            self.book.answer(self.bib, q.id, "".join(sorted(chosen)) if len(chosen) > 1 else chosen)
        except UserError as error:
            show_error(self, error)
            return
        self.saved.setText(self.tr("已保存 {time}").format(time=time.strftime("%H:%M:%S")))
        self._paint_card()

    def go(self, index: int) -> None:
        if 0 <= index < len(self.questions):
            self.index = index
            self.show_question()

    def next_question(self) -> None:
        if self.pages.currentIndex() == 1:
            self.go(self.index + 1)

    def previous_question(self) -> None:
        if self.pages.currentIndex() == 1:
            self.go(self.index - 1)

    def _tick(self) -> None:
        left = self.book.package.minutes * 60 - int(time.monotonic() - self.started)
        minutes, seconds = divmod(max(left, 0), 60)
        self.clock_label.setText(self.tr("剩余时间 {m:02d}:{s:02d}").format(m=minutes, s=seconds))
        self.clock_label.setStyleSheet(
            "font-size: 14pt; font-weight: bold;" + (WARNING_TEXT if left < 600 else "")
        )

    @guarded
    def hand_in(self) -> None:
        if self.bib is None:
            return
        blank = len(self.questions) - self.book.answered(self.bib)
        question = self.tr("交卷后不能再修改答案。确认交卷吗？")
        if blank:
            question = self.tr("还有 {n} 题未作答。").format(n=blank) + question
        if confirm(self, question):
            self.book.submit(self.bib)
            self.show_seats()

    # Finish ---------------------------------------------------------------------------------------
    @guarded
    def finish(self) -> None:
        writing = self.book.still_writing()
        question = self.tr("签名后生成的答卷文件交回竞赛办公室导入。确认完成并签名吗？")
        if writing:
            question = (
                self.tr("参赛号 {bibs} 尚未交卷，将按目前的作答导入。").format(bibs="、".join(writing))
                + question
            )
        if not confirm(self, question):
            return
        out = self.book.finish()
        self.last_output = out
        info(
            self,
            self.tr("已签名并保存为：\n{path}\n请将此文件交给竞赛办公室。").format(path=out),
            self.tr("完成"),
        )
        self.show_seats()


def open_exam_window(path: str | Path) -> ExamWindow | None:
    window = ExamWindow(path)
    if not window.ask_key():
        return None
    window.show()
    return window


def run_exam_mode(app: QApplication, path: str) -> int:
    try:
        window = open_exam_window(path)
    except UserError as error:
        show_error(None, error)
        return 2
    if window is None:
        return 0
    return app.exec()
