"""Write member-like workbooks for the import benchmarks (once; kept in bench/out/, gitignored)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from unionoffice.foundation.identity import generate_id_number

OUT = Path(__file__).parent / "out"
HEADERS = ["序号", "姓名", "性别", "身份证号", "手机号", "出生日期", "入会日期", "部门", "会费（元）"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬"


def member_rows(count: int, seed: int = 7):
    rng = random.Random(seed)
    used: set[str] = set()
    for i in range(count):
        gender = rng.choice("MF")
        number = ""
        while not number or number in used:  # a member list has no duplicate ids
            born = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
            number = generate_id_number(f"4107{rng.randrange(1, 30):02d}", born, rng.randrange(500), gender)
        used.add(number)
        yield [
            i + 1,
            rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))),
            "男" if gender == "M" else "女",
            number,
            f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
            born,
            date(2000, 1, 1) + timedelta(days=rng.randrange(8000)),
            rng.choice(["机关党委", "一车间", "二车间", "质检部", "后勤服务中心"]),
            rng.randrange(100, 50000) / 100,
        ]


def build(count: int) -> Path:
    path = OUT / f"members_{count}.xlsx"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("会员名册")
    ws.append([f"{count} 名会员名册（测试数据）"])
    ws.append(HEADERS)
    for row in member_rows(count):
        ws.append(row)
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    tmp.rename(path)
    return path


if __name__ == "__main__":
    for n in (12_000, 100_000):
        print(build(n))
