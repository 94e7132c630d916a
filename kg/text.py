"""Decoding and normalisation of documents, and sentence splitting that keeps offsets.

Every step edits the text through `_Edit`, which carries for each character of the
current text the offset of the character of the decoded original it came from, so a
sentence found in the normalised text can be pointed at in the original.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from kg.errors import KgError
from kg.model import Document, Sentence

MAX_BYTES = 16 * 1024 * 1024  # the longest work reports are ~200 KB; larger files are not reports

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# ------------------------------------------------------------------ decoding

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x7fELF": "an executable",
}


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Bytes → (text, encoding name). Raises KgError for binary or undecodable input."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise KgError(f"{name}: this is {what}, not a text document; convert it to text first")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise KgError(f"{name}: marked as UTF-16 but not valid UTF-16 (byte {exc.start}); "
                          "is it a text file?") from None
    if b"\x00" in data[:4096]:
        raise KgError(f"{name}: binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _guess_encodings(data):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise KgError(f"{name}: cannot tell the text encoding (not UTF-8, GB18030 or Big5); is it a text file?")


def _guess_encodings(data: bytes) -> list[str]:
    """Candidate encodings, best first; empty when the bytes look like no text at all."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:  # charset-normalizer found no encoding that gives readable text
        return []
    # A Chinese document that is not UTF-8 is GB18030 (a superset of GBK/GB2312) or Big5;
    # charset-normalizer sometimes names a Korean or Western code page for them.
    guesses = [best.encoding] if _is_chinese_codec(best.encoding) else []
    return list(dict.fromkeys(guesses + ["gb18030", "big5hkscs"]))


def _is_chinese_codec(encoding: str) -> bool:
    return encoding.replace("_", "").lower() in {"gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz", "cp950", "cp936"}


# ------------------------------------------------------------------ offset-keeping edits


class _Edit:
    """Text plus, for each character, its offset in the original; edited by regex passes."""

    def __init__(self, text: str):
        self.text = text
        self.origin = list(range(len(text) + 1))  # one extra entry: the end offset

    def sub(self, pattern: re.Pattern, repl: Callable[[re.Match], str | tuple[str, int]] | str) -> None:
        """Replace each match. `repl` may return (text, group): the text maps onto that group."""
        text, origin = self.text, self.origin
        pieces: list[str] = []
        origins: list[int] = []
        pos = 0
        for m in pattern.finditer(text):
            pieces.append(text[pos:m.start()])
            origins.extend(origin[pos:m.start()])
            new = repl(m) if callable(repl) else repl
            if isinstance(new, tuple):
                new, group = new
                if len(new) == m.end(group) - m.start(group):
                    origins.extend(origin[m.start(group):m.end(group)])
                else:
                    origins.extend([origin[m.start(group)]] * len(new))
            else:
                origins.extend([origin[m.start()]] * len(new))
            pieces.append(new)
            pos = m.end()
        if not pieces:
            return
        pieces.append(text[pos:])
        origins.extend(origin[pos:])
        self.text = "".join(pieces)
        self.origin = origins

    def map_chars(self, convert: Callable[[str], str]) -> None:
        """Apply a character converter that keeps lengths (line by line when it does not)."""
        new = convert(self.text)
        if len(new) == len(self.text):
            self.text = new
            return
        lines = self.text.split("\n")
        out, origins, pos = [], [], 0
        for line in lines:
            conv = convert(line)
            span = self.origin[pos:pos + len(line)]
            if len(conv) == len(line):
                origins.extend(span)
            else:  # a phrase changed length: spread the line's offsets proportionally
                origins.extend(span[min(len(span) - 1, i * len(line) // max(1, len(conv)))] if span else self.origin[pos]
                               for i in range(len(conv)))
            out.append(conv)
            pos += len(line) + 1
            origins.append(self.origin[pos - 1])  # the newline
        origins = origins[:-1] + [self.origin[-1]]
        self.text = "\n".join(out)
        self.origin = origins


# ------------------------------------------------------------------ normalisation passes

_SCRIPT_STYLE = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
_CSS_BLOCK = re.compile(r"(?m)^[ \t]*[.#@]?[-\w .,#:>*\[\]=\"'()]{1,200}\{[^{}]*\}[ \t]*$")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\n]*\)")
_MD_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?m:^[ \t]*[-*+>][ \t]+)")
# Reference and footnote markers: 四医联动[11]改革, “三个一”【17】, “五个一”①, 试点县¹²; a marker opening a
# glossary line ([15] 厕所革命：…) goes too. Not 〔2021〕 of a document number.
_SUPERSCRIPT = r"[\u00b9\u00b2\u00b3\u2070-\u2079]"
# (each branch starts with the characters it consumes, the lookbehind after them: the regex
# engine then skips ahead to candidate characters instead of trying the lookbehind everywhere)
_FOOTNOTE_PATTERN = re.compile(rf"\[\n?\d{{1,3}}\n?\](?!\d)|【\n?\d{{1,3}}\n?】|[\u2460-\u2473\u2776-\u277f]"
                               rf"|{_SUPERSCRIPT}(?<=[\u4e00-\u9fff”’」』)）]{_SUPERSCRIPT}){_SUPERSCRIPT}*")


class _Prefiltered:
    """A pattern searched only where one of its first characters stands: a regex whose
    branches do not all start with one literal character is otherwise tried at every position."""

    def __init__(self, first: str, pattern: re.Pattern):
        self.first, self.pattern = re.compile(first), pattern

    def finditer(self, text: str):
        pos = 0
        for candidate in self.first.finditer(text):
            if candidate.start() >= pos and (m := self.pattern.match(text, candidate.start())) is not None:
                yield m
                pos = m.end()


_FOOTNOTE = _Prefiltered(rf"[\[【\u2460-\u2473\u2776-\u277f{_SUPERSCRIPT[1:-1]}]", _FOOTNOTE_PATTERN)
# Decorations a web page scatters through its text to spoil copying, or that a copy kept from
# its emoji (2月◈ღ，…提名城市◈ღ，): symbols and Georgian letters right before a punctuation mark
# or a line's end, never a bullet opening a line or standing between two items (◆A ◆B)
_DECORATION_SET = "\u25a0-\u2775\u2780-\u27bf\u2b00-\u2bff\u10d0-\u10ff"
_DECORATION_CHARS = re.compile(f"[{_DECORATION_SET}]")
_DECORATION = re.compile(f"(?<=\\S)[{_DECORATION_SET}]{{1,6}}(?=[，,。；;、！!？?：:]|$)", re.M)
# A page's marks doubled by a copy (陈国平表示,,对口帮扶以来,,; 产业发展,、人才培养): one comma, or
# the mark that is not a comma
_DOUBLED_MARKS = re.compile(r"[，,](?:[，,]+|(?=[、；;。]))|(?<=[、；;。])[，,]")


def _one_mark(m: re.Match) -> tuple[str, int]:
    return (m.group()[0], 0) if len(m.group()) > 1 else ("", 0)


_URL = re.compile(r"https?://[^\s<>\"'，。）)\]]+|www\.[a-z0-9.-]+\.[a-z]{2,}[^\s，。]*", re.I)
_BYLINE = re.compile(
    r"(?:发布时间|發布時間|来源|來源|作者|责任编辑|責任編輯|编辑|編輯|记者|記者|通讯员|通訊員|摄影|攝影|浏览次数|点击数|字号)"
    r"\s*[:：]\s*[^|｜\n]{0,40}?(?=\s*[|｜]|——|\n|$)"
)
_BYLINE_BAR = re.compile(r"[ \t]*[|｜][ \t|｜]*(?:——)?")
# Pinyin of a keyword in square brackets, as some news sites print it: 邳州[PiZhou], 发展[FaZhan]
_BRACKETED_PINYIN = re.compile(rf"\[(?:(?<=[{CJK}]\[)|(?<=[{CJK}]\n\[))(?:[A-Z][a-z]{{1,5}}){{1,6}}\]")
# Pinyin after a character, as printed by some converters: 會(huì), 進(jìn)
_PINYIN = _Prefiltered(r"[(（]|[a-zü](?<=\?[a-zü])", re.compile(
    rf"[(（](?<=[{CJK}?][(（])([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*|[a-zü]{{1,6}}[1-5])[)）]"
    # (a converter that lost a character and the bracket after it: 百?gòu)?qiáng)縣)
    r"|(?<=\?)[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*\)"
))
# Pinyin without tone marks after a character, as some mirror sites insert it: 近年(nian)来,
# 打(da)造. One syllable (not 面积(km), 降水(mm): no syllable), and read only in a text that has
# several, as such converters leave them (a lone (a) is a list's item)
_TONELESS_PINYIN = re.compile(
    rf"(?<=[{CJK}])[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v|ü)[)）]")
TONELESS_PINYIN_MIN = 3
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# Keep the Chinese forms of sentence punctuation: downstream rules key on them.
for _ch in "，。；：！？":
    _FULLWIDTH.pop(ord(_ch), None)
# Quotation marks of Taiwan and Hong Kong print (〝X〞) and vertical-text forms (﹁X﹂) become the
# marks the extractors read.
_FULLWIDTH.update({ord("〝"): "“", ord("〞"): "”", ord("〟"): "”",
                   ord("﹁"): "「", ord("﹂"): "」", ord("﹃"): "『", ord("﹄"): "』"})


def _replacer(table: dict[int, int | str]) -> Callable[[str], str]:
    """text.translate(table) for a table of a few hundred characters, as one regex pass: only the
    characters present are looked up (str.translate looks up every character; ten times slower)."""
    chars = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    mapping = {chr(k): chr(v) if isinstance(v, int) else v for k, v in table.items()}
    return lambda text: chars.sub(lambda m: mapping[m.group()], text)


_to_halfwidth = _replacer(_FULLWIDTH)
_SPACE = r"[ \t\u00a0]"
_SPACE_IN_CJK = re.compile(rf"{_SPACE}(?<=[{CJK}“”\"、，,。；;：:！!？?）)》]{_SPACE}){_SPACE}*(?=[{CJK}“”\"、，,(（。；;：:！!？?）)《])"
                           rf"|{_SPACE}(?<=[{CJK}]{_SPACE}){_SPACE}*(?=[0-9])|{_SPACE}(?<=[0-9]{_SPACE}){_SPACE}*(?=[{CJK}])")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
# A full stop typed as ASCII "." (web text written with English punctuation, OCR): after Chinese
# text or a closing quote, before Chinese text, a digit (十强县.2019年5月), a quote, a
# list's ② or ❷, a space or the end. Not in numbers (3.5亿元), names (gov.cn), an ellipsis
# (...) or a heading's number (一.总体要求).
_LATIN_FULL_STOP = re.compile(rf"\.(?<=[{CJK}”’」』)）%]\.)(?=[{CJK}“”‘’「」『』(（\s\d\u2460-\u24ff\u2776-\u2793]|$)")
_NUMBERED_HEADING = re.compile(r"[(（]?[一二三四五六七八九十]{1,3}[)）]?")


def _full_stop(m: re.Match) -> str:
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()].strip()
    return "." if _NUMBERED_HEADING.fullmatch(line) else "。"

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
# OCR: a line broken in the middle of a sentence (no closing punctuation before the break,
# Chinese text on both sides, the next line not a heading-like short line).
_BROKEN_LINE = re.compile(rf"(?m)^([^\n]{{35,}}[{CJK}，、,])\n(?=[{CJK}])")
# In a text wrapped at a fixed width (OCR of narrow columns) most lines end mid-sentence:
# there every break after a character that does not close a sentence is joined, also
# after a closing quote or bracket that ends no sentence (开展“三净”|行动) and before
# punctuation that cannot begin a line (实施“一月办清|”审批模式, 海纳百川|、无远不至).
_WRAPPED_LINE = re.compile(rf"([{CJK}，、,“\"0-9a-zA-Z+—]|(?<![。！？!?…])[”’）)》】」』])"
                           rf"\n(?=[{CJK}“\"0-9a-zA-Z+”’、，,。；;：:！？!?）)》】」』《「『])")
# In any text, a break before punctuation no line begins with (先后获“A”⏎、“B”⏎。): a page's
# markup broke the line there
_BREAK_BEFORE_PUNCTUATION = re.compile(r"([^\n。！？!?])\n(?=[、，,。；;！？!?])")
# A line of such a text that is a token alone: a number, a Latin word, a quotation mark, one character
_TOKEN_LINE = re.compile(r"[0-9.%]+|[A-Za-z]+|[“”‘’\"「」『』]|[\u4e00-\u9fff]")
_TOKEN_CHAR = re.compile(r"[0-9A-Za-z.%]")
# A break in such a text that is no paragraph's end (not after 。！？；：)
_TOKEN_BREAK = re.compile(r"(?<![。！？!?；;：:\n])\n(?!\n)")
_LINE_END_CLOSED = re.compile(r"[。！？!?；;：:”\"'）)》】…]\s*$")


@cache
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _variants() -> dict[int, str]:
    """Variant and old-form characters t2s leaves unconverted (kg/data/variants.tsv)."""
    path = Path(__file__).resolve().parent / "data" / "variants.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {ord(row[0]): row[1] for row in rows}


@cache
def _variant_replacer() -> Callable[[str], str]:
    return _replacer(_variants())


def _to_simplified(text: str) -> str:
    converted = _variant_replacer()(_opencc().convert(text))
    return _kept_place_names(text, converted) if len(converted) == len(text) else converted


@cache
def _changed_place_names() -> tuple[re.Pattern, dict[str, str]]:
    """Place names that t2s changes although they are written so in simplified text (乾县 becomes
    干县, 乾安 干安: 乾 is simplified to 干 in 乾燥): a pattern of what t2s makes of them, and
    the name each such form stands for. Read from the gazetteer's names and their forms
    without the unit word (kg/data/divisions.tsv)."""
    path = Path(__file__).resolve().parent / "data" / "divisions.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "adcode"))]
    names = {n for row in rows for n in (row[1], *row[5].split("|")) if n}
    names |= {n[:-1] for n in list(names) if len(n) >= 3 and n[-1] in "县市区旗"}
    changed = {}
    for name in names:
        converted = _opencc().convert(name)
        if converted != name and len(converted) == len(name):
            changed[converted] = name
    pattern = re.compile("|".join(sorted(map(re.escape, changed), key=len, reverse=True)) or "(?!)")
    return pattern, changed


def _kept_place_names(original: str, converted: str) -> str:
    """The converted text with the place names t2s changed put back where the original had
    them (in either script: 乾县, 乾縣), not where it had another character (骨干县, 骨幹縣)."""
    pattern, changed = _changed_place_names()
    if not pattern.search(converted):
        return converted
    pieces, pos = [], 0
    for m in pattern.finditer(converted):
        name = changed[m.group()]
        # (where t2s changed a character, the original must have the name's: 乾, not 幹 of 骨幹縣)
        if all(original[m.start() + i] == name[i] for i in range(len(name)) if m.group()[i] != name[i]):
            pieces += [converted[pos:m.start()], name]
            pos = m.end()
    return "".join(pieces) + converted[pos:] if pieces else converted


def _unescape(m: re.Match) -> str:
    return html.unescape(m.group(0))


# Curly quotation marks a PDF's text turned into ;; (实施;;2244;;工程, 荣获;;A;;;;B;;): no Chinese
# text writes two semicolons, so each pair is a quotation mark, opening and closing in turn
_DOUBLE_SEMICOLON = re.compile(r";;")


def _quotes_for_semicolons() -> Callable[[re.Match], str]:
    opened = False

    def quote(m: re.Match) -> str:
        nonlocal opened
        opened = not opened
        return "“" if opened else "”"
    return quote


# Curly quotation marks typed the wrong way round in a line (推广应用”李春生调解模式”,
# 实施“一村一策“工程): a closing mark where none is open, before another closing one, opens;
# an opening mark where one is open, with no closing one after it, closes
_CURLY_QUOTE = re.compile(r"[“”]")


def _repaired_quotes() -> Callable[[re.Match], str]:
    opened, last = False, 0

    def quote(m: re.Match) -> str:
        nonlocal opened, last
        text, mark = m.string, m.group()
        if text.find("\n", last, m.start()) >= 0:
            opened = False  # a quotation does not run over a paragraph's end
        last = m.end()
        following = _CURLY_QUOTE.search(text, m.end(), _line_end(text, m.end()))
        following = following.group() if following else ""
        if mark == "”" and not opened and following == "”":
            mark = "“"
        elif mark == "“" and opened and following != "”":
            mark = "”"
        opened = mark == "“"
        return mark
    return quote


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def normalise(source: str) -> tuple[str, list[int]]:
    """Original text → (normalised text, offset of each character in the original)."""
    text, origin, _ = _normalise(source)
    return text, origin


def _normalise(source: str) -> tuple[str, list[int], tuple[int, ...]]:
    """normalise(), plus the offsets in the result where two lines of the original were joined."""
    e = _Edit(source.replace("\r\n", "\n").replace("\r", "\n") if "\r" in source else source)
    if "\r" in source:  # keep offsets into the original: redo with a regex that maps \r\n
        e = _Edit(source)
        e.sub(re.compile(r"\r\n?"), "\n")
    if "<" in e.text:
        e.sub(_SCRIPT_STYLE, "")
        e.sub(_HTML_COMMENT, "")
        e.sub(_BLOCK_TAG, "\n")
        e.sub(_TAG, "")
    if "&" in e.text:
        e.sub(_ENTITY, _unescape)
    if "{" in e.text:
        e.sub(_CSS_BLOCK, "")
    if "](" in e.text:
        e.sub(_MD_IMAGE, "")
        e.sub(_MD_LINK, lambda m: (m.group(1), 1))
    if "#" in e.text:
        e.sub(_MD_HEADING, "")
    e.sub(_MD_EMPHASIS, "")
    if "://" in e.text or "www." in e.text.lower():
        e.sub(_URL, "")
    e.sub(_BYLINE, "")
    if "|" in e.text or "｜" in e.text:
        e.sub(_BYLINE_BAR, "\n")
    # whether lines were cut at a width is judged on their lengths as written, before pinyin,
    # notes and spaces inside them are removed; the line breaks that may be joined are those
    # of lines cut at that width (a shorter line ends a paragraph or is a heading)
    width = _wrap_width(e.text)
    cut_breaks = _breaks_of_full_lines(e, width) if width else frozenset()
    e.sub(_PINYIN, "")
    if "(" in e.text and len(_TONELESS_PINYIN.findall(e.text, 0, 20000)) >= TONELESS_PINYIN_MIN:
        e.sub(_TONELESS_PINYIN, "")
    if "[" in e.text:
        e.sub(_BRACKETED_PINYIN, "")
    e.map_chars(_to_halfwidth)
    if ";;" in e.text and len(_DOUBLE_SEMICOLON.findall(e.text)) >= 2:
        e.sub(_DOUBLE_SEMICOLON, _quotes_for_semicolons())  # 荣获;;国家卫生县城;;;;全国…: a PDF's quotes
    if "“" in e.text or "”" in e.text:
        e.sub(_CURLY_QUOTE, _repaired_quotes())
    if "." in e.text:
        e.sub(_LATIN_FULL_STOP, _full_stop)
    e.sub(_FOOTNOTE, "")
    if _DECORATION_CHARS.search(e.text):
        e.sub(_DECORATION, "")
    e.sub(_DOUBLED_MARKS, _one_mark)
    e.map_chars(_to_simplified)
    e.sub(_SPACE_IN_CJK, "")
    e.sub(_SPACES, " ")
    e.sub(_BLANK_LINES, "\n")
    joins: list[int] = []

    def join(m: re.Match) -> tuple[str, int]:
        if width and e.origin[m.end(1)] not in cut_breaks:
            return m.group(), 0  # a paragraph's last line, or a heading: the break stays
        joins.append(m.end(1) - len(joins))  # each earlier join removed one newline before this one
        return m.group(1), 1

    def join_token(m: re.Match) -> str:
        text = m.string
        if _TOKEN_CHAR.match(text, m.start() - 1) and _TOKEN_CHAR.match(text, m.end()):
            return " "  # two numbers or Latin words stay apart (the cells 560, 600 of a table)
        joins.append(m.start() - len(joins))
        return ""

    def join_always(m: re.Match) -> tuple[str, int]:
        joins.append(m.end(1) - len(joins))
        return m.group(1), 1

    if _token_per_line(e.text):  # a PDF's text with a break after nearly every word or number
        e.sub(_TOKEN_BREAK, join_token)
    else:
        e.sub(_WRAPPED_LINE if width else _BROKEN_LINE, join)
        if not width and "\n" in e.text:
            e.sub(_BREAK_BEFORE_PUNCTUATION, join_always)
    return e.text, e.origin, tuple(joins)


def _token_per_line(text: str) -> bool:
    """Text copied out of a PDF with a line break after almost every token (2021⏎年⏎1⏎月⏎…):
    a line in four or more is a number, a Latin word, a quotation mark or one Chinese character
    alone (a table with a cell per line has words in its lines: 安吉县⏎对口支援⏎青川县 stays). Its
    breaks join except after the end of a sentence or a colon."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 10 and sum(_TOKEN_LINE.fullmatch(line) is not None for line in lines) >= 0.25 * len(lines)


def _wrap_width(text: str) -> int | None:
    """The width most lines were cut at, when most lines stop mid-sentence at a similar length
    (the text was wrapped, not written in lines); None otherwise."""
    lines = [line for line in text.split("\n") if len(line.strip()) >= 6]
    if len(lines) < 6:
        return None
    open_lines = [line for line in lines if not _LINE_END_CLOSED.search(line)]
    if len(open_lines) < 0.6 * len(lines):
        return None
    lengths = sorted(len(line) for line in open_lines)
    median = lengths[len(lengths) // 2]
    similar = sum(1 for n in lengths if abs(n - median) <= _width_tolerance(median))
    return median if similar >= 0.6 * len(open_lines) else None


def _width_tolerance(width: int) -> int:
    return max(3, width // 5)


def _breaks_of_full_lines(e: _Edit, width: int) -> frozenset[int]:
    """The original offsets of the line breaks that end a line about `width` long or longer."""
    breaks, start = set(), 0
    for line in e.text.split("\n"):
        end = start + len(line)
        if end < len(e.text) and len(line) >= width - _width_tolerance(width):
            breaks.add(e.origin[end])
        start = end + 1
    return frozenset(breaks)


# ------------------------------------------------------------------ sentences

# A sentence ends at 。！？; ! or a single ? (?? is a character lost in conversion), or a line end.
_SENTENCE_END = re.compile(r"[。！!；;…]+[”’\"]?|\?(?<!\?\?)(?!\?)[”’\"]?|\n")


def split_sentences(text: str, origin: list[int]) -> tuple[Sentence, ...]:
    sentences = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        _add_sentence(sentences, text, origin, start, m.end())
        start = m.end()
    _add_sentence(sentences, text, origin, start, len(text))
    return tuple(sentences)


def _add_sentence(out: list[Sentence], text: str, origin: list[int], start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], origin[start], origin[end - 1] + 1))


# ------------------------------------------------------------------ documents

_DATE = re.compile(r"(20\d\d|19\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?")


def make_document(source: str, doc_id: str, *, content_hash: str | None = None, path: str | None = None,
                  encoding: str | None = None) -> Document:
    text, origin, joins = _normalise(source)
    sentences = split_sentences(text, origin)
    footnotes = _footnote_offsets(source, origin)
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        sentences=sentences,
        content_hash=content_hash or hashlib.sha256(source.encode("utf-8")).hexdigest(),
        path=path,
        title=_title(text),
        date=_date(source[:600]),
        encoding=encoding,
        joined_lines=joins,
        footnotes=footnotes,
        origin=tuple(origin),
    )


def _footnote_offsets(source: str, origin: list[int]) -> frozenset[int]:
    """Where in the normalised text the footnote markers of the source stood (the offset of
    the character that followed each): a report's way of saying a term is explained."""
    import bisect

    halfwidth = _to_halfwidth(source)  # one character for one: offsets unchanged
    return frozenset(bisect.bisect_left(origin, m.end()) for m in _FOOTNOTE.finditer(halfwidth))


def _title(text: str) -> str | None:
    for line in text.split("\n", 5)[:5]:
        line = line.strip(" —-")
        if 4 <= len(line) <= 80 and not re.search(r"[。；;]", line[:-1]):
            return line
    return None


def _date(head: str) -> str | None:
    m = _DATE.search(head)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, or KgError naming the file and what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KgError(f"{path}: {size / 2**20:.0f} MB is too large for a report (limit {MAX_BYTES // 2**20} MB)")
        return path.read_bytes()
    except KgError:
        raise
    except IsADirectoryError:
        raise KgError(f"{path}: is a directory, not a document") from None
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except OSError as exc:
        raise KgError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_document(path: str | Path) -> Document:
    """Read, decode and normalise one file. Raises KgError naming the file on bad input."""
    return document_from_bytes(read_bytes(path), str(path))


def document_from_bytes(data: bytes, path: str, doc_id: str | None = None) -> Document:
    """Decode and normalise a file's bytes (read here or elsewhere, e.g. on a cluster worker).
    The document id defaults to the file name's stem (kg.build gives the path under the folder built)."""
    if len(data) > MAX_BYTES:
        raise KgError(f"{path}: {len(data) / 2**20:.0f} MB is too large for a report (limit {MAX_BYTES // 2**20} MB)")
    if not data.strip():
        raise KgError(f"{path}: the file is empty")
    source, encoding = decode(data, path)
    return make_document(source, doc_id or Path(path).stem, content_hash=hashlib.sha256(data).hexdigest(), path=path,
                         encoding=encoding)
