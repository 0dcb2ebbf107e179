"""``unionoffice --self-test``: proves an installed (or frozen) build has everything it needs.

Run by the installer's build test and by IT staff on a new PC. Each check prints one line; the
exit code is 0 only when all pass. The real database is only read (copied with SQLite's backup
API); migrations run on the copy in a temporary folder. The report also goes to
``<data folder>/logs/self-test.txt`` because a windowed Windows program has no console.

Runs on the GUI thread after ``app.create_application`` (fonts registered, language installed).
"""

# Imports inside functions: each check imports what it proves is installed, so a missing library
# fails that one check by name instead of the whole self-test.

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
)

from unionoffice import __version__
from unionoffice.foundation.paths import data_dir, resources_dir
from unionoffice.foundation.settings import Settings

# Characters a certificate must print: common hanzi, one from Zen Hei's extra set, one beyond the BMP.
CERTIFICATE_NAME = "王䶮 𠮷祥"
RARE_CHARACTERS = {"䶮": 0x4DAE, "𠮷": 0x20BB7}


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = 0

    def check(self, name: str, func: Callable[[], str]) -> None:
        try:
            detail = func()
            line = f"通过  {name}：{detail}"
        except Exception as exc:  # noqa: BLE001 - every failure is reported, the next check still runs
            self.failed += 1
            last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f"（{Path(last.filename).name}:{last.lineno}）" if last else ""
            line = f"失败  {name}：{type(exc).__name__}: {exc}{where}"
        self.lines.append(line)
        _emit(line)


def _emit(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # windowed Windows build: the file report is the only output
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:  # a GBK console cannot show every character
        encoding = stream.encoding or "ascii"
        stream.write(line.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def check_database(args: argparse.Namespace, work: Path) -> str:
    from sqlalchemy import inspect

    from unionoffice.core.database import open_database
    from unionoffice.db.backup import backup_file
    from unionoffice.db.database import resolve_url
    from unionoffice.db.migrate import current_revisions, head_revisions
    from unionoffice.db.startup import prepare_database

    source = open_database(resolve_url(args.db))
    origin = source.sqlite_path
    source.dispose()
    copy = work / "self-test.sqlite"
    if origin is not None and origin.exists() and origin.stat().st_size > 0:
        backup_file(origin, copy)
        described = f"{origin} 的副本"
    else:
        described = "新建的临时数据库"
    db = open_database(f"sqlite:///{copy}")
    try:
        prepare_database(db, work / "backups")
        revisions = current_revisions(db)
        _require(
            revisions == head_revisions(), f"迁移后版本 {sorted(revisions)}，应为 {sorted(head_revisions())}"
        )
        tables = len(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
    return f"{described}已迁移到 {', '.join(sorted(revisions))}（{tables} 张表）"


def check_modules() -> str:
    from unionoffice.core.modules import all_modules, load_object

    loaded = []
    for spec in all_modules():
        for dotted in (spec.view, spec.cli, spec.demo):
            if dotted:
                load_object(dotted)
        loaded.append(spec.key)
    return "、".join(loaded) or "（无）"


def check_certificate(pdf_path: Path) -> str:
    from reportlab.lib.pagesizes import A4, landscape

    from unionoffice.foundation.pdf import SANS, chinese_date, draw_qr, draw_text
    from unionoffice.foundation.pdf.canvas import new_canvas

    width, height = landscape(A4)
    canvas = new_canvas(pdf_path, pagesize=(width, height))
    draw_text(canvas, width / 2, height - 140, "荣誉证书", SANS, 44, align="center")
    draw_text(canvas, width / 2, height - 240, CERTIFICATE_NAME + " 同志：", SANS, 28, align="center")
    draw_text(
        canvas, width / 2, height - 300, "在职工技能竞赛中荣获一等奖，特发此证。", SANS, 20, align="center"
    )

    draw_text(canvas, width - 120, 90, chinese_date(date.today()), SANS, 16, align="right")
    draw_qr(canvas, "UO-SELFTEST-0001", 60, 60, 80)
    canvas.showPage()
    canvas.save()
    data = pdf_path.read_bytes()
    fonts = re.findall(rb"/BaseFont /([^\s/>]+)", data)
    # Subset fonts carry a six-letter prefix and are embedded; a bare name (Helvetica) is not.
    bare = sorted({f.decode() for f in fonts if not re.match(rb"[A-Z]{6}\+", f)})
    _require(not bare, f"字体未嵌入：{bare}")
    embedded = data.count(b"/FontFile2")
    # The name needs the primary face plus both fallbacks (䶮 from Zen Hei, 𠮷 from Noto).
    _require(embedded >= 3, f"只嵌入了 {embedded} 个字体，应至少 3 个")
    return f"{pdf_path.stat().st_size // 1024} KiB，嵌入字体 {embedded} 个"


def check_qt_fonts() -> str:
    from unionoffice.ui.fonts import register_bundled_fonts

    families = set(register_bundled_fonts())
    _require(bool(families), "没有注册任何内置字体")
    available = set(QFontDatabase.families())
    _require(families <= available, f"字体未注册到 Qt：{sorted(families - available)}")
    found = {}
    for char, code in RARE_CHARACTERS.items():
        found[char] = [f for f in sorted(families) if QFontMetrics(QFont(f)).inFontUcs4(code)]
        _require(bool(found[char]), f"没有内置字体包含“{char}”")
    return "、".join(sorted(families))


def check_translations(language: str) -> str:
    from unionoffice.ui.i18n import install_language

    app = QCoreApplication.instance()
    assert app is not None
    try:
        loaded = install_language(app, "en")
    finally:
        install_language(app, language)
    _require("core_en.qm" in loaded, f"未加载 core_en.qm（已加载：{loaded}）")
    filled = []
    for name in loaded:
        translator = QTranslator()
        _require(translator.load(str(resources_dir() / "translations" / name)), f"{name} 无法读取")
        if not translator.isEmpty():
            filled.append(name)
    # A catalogue whose English is still being written compiles to an empty .qm; one filled is enough
    # to show the lookup path works in this build.
    _require(bool(filled), "所有 .qm 文件都没有译文")
    return f"已加载 {'、'.join(loaded)}（含译文：{'、'.join(filled)}）"


def check_platform() -> str:
    name = QGuiApplication.platformName()
    wanted = os.environ.get("QT_QPA_PLATFORM")
    _require(bool(name), "没有平台插件")
    _require(not wanted or name == wanted.split(":")[0], f"平台插件为 {name}，应为 {wanted}")
    return name


def _painted_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).alpha() > 0
    )


def check_svg() -> str:
    from unionoffice.ui.icons import icon

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    for needed in ("svg", "png", "jpg"):
        _require(needed in formats, f"图像格式插件缺少 {needed}")
    plain = QIcon(str(resources_dir() / "icons" / "users-round.svg")).pixmap(QSize(32, 32)).toImage()
    _require(not plain.isNull() and _painted_pixels(plain) > 0, "SVG 图标渲染为空（iconengines/svg 插件）")
    tinted = icon("users-round").pixmap(QSize(32, 32)).toImage()
    _require(not tinted.isNull() and _painted_pixels(tinted) > 0, "着色图标渲染为空")
    return "图像格式 " + "、".join(
        sorted(f for f in formats if f in ("svg", "png", "jpg", "gif", "ico", "bmp"))
    )


def check_printer(pdf_path: Path) -> str:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf_path))
    painter = QPainter()
    _require(painter.begin(printer), "QPrinter 无法开始打印到 PDF")
    painter.setFont(QFont("WenQuanYi Micro Hei", 24))
    painter.drawText(200, 400, "工会办公 打印测试")
    painter.end()
    _require(pdf_path.exists() and pdf_path.stat().st_size > 0, "打印到 PDF 没有生成文件")
    return f"{pdf_path.stat().st_size // 1024} KiB"


def check_pdf_viewer(*paths: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    pages = []
    for path in paths:
        document = QPdfDocument()
        status = document.load(str(path))
        _require(status == QPdfDocument.Error.None_, f"QPdfDocument 无法打开 {path.name}：{status}")
        _require(document.pageCount() >= 1, f"{path.name} 没有页面")
        image = document.render(0, QSize(300, 212))
        _require(not image.isNull(), f"{path.name} 第 1 页渲染失败")
        pages.append(f"{path.name} {document.pageCount()} 页")
        document.close()
    return "，".join(pages)


def run_self_test(args: argparse.Namespace) -> int:
    report = _Report()
    frozen = "（打包版）" if getattr(sys, "frozen", False) else ""
    _emit(f"工会办公 {__version__} 自检{frozen}")
    language = args.lang or Settings.load().language
    with tempfile.TemporaryDirectory(prefix="unionoffice-selftest-") as folder:
        work = Path(folder)
        certificate = work / "certificate.pdf"
        printed = work / "printed.pdf"
        report.check("数据库迁移（临时副本）", lambda: check_database(args, work))
        report.check("功能模块", check_modules)
        report.check("证书 PDF 与字体嵌入", lambda: check_certificate(certificate))
        report.check("Qt 内置字体", check_qt_fonts)
        report.check("界面翻译", lambda: check_translations(language))
        report.check("Qt 平台插件", check_platform)
        report.check("SVG 图标与图像格式插件", check_svg)
        report.check("打印支持（QPrinter → PDF）", lambda: check_printer(printed))
        report.check("PDF 预览（QtPdf）", lambda: check_pdf_viewer(certificate, printed))
    verdict = "自检通过。" if not report.failed else f"自检失败：{report.failed} 项未通过。"
    _emit(verdict)
    try:
        logs = data_dir() / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        (logs / "self-test.txt").write_text("\n".join([*report.lines, verdict]) + "\n", encoding="utf-8")
    except OSError:
        pass  # the printed lines are the report; a read-only data folder must not fail the check
    return 0 if not report.failed else 1
