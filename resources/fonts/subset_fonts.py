"""Rebuild ExplorerSansKR-*.otf: Noto Sans CJK KR cut down to what the app shows, renamed.

Needs fontTools (a build tool only; the app never imports it). Usage, from the project root:

    python resources/fonts/subset_fonts.py /path/to/usr/share/fonts/opentype/noto

where the folder holds NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc from Debian's
fonts-noto-cjk package (see README.md). The subset is renamed because the SIL OFL keeps a
modified font from using the original's name, and so that it never collides with an installed
Noto Sans CJK KR.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "Explorer Sans KR"
KOREAN_FACE = 1  # in NotoSansCJK-*.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK, 5–9 the Mono faces
UNICODES = [
    "U+0020-007E", "U+00A0-017F",  # Latin, Latin-1, Latin Extended-A
    "U+0250-036F",  # IPA, spacing modifier letters, combining marks (x̂)
    "U+0370-03FF",  # Greek
    "U+1100-11FF", "U+3130-318F", "U+A960-A97F", "U+D7B0-D7FF",  # Hangul Jamo (all blocks)
    "U+AC00-D7A3",  # every precomposed Hangul syllable
    "U+1D00-1DBF", "U+2C60-2C7F",  # phonetic modifier letters (ᵢ ᵀ ⱼ …)
    "U+2000-206F", "U+2070-209F",  # punctuation, superscripts and subscripts
    "U+20A9", "U+20AC", "U+2100-218F",  # ₩ €, letterlike symbols, number forms
    "U+2190-21FF", "U+2200-22FF", "U+2300-23FF",  # arrows, math operators, technical
    "U+2460-24FF", "U+2500-25FF",  # circled numbers, box drawing, blocks, shapes (■ ◆ ▶)
    "U+2600-26FF", "U+2700-27BF",  # symbols and dingbats (★ ⚠ ✓ ✕ ✗)
    "U+3000-303F", "U+FF01-FF5E", "U+FFFD",  # CJK punctuation, full-width forms, �
]
KEPT_NAMES = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # copyright, names, version, licence text and URL


def build(source: Path, style: str, target: Path) -> None:
    options = subset.Options()
    options.font_number = KOREAN_FACE
    options.name_IDs = KEPT_NAMES
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(",".join(UNICODES)))
    subsetter.subset(font)
    rename(font, style)
    subset.save_font(font, str(target), options)


def rename(font: TTFont, style: str) -> None:
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = font["name"]
    for name_id, text in ((1, FAMILY), (3, f"{postscript};subset of Noto Sans CJK KR"),
                          (4, f"{FAMILY} {style}"), (6, postscript)):
        names.removeNames(nameID=name_id)
        names.setName(text, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = f"{FAMILY} {style}", FAMILY


def main(folder: str) -> None:
    here = Path(__file__).resolve().parent
    for style in ("Regular", "Bold"):
        target = here / f"{FAMILY.replace(' ', '')}-{style}.otf"
        build(Path(folder) / f"NotoSansCJK-{style}.ttc", style, target)
        print(f"{target.name}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
