"""Moving a knowledge base between stores: ``kb export`` / ``kb import``
(SQLite in KB_HOME to PostgreSQL, one server to another, and back).

An export folder holds::

    manifest.json    {"format": "kb-export", "version": 1, "schema": <revision>,
                      "backend", "exported_at", "tables": {name: rows},
                      "files": int, "missing_files": [stored names]}
    <table>.jsonl    every row of a table of kb/store/models.py, every column,
                     one JSON object a line, in primary-key order (not
                     ``originals``: their bytes are the files below)
    files/           the stored originals (KB_HOME/files, else the database)

The manifest is written last: a folder without one is an unfinished export.

Public surface:
    export_kb(kb, folder)    write the knowledge base's store and originals to a folder
    import_kb(kb, folder)    load them into an empty knowledge base, then rebuild its search index
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import Date, DateTime, func, select
from sqlalchemy import text as sql_text

from kb.errors import KBError
from kb.store import keep_original, load_original, portable_order
from kb.store.models import Base, Original

FORMAT = "kb-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_BATCH = 200  # rows a statement on import (documents carry their whole text)


def _tables():
    """The store's tables an export holds as rows (the originals' bytes
    travel as files)."""
    return [t for t in Base.metadata.sorted_tables if t.name != Original.__tablename__]


def export_kb(kb, folder: str | os.PathLike) -> dict:
    """Write every row of the store and every stored original into
    ``folder`` (new or empty), under the write lock so no ingest changes
    the store meanwhile.

    Returns:
        the manifest, plus ``"directory"``.

    Raises:
        KBError: the folder exists and is not empty.
    """
    from kb.store.migrate import head_revision

    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise KBError(f"thư mục xuất {target} đã có nội dung — the export folder must be new or empty")
    (target / "files").mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    stored_names: set[str] = set()
    with kb.writing(), kb.store.engine.connect() as conn:
        for table in _tables():
            query = select(table).order_by(*portable_order(conn, *table.primary_key.columns))
            rows = 0
            with open(target / f"{table.name}.jsonl", "w", encoding="utf-8") as out:
                for row in conn.execute(query, execution_options={"yield_per": _BATCH}).mappings():
                    if table.name == "documents":
                        stored_names.add(row["stored_name"])
                    out.write(json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
                    rows += 1
            counts[table.name] = rows
        missing = []
        with kb.store.session() as session:
            for name in sorted(stored_names):
                source = kb.settings.files_dir / name
                if source.is_file():
                    shutil.copy2(source, target / "files" / name)
                elif (data := load_original(session, name)) is not None:  # ingested on another machine
                    (target / "files" / name).write_bytes(data)
                else:
                    missing.append(name)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": head_revision(),
        "backend": kb.store.engine.dialect.name,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tables": counts,
        "files": len(stored_names) - len(missing),
        "missing_files": missing,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {**manifest, "directory": str(target)}


def import_kb(kb, folder: str | os.PathLike, progress: Callable[[int], None] | None = None) -> dict:
    """Load an export folder into ``kb``, whose store must be empty: the
    rows in one transaction (ids, citations and their resolution kept as
    exported), the originals into its files folder; then rebuild its search
    index from the store (:meth:`KnowledgeBase.reindex`).

    Args:
        progress: called with the count of documents indexed so far.

    Returns:
        ``{"directory", "tables": {name: rows}, "files", "indexed"}``.

    Raises:
        KBError: not an export folder (or of a newer format), or the store
            already holds data.
    """
    source = Path(folder)
    manifest = _read_manifest(source)
    tables = {t.name: t for t in _tables()}
    unknown = sorted(set(manifest["tables"]) - set(tables))
    if unknown:
        raise KBError(f"bản xuất có bảng lạ {', '.join(unknown)} — the export has tables this kb does not know "
                      f"(made by a newer version?)")
    with kb.writing():
        with kb.store.engine.connect() as conn:
            held = {name: conn.execute(select(func.count()).select_from(t)).scalar_one() for name, t in tables.items()}
        if any(held.values()):
            raise KBError(
                f"cơ sở dữ liệu đích đã có dữ liệu ({held['documents']} văn bản) — the target store is not empty; "
                f"import only into an empty knowledge base (a new KB_HOME / database)"
            )
        files = _copy_files(source / "files", kb.settings.files_dir)
        counts = {}
        with kb.store.engine.begin() as conn:
            for name, table in tables.items():
                counts[name] = _load_table(conn, table, source / f"{name}.jsonl", manifest["tables"].get(name, 0))
            if conn.dialect.name == "postgresql":
                _advance_sequences(conn)
        originals = source / "files"
        with kb.store.session() as session:  # a shared store keeps the originals' bytes too
            for path in sorted(originals.iterdir()) if originals.is_dir() else []:
                if path.is_file():
                    keep_original(session, path.name, path.read_bytes())
                    session.flush()
                    session.expunge_all()  # one original in memory at a time
    indexed = kb.reindex(progress)
    return {"directory": str(source), "tables": counts, "files": files, "indexed": indexed}


def _encode(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _read_manifest(source: Path) -> dict:
    path = source / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KBError(f"{source} không phải thư mục xuất của kb (thiếu {MANIFEST}, hoặc lần xuất chưa xong) — "
                      f"not a kb export folder") from None
    except (OSError, ValueError) as exc:
        raise KBError(f"không đọc được {path} — unreadable manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("tables"), dict):
        raise KBError(f"{path} không phải tệp kê của bản xuất kb — not a kb export manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise KBError(f"bản xuất theo định dạng {manifest.get('version')!r}, bản kb này đọc định dạng {FORMAT_VERSION} "
                      f"— unsupported export format version")
    return manifest


def _rows(path: Path, table) -> Iterator[dict]:
    """The rows of one table file, values turned back into column types."""
    columns = {c.name: c for c in table.columns}
    parse = {
        name: (datetime.fromisoformat if isinstance(c.type, DateTime) else date.fromisoformat)
        for name, c in columns.items()
        if isinstance(c.type, (Date, DateTime))
    }
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise KBError(f"{path}:{number}: dòng hỏng — malformed line: {exc}") from None
            strange = set(row) - set(columns)
            if strange:
                raise KBError(f"{path}:{number}: cột lạ {', '.join(sorted(strange))} — "
                              f"columns this kb does not know (made by a newer version?)")
            for name, convert in parse.items():
                if row.get(name) is not None:
                    row[name] = convert(row[name])
            yield row


def _load_table(conn, table, path: Path, expected: int) -> int:
    if not path.exists():
        if expected:
            raise KBError(f"thiếu tệp {path} — the export lacks a table file")
        return 0
    count, batch = 0, []
    for row in _rows(path, table):
        batch.append(row)
        if len(batch) >= _BATCH:
            conn.execute(table.insert(), batch)
            count, batch = count + len(batch), []
    if batch:
        conn.execute(table.insert(), batch)
        count += len(batch)
    if count != expected:
        raise KBError(f"{path}: {count} dòng, tệp kê ghi {expected} — the table file and the manifest disagree")
    return count


def _advance_sequences(conn) -> None:
    # rows came with their ids: move each SERIAL past them, or the next
    # ingest would draw ids already taken
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is not None:
            conn.execute(sql_text(
                f'SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX("{column.name}"), 0) + 1, false) '
                f'FROM "{table.name}"'
            ), {"table": table.name, "column": column.name})


def _copy_files(source: Path, target: Path) -> int:
    """Copy the originals (content-addressed names: one already there is
    the same file)."""
    if not source.is_dir():
        return 0
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sorted(source.iterdir()):
        if path.is_file():
            dest = target / path.name
            if not dest.exists():
                tmp = dest.with_name(dest.name + ".part")
                shutil.copy2(path, tmp)
                os.replace(tmp, dest)
            count += 1
    return count
