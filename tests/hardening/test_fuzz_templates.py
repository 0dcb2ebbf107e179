"""Fuzzing certificate templates read from disk: a damaged or hostile template file ends in a
clear error, never another exception, and a template that loads also renders or refuses clearly."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.certificates import templates
from unionoffice.certificates.render import Page, render
from unionoffice.foundation.errors import UserError

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.json"))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _mutate_structure(raw, rng: random.Random, value):  # type: ignore[no-untyped-def]
    """Replace one value somewhere in the template with ``value``."""
    node = raw
    for _ in range(rng.randrange(1, 4)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.5 or not isinstance(node[key], (dict, list)):
                node[key] = value
                return raw
            node = node[key]
        elif isinstance(node, list) and node:
            index = rng.randrange(len(node))
            if rng.random() < 0.5 or not isinstance(node[index], (dict, list)):
                node[index] = value
                return raw
            node = node[index]
    return raw


def _check(path: Path, tmp_path: Path) -> None:
    try:
        template = templates.load_file(path)
    except UserError:
        return
    try:
        values = {
            "name": "王䶮",
            "number": "T-1",
            "citation": "表现突出",
            "title": "先进",
            "award": "一等奖",
            "event": "比武",
            "project": "电工",
            "date": "二〇二六年",
            "issuer": "公司工会",
        }
        render(tmp_path / "out.pdf", template, [Page(values, "T-1|sig")])
    except UserError:
        pass


@given(seed=st.integers(0, 10**9), value=json_values)
def test_fuzz_template_structure(tmp_path_factory, seed, value):
    rng = random.Random(seed)
    source = rng.choice(SHIPPED)
    raw = _mutate_structure(json.loads(source.read_text(encoding="utf-8")), rng, value)
    folder = tmp_path_factory.mktemp("tpl")
    target = folder / source.name
    target.write_text(json.dumps(raw, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    _check(target, folder)


@given(seed=st.integers(0, 10**9), flips=st.integers(1, 20))
def test_fuzz_template_bytes(tmp_path_factory, seed, flips):
    rng = random.Random(seed)
    source = rng.choice(SHIPPED)
    data = bytearray(source.read_bytes())
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    folder = tmp_path_factory.mktemp("tpl")
    target = folder / source.name
    target.write_bytes(bytes(data))
    _check(target, folder)
