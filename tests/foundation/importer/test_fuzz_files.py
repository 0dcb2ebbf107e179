"""Damaged files: whatever the bytes, the result is a preview or a UserError, never a crash."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.importer import ImportPreview, parse_rows, read_table

from .conftest import MEMBER_COLUMNS, VALID_IDS, write_book

ROWS = [
    ["会员名册"],
    ["姓名", "性别", "身份证号", "手机号", "入会日期", "会费"],
    *[["张三", "男", VALID_IDS[i % 3], "13812345678", "2019-05-01", 12.5] for i in range(20)],
]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    deflated = write_book(folder / "seed.xlsx", ROWS).read_bytes()
    stored = io.BytesIO()  # uncompressed members, so byte flips land in the XML itself
    with (
        zipfile.ZipFile(io.BytesIO(deflated)) as zin,
        zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zout,
    ):
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
    text = "\n".join(",".join(str(c) for c in row) for row in ROWS)
    return {
        ".xlsx": deflated,
        "stored.xlsx": stored.getvalue(),
        ".csv": text.encode("utf-8"),
        "gbk.csv": text.encode("gbk"),
    }


mutations = st.lists(
    st.tuples(st.sampled_from(["flip", "byte", "cut", "drop"]), st.floats(0, 1), st.integers(0, 255)),
    min_size=1,
    max_size=6,
)


def _mutate(data: bytes, steps: list[tuple[str, float, int]]) -> bytes:
    buffer = bytearray(data)
    for kind, where, value in steps:
        if not buffer:
            break
        at = min(int(where * len(buffer)), len(buffer) - 1)
        if kind == "flip":
            buffer[at] ^= 1 << (value % 8)
        elif kind == "byte":
            buffer[at] = value
        elif kind == "cut":
            del buffer[at:]
        else:
            del buffer[at : at + value]
    return bytes(buffer)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from([".xlsx", "stored.xlsx", ".csv", "gbk.csv"]), steps=mutations)
def test_mutated_files_never_crash(
    seeds: dict[str, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    kind: str,
    steps: list[tuple[str, float, int]],
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / ("m" + kind.removeprefix("stored").removeprefix("gbk"))
    path.write_bytes(_mutate(seeds[kind], steps))
    try:
        preview = parse_rows(read_table(path), MEMBER_COLUMNS)
    except UserError as error:
        assert str(error)
    else:
        assert isinstance(preview, ImportPreview)


def test_unmutated_seeds_import(seeds: dict[str, bytes], tmp_path: Path) -> None:
    for kind, data in seeds.items():
        path = tmp_path / ("m" + kind.removeprefix("stored").removeprefix("gbk"))
        path.write_bytes(data)
        preview = parse_rows(read_table(path), MEMBER_COLUMNS)
        assert len(preview.rows) == 20, kind
        assert all("重复" in p.message for p in preview.problems), kind
