"""Draw the sample artwork the shipped certificate templates use (run once; output is committed).

    python tools/make_certificate_art.py

- ``seal-sample.png``: a red round seal marked 样章 (sample), to be replaced by a scan of the real seal.
- ``signature-sample.png``: a stand-in handwritten signature.
- ``award-background.jpg``: a light background with a guilloche band for blank paper.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "templates" / "images"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
RED = (200, 16, 16, 235)


def seal(size: int = 600) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse((12, 12, size - 12, size - 12), outline=RED, width=18)
    # five-pointed star
    r_out, r_in = size * 0.16, size * 0.064
    points = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = -math.pi / 2 + i * math.pi / 5
        points.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(points, fill=RED)
    text = "集团公司工会委员会"
    font = ImageFont.truetype(str(FONT), int(size * 0.105))
    span = math.radians(230)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=RED, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        r = size * 0.355
        img.alpha_composite(
            glyph, (int(c + r * math.cos(a) - glyph.width / 2), int(c + r * math.sin(a) - glyph.height / 2))
        )
    small = ImageFont.truetype(str(FONT), int(size * 0.085))
    d.text((c, c + size * 0.27), "样 章", font=small, fill=RED, anchor="mm")
    # ink is never perfectly even
    rng = random.Random(7)
    alpha = img.getchannel("A")
    noise = Image.new("L", img.size, 255)
    nd = ImageDraw.Draw(noise)
    for _ in range(900):
        x, y = rng.randrange(size), rng.randrange(size)
        nd.ellipse((x, y, x + rng.randrange(2, 7), y + rng.randrange(2, 7)), fill=rng.randrange(80, 200))
    alpha = Image.composite(alpha, Image.new("L", img.size, 0), noise.filter(ImageFilter.GaussianBlur(1)))
    img.putalpha(Image.eval(alpha, lambda v: min(v, 235)))
    return img.resize((300, 300), Image.LANCZOS)


def signature() -> Image.Image:
    w, h = 900, 300
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    rng = random.Random(3)
    ink = (20, 30, 90, 255)
    x = 60.0
    for stroke in range(4):
        pts = []
        for t in range(60):
            u = t / 59
            pts.append(
                (
                    x + u * 180 + 20 * math.sin(u * 9 + stroke),
                    150 + 70 * math.sin(u * 6.3 + stroke * 1.7) * (1 - u / 2) + rng.uniform(-2, 2),
                )
            )
        d.line(pts, fill=ink, width=9, joint="curve")
        x += 170
    d.line([(70, 235), (300, 215), (560, 225), (820, 200)], fill=ink, width=7, joint="curve")
    return img.resize((450, 150), Image.LANCZOS)


def background(width_px: int = 1754, height_px: int = 1240) -> Image.Image:
    """A4 landscape at 150 dpi: warm paper, a guilloche band top and bottom, a faint rosette."""
    img = Image.new("RGB", (width_px, height_px), (253, 250, 240))
    d = ImageDraw.Draw(img)
    for band_y in (70, height_px - 70):
        for k in range(14):
            pts = []
            for x in range(0, width_px + 1, 4):
                y = band_y + 26 * math.sin(x / 38 + k * 0.45) * math.cos(x / 173 + k * 0.2)
                pts.append((x, y))
            d.line(pts, fill=(226, 206, 160), width=1)
    cx, cy = width_px / 2, height_px / 2 + 40
    for k in range(48):
        a = k * math.pi / 24
        pts = []
        for t in range(0, 361, 3):
            u = math.radians(t)
            r = 260 + 60 * math.sin(6 * u + a)
            pts.append((cx + r * math.cos(u + a / 8), cy + r * math.sin(u + a / 8)))
        d.line(pts, fill=(246, 238, 218), width=1)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    seal().save(OUT / "seal-sample.png", optimize=True)
    signature().save(OUT / "signature-sample.png", optimize=True)
    background().save(OUT / "award-background.jpg", quality=82, optimize=True)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size // 1024, "KiB")


if __name__ == "__main__":
    main()
