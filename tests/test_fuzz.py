"""Property-based tests: the text stages never crash and keep their spans.

Inputs are built from real material: words and punctuation of the shipped
Tây Ninh plan and a decree, document numbers in odd spellings, structure
markers ("Điều 5.", "II.", "- ", "a)"), random characters, and arbitrary
slices of real documents (a truncated file is the usual bad input).
``KB_FUZZ_EXAMPLES`` sets the examples per test (150; 2,000 found nothing).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.ingest import parse_file
from kb.ingest.citations import find_citations
from kb.ingest.duties import find_duties
from kb.ingest.entitlements import find_entitlements
from kb.ingest.metadata import extract_metadata
from kb.ingest.normalize import canonical_number, clean_text, find_numbers, number_key
from kb.ingest.structure import find_sections
from kb.search.analysis import whitespace_segmenter
from kb.search.query import parse_query

ROOT = Path(__file__).resolve().parents[1]
REAL = [ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt",
        ROOT / "corpus" / "van-ban" / "nghi_dinh_21_2021_ND_CP.docx",
        ROOT / "corpus" / "vbpl" / "ttlt-29-2025-tro-giup-phap-ly.html"]
SETTINGS = settings(max_examples=int(os.environ.get("KB_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def real_texts() -> list[str]:
    return [parse_file(p).text for p in REAL]


@lru_cache(maxsize=1)
def real_tokens() -> list[str]:
    words = sorted({w for text in real_texts() for w in re.findall(r"\S+", text)})
    return words + ["525⁄QĐ- LĐTBXH", "116 /2025/QH15", "Số:", "Điều 5.", "II.", "1.", "-", "a)", "Căn cứ",
                    "Giao", "chủ trì,", "phối hợp với", "Nơi nhận:", "có trách nhiệm:", "\n", "\n\n", "“", "”"]


def tokens_text() -> st.SearchStrategy[str]:
    noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6)
    piece = st.one_of(st.sampled_from(real_tokens()), noise)
    return st.lists(piece, max_size=120).map(" ".join)


def real_slice() -> st.SearchStrategy[str]:
    return st.tuples(st.integers(0, len(REAL) - 1), st.integers(0, 10**6), st.integers(0, 4000)).map(
        lambda t: real_texts()[t[0]][t[1] % max(1, len(real_texts()[t[0]])):][: t[2]]
    )


def _check_pipeline(raw: str) -> None:
    text = clean_text(raw)
    meta = extract_metadata(text)
    if meta.number:
        assert canonical_number(meta.number) == meta.number
    sections = find_sections(text)
    for s in sections:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.parent is None or 0 <= s.parent < len(sections)
    for c in find_citations(text, own_number=meta.number):
        assert 0 <= c.start <= c.end <= len(text) and c.number
    for d in find_duties(text, sections):
        assert 0 <= d.start <= d.end <= len(text) and d.agency and d.task
    find_entitlements(text, sections)


@SETTINGS
@given(tokens_text())
def test_text_stages_never_crash_on_real_words_and_noise(raw):
    _check_pipeline(raw)


@SETTINGS
@given(real_slice())
def test_text_stages_never_crash_on_truncated_real_documents(raw):
    _check_pipeline(raw)


@SETTINGS
@given(st.one_of(tokens_text(), st.text(max_size=300)))
def test_numbers_are_canonical_and_keys_stable(raw):
    for number, start, end in find_numbers(clean_text(raw)):
        assert canonical_number(number) == number
        assert number_key(number) == number_key(number.lower())


@SETTINGS
@given(st.one_of(tokens_text(), st.text(max_size=200)))
def test_query_parsing_never_crashes(raw):
    from kb.errors import SearchQueryError

    try:
        parse_query(raw, whitespace_segmenter)
    except SearchQueryError:
        pass  # empty or overlong: a message for the user, not a crash
