"""Loads the compiled translations and routes the core's ``translate`` through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from unionoffice.foundation import i18n
from unionoffice.foundation.paths import resources_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Install ``language`` ("zh_CN" or "en"); returns the .qm files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    # Qt's own dialogs (buttons, file dialogs) in the same language.
    if qt_base.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if language != "zh_CN":  # the source strings are Chinese
        for qm in sorted((resources_dir() / "translations").glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(qm.name)
    i18n.set_backend(QCoreApplication.translate)
    QLocale.setDefault(QLocale(language))
    return loaded
