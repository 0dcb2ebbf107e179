"""The one error the PDF toolkit shows to users."""

from __future__ import annotations

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


class MissingGlyphError(UserError):
    """No bundled or system font can draw ``char``; printing it would leave a blank or a box."""

    def __init__(self, char: str) -> None:
        self.char = char
        self.code_point = f"U+{ord(char):04X}"
        super().__init__(
            translate("Pdf", "字体中没有字符“{char}”（{code}），无法打印").format(
                char=char, code=self.code_point
            )
        )
