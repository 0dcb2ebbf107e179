"""编辑权重: a new weight set from a chosen quarter on; the services refuse a set that does not add
up to 100 (naming the rule), and the answer is the scorecard recomputed with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.scorecard import contract as scorecard
from unionoffice.scorecard.contract import Card, WeightLine, WeightsSave
from unionoffice.scorecard.labels import Quarter
from unionoffice.ui.context import AppContext
from unionoffice.ui.style import ERROR_TEXT, MUTED_TEXT
from unionoffice.ui.widgets.form_dialog import FormDialog

TOTAL = 100


class WeightsDialog(FormDialog):
    """GUI thread; the save runs on a worker. ``result_value`` is the recomputed ``Card``."""

    def __init__(
        self, ctx: AppContext, card: Card, quarters: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("编辑指标权重"), parent)
        self.card = card
        intro = QLabel(
            self.tr(
                "权重从所选季度起用，直到下一次设定；各项合计必须等于 100。权重为 0 的指标只列出，不计分。"
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_TEXT)
        self.layout_.insertWidget(0, intro)
        form = QFormLayout()
        self.quarter = QComboBox()
        self.quarter.setObjectName("effective_quarter")
        shown_quarter = Quarter.parse(card.quarter)
        choices = sorted({Quarter.parse(q) for q in quarters} | {shown_quarter.next}, reverse=True)
        for q in choices:
            self.quarter.addItem(
                self.tr("{label}（{day} 起）").format(label=q.label, day=q.start.isoformat()), q.code
            )
        self.quarter.setCurrentIndex(max(self.quarter.findData(shown_quarter.code), 0))
        self.row(form, self.tr("起用季度"), self.tr("起用季度"), self.quarter)
        self.spins: dict[str, QSpinBox] = {}
        for line in card.indicators:
            spin = QSpinBox()
            spin.setObjectName(f"weight_{line.key}")
            spin.setRange(0, TOTAL)
            spin.setValue(line.weight)
            spin.valueChanged.connect(self._update_total)
            self.row(form, line.label, f"{line.label}（{line.unit}）", spin)
            self.spins[line.key] = spin
        self.total = QLabel()
        self.total.setObjectName("total")
        self.row(form, self.tr("权重合计"), self.tr("权重合计"), self.total)
        self.layout_.addLayout(form)
        self.finish_layout()
        self._update_total()

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        self.total.setText(self.tr("{total} / 100").format(total=total))
        self.total.setStyleSheet("" if total == TOTAL else ERROR_TEXT)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        effective = Quarter.parse(self.quarter.currentData()).start
        weights = [WeightLine(key, spin.value()) for key, spin in self.spins.items()]
        return scorecard.SAVE_WEIGHTS, WeightsSave(effective, weights, self.card.quarter), []
