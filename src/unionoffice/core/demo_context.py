"""What each module's demo filler receives, and the demo union's organisation.

Kept in core (not in the ``demo`` package that runs the fillers) so modules can use it without
depending on the package that depends on them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

# Branch union → (production base, union groups).
BRANCHES: dict[str, tuple[str, tuple[str, ...]]] = {
    "心兴分工会": (
        "新乡",
        ("合成车间小组", "精馏车间小组", "仪表班小组", "电气班小组", "机修班小组", "质检中心小组"),
    ),
    "氢力分工会": ("新乡", ("电解车间小组", "氢气充装小组", "储运小组", "安环小组", "综合办小组")),
    "蓝色科技分工会": (
        "江西",
        ("研发中心小组", "中试车间小组", "分析检测小组", "销售服务小组", "设备动力小组"),
    ),
    "黑色生态分工会": (
        "新疆",
        ("焦化车间小组", "气化车间小组", "煤场小组", "热电小组", "后勤保障小组", "运输队小组"),
    ),
}


@dataclass
class DemoContext:
    """What module demo fillers receive: the session, a seeded RNG and the organisation."""

    session: Session
    rng: random.Random
    size: int
    company_id: int
    branch_ids: dict[str, int]
    group_ids: dict[str, list[int]]  # branch name → its group ids
    users: dict[str, int]  # username → id
