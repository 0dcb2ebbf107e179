"""Pinyin of names, computed on write and stored indexed (pypinyin is too slow per keystroke)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lazy_pinyin():  # type: ignore[no-untyped-def]
    from pypinyin import Style, lazy_pinyin

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
