"""About: version, database, and the notices of every bundled third-party component."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from unionoffice import __version__
from unionoffice.foundation.paths import resources_dir


def third_party_notices() -> str:
    path = resources_dir() / "THIRD_PARTY_NOTICES.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于工会办公"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>工会办公 UnionOffice {version}</h2>").format(version=__version__))
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "会员管理、医疗互助、技能竞赛、创新工作室与荣誉证书。基于 Qt {qt}（PySide6 {ps}，LGPLv3）。"
                ).format(qt=qVersion(), ps=pyside_version)
            )
        )
        notices = QTextBrowser()
        notices.setMarkdown(third_party_notices())
        layout.addWidget(QLabel(self.tr("第三方组件许可：")))
        layout.addWidget(notices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
