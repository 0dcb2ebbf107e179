"""Certificate templates as data: one JSON file per design, no code per certificate.

Shipped designs live in ``resources/templates/``; an admin's edits (moved fields, printer
offset) are saved under the data folder's ``templates/`` with the same key and win over the
shipped file, because the program folder is read-only on a clerk's Windows PC.

Coordinates are millimetres from the page's top-left corner, as a ruler on the paper reads.
A text field's ``y_mm`` is its baseline; ``x_mm`` is its left end, centre or right end by
``align``. A paragraph's ``y_mm`` is the baseline of its first line. QR codes and images
are placed by their top-left corner.
"""

from __future__ import annotations

import json
import math
import re
import string
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from unionoffice.certificates.labels import Align, FieldKind
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.paths import data_dir, resources_dir

FIELD_KINDS = tuple(FieldKind)
ALIGNS = tuple(Align)
# Values every template may use besides its own inputs.
BUILTIN_VALUES = ("number", "date", "year", "issuer")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Upper-case letters, digits and dashes keep the QR code in its compact alphanumeric mode.
_PREFIX = re.compile(r"^[A-Z0-9\-]*(\{year\})?[A-Z0-9\-]*$")

PAGE_PRESETS: dict[str, tuple[float, float]] = {
    "A4 横向": (297.0, 210.0),
    "A4 纵向": (210.0, 297.0),
    "A3 横向": (420.0, 297.0),
    "证书内芯 12 开（260×185）": (260.0, 185.0),
    "证书内芯 8 开（370×260）": (370.0, 260.0),
}


@dataclass
class FieldSpec:
    key: str
    label: str
    kind: str = "text"
    text: str = ""  # "{name}同志：" — placeholders name inputs or built-in values
    x_mm: float = 0.0
    y_mm: float = 0.0
    width_mm: float = 0.0  # paragraph: wrap width; text: shrink to fit when > 0; qr/image: width
    height_mm: float = 0.0  # image height
    font: str = "sans"
    size: float = 18.0
    align: str = "left"
    color: str = "#000000"
    line_height: float = 1.6  # paragraph line pitch as a multiple of the size
    indent: int = 0  # paragraph: first-line indent in characters (Chinese text indents 2)
    image: str = ""  # image file, relative to the template's folder
    blank_paper_only: bool = False  # already printed on pre-printed paper (e.g. the title)
    enabled: bool = True


@dataclass
class InputSpec:
    """A value each recipient supplies (a spreadsheet column, a typed column)."""

    key: str
    label: str
    aliases: list[str] = field(default_factory=list)
    required: bool = True
    default: str = ""


@dataclass
class Border:
    color: str = "#B8860B"
    margin_mm: float = 8.0
    width_pt: float = 3.0


@dataclass
class Template:
    key: str
    name: str
    description: str = ""
    width_mm: float = 297.0
    height_mm: float = 210.0
    background: str = ""  # image for blank paper, relative to the template's folder
    background_color: str = ""
    border: Border | None = None
    number_prefix: str = "ZS-{year}-"
    number_digits: int = 4
    duplicate_mark: str = ""  # stamped on reprints, e.g. "补发件"; empty: reprints look the same
    issuer: str = ""
    offset_x_mm: float = 0.0  # printer calibration: moves every field
    offset_y_mm: float = 0.0
    inputs: list[InputSpec] = field(default_factory=list)
    fields: list[FieldSpec] = field(default_factory=list)
    # Where it was loaded from (not saved in the file).
    folder: Path = field(default_factory=lambda: shipped_dir(), compare=False, repr=False)

    def input_keys(self) -> list[str]:
        return [i.key for i in self.inputs]

    def field_by_key(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def asset(self, relative: str) -> Path:
        path = Path(relative)
        return path if path.is_absolute() else self.folder / path

    def number(self, year: int, serial: int) -> str:
        return self.number_prefix.format(year=year) + f"{serial:0{self.number_digits}d}"

    def sequence_name(self, year: int) -> str:
        # One counter per template and prefix: a changed prefix starts again at 1.
        return f"certificate:{self.key}:{self.number_prefix.format(year=year)}"

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("folder")
        return json.dumps(data, ensure_ascii=False, indent=2)

    def copy(self) -> Template:
        return from_dict(json.loads(self.to_json()), self.folder)


def shipped_dir() -> Path:
    return resources_dir() / "templates"


def user_dir() -> Path:
    return data_dir() / "templates"


def _problem(name: str, message: str) -> UserError:
    return UserError(
        translate("Templates", "证书模板“{name}”有误：{message}").format(name=name, message=message)
    )


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in raw.items() if k in names}


_SCALARS = {"str": (str,), "float": (int, float), "int": (int,), "bool": (bool,)}


def _check_types(name: str, obj: Any) -> None:
    """A template is data from disk: every scalar must have the type its field declares."""
    for f in fields(obj):
        allowed = _SCALARS.get(str(f.type))
        if allowed is None:
            continue
        value = getattr(obj, f.name)
        bad = not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed)
        if not bad and isinstance(value, float) and not math.isfinite(value):
            bad = True
        if bad:
            raise _problem(
                name,
                translate("Templates", "“{field}”的值 {value!r} 类型不对").format(field=f.name, value=value),
            )


def from_dict(raw: dict[str, Any], folder: Path) -> Template:
    if not isinstance(raw, dict):
        raise _problem("?", translate("Templates", "文件内容应是一个 JSON 对象"))
    name = str(raw.get("name") or raw.get("key") or "?")
    for part in ("inputs", "fields"):
        if not isinstance(raw.get(part, []), list) or not all(isinstance(x, dict) for x in raw.get(part, [])):
            raise _problem(name, translate("Templates", "“{field}”应是对象的列表").format(field=part))
    if raw.get("border") is not None and not isinstance(raw.get("border"), dict):
        raise _problem(name, translate("Templates", "“{field}”应是对象").format(field="border"))
    try:
        data = _known(Template, raw)
        data["inputs"] = [InputSpec(**_known(InputSpec, i)) for i in raw.get("inputs", [])]
        data["fields"] = [FieldSpec(**_known(FieldSpec, f)) for f in raw.get("fields", [])]
        border = raw.get("border")
        data["border"] = Border(**_known(Border, border)) if border else None
        data["folder"] = folder
        template = Template(**data)
    except TypeError as exc:
        raise _problem(name, translate("Templates", "缺少必填项（{detail}）").format(detail=exc)) from None
    for piece in [
        template,
        *template.inputs,
        *template.fields,
        *([template.border] if template.border else []),
    ]:
        _check_types(name, piece)
    for spec in template.inputs:
        if not isinstance(spec.aliases, list) or not all(isinstance(a, str) for a in spec.aliases):
            raise _problem(name, translate("Templates", "“{field}”应是文字的列表").format(field="aliases"))
    validate(template)
    return template


# Sane bounds for numbers read from a template file (a page is at most A0, a font at most 300 pt).
_RANGES = {
    "x_mm": (-1200.0, 1200.0),
    "y_mm": (-1200.0, 1200.0),
    "width_mm": (0.0, 1200.0),
    "height_mm": (0.0, 1200.0),
    "size": (1.0, 300.0),
    "line_height": (0.5, 5.0),
    "indent": (0, 40),
    "margin_mm": (0.0, 300.0),
    "width_pt": (0.0, 50.0),
    "offset_x_mm": (-100.0, 100.0),
    "offset_y_mm": (-100.0, 100.0),
}


def _check_ranges(name: str, obj: Any) -> None:
    for key, (low, high) in _RANGES.items():
        value = getattr(obj, key, None)
        if value is not None and not low <= value <= high:
            raise _problem(
                name,
                translate("Templates", "“{field}”的值 {value} 超出 {low} 到 {high} 的范围").format(
                    field=key, value=value, low=low, high=high
                ),
            )


def validate(t: Template) -> None:
    """Refuse a template that would fail half-way through a batch."""
    if not (0 < t.width_mm <= 1200 and 0 < t.height_mm <= 1200):
        raise _problem(t.name, translate("Templates", "纸张尺寸必须大于 0，且不超过 1200 毫米"))
    for part in [t, *t.fields, *([t.border] if t.border else [])]:
        _check_ranges(t.name, part)
    if not _PREFIX.match(t.number_prefix):
        raise _problem(t.name, translate("Templates", "编号前缀只能含大写字母、数字、“-”和 {year}"))
    if not 1 <= t.number_digits <= 8:
        raise _problem(t.name, translate("Templates", "编号位数应在 1 到 8 之间"))
    if "name" not in t.input_keys():
        raise _problem(t.name, translate("Templates", "必须有 key 为 name 的输入项（姓名）"))
    known = set(t.input_keys()) | set(BUILTIN_VALUES)
    keys = set()
    for f in t.fields:
        if f.key in keys:
            raise _problem(t.name, translate("Templates", "字段 {key} 重复").format(key=f.key))
        keys.add(f.key)
        if f.kind not in FIELD_KINDS:
            raise _problem(
                t.name,
                translate("Templates", "字段 {key} 的类型 {kind} 不认识").format(key=f.key, kind=f.kind),
            )
        if f.align not in ALIGNS:
            raise _problem(t.name, translate("Templates", "字段 {key} 的对齐方式不认识").format(key=f.key))
        for color in (f.color,):
            if not _COLOR.match(color):
                raise _problem(
                    t.name, translate("Templates", "字段 {key} 的颜色应写作 #RRGGBB").format(key=f.key)
                )
        if f.kind in ("text", "paragraph"):
            for placeholder in placeholders(f.text):
                if placeholder not in known:
                    raise _problem(
                        t.name,
                        translate("Templates", "字段 {key} 引用了不存在的值 {{{value}}}").format(
                            key=f.key, value=placeholder
                        ),
                    )
        if f.kind == "paragraph" and f.width_mm <= 0:
            raise _problem(t.name, translate("Templates", "段落字段 {key} 需要宽度").format(key=f.key))
        if f.kind in ("qr", "image") and f.width_mm <= 0:
            raise _problem(t.name, translate("Templates", "字段 {key} 需要宽度").format(key=f.key))
        if f.kind == "image" and f.enabled and not t.asset(f.image).is_file():
            raise _problem(t.name, translate("Templates", "找不到图片文件 {path}").format(path=f.image))
    if t.border and not _COLOR.match(t.border.color):
        raise _problem(t.name, translate("Templates", "边框颜色应写作 #RRGGBB"))
    if t.background_color and not _COLOR.match(t.background_color):
        raise _problem(t.name, translate("Templates", "背景颜色应写作 #RRGGBB"))
    if t.background and not t.asset(t.background).is_file():
        raise _problem(t.name, translate("Templates", "找不到背景图片 {path}").format(path=t.background))


def placeholders(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name]
    except ValueError:
        return ["{"]  # an unbalanced brace: reported as an unknown value


def load_file(path: Path) -> Template:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _problem(
            path.name, translate("Templates", "文件无法读取（{detail}）").format(detail=exc)
        ) from None
    raw.setdefault("key", path.stem)
    # Images stay beside the shipped file even when the admin's copy is in the data folder.
    folder = path.parent if path.parent != user_dir() else shipped_dir()
    return from_dict(raw, folder)


def list_templates() -> list[Template]:
    """Every template, the admin's saved copy replacing the shipped one of the same key."""
    found: dict[str, Path] = {}
    for folder in (shipped_dir(), user_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found[path.stem] = path
    return sorted((load_file(p) for p in found.values()), key=lambda t: t.key)


def get_template(name: str) -> Template:
    """By key or by Chinese name."""
    for template in list_templates():
        if name in (template.key, template.name):
            return template
    raise UserError(translate("Templates", "找不到证书模板“{name}”。").format(name=name))


def save_template(template: Template) -> Path:
    """Save the admin's version into the data folder (the shipped file stays as it was)."""
    validate(template)
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{template.key}.json"
    partial = target.with_suffix(".json.part")
    partial.write_text(template.to_json(), encoding="utf-8")
    partial.replace(target)
    return target


def reset_template(key: str) -> None:
    """Forget the admin's copy so the shipped design applies again."""
    (user_dir() / f"{key}.json").unlink(missing_ok=True)


def with_offset(template: Template, x_mm: float, y_mm: float) -> Template:
    return replace(template, offset_x_mm=x_mm, offset_y_mm=y_mm)
