"""DOCX reader (python-docx), body in document order with tables laid out.

The header of a Vietnamese official document is a two-column table (issuing
body and "Số: ..." left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ..." right), and
the signer block is often one too ("Nơi nhận:" left, "TM. CHÍNH PHỦ" right).
Such tables are emitted column by column: every line of the left column, then
every line of the right one. Other tables give one line per row, cells joined
by " | ".

Paragraph text is collected from the runs' XML directly rather than from
``Paragraph.text``, which skips runs wrapped in smart tags, tracked
insertions, simple fields and inline content controls.

Word's automatic list numbers and bullets ("1.", "a)", "-"), which a
paragraph's text does not hold, are written before it as Word shows them.

Runs set in a legacy Vietnamese font (TCVN3 ".VnTime", ".VnTimeH" ...; VNI
"VNI-Times" ...), directly or through their styles, are converted to
Unicode run by run, so mixed documents come out right; the document is then
marked with the encoding (``RawDocument.legacy_encoding``).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path

from kb.errors import ParseError
from kb.ingest.legacy import decode_font_text, font_text_is_unicode, legacy_encoding_of_font, legacy_warning
from kb.ingest.models import RawDocument
from kb.ingest.patterns import CELL_SEP

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes we agree to inflate

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_NOT_DOCX = "DOCX hỏng — not a valid Word document"
_SEPARATOR = re.compile(r"^[\s_\-–—=.*…·~]+$")
_HEADER_MARKERS = ("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP - TỰ DO", "ĐỘC LẬP – TỰ DO", "NƠI NHẬN")
_SIGNER_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|PP)\s*\.", re.IGNORECASE)


def read_docx(path: Path, data: bytes) -> RawDocument:
    """Read a Word (.docx) file's body text in reading order.

    Raises:
        ParseError: not a zip, not a Word document, corrupt XML, or a
            decompressed size over :data:`MAX_UNCOMPRESSED`.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not data:
        raise ParseError(path, "tệp rỗng (0 byte) — empty file")
    _check_zip(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError as exc:
        raise ParseError(path, _NOT_DOCX) from exc
    except ValueError as exc:
        # python-docx: "file '...' is not a Word file, content type is ..."
        if "content type" in str(exc):
            raise ParseError(
                path, "tệp không phải văn bản Word (.docx) — not a Word document (wrong content type)"
            ) from exc
        raise ParseError(path, _NOT_DOCX + " (XML hỏng — corrupt XML)") from exc
    except Exception as exc:  # lxml XMLSyntaxError, KeyError, zipfile errors ...
        raise ParseError(path, _NOT_DOCX + " (XML hỏng — corrupt XML)") from exc

    warnings: list[str] = []
    lines: list[str] = []
    try:
        body = document.element.body
    except Exception as exc:
        raise ParseError(path, _NOT_DOCX + " (không có phần thân — no document body)") from exc
    if body is None:
        raise ParseError(path, _NOT_DOCX + " (không có phần thân — no document body)")
    fonts = _LegacyFonts.of(document, body)
    numbering = _Numbering.of(document)
    first_block = True
    for kind, element in _iter_blocks(body):
        if kind == "p":
            new = _paragraph_lines(element, fonts)
            mark = numbering.mark(element) if numbering is not None and new else ""
            if mark:
                new[0] = f"{mark} {new[0].lstrip()}"
        else:
            new = _table_lines(element, first_block=first_block, fonts=fonts)
        if new:
            first_block = False
        lines.extend(new)
    legacy_encoding = fonts.encoding_used() if fonts is not None else None
    if legacy_encoding is not None:
        warnings.append(legacy_warning(legacy_encoding))
    return RawDocument(
        text="\n".join(lines), format="docx", warnings=warnings, legacy_encoding=legacy_encoding
    )


def _check_zip(path: Path, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ParseError(path, _NOT_DOCX + " (không phải tệp ZIP — not a zip archive)") from exc
    with archive:
        try:
            infos = archive.infolist()
        except Exception as exc:  # pragma: no cover - infolist is read at open
            raise ParseError(path, _NOT_DOCX) from exc
        names = {info.filename for info in infos}
        if "[Content_Types].xml" not in names or not any(
            name.startswith("word/") and name.endswith(".xml") for name in names
        ):
            raise ParseError(
                path, "tệp ZIP không phải DOCX — a zip archive, not a Word document (no word/document.xml)"
            )
        # python-docx inflates every part (media included) when it loads the
        # package, so the limit is on the whole archive, per the zip headers.
        # A header that lies about the size makes the read fail instead.
        total = sum(info.file_size for info in infos)
        if total > MAX_UNCOMPRESSED:
            raise ParseError(path, "tệp DOCX giải nén quá lớn — decompressed size over limit")


# --------------------------------------------------------------------------
# Walking the body


def _iter_blocks(parent):
    """Yield ("p", w:p) and ("tbl", w:tbl) in document order.

    Descends into block-level content controls (w:sdt) and custom XML
    wrappers, which ``iter_inner_content`` does not.
    """
    for child in parent.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            yield "p", child
        elif tag == _W + "tbl":
            yield "tbl", child
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _iter_blocks(content)
        elif tag == _W + "customXml":
            yield from _iter_blocks(child)


def _paragraph_text(p, fonts: _LegacyFonts | None = None) -> str:
    """The visible text of a w:p, textboxes and deleted text excluded.

    With ``fonts``, text in runs set in a legacy font is converted.
    """
    out: list[str] = []
    keys: list = []  # per piece of ``out``: the run's legacy font, or None
    key = None
    p_style = _paragraph_style(p) if fonts is not None else None

    def walk(el) -> None:
        nonlocal key
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions
            if tag == _W + "r" and fonts is not None:
                outer, key = key, fonts.run_key(child, p_style)
                walk(child)
                key = outer
                continue
            if tag == _W + "t":
                out.append(child.text or "")
                keys.append(key)
            elif tag == _W + "tab" and el.tag == _W + "r":
                out.append("\t")
                keys.append(key)
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
                keys.append(key)
            elif tag == _W + "noBreakHyphen":
                out.append("-")
                keys.append(key)
            elif tag == _W + "softHyphen":
                continue
            elif tag in (
                _W + "del",
                _W + "moveFrom",
                _W + "instrText",
                _W + "delText",
                _W + "txbxContent",
                _W + "pPr",
                _W + "rPr",
                _MC + "Fallback",
            ):
                continue
            else:
                walk(child)

    walk(p)
    if fonts is None or not any(keys):
        return "".join(out)
    return fonts.convert(out, keys)


def _textbox_paragraphs(p) -> list:
    """Paragraphs in textboxes anchored in ``p`` (the primary copy only)."""
    found = []
    for box in p.iter(_W + "txbxContent"):
        if any(anc.tag == _MC + "Fallback" for anc in box.iterancestors()):
            continue
        # nested textboxes are reached through their own host paragraph
        found.extend(box.iterchildren(_W + "p"))
    return found


def _clean_lines(text: str) -> list[str]:
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _SEPARATOR.match(line) and len(line.strip()) >= 3:
            continue
        lines.append(line)
    return lines


def _paragraph_lines(p, fonts: _LegacyFonts | None = None) -> list[str]:
    lines = _clean_lines(_paragraph_text(p, fonts))
    for inner in _textbox_paragraphs(p):
        lines.extend(_clean_lines(_paragraph_text(inner, fonts)))
    return lines


# --------------------------------------------------------------------------
# List numbering


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word's letters: a … z, then aa, bb …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}


class _Numbering:
    """The numbers and bullets Word puts before list paragraphs: the
    definitions of numbering.xml (a w:num, its w:abstractNum, the levels'
    format, start and text "%1.", "%1.%2.", "-"), reached from a
    paragraph's own w:numPr or its style's, counted in document order."""

    def __init__(self, levels: dict[str, dict[int, tuple[str, int, str]]], nums: dict[str, tuple[str, dict[int, int]]],
                 styles: dict[str, tuple[str, int]]):
        self._levels = levels  # abstractNumId -> ilvl -> (numFmt, start, lvlText)
        self._nums = nums  # numId -> (abstractNumId, {ilvl: start override})
        self._styles = styles  # styleId -> (numId, ilvl)
        self._counts: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()

    @classmethod
    def of(cls, document) -> _Numbering | None:
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            return None
        levels: dict[str, dict[int, tuple[str, int, str]]] = {}
        for abstract in root.iterchildren(_W + "abstractNum"):
            defs = {}
            for lvl in abstract.iterchildren(_W + "lvl"):
                fmt = _val(lvl.find(_W + "numFmt")) or "decimal"
                start = _int(_val(lvl.find(_W + "start")), 1)
                defs[_int(lvl.get(_W + "ilvl"), 0)] = (fmt, start, _val(lvl.find(_W + "lvlText")) or "")
            levels[abstract.get(_W + "abstractNumId")] = defs
        nums = {}
        for num in root.iterchildren(_W + "num"):
            overrides = {}
            for override in num.iterchildren(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                if start is not None:
                    overrides[_int(override.get(_W + "ilvl"), 0)] = _int(_val(start), 1)
            nums[num.get(_W + "numId")] = (_val(num.find(_W + "abstractNumId")), overrides)
        styles = {}
        try:
            style_root = document.styles.element
        except Exception:
            style_root = None
        if style_root is not None:
            based, own = {}, {}
            for style in style_root.iterchildren(_W + "style"):
                sid = style.get(_W + "styleId")
                based[sid] = _val(style.find(_W + "basedOn"))
                found = _num_pr(style.find(_W + "pPr"))
                if found is not None:
                    own[sid] = found
            for sid in based:
                seen, cur = set(), sid
                while cur and cur not in own and cur not in seen:
                    seen.add(cur)
                    cur = based.get(cur)
                if cur in own:
                    styles[sid] = own[cur]
        return cls(levels, nums, styles) if nums else None

    def mark(self, p) -> str:
        """The number or bullet Word shows before paragraph ``p``, or ""."""
        ppr = p.find(_W + "pPr")
        found = _num_pr(ppr)
        if found is None:
            style = ppr.find(_W + "pStyle") if ppr is not None else None
            found = self._styles.get(_val(style)) if style is not None else None
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        defs = self._levels.get(abstract_id, {})
        if ilvl not in defs:
            return ""
        counts = self._counts.setdefault(abstract_id, {})
        if num_id not in self._started:  # a restarted list ("startOverride") counts from its start again
            self._started.add(num_id)
            for level in overrides:
                counts.pop(level, None)
        fmt, start, text = defs[ilvl]
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else overrides.get(ilvl, start)
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return text if text in ("-", "–", "+", "*", "•") else "•"

        def number(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            level_fmt, level_start, _ = defs.get(level, ("decimal", 1, ""))
            return _FORMATS.get(level_fmt, str)(counts.get(level, overrides.get(level, level_start)))

        return re.sub(r"%(\d)", number, text).strip()


def _val(el) -> str | None:
    return el.get(_W + "val") if el is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _num_pr(ppr) -> tuple[str, int] | None:
    """(numId, ilvl) a pPr sets, or None."""
    num_pr = ppr.find(_W + "numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = _val(num_pr.find(_W + "numId"))
    return (num_id, _int(_val(num_pr.find(_W + "ilvl")), 0)) if num_id is not None else None


# --------------------------------------------------------------------------
# Legacy fonts


def _font_name(rpr) -> str | None:
    """The font an rPr sets for Latin text (w:hAnsi covers the bytes above
    0x7F, where legacy fonts put their letters), or None."""
    if rpr is None:
        return None
    rfonts = rpr.find(_W + "rFonts")
    if rfonts is None:
        return None
    name = rfonts.get(_W + "hAnsi") or rfonts.get(_W + "ascii")
    if name is None:
        theme = rfonts.get(_W + "hAnsiTheme") or rfonts.get(_W + "asciiTheme")
        if theme is not None:
            return "theme:" + theme  # a theme font overrides the style's
    return name


def _paragraph_style(p) -> str | None:
    ppr = p.find(_W + "pPr")
    style = ppr.find(_W + "pStyle") if ppr is not None else None
    return style.get(_W + "val") if style is not None else None


class _LegacyFonts:
    """Which runs are set in a legacy font, through direct formatting, the
    character style, the paragraph style chain or the document defaults;
    and their conversion. Built only for documents that name such a font."""

    def __init__(self, styles, default_font: str | None, default_paragraph: str | None):
        self._styles = styles  # styleId -> (font or None, basedOn or None)
        self._default_font = default_font
        self._default_paragraph = default_paragraph
        self._cache: dict[str | None, str | None] = {}
        self._strict: dict[str, bool] = {}
        self._converted: dict[str, int] = {}

    @classmethod
    def of(cls, document, body) -> _LegacyFonts | None:
        try:
            styles_el = document.styles.element
        except Exception:  # no styles part
            styles_el = None
        styles: dict[str, tuple[str | None, str | None]] = {}
        default_font = default_paragraph = None
        if styles_el is not None:
            for style in styles_el.iterchildren(_W + "style"):
                based = style.find(_W + "basedOn")
                styles[style.get(_W + "styleId")] = (
                    _font_name(style.find(_W + "rPr")),
                    based.get(_W + "val") if based is not None else None,
                )
                if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
                    default_paragraph = style.get(_W + "styleId")
            defaults = styles_el.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
            default_font = _font_name(defaults)
        named = [default_font, *(font for font, _ in styles.values())]
        named.extend(_font_name(rpr) for rpr in body.iter(_W + "rPr"))
        if not any(legacy_encoding_of_font(name)[0] for name in named if name):
            return None
        fonts = cls(styles, default_font, default_paragraph)
        fonts._decide_strictness(body)
        return fonts

    def _style_font(self, style_id: str | None) -> str | None:
        if style_id in self._cache:
            return self._cache[style_id]
        font, seen, current = None, set(), style_id
        while current is not None and current not in seen and current in self._styles:
            seen.add(current)
            font, current = self._styles[current]
            if font:
                break
        self._cache[style_id] = font
        return font

    def run_key(self, r, p_style: str | None) -> tuple[str, bool] | None:
        """(encoding, uppercase font) for a w:r set in a legacy font, else None."""
        rpr = r.find(_W + "rPr")
        font = _font_name(rpr)
        if not font and rpr is not None:
            char_style = rpr.find(_W + "rStyle")
            if char_style is not None:
                font = self._style_font(char_style.get(_W + "val"))
        if not font:
            font = self._style_font(p_style if p_style is not None else self._default_paragraph)
        if not font:
            font = self._default_font
        encoding, uppercase = legacy_encoding_of_font(font)
        return (encoding, uppercase) if encoding else None

    def _decide_strictness(self, body) -> None:
        """An old template whose text was typed in Unicode: convert only what
        decoding clearly improves."""
        texts: dict[str, list[str]] = {}
        for r in body.iter(_W + "r"):
            p = next(r.iterancestors(_W + "p"), None)
            key = self.run_key(r, _paragraph_style(p) if p is not None else None)
            if key is not None:
                texts.setdefault(key[0], []).extend(t.text or "" for t in r.iterchildren(_W + "t"))
        for encoding, pieces in texts.items():
            self._strict[encoding] = font_text_is_unicode(" ".join(pieces), encoding)

    def convert(self, pieces: list[str], keys: list) -> str:
        """Join a paragraph's pieces, converting runs of equal legacy font."""
        out: list[str] = []
        i = 0
        while i < len(pieces):
            j = i
            while j < len(pieces) and keys[j] == keys[i]:
                j += 1
            text = "".join(pieces[i:j])
            if keys[i] is not None:
                encoding, uppercase = keys[i]
                converted = decode_font_text(
                    text, encoding, uppercase=uppercase, strict=self._strict.get(encoding, False)
                )
                if converted != text:
                    self._converted[encoding] = self._converted.get(encoding, 0) + len(text)
                text = converted
            out.append(text)
            i = j
        return "".join(out)

    def encoding_used(self) -> str | None:
        """The legacy encoding of most converted text, or None."""
        if not self._converted:
            return None
        return max(self._converted, key=self._converted.get)


# --------------------------------------------------------------------------
# Tables


def _rows(tbl) -> list[list]:
    """The table's cells row by row, merged cells once.

    Horizontally merged cells are a single w:tc with gridSpan; vertically
    merged ones are a w:tc per row, the continuations marked
    ``<w:vMerge/>`` without ``val="restart"``: those are dropped.
    """
    rows = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells = []
        for tc in _row_cells(tr):
            tc_pr = tc.find(_W + "tcPr")
            if tc_pr is not None:
                vmerge = tc_pr.find(_W + "vMerge")
                if vmerge is not None and vmerge.get(_W + "val") != "restart":
                    continue
            cells.append(tc)
        rows.append(cells)
    return rows


def _row_cells(tr):
    for child in tr.iterchildren():
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if content is not None:
                yield from (c for c in content.iterchildren(_W + "tc"))


def _cell_lines(tc, fonts: _LegacyFonts | None = None) -> list[str]:
    lines: list[str] = []
    for kind, element in _iter_blocks(tc):
        if kind == "p":
            lines.extend(_paragraph_lines(element, fonts))
        else:
            lines.extend(_table_lines(element, first_block=False, fonts=fonts))
    return lines


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).upper()


def _looks_like_layout_table(columns: list[list[str]], first_block: bool) -> bool:
    """A header or signer table: two columns of short lines, no grid data."""
    if len(columns) != 2:
        return False
    text = _fold("\n".join(columns[0] + columns[1]))
    if any(marker in text for marker in _HEADER_MARKERS):
        return True
    right_first = columns[1][0].strip() if columns[1] else ""
    if _SIGNER_PREFIX.match(right_first):
        return True
    return first_block and any(_fold(line).lstrip().startswith("SỐ") for line in columns[0])


def _table_lines(tbl, first_block: bool, fonts: _LegacyFonts | None = None) -> list[str]:
    rows = _rows(tbl)
    if not rows:
        return []
    cell_lines = [[_cell_lines(tc, fonts) for tc in row] for row in rows]
    width = max(len(row) for row in rows)
    if width == 2 and len(rows) <= 8:
        columns: list[list[str]] = [[], []]
        for row in cell_lines:
            for col, lines in enumerate(row[:2]):
                columns[col if len(row) == 2 else 0].extend(lines)
        if _looks_like_layout_table(columns, first_block):
            return columns[0] + columns[1]
    out: list[str] = []
    for row in cell_lines:
        cells: list[str] = []
        for lines in row:
            text = " ".join(line.strip() for line in lines if line.strip())
            if not text:
                continue
            if cells and cells[-1] == text:
                continue  # a merged cell repeated by the source
            cells.append(text)
        if cells:
            out.append(CELL_SEP.join(cells))
    return out


__all__ = ["read_docx", "MAX_UNCOMPRESSED"]
