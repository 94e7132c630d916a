"""Messy copies of a document, to measure what each kind of mess costs extraction.

Researchers' documents arrive in traditional characters, as OCR or PDF text with lines
broken at the column's width and spaces between characters, with half-width punctuation,
or with a web page's residue around them. `kg eval GOLD DOCS --noise KIND` extracts every
annotated document through one of these changes and scores it as usual, so the figure
beside the clean text's says what that kind of mess costs; `scripts/noise_eval.py` prints
every kind in one table. The changes are deterministic: two runs give the same figures.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from kg.errors import KgError

_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def traditional(text: str) -> str:
    """Mainland simplified → traditional characters, character by character (OpenCC s2t)."""
    return _converter("s2t").convert(text)


def taiwan(text: str) -> str:
    """Simplified → traditional as printed in Taiwan, its vocabulary too (OpenCC s2twp)."""
    return _converter("s2twp").convert(text)


def hong_kong(text: str) -> str:
    """Simplified → traditional as printed in Hong Kong (OpenCC s2hk)."""
    return _converter("s2hk").convert(text)


def columns(text: str, width: int) -> str:
    """Every line cut at a fixed width, as PDF and OCR text of a narrow column is."""
    out = []
    for line in text.splitlines():
        out.extend(line[i:i + width] for i in range(0, max(len(line), 1), width))
    return "\n".join(out)


def spaced(text: str) -> str:
    """A space after about a third of the Chinese characters, as text copied out of a PDF has."""
    rng = random.Random(13)
    return "".join(ch + " " if _HAN.match(ch) and rng.random() < 0.3 else ch for ch in text)


_HALF_WIDTH = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "，": ",", "：": ":", "；": ";",
                             "（": "(", "）": ")", "！": "!", "？": "?"})


def half_width(text: str) -> str:
    """Quotation marks, commas, colons, brackets typed half-width ("两山银行",…)."""
    return text.translate(_HALF_WIDTH)


def ascii_full_stops(text: str) -> str:
    """Full stops typed as ".", as web text written with English punctuation and OCR have them."""
    return text.replace("。", ".")


_CORNER = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


def corner_quotes(text: str) -> str:
    """Quotation marks as Hong Kong and Taiwan texts write them: 「…」 and 『…』."""
    return text.translate(_CORNER)


_PAGE_TOP = ("首页 > 新闻中心 > 县域动态\n【字体：大 中 小】 打印本页 关闭窗口\n"
             "发布时间：2023-05-12 09:31 来源：本站 浏览次数：1024\n分享到：微信 微博 QQ空间\n")
_PAGE_END = ("\n上一篇：关于开展2023年度春季植树活动的通知\n下一篇：县政府召开常务会议\n"
             "相关链接：国务院 | 省人民政府 | 市人民政府\n版权所有：县人民政府办公室 "
             "备案号：ICP备12345678号 网站标识码：1234000001\n")


# What a PDF's text layer breaks lines around: numbers, Latin words, quotation marks, and a few
# Chinese words between them
_PDF_TOKEN = re.compile(r"[0-9.%]+|[A-Za-z]+|[“”‘’\"]|[\u4e00-\u9fff]{1,2}(?=[0-9“”\"])")


def pdf_tokens(text: str) -> str:
    """A line break around every number, Latin word and quotation mark (2021⏎年⏎1⏎月⏎12⏎日…),
    as text copied out of some PDFs has them."""
    return _PDF_TOKEN.sub(lambda m: "\n" + m.group() + "\n", text).replace("\n\n", "\n")


def web_page(text: str) -> str:
    """The document between a news site's navigation, byline, share and footer lines."""
    return _PAGE_TOP + text + _PAGE_END


KINDS: dict[str, Callable[[str], str]] = {
    "traditional": traditional,
    "taiwan": taiwan,
    "hong-kong": hong_kong,
    "columns-22": lambda text: columns(text, 22),
    "columns-40": lambda text: columns(text, 40),
    "spaces": spaced,
    "half-width": half_width,
    "ascii-full-stops": ascii_full_stops,
    "corner-quotes": corner_quotes,
    "web-page": web_page,
    "pdf-tokens": pdf_tokens,
}


def change(kind: str) -> Callable[[str], str]:
    """The change called `kind`; a name not in KINDS is an error that lists them."""
    try:
        return KINDS[kind]
    except KeyError:
        raise KgError(f"--noise {kind}: no such kind of mess; choose one of {', '.join(KINDS)}") from None
