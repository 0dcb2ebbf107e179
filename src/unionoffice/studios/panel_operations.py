"""The five-small panel's operations: the score-sheet rules, the panel and its packages, score
sheets, grades from scores, and the payout list."""

from __future__ import annotations

import tempfile
from pathlib import Path

from unionoffice.core.judging.marks import format_centi
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, FileData, Saved
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.studios import contract as c
from unionoffice.studios.contract import (
    BandRow,
    CriterionRow,
    PackageFiles,
    PackageResult,
    PackagesImported,
    PackageUpload,
    PanelScreen,
    PanelSet,
    PayoutList,
    RuleSave,
    RulesScreen,
    ScoresApplied,
    ScoreSheet,
)
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service import panel, panel_packages, panel_rules, payouts


@implements(c.OPEN_RULES)
def _open_rules(ctx: CallContext, _request: Empty) -> RulesScreen:
    rules = panel_rules.list_rules(ctx.db, ctx.actor)
    if not rules:
        return RulesScreen(rules, panel_rules.example_rule())
    newest = rules[0]
    suggestion = RuleSave(
        effective_from=None,
        name=newest.name,
        drop_n=newest.drop_n,
        min_judges=newest.min_judges,
        criteria=[CriterionRow(x.code, x.name, format_centi(x.max_centi)) for x in newest.criteria],
        bands=[BandRow(b.grade, format_centi(b.min_centi), _yuan(b.reward_fen)) for b in newest.bands],
        notes=newest.notes,
    )
    return RulesScreen(rules, suggestion)


def _yuan(fen: int) -> str:
    return f"{fen // 100}" if fen % 100 == 0 else f"{fen // 100}.{fen % 100:02d}"


@implements(c.SAVE_RULE)
def _save_rule(ctx: CallContext, request: RuleSave) -> Saved:
    if request.check_only:
        problems = panel_rules.rule_problems(ctx.db, ctx.actor, request)
        if problems:
            raise ValidationError(problems)
        return Saved(0)
    return Saved(panel_rules.save_rule(ctx.db, ctx.actor, request))


@implements(c.OPEN_PANEL)
def _open_panel(ctx: CallContext, request: ById) -> PanelScreen:
    return panel.panel_screen(ctx.db, ctx.actor, request.id)


@implements(c.SET_PANEL)
def _set_panel(ctx: CallContext, request: PanelSet) -> Saved:
    panel.set_panel(ctx.db, ctx.actor, request.round_id, request.judge_ids)
    return Saved(request.round_id)


@implements(c.EXPORT_PACKAGES)
def _export_packages(ctx: CallContext, request: ById) -> PackageFiles:
    packages, slip = panel_packages.export_packages(ctx.db, ctx.actor, request.id)
    return PackageFiles(packages, [slip])


@implements(c.IMPORT_PACKAGES)
def _import_packages(ctx: CallContext, request: PackageUpload) -> PackagesImported:
    """Each file on its own: a refused one writes nothing and does not stop the others."""
    ctx.actor.require(StudiosPerm.EVALUATE)
    results = []
    for n, file in enumerate(request.files):
        ctx.progress.step(n, len(request.files), file.name)
        try:
            results.append(
                PackageResult(file.name, panel_packages.import_package(ctx.db, ctx.actor, file.content), True)
            )
        except UserError as error:
            results.append(PackageResult(file.name, str(error), False))
    return PackagesImported(results)


@implements(c.SCORE_SHEET)
def _score_sheet(ctx: CallContext, request: ById) -> ScoreSheet:
    return panel.score_sheet(ctx.db, ctx.actor, request.id)


@implements(c.GRADE_FROM_SCORES)
def _grade_from_scores(ctx: CallContext, request: ById) -> ScoresApplied:
    return panel.grade_from_scores(ctx.db, ctx.actor, request.id)


@implements(c.PAYOUTS)
def _payouts(ctx: CallContext, request: ById) -> PayoutList:
    return panel.payout_list(ctx.db, ctx.actor, request.id)


@implements(c.EXPORT_PAYOUTS)
def _export_payouts(ctx: CallContext, request: ById) -> FileData:
    found = panel.payout_list(ctx.db, ctx.actor, request.id)
    name = f"{found.round.year}年第{found.round.quarter}季度五小成果奖金发放表.xlsx"
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / name
        payouts.write_payout_workbook(found, path)
        return FileData(name, path.read_bytes())
