"""The contest's scheme in words: events, items, aggregation, ranking and awards."""

from __future__ import annotations

from html import escape
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from unionoffice.contests.contract import ContestDef, ContestDetail, number_text
from unionoffice.contests.labels import AggregationRule, AwardMode, ContestPage, ItemKind
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.part import ContestHost, ContestPart
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon


class SchemeEditing(ContestHost, Protocol):
    def edit_scheme(self) -> None: ...


class SchemePart(ContestPart):
    page = ContestPage.SCHEME

    def __init__(self, ctx: AppContext, host: SchemeEditing, contest_id: int | None) -> None:
        super().__init__(ctx, host, contest_id)
        layout = QVBoxLayout(self)
        if ctx.session.can(ContestsPerm.ADMIN):
            bar = QHBoxLayout()
            bar.addStretch(1)
            edit = QPushButton(icon("pencil"), self.tr("编辑方案…"))
            edit.clicked.connect(lambda _checked=False: host.edit_scheme())
            bar.addWidget(edit)
            layout.addLayout(bar)
        self.text = QTextBrowser()
        self.text.setObjectName("scheme_text")
        layout.addWidget(self.text)

    def show_detail(self, detail: ContestDetail) -> None:
        if detail.scheme is not None:
            self.text.setHtml(self.scheme_html(detail.scheme))

    def clear(self) -> None:
        self.text.clear()

    def scheme_html(self, d: ContestDef) -> str:
        rows = []
        for e in d.events:
            agg = (
                self.tr("去掉 {n} 个最高分和最低分（{m} 人及以上评委时）").format(
                    n=e.drop_n, m=e.drop_min_judges
                )
                if e.aggregation == AggregationRule.TRIMMED
                else self.tr("平均")
            )
            rows.append(
                f"<h3>{escape(e.name)}（{number_text(e.weight_pct)}%）</h3>"
                f"<p>{self.tr('汇总规则')}：{agg}</p><ul>"
            )
            for i in e.items:
                kind = ItemKind(i.kind).label
                rows.append(
                    f"<li>{escape(i.code)} {escape(i.name)}：{self.tr('满分')} {number_text(i.max_marks)}，"
                    f"{self.tr('权重')} ×{number_text(i.weight)}，{kind}</li>"
                )
            rows.append("</ul>")
        rows.append(f"<h3>{self.tr('名次与奖项')}</h3><ul>")
        rows.append("<li>" + self.tr("成绩保留 {n} 位小数，四舍五入").format(n=d.round_places) + "</li>")
        rows.append(
            "<li>"
            + (self.tr("评委回避本分工会的选手") if d.no_own_branch else self.tr("不启用回避规则"))
            + "</li>"
        )
        names = {f"event:{e.code}": e.name for e in d.events}
        names.update({f"item:{e.code}/{i.code}": f"{e.name}／{i.name}" for e in d.events for i in e.items})
        if d.tie_break:
            order = " → ".join(
                self.tr("“{name}”高者在前").format(name=escape(names.get(rule, rule))) for rule in d.tie_break
            )
            rows.append("<li>" + self.tr("总分相同时：{order}").format(order=order) + "</li>")
        unit = self.tr(" 人") if d.award_mode == AwardMode.COUNT else "%"
        if d.award_levels:
            rows.append(
                "<li>"
                + self.tr("奖项：")
                + "、".join(
                    f"{escape(label)} {number_text(amount)}{unit}" for label, amount in d.award_levels
                )
                + "</li>"
            )
        rows.append("</ul>")
        return "".join(rows)
