"""The relationship graph ("Lược đồ") of a document, laid out for inline SVG.

Two pure steps, no Flask:

1. :func:`graph_data` turns a ``kb show`` record into nodes and edges: the
   document in the centre, the documents it cites on one side and those
   citing it on the other. Several citations of the same target become one
   node carrying all their relations; each side is capped.
2. :func:`layout` gives every node a box and wrapped text lines, and every
   edge a path and label positions, for a ``wide`` picture (three columns,
   laptop) or a ``narrow`` one (a vertical tree, phone). Text widths are
   estimated, since the server has no fonts to measure with.
"""

from __future__ import annotations

import re

RELATIONS = ("căn cứ", "thực hiện", "hướng dẫn", "sửa đổi", "thay thế", "bãi bỏ", "dẫn chiếu")
MAX_PER_SIDE = 20
STATUS_RANK = {"resolved": 0, "ambiguous": 1, "unresolved": 2}
STATUS_NOTES = {
    "ambiguous": "nhiều văn bản cùng số hiệu",
    "unresolved": "chưa có trong cơ sở dữ liệu",
}
SIDE_HEADINGS = {
    "cited_by": "Văn bản dẫn chiếu đến văn bản này",
    "cites": "Văn bản này dẫn chiếu",
}
EMPTY_SIDE = {
    "cited_by": "Chưa có văn bản nào trong cơ sở dữ liệu",
    "cites": "Không dẫn chiếu văn bản nào",
}

# --- data ----------------------------------------------------------------------


def graph_data(record: dict, limit: int = MAX_PER_SIDE) -> dict:
    """Nodes and edges of a document's relationship graph.

    Args:
        record: the ``kb show`` record (``citations`` and ``cited_by``).
        limit: the most nodes shown on each side; resolved targets first.

    Returns:
        ``{"center": id, "nodes": [...], "edges": [...], "hidden": {"cites":
        int, "cited_by": int}}``; the centre is the first node. A node is ``{"id", "side" ("center" |
        "cites" | "cited_by"), "doc_id" (None when not in the knowledge
        base), "number", "doc_type", "title", "label", "status", "note",
        "relations", "count"}``; an edge is ``{"source", "target",
        "relations", "status"}`` and always points from the citing document
        to the cited one.
    """
    center = _center_node(record)
    cites = _rank(_merge(_citation_node(c) for c in record.get("citations", [])))
    cited_by = _rank(_merge(_citing_node(c) for c in record.get("cited_by", [])))
    shown_cites, shown_by = cites[:limit], cited_by[:limit]
    edges = [_edge(center["id"], node["id"], node) for node in shown_cites]
    edges += [_edge(node["id"], center["id"], node) for node in shown_by]
    return {
        "center": center["id"],
        "nodes": [center, *shown_cites, *shown_by],
        "edges": edges,
        "hidden": {"cites": len(cites) - len(shown_cites), "cited_by": len(cited_by) - len(shown_by)},
    }


def document_label(doc_type: str | None, number: str | None, title: str | None, fallback: str) -> str:
    """How a document is named in the graph: kind and number, else its title."""
    if number:
        return f"{doc_type} {number}" if doc_type else number
    return title or doc_type or fallback


def _node(side: str, key: str, **fields) -> dict:
    node = {
        "id": f"{side}:{key}", "side": side, "doc_id": None, "number": None, "doc_type": None, "title": None,
        "label": "", "status": "resolved", "note": None, "relations": [], "count": 1,
    }
    node.update(fields)
    return node


def _center_node(record: dict) -> dict:
    return _node(
        "center", record["id"], doc_id=record["id"], number=record.get("number"),
        doc_type=record.get("doc_type"), title=record.get("title"),
        label=document_label(record.get("doc_type"), record.get("number"), record.get("title"), record["id"]),
    )


def _citation_node(citation: dict) -> dict:
    """One citation as a node of the "cites" side (before merging)."""
    status = citation.get("status") or "unresolved"
    target = citation.get("target_id")
    number = citation.get("number")
    key = target or "so:" + (number or citation.get("raw") or "").strip()
    return _node(
        "cites", key, doc_id=target, number=number, doc_type=citation.get("doc_type"), status=status,
        label=document_label(citation.get("doc_type"), number, None, citation.get("raw") or ""),
        note=STATUS_NOTES.get(status), relations=_relations(citation.get("relation")),
    )


def _citing_node(citing: dict) -> dict:
    """One citing document as a node of the "cited_by" side (before merging)."""
    return _node(
        "cited_by", citing["doc_id"], doc_id=citing["doc_id"], number=citing.get("number"),
        doc_type=citing.get("doc_type"), title=citing.get("title"),
        label=document_label(citing.get("doc_type"), citing.get("number"), citing.get("title"), citing["doc_id"]),
        relations=_relations(citing.get("relation")),
    )


def _relations(relation: str | None) -> list[str]:
    return [relation] if relation else []


def _merge(nodes) -> list[dict]:
    """Merge nodes with the same id, in order of first appearance."""
    merged: dict[str, dict] = {}
    for node in nodes:
        seen = merged.get(node["id"])
        if seen is None:
            merged[node["id"]] = node
            continue
        seen["count"] += 1
        seen["relations"] = sorted(set(seen["relations"]) | set(node["relations"]), key=_relation_rank)
    return list(merged.values())


def _relation_rank(relation: str) -> tuple[int, str]:
    return (RELATIONS.index(relation) if relation in RELATIONS else len(RELATIONS), relation)


def _rank(nodes: list[dict]) -> list[dict]:
    """Documents in the knowledge base first, then ambiguous, then the rest."""
    return sorted(nodes, key=lambda node: STATUS_RANK.get(node["status"], len(STATUS_RANK)))


def _edge(source: str, target: str, node: dict) -> dict:
    return {"source": source, "target": target, "relations": node["relations"], "status": node["status"]}


# --- text measuring ------------------------------------------------------------

LABEL_SIZE = 13  # px, node names (bold)
NOTE_SIZE = 11.5  # px, notes and titles under a name
EDGE_SIZE = 11  # px, relation labels
HEAD_SIZE = 13  # px, column headings
BOLD = 1.15  # bold text is this much wider
PAD = 8  # px inside a box
GAP = 10  # px between boxes
_NARROW_CHARS = set(" .,:;'|!()[]/-–ịỉíìĩiljtfrI")


def text_width(text: str, size: float) -> float:
    """Rough rendered width of ``text`` in a sans-serif font of ``size`` px
    (times :data:`BOLD` for bold text).

    Calibrated on DejaVu Sans, the widest of the usual system fonts, so
    text fits whatever font the reader's system picks.
    """
    total = 0.0
    for char in text:
        if char in _NARROW_CHARS:
            total += 0.33
        elif char.isupper():
            total += 0.7
        elif char.isdigit():
            total += 0.64
        else:
            total += 0.62
    return total * size


def wrap(text: str, width: float, size: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines fitting ``width``.

    Lines break at spaces, and inside long document numbers after "-" or
    "/"; a text that does not fit ends with "…".
    """
    pieces: list[str] = []
    for word in re.findall(r"\S+\s*", " ".join(text.split())):
        pieces += _split_long(word, width, size)
    lines: list[str] = []
    for piece in pieces:
        if lines and text_width((lines[-1] + piece).rstrip(), size) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    lines = [line.rstrip() for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _ellipsis(lines[-1], width, size)
    return lines


def _split_long(word: str, width: float, size: float) -> list[str]:
    """A word wider than ``width`` cut after its "-" and "/" (else anywhere)."""
    if text_width(word, size) <= width:
        return [word]
    parts = [p for p in re.findall(r"[^-/]*[-/]?\s*", word) if p]
    out: list[str] = []
    for part in parts:
        while text_width(part, size) > width:  # no separator helps: hard cut
            cut = _fit(part, width, size)
            out.append(part[:cut])
            part = part[cut:]
        out.append(part)
    return out


def _fit(text: str, width: float, size: float) -> int:
    """How many leading characters of ``text`` fit ``width`` (at least one)."""
    count = 1
    while count < len(text) and text_width(text[: count + 1], size) <= width:
        count += 1
    return count


def _ellipsis(line: str, width: float, size: float) -> str:
    while line and text_width(line + "…", size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


# --- layout --------------------------------------------------------------------

# wide: three columns; the centre box is narrower than the sides
WIDE = {"width": 840, "side_w": 230, "center_w": 210}
# narrow: one column; the relation labels sit on the branches left of the boxes
NARROW = {"width": 360, "bus_x": 10, "label_x": 20, "box_x": 118}


def layout(graph: dict, orientation: str = "wide") -> dict:
    """Coordinates for drawing ``graph`` (from :func:`graph_data`) as SVG.

    Args:
        graph: the output of :func:`graph_data`.
        orientation: ``"wide"`` (cited-by | centre | cites, side by side) or
            ``"narrow"`` (cited-by above the centre, cites below).

    Returns:
        ``{"orientation", "width", "height", "nodes", "edges", "texts"}``:
        each node is the graph node plus ``x, y, w, h`` and ``lines``
        (``{"x", "y", "text", "cls"}``); each edge plus ``d`` (an SVG path)
        and ``labels`` (``{"x", "y", "text", "anchor"}``); ``texts`` are
        headings and "và N văn bản khác" lines (``href`` set on the latter).
    """
    if orientation not in ("wide", "narrow"):
        raise ValueError(f"unknown orientation {orientation!r}")
    sides = {side: [n for n in graph["nodes"] if n["side"] == side] for side in ("cited_by", "cites")}
    center = next(n for n in graph["nodes"] if n["id"] == graph["center"])
    place = _layout_wide if orientation == "wide" else _layout_narrow
    return _rounded(place(center, sides, graph["hidden"], graph["edges"]))


def _rounded(value):
    """``value`` with every float rounded to one decimal (shorter SVG)."""
    if isinstance(value, float):
        return round(value, 1)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return value


def _box(node: dict, x: float, y: float, w: float, max_label_lines: int = 3) -> dict:
    """A positioned node: its box and its wrapped text lines."""
    inner = w - 2 * PAD
    is_center = node["side"] == "center"
    label_lines = wrap(node["label"], inner, LABEL_SIZE * BOLD, max_label_lines)
    sub = node["note"] or (node["title"] if node["title"] and node["title"] != node["label"] else None)
    sub_lines = wrap(sub, inner, NOTE_SIZE, 4 if is_center else 2) if sub else []
    lines, cursor = [], y + PAD
    for text in label_lines:
        cursor += LABEL_SIZE + 3
        lines.append({"x": x + PAD, "y": cursor - 4, "text": text, "cls": "name"})
    for text in sub_lines:
        cursor += NOTE_SIZE + 3
        lines.append({"x": x + PAD, "y": cursor - 3, "text": text, "cls": "note"})
    return {**node, "x": x, "y": y, "w": w, "h": cursor - y + PAD, "lines": lines}


def _column(nodes: list[dict], x: float, top: float, w: float) -> tuple[list[dict], float]:
    """Boxes stacked from ``top``; returns them and the y below the last."""
    boxes, y = [], top
    for node in nodes:
        box = _box(node, x, y, w)
        boxes.append(box)
        y += box["h"] + GAP
    return boxes, y


def _heading(side: str, count: int, x: float, y: float, width: float, anchor: str = "start") -> list[dict]:
    """A column heading, wrapped, as text lines from baseline ``y``."""
    text = f"{SIDE_HEADINGS[side]} ({count})"
    return [
        {"x": x, "y": y + i * (HEAD_SIZE + 4), "text": line, "cls": "heading", "anchor": anchor, "href": None}
        for i, line in enumerate(wrap(text, width, HEAD_SIZE * BOLD, 2))
    ]


def _side_note(side: str, boxes: list[dict], hidden: int, x: float, y: float) -> dict | None:
    """The line under a column: the hidden count, or why it is empty."""
    if hidden:
        return {"x": x, "y": y + 12, "text": f"và {hidden} văn bản khác", "cls": "more", "anchor": "start",
                "href": "#lien-quan"}
    if not boxes:
        return {"x": x, "y": y + 12, "text": EMPTY_SIDE[side], "cls": "empty", "anchor": "start", "href": None}
    return None


def _relation_labels(edge: dict, x: float, y: float, anchor: str) -> list[dict]:
    """Relation names beside the branch line at height ``y``: the first half
    above the line, the rest below, so the line never runs through a word."""
    names = edge["relations"] or ["dẫn chiếu"]
    if len(names) > 3:
        names = [*names[:2], f"+{len(names) - 2} quan hệ"]
    above = (len(names) + 1) // 2
    step = EDGE_SIZE + 2
    return [
        {"x": x, "y": y - 4 - (above - 1 - i) * step if i < above else y + EDGE_SIZE + 1 + (i - above) * step,
         "text": name, "anchor": anchor}
        for i, name in enumerate(names)
    ]


def _spread(box: dict, index: int, count: int) -> float:
    """The y where the ``index``-th of ``count`` edges meets a box side."""
    inner = max(box["h"] - 2 * PAD, 1)
    return box["y"] + PAD + inner * (index + 0.5) / count


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    """An S-shaped path leaving and reaching its ends horizontally."""
    mid = (x1 + x2) / 2
    return f"M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"


def _layout_wide(center: dict, sides: dict, hidden: dict, edges: list[dict]) -> dict:
    width, side_w, center_w = WIDE["width"], WIDE["side_w"], WIDE["center_w"]
    gap = (width - 2 * side_w - center_w) / 2
    left_x, center_x, right_x = 0.0, side_w + gap, side_w + gap + center_w + gap
    texts = _heading("cited_by", len(sides["cited_by"]) + hidden["cited_by"], left_x, 16, side_w)
    texts += _heading("cites", len(sides["cites"]) + hidden["cites"], right_x, 16, side_w)
    top = max(t["y"] for t in texts) + 14
    left, left_end = _column(sides["cited_by"], left_x, top, side_w)
    right, right_end = _column(sides["cites"], right_x, top, side_w)
    # the document sits halfway down the taller column
    height = _box(center, center_x, top, center_w, max_label_lines=4)["h"]
    span = max(left_end, right_end, top + height + GAP) - GAP - top
    middle = _box(center, center_x, top + (span - height) / 2, center_w, max_label_lines=4)
    bottom = top + span
    for side, boxes, x, end in (("cited_by", left, left_x, left_end), ("cites", right, right_x, right_end)):
        note = _side_note(side, boxes, hidden[side], x + 2, end - GAP if boxes else top)
        if note:
            texts.append(note)
            bottom = max(bottom, note["y"] + 6)
    drawn = []
    for i, box in enumerate(left):
        y2 = _spread(middle, i, len(left))
        edge = _edge_of(edges, box["id"], center["id"])
        drawn.append({**edge, "d": _curve(box["x"] + box["w"], _mid(box), middle["x"] - 1, y2),
                      "labels": _relation_labels(edge, box["x"] + box["w"] + 6, _mid(box), "start")})
    for i, box in enumerate(right):
        y1 = _spread(middle, i, len(right))
        edge = _edge_of(edges, center["id"], box["id"])
        drawn.append({**edge, "d": _curve(middle["x"] + middle["w"], y1, box["x"] - 1, _mid(box)),
                      "labels": _relation_labels(edge, box["x"] - 6, _mid(box), "end")})
    return {"orientation": "wide", "width": width, "height": round(bottom + 8),
            "nodes": [middle, *left, *right], "edges": drawn, "texts": texts}


def _layout_narrow(center: dict, sides: dict, hidden: dict, edges: list[dict]) -> dict:
    width, bus, label_x, box_x = NARROW["width"], NARROW["bus_x"], NARROW["label_x"], NARROW["box_x"]
    box_w = width - box_x
    texts = _heading("cited_by", len(sides["cited_by"]) + hidden["cited_by"], 0, 16, width)
    y = max(t["y"] for t in texts) + 14
    above, y = _column(sides["cited_by"], box_x, y, box_w)
    note = _side_note("cited_by", above, hidden["cited_by"], label_x, y - GAP if above else y - 8)
    if note:
        texts.append(note)
        y = max(y, note["y"] + 14)
    middle = _box(center, 0, y + 8, width, max_label_lines=4)
    y = middle["y"] + middle["h"] + 22
    heading = _heading("cites", len(sides["cites"]) + hidden["cites"], label_x, y, width - label_x)
    texts += heading
    below, end = _column(sides["cites"], box_x, max(t["y"] for t in heading) + 14, box_w)
    note = _side_note("cites", below, hidden["cites"], label_x, end - GAP if below else end - 8)
    if note:
        texts.append(note)
        end = max(end, note["y"] + 14)
    drawn = []
    for box in above:
        edge = _edge_of(edges, box["id"], center["id"])
        drawn.append({**edge, "d": f"M{box_x - 1},{_mid(box):.1f} H{bus} V{middle['y'] - 1:.1f}",
                      "labels": _relation_labels(edge, label_x, _mid(box), "start")})
    for box in below:
        edge = _edge_of(edges, center["id"], box["id"])
        drawn.append({**edge, "d": f"M{bus},{middle['y'] + middle['h']:.1f} V{_mid(box):.1f} H{box_x - 1}",
                      "labels": _relation_labels(edge, label_x, _mid(box), "start")})
    return {"orientation": "narrow", "width": width, "height": round(end + 4),
            "nodes": [middle, *above, *below], "edges": drawn, "texts": texts}


def _mid(box: dict) -> float:
    return box["y"] + box["h"] / 2


def _edge_of(edges: list[dict], source: str, target: str) -> dict:
    return next(e for e in edges if e["source"] == source and e["target"] == target)


def graph_views(record: dict, limit: int = MAX_PER_SIDE) -> dict:
    """What the document page draws: ``{"data", "wide", "narrow"}``."""
    data = graph_data(record, limit)
    return {"data": data, "wide": layout(data, "wide"), "narrow": layout(data, "narrow")}
