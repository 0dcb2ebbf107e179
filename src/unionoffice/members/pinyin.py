"""Pinyin of names, computed on write and stored indexed (pypinyin is too slow per keystroke)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypinyin import Style


@lru_cache(maxsize=1)
def _lazy_pinyin() -> tuple[Callable[..., list[str]], type[Style]]:
    from pypinyin import Style, lazy_pinyin  # imported here: its phrase tables take 0.15 s to load

    return lazy_pinyin, Style


# Whole names, not character by character: pypinyin's phrase table reads 长青 as changqing,
# where 长 alone would be zhang. Names repeat in big imports (张伟, 王芳), hence the cache.
@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, str]:
    """``("zhangkun", "zk")`` for 张坤; heteronyms take pypinyin's most common reading."""
    lazy_pinyin, style = _lazy_pinyin()
    syllables = [s.lower() for s in lazy_pinyin(name, style=style.NORMAL, errors="ignore")]
    syllables = [s for s in syllables if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)
