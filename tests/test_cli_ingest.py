"""End-to-end tests of ``kb ingest`` and ``kb show`` (CONTRACT.md).

The CLI is driven in-process through click's CliRunner (fast) and, for the
stdout/stderr split, through real subprocesses. Every run uses its own
``--home`` under a pytest temporary folder. Inputs are the real seeds in
../shared/data/seeds and the real PDF/DOCX/HTML files in tests/data; bad
inputs are made from them at test time.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import DATA, Kb, copy_seeds, seed_file

CONTRACT_SHOW_KEYS = {
    "id", "number", "doc_type", "title", "issuer", "issued", "place", "signer", "status", "path",
    "sections", "citations", "cited_by", "duties",
}
CONTRACT_SECTION_KEYS = {"id", "label", "heading", "text"}
CONTRACT_INGEST_KEYS = {"ingested", "unchanged", "failed", "documents"}

# The error text of an encoding failure must say what is wrong with the file.
ENCODING_WORDS = re.compile(r"utf-?8|utf-?16|encoding|bảng mã|mã hóa ký tự|mã ký tự|charset", re.IGNORECASE)


def legacy_bytes(text: str, codec: str = "cp1258") -> bytes:
    """``text`` in a legacy single-byte code page (what old Windows tools save).

    cp1258 writes Vietnamese tone marks as combining characters; whatever the
    code page lacks becomes "?"."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(codec)
            continue
        except UnicodeEncodeError:
            pass
        for part in unicodedata.normalize("NFD", ch):
            try:
                out += part.encode(codec)
            except UnicodeEncodeError:
                out += b"?"
    data = bytes(out)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    return data


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------
# A folder of good and bad files, ingested once for the module
# ---------------------------------------------------------------------------

# file name in the batch -> expected canonical number
GOOD = {
    "000_seed.txt": "1747/KH-SLĐTBXH",
    "001_seed.txt": "128/KH-UBND",
    "002_seed_utf16.txt": "1562/KH-LĐTBXH",  # seed 002 saved as UTF-16 with BOM
    "003_seed.txt": "525/QĐ-LĐTBXH",
    "004_seed.txt": "113/KH-UBND",
    "sub/an-le-26-2018.docx": "26/2018/AL",
    "an-le-43-2021.pdf": "43/2021/AL",
    "tvpl-qd-784-2020.html": "784/QĐ-BVHTTDL",
}

BAD = (
    "empty.pdf",  # 0 bytes
    "truncated.pdf",  # a real PDF cut in half
    "truncated.docx",  # a real DOCX cut in half
    "encrypted.pdf",  # a real PDF that needs a password
    "plain-text.docx",  # a text file renamed .docx
    "archive.docx",  # a zip archive that is not a Word document
    "noise.txt",  # random binary bytes
    "legacy-cp1258.txt",  # real Vietnamese text in Windows-1258 bytes
    "legacy-latin1.txt",  # latin-1 bytes
    "sub/vbpl-shell-not-found.html",  # a vbpl page shell with no document body
)

ENCODING_BAD = ("legacy-cp1258.txt", "legacy-latin1.txt")


def build_mixed_folder(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "sub").mkdir()
    for prefix in ("000", "001", "003", "004"):
        shutil.copy2(seed_file(prefix), folder / f"{prefix}_seed.txt")
    seed_002 = seed_file("002").read_text(encoding="utf-8")
    (folder / "002_seed_utf16.txt").write_bytes(seed_002.encode("utf-16"))  # BOM + native order
    shutil.copy2(DATA / "docx" / "an-le-26-2018-no-table.docx", folder / "sub" / "an-le-26-2018.docx")
    shutil.copy2(DATA / "pdf" / "an-le-43-2021-footnote-marker.pdf", folder / "an-le-43-2021.pdf")
    shutil.copy2(DATA / "html" / "tvpl-qd-784-2020.html", folder / "tvpl-qd-784-2020.html")

    (folder / "empty.pdf").write_bytes(b"")
    pdf = (DATA / "pdf" / "an-le-43-2021-footnote-marker.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    docx = (DATA / "docx" / "an-le-26-2018-no-table.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    shutil.copy2(DATA / "pdf" / "encrypted-aes256-user-password.pdf", folder / "encrypted.pdf")
    (folder / "plain-text.docx").write_text("Đây là một tệp văn bản thường, không phải tệp Word.\n", encoding="utf-8")
    with zipfile.ZipFile(folder / "archive.docx", "w") as archive:
        archive.writestr("readme.txt", "Không phải tài liệu Word.")
        archive.writestr("data/values.csv", "a,b\n1,2\n")
    (folder / "noise.txt").write_bytes(random.Random(1234).randbytes(8192))
    (folder / "legacy-cp1258.txt").write_bytes(legacy_bytes(seed_file("004").read_text(encoding="utf-8")))
    (folder / "legacy-latin1.txt").write_bytes(legacy_bytes("Résumé du décret, café et thé.\n" * 40, "latin-1"))
    shutil.copy2(DATA / "html" / "vbpl-shell-not-found.html", folder / "sub" / "vbpl-shell-not-found.html")


@dataclass
class Batch:
    kb: Kb
    folder: Path
    exit_code: int
    report: dict
    stderr: str
    failed: dict = field(default_factory=dict)  # path -> error
    documents: dict = field(default_factory=dict)  # path -> document entry

    def file(self, name: str) -> Path:
        return self.folder / name


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Batch:
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "corpus"
    build_mixed_folder(folder)
    kb = Kb(root / "home")
    result = kb("ingest", folder, "--json")
    report = result.json()
    return Batch(
        kb=kb,
        folder=folder,
        exit_code=result.exit_code,
        report=report,
        stderr=result.stderr,
        failed={f["path"]: f["error"] for f in report.get("failed", [])},
        documents={d["path"]: d for d in report.get("documents", [])},
    )


def test_mixed_batch_report_shape_and_exit_code(batch: Batch):
    assert CONTRACT_INGEST_KEYS <= batch.report.keys()
    assert batch.exit_code == 1, "some files failed, so the exit code must be 1"
    for entry in batch.report["failed"]:
        assert set(entry) >= {"path", "error"}
    for entry in batch.report["documents"]:
        assert set(entry) >= {"id", "path", "number", "doc_type"}


def test_mixed_batch_counts_are_consistent(batch: Batch):
    """Every file is accounted for once; which file lands where is checked per file below."""
    report = batch.report
    assert report["unchanged"] == 0
    assert report["ingested"] == len(report["documents"]) == len(batch.documents)
    assert len(report["failed"]) == len(batch.failed)
    assert report["ingested"] + len(report["failed"]) == len(GOOD) + len(BAD)
    (stored,) = batch.kb.query("SELECT count(*) FROM documents")[0]
    assert stored == report["ingested"]


@pytest.mark.parametrize("name", sorted(GOOD))
def test_mixed_batch_good_file_is_stored(batch: Batch, name: str):
    path = batch.file(name)
    entry = batch.documents.get(str(path))
    assert entry is not None, f"{name} not ingested; failed with: {batch.failed.get(str(path))!r}"
    assert entry["number"] == GOOD[name]

    record = batch.kb.show(GOOD[name])
    assert record["number"] == GOOD[name]
    assert record["path"] == str(path.resolve())
    assert record["id"] == entry["id"]
    assert record["sections"] or record.get("title"), "a stored document has structure or at least a title"
    assert batch.kb.show(entry["id"])["path"] == str(path.resolve())


@pytest.mark.parametrize("name", BAD)
def test_mixed_batch_bad_file_is_reported(batch: Batch, name: str):
    path = batch.file(name)
    assert str(path) in batch.failed, f"{name} not listed in failed; report documents: {batch.documents.get(str(path))}"
    reason = batch.failed[str(path)]
    assert isinstance(reason, str) and reason.strip(), "failure reason must be non-empty"
    assert "unexpected" not in reason.lower(), f"{name} crashed a reader instead of being recognised: {reason}"
    assert name.split("/")[-1] in batch.stderr, "each failure is also told on stderr"


@pytest.mark.parametrize("name", BAD)
def test_mixed_batch_bad_file_leaves_nothing_stored(batch: Batch, name: str):
    path = batch.file(name)
    rows = batch.kb.query("SELECT id FROM documents WHERE path = ?", (str(path.resolve()),))
    assert rows == [], f"failed file {name} has a document row"
    digest = sha256(path)
    assert not batch.kb.query("SELECT id FROM documents WHERE file_hash = ?", (digest,))
    copies = [p.name for p in (batch.kb.home / "files").glob("*") if p.name.startswith(digest[:32])]
    assert copies == [], f"failed file {name} left a stored copy: {copies}"


def test_mixed_batch_no_orphan_sections_or_partial_copies(batch: Batch):
    orphans = batch.kb.query("SELECT count(*) FROM sections WHERE document_id NOT IN (SELECT id FROM documents)")
    assert orphans == [(0,)]
    leftovers = [p.name for p in (batch.kb.home / "files").glob("*.part")]
    assert leftovers == []


@pytest.mark.parametrize("name", ENCODING_BAD)
def test_mixed_batch_legacy_encoding_gets_a_clear_error(batch: Batch, name: str):
    reason = batch.failed.get(str(batch.file(name)), "")
    assert ENCODING_WORDS.search(reason), f"{name}: the error should name the encoding problem, got {reason!r}"


def test_mixed_batch_utf16_text_is_decoded(batch: Batch):
    record = batch.kb.show("1562/KH-LĐTBXH")
    assert record["path"] == str(batch.file("002_seed_utf16.txt").resolve())
    (text,) = batch.kb.query("SELECT text FROM documents WHERE id = ?", (record["id"],))[0]
    assert "Ngày toàn dân phòng, chống mua bán người 30/7" in text
    assert "\x00" not in text


def test_mixed_batch_rerun_is_idempotent(batch: Batch):
    result = batch.kb("ingest", batch.folder, "--json")
    report = result.json()
    assert report["ingested"] == 0
    assert report["unchanged"] == batch.report["ingested"]
    assert report["documents"] == []
    assert sorted(f["path"] for f in report["failed"]) == sorted(batch.failed), "bad files fail again"
    assert result.exit_code == 1
    (stored,) = batch.kb.query("SELECT count(*) FROM documents")[0]
    assert stored == batch.report["ingested"]


# ---------------------------------------------------------------------------
# Idempotency and replacement on the seeds
# ---------------------------------------------------------------------------


def sections_by_document(kb: Kb) -> dict[str, int]:
    return dict(kb.query("SELECT document_id, count(*) FROM sections GROUP BY document_id"))


def test_rerun_ingests_nothing_new(kb: Kb, tmp_path: Path):
    copy_seeds(tmp_path / "seeds")
    code, first = kb.ingest(tmp_path / "seeds")
    assert (code, first["ingested"], first["unchanged"], first["failed"]) == (0, 5, 0, [])
    code, second = kb.ingest(tmp_path / "seeds")
    assert (code, second["ingested"], second["unchanged"], second["failed"]) == (0, 0, 5, [])
    assert second["documents"] == []
    assert kb.query("SELECT count(*) FROM documents") == [(5,)]


def test_changed_file_replaces_its_old_version(kb: Kb, tmp_path: Path):
    seeds = copy_seeds(tmp_path / "seeds")
    kb.ingest(tmp_path / "seeds")
    target = seeds[4]
    key = str(target.resolve())
    (old_id,) = kb.query("SELECT id FROM documents WHERE path = ?", (key,))[0]
    before = sections_by_document(kb)
    (total_before,) = kb.query("SELECT count(*) FROM sections")[0]

    added = "Dòng bổ sung để kiểm tra cập nhật tệp đã nhập."
    with target.open("a", encoding="utf-8") as fh:
        fh.write("\n" + added + "\n")
    code, report = kb.ingest(tmp_path / "seeds")
    assert (code, report["ingested"], report["unchanged"], report["failed"]) == (0, 1, 4, [])

    rows = kb.query("SELECT id, text FROM documents WHERE path = ?", (key,))
    assert len(rows) == 1, "one document per path after a change"
    new_id, text = rows[0]
    assert added in text
    assert kb.query("SELECT count(*) FROM documents") == [(5,)]
    after = sections_by_document(kb)
    if new_id != old_id:
        assert old_id not in after, "sections of the old version remain"
    shown = kb.show(new_id)
    assert after.get(new_id, 0) == len(shown["sections"])
    (total_after,) = kb.query("SELECT count(*) FROM sections")[0]
    assert total_after == total_before - before.get(old_id, 0) + after.get(new_id, 0)
    assert shown["number"] == "113/KH-UBND"


def test_shrunk_file_leaves_no_old_sections(kb: Kb, tmp_path: Path):
    """A new version with fewer parts keeps none of the old version's sections."""
    seeds = copy_seeds(tmp_path / "seeds", ("004",))
    kb.ingest(tmp_path / "seeds")
    old = kb.show("113/KH-UBND")
    assert any(s["label"] == "II.5" for s in old["sections"])

    text = seeds[0].read_text(encoding="utf-8")
    cut = text.index("II. TỔ CHỨC THỰC HIỆN")
    seeds[0].write_text(text[:cut] + "Dòng cuối của phiên bản mới.\n", encoding="utf-8")
    code, report = kb.ingest(tmp_path / "seeds")
    assert (code, report["ingested"]) == (0, 1)

    new = kb.show("113/KH-UBND")
    labels = [s["label"] for s in new["sections"]]
    assert not any(label.startswith("II") for label in labels), labels
    rows = kb.query("SELECT document_id, count(*) FROM sections GROUP BY document_id")
    assert rows == [(new["id"], len(new["sections"]))]
    for section in new["sections"]:
        assert "TỔ CHỨC THỰC HIỆN" not in section["text"]


def test_changed_number_replaces_the_old_record(kb: Kb, tmp_path: Path):
    seeds = copy_seeds(tmp_path / "seeds", ("004",))
    kb.ingest(tmp_path / "seeds")
    path = seeds[0]
    path.write_text(path.read_text(encoding="utf-8").replace("113/KH-UBND", "114/KH-UBND"), encoding="utf-8")
    code, report = kb.ingest(tmp_path / "seeds")
    assert (code, report["ingested"]) == (0, 1)

    rows = kb.query("SELECT id, number FROM documents")
    assert len(rows) == 1 and rows[0][1] == "114/KH-UBND", rows
    assert kb("show", "113/KH-UBND", "--json").exit_code != 0, "the old version is gone"
    orphans = kb.query("SELECT count(*) FROM sections WHERE document_id NOT IN (SELECT id FROM documents)")
    assert orphans == [(0,)]


# ---------------------------------------------------------------------------
# kb show on the seeds
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> tuple[Kb, Path]:
    root = tmp_path_factory.mktemp("seeded")
    copy_seeds(root / "seeds")
    kb = Kb(root / "home")
    code, report = kb.ingest(root / "seeds")
    assert code == 0, report
    return kb, root / "seeds"


def test_show_tay_ninh_plan(seeded):
    kb, folder = seeded
    doc = kb.show("113/KH-UBND")
    assert CONTRACT_SHOW_KEYS <= doc.keys()
    assert doc["number"] == "113/KH-UBND"
    assert doc["doc_type"] == "Kế hoạch"
    assert doc["issued"] == "2020-01-20"
    assert doc["place"] == "Tây Ninh"
    assert doc["path"] == str((folder / seed_file("004").name).resolve())
    assert isinstance(doc["id"], str) and doc["id"]
    for key in ("citations", "cited_by", "duties"):
        assert isinstance(doc[key], list)
    for section in doc["sections"]:
        assert CONTRACT_SECTION_KEYS <= section.keys()
        assert all(isinstance(section[k], str) for k in CONTRACT_SECTION_KEYS)
    by_label = {s["label"]: s for s in doc["sections"]}
    assert by_label["II.1"]["heading"] == "Công an tỉnh"
    assert "II.5" in by_label
    assert "Sở Lao động - Thương binh và Xã hội" in by_label["II.5"]["heading"]
    assert "Công an tỉnh" in by_label["II.1"]["text"]


@pytest.mark.parametrize(
    "ref, number, doc_type",
    [
        ("113/KH-UBND", "113/KH-UBND", "Kế hoạch"),
        ("113/kh-ubnd", "113/KH-UBND", "Kế hoạch"),
        ("525⁄QĐ- LĐTBXH", "525/QĐ-LĐTBXH", "Quyết định"),  # as written in seed 003 (U+2044)
        ("525/QD-LDTBXH", "525/QĐ-LĐTBXH", "Quyết định"),
        ("525/qđ-lđtbxh", "525/QĐ-LĐTBXH", "Quyết định"),
        ("525/QÐ-LÐTBXH", "525/QĐ-LĐTBXH", "Quyết định"),  # U+00D0 look-alike
        ("525∕QĐ–LĐTBXH", "525/QĐ-LĐTBXH", "Quyết định"),  # U+2215 and en dash
        ("1747/KH-SLDTBXH", "1747/KH-SLĐTBXH", "Kế hoạch"),
    ],
)
def test_show_finds_number_in_any_spelling(seeded, ref, number, doc_type):
    kb, _ = seeded
    doc = kb.show(ref)
    assert (doc["number"], doc["doc_type"]) == (number, doc_type)


def test_show_by_id_matches_show_by_number(seeded):
    kb, _ = seeded
    by_number = kb.show("525/QD-LDTBXH")
    assert kb.show(by_number["id"]) == by_number


@pytest.mark.parametrize(
    "prefix, number, doc_type",
    [
        ("000", "1747/KH-SLĐTBXH", "Kế hoạch"),
        ("001", "128/KH-UBND", "Kế hoạch"),
        ("002", "1562/KH-LĐTBXH", "Kế hoạch"),
        ("003", "525/QĐ-LĐTBXH", "Quyết định"),
    ],
)
def test_news_page_records_the_reported_document(seeded, prefix, number, doc_type):
    kb, folder = seeded
    doc = kb.show(number)
    assert doc["path"] == str((folder / seed_file(prefix).name).resolve())
    assert (doc["number"], doc["doc_type"]) == (number, doc_type)
    assert doc["source_kind"] == "report"


def test_plan_itself_is_not_a_report(seeded):
    kb, _ = seeded
    assert kb.show("113/KH-UBND").get("source_kind") == "document"


# ---------------------------------------------------------------------------
# Web boilerplate is dropped from the stored text (the original is kept)
# ---------------------------------------------------------------------------


def stored_texts(kb: Kb, number: str) -> tuple[str, str, list[str]]:
    doc = kb.show(number)
    text, source = kb.query("SELECT text, source_text FROM documents WHERE id = ?", (doc["id"],))[0]
    return text, source, [s["text"] for s in doc["sections"]]


@pytest.mark.parametrize(
    "number, junk",
    [
        ("1747/KH-SLĐTBXH", "Mã xác nhận"),
        ("1747/KH-SLĐTBXH", "L?y l?i m"),  # the mangled captcha link
        ("1747/KH-SLĐTBXH", "Viết bình luận"),
        ("1747/KH-SLĐTBXH", "Họ tên:(*)"),
        ("128/KH-UBND", "Các tin khác"),
        ("128/KH-UBND", "Xem tin theo ngày"),
        ("113/KH-UBND", "Kế hoạch 173/KH-UBND về thực hiện công tác trẻ em năm 2020 do tỉnh Nghệ An"),
        ("113/KH-UBND", "Kế hoạch 556/KH-UBND năm 2020"),
    ],
)
def test_boilerplate_is_dropped(seeded, number, junk):
    kb, _ = seeded
    text, source, sections = stored_texts(kb, number)
    assert junk not in text
    assert not [s for s in sections if junk in s]
    assert junk in source, "the original text is kept as read"


def test_body_survives_boilerplate_removal(seeded):
    kb, _ = seeded
    text, _, _ = stored_texts(kb, "1747/KH-SLĐTBXH")
    assert "Trường Giang" in text or "nói riêng" in text
    text, _, _ = stored_texts(kb, "113/KH-UBND")
    assert "Giao Công an tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện" in text


# ---------------------------------------------------------------------------
# Usage errors
# ---------------------------------------------------------------------------


def test_ingest_missing_path_is_a_usage_error(kb: Kb, tmp_path: Path):
    result = kb("ingest", tmp_path / "no-such-folder", "--json")
    assert result.exit_code == 2


def test_ingest_missing_path_among_good_ones_ingests_nothing(kb: Kb, tmp_path: Path):
    copy_seeds(tmp_path / "seeds", ("004",))
    result = kb("ingest", tmp_path / "seeds", tmp_path / "missing.pdf", "--json")
    assert result.exit_code == 2
    if kb.db_path.exists():
        assert kb.query("SELECT count(*) FROM documents") == [(0,)]


def test_ingest_without_paths_is_a_usage_error(kb: Kb):
    assert kb("ingest", "--json").exit_code == 2


def test_show_unknown_document(kb: Kb, tmp_path: Path):
    copy_seeds(tmp_path / "seeds", ("004",))
    kb.ingest(tmp_path / "seeds")
    result = kb("show", "NOPE", "--json")
    assert result.exit_code != 0
    body = result.json()
    assert isinstance(body.get("error"), str) and body["error"]


# ---------------------------------------------------------------------------
# Real processes: stdout carries one JSON object, progress goes to stderr
# ---------------------------------------------------------------------------


def console_script() -> str:
    script = Path(sys.executable).with_name("kb")
    found = str(script) if script.exists() else shutil.which("kb")
    assert found, "the `kb` console script is not installed (pip install -e .)"
    return found


def small_batch(folder: Path) -> None:
    copy_seeds(folder, ("003", "004"))
    (folder / "empty.pdf").write_bytes(b"")


def test_subprocess_stdout_is_one_json_object(tmp_path: Path):
    small_batch(tmp_path / "in")
    proc = subprocess.run(
        [sys.executable, "-m", "kb.cli", "--home", str(tmp_path / "home"), "ingest", str(tmp_path / "in"), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)  # the whole stdout is exactly one JSON value
    assert isinstance(report, dict) and CONTRACT_INGEST_KEYS <= report.keys()
    assert report["ingested"] == 2
    assert [f["path"] for f in report["failed"]] == [str(tmp_path / "in" / "empty.pdf")]
    assert "empty.pdf" in proc.stderr

    show = subprocess.run(
        [console_script(), "--home", str(tmp_path / "home"), "show", "525/QD-LDTBXH", "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert show.returncode == 0, show.stderr
    assert json.loads(show.stdout)["number"] == "525/QĐ-LĐTBXH"


def test_subprocess_progress_bar_goes_to_stderr(tmp_path: Path):
    """With stderr on a terminal the progress bar is drawn there, and only there."""
    import fcntl
    import termios

    small_batch(tmp_path / "in")
    master, slave = os.openpty()
    # a real terminal has a size; tqdm draws nothing on a 0-column one
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    try:
        proc = subprocess.run(
            [console_script(), "--home", str(tmp_path / "home"), "ingest", str(tmp_path / "in"), "--json"],
            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, timeout=120,
        )
    finally:
        os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the terminal is drained and closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    stderr = b"".join(chunks).decode("utf-8", "replace")
    stdout = proc.stdout.decode("utf-8")

    assert proc.returncode == 1
    report = json.loads(stdout)
    assert report["ingested"] == 2 and len(report["failed"]) == 1
    assert re.search(r"\b3/3\b", stderr), f"no progress bar on stderr: {stderr!r}"
    assert "%|" in stderr or "it/s" in stderr or "tệp/s" in stderr, stderr
    assert "\r" not in stdout and "3/3" not in stdout


def test_reindex_rebuilds_the_search_index_from_the_store(tmp_path: Path):
    import json as _json

    from click.testing import CliRunner

    from kb.cli import main as cli

    runner = CliRunner()
    home = tmp_path / "kb"
    copy_seeds(tmp_path / "in", ("004",))
    assert runner.invoke(cli, ["--home", str(home), "ingest", str(tmp_path / "in")]).exit_code == 0
    shutil.rmtree(home / "index")  # the index is lost; the store is intact
    out = runner.invoke(cli, ["--home", str(home), "reindex", "--json"])
    assert out.exit_code == 0 and _json.loads(out.stdout) == {"indexed": 1}
    hits = _json.loads(runner.invoke(cli, ["--home", str(home), "search", "Sở Ngoại vụ", "--json"]).stdout)["hits"]
    assert hits and hits[0]["number"] == "113/KH-UBND" and hits[0]["section"] == "II.2"
    # the rebuilt FTS5 index is merged into one segment (no commits pending a merge)
    with sqlite3.connect(home / "index" / "sections.sqlite3") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'unmerged'").fetchone() == ("0",)
