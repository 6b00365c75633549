"""From what a user typed to a Whoosh query.

A query is analysed exactly like document text (:mod:`kb.search.analysis`)
after :func:`kb.ingest.normalize.normalize_query`. Then:

* A document number in any spelling ("525⁄QĐ- LĐTBXH", "525/QD-LDTBXH")
  matches the number field with a weight that puts that document first.
* A kind word followed by a bare ordinal ("Kế hoạch 113", "quyet dinh 2546")
  matches documents of that kind whose number starts with that ordinal.
* A query typed without diacritics searches the folded fields only; with
  diacritics it searches the exact fields (the folded ones can be mixed in
  with a small weight, see :class:`Ranking`).
* Short queries require every syllable (in body, heading or title); the
  caller falls back to "any syllable" when that finds nothing. Bigrams,
  compounds and a phrase bonus only rank.
* "Quoted text" must occur as a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from kb.errors import SearchQueryError
from kb.ingest.normalize import fold_diacritics, normalize_query, number_key
from kb.search.analysis import Segmenter, bigrams, compounds, fold, has_diacritics, syllables, tokenize
from kb.search.schema import BI, FBI, FHEAD, FSYL, HEAD, SYL, TITLE, WC, Ranking

MAX_QUERY_CHARS = 2000
# Terms per family kept from very long queries (pasted paragraphs): each
# term is one posting-list cursor, and latency grows with their number.
MAX_TERMS = 48
# Queries with at most this many distinct syllables require all of them.
AND_MAX_SYLLABLES = 8
# Longest query given the whole-query phrase bonus.
PHRASE_MAX_SYLLABLES = 8

# Kind words as users type them, folded: "Kế hoạch 113", "quyet dinh so 2546".
# Longest first, so "thông tư liên tịch" wins over "thông tư".
_KINDS = {
    "thong tu lien tich": "Thông tư liên tịch",
    "van ban hop nhat": "Văn bản hợp nhất",
    "nghi dinh": "Nghị định",
    "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định",
    "ke hoach": "Kế hoạch",
    "cong van": "Công văn",
    "thong tu": "Thông tư",
    "phap lenh": "Pháp lệnh",
    "chi thi": "Chỉ thị",
    "thong bao": "Thông báo",
    "bao cao": "Báo cáo",
    "hien phap": "Hiến pháp",
    "bo luat": "Bộ luật",
    "an le": "Án lệ",
    "luat": "Luật",
}
_KIND_ORDINAL_RE = re.compile(
    r"(?<![\w])(?P<kind>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")"
    r"\s+(?:so\s*:?\s*)?(?P<n>\d{1,5})(?![\w/.])",
    re.IGNORECASE,
)
# The bigram of a section label: "điều_5", "dieu_3a", "chương_ii".
_LABEL_BIGRAM_RE = re.compile(r"(?:điều|dieu|chương|chuong|mục|muc)_[0-9ivxlc]+[a-zđ]?$")
_QUOTE_RE = re.compile(r'"([^"]*)"')
# "29/2025": ordinal and year of a number whose type code was left out
_ORDINAL_YEAR_RE = re.compile(r"^\d{1,5}/(?:19|20)\d\d$")
# "113/kh", "15/2020/nđ": a number cut after its first type code
_ABRIDGED_RE = re.compile(r"^\d{1,5}/(?:(?:19|20)\d\d/)?[a-zđ]{2,6}$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass
class QueryPlan:
    """A query, analysed."""

    text: str  # normalised query text
    exact: bool  # typed with diacritics
    syllables: list[str]
    bigrams: list[str]
    compounds: list[str]
    number_keys: list[str] = field(default_factory=list)
    # number-key prefixes of abridged numbers: "29/2025/TTLT" names
    # 29/2025/TTLT-BTP-BCA-…, "29/2025" names any 29/2025/…
    number_prefixes: list[str] = field(default_factory=list)
    # (doc_type, ordinal) pairs from "Kế hoạch 113"
    kind_ordinals: list[tuple[str, str]] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)

    @property
    def highlight_terms(self) -> set[str]:
        """Syllables to mark in snippets (folded when the query was)."""
        return set(self.syllables)


def _dedupe(items, limit=MAX_TERMS):
    return list(dict.fromkeys(items))[:limit]


def parse_query(raw: str, segmenter: Segmenter) -> QueryPlan:
    """Analyse a user query.

    Raises:
        SearchQueryError: empty, overlong or malformed query.
    """
    if raw is None or not raw.strip():
        raise SearchQueryError("Vui lòng nhập từ khóa tìm kiếm.")
    if len(raw) > MAX_QUERY_CHARS:
        raise SearchQueryError(f"Câu truy vấn quá dài (tối đa {MAX_QUERY_CHARS} ký tự).")
    text = normalize_query(raw.translate(_QUOTES))
    if text.count('"') % 2:
        raise SearchQueryError("Câu truy vấn có dấu ngoặc kép chưa đóng.")
    exact = has_diacritics(text)
    tokens = tokenize(text.replace('"', " "))
    syl = syllables(tokens)
    if not syl:
        raise SearchQueryError("Câu truy vấn không chứa từ nào để tìm.")
    plan = QueryPlan(
        text=text,
        exact=exact,
        syllables=_dedupe(syl),
        bigrams=_dedupe(bigrams(tokens)),
        compounds=_dedupe(compounds(text.replace('"', " "), segmenter)) if exact else [],
    )
    plan.number_keys = _dedupe(t.upper() for t in syl if "/" in t and number_key(t))
    plan.number_prefixes = _dedupe(
        [k + "-" for k in plan.number_keys]
        + [t + "/" for t in syl if _ORDINAL_YEAR_RE.match(t)]
        + [fold(t).upper() + "-" for t in syl if _ABRIDGED_RE.match(t) and not number_key(t)]
    )
    folded = fold_diacritics(text)
    for match in _KIND_ORDINAL_RE.finditer(folded):
        plan.kind_ordinals.append((_KINDS[match.group("kind").lower()], match.group("n")))
    for quoted in _QUOTE_RE.findall(text):
        words = syllables(tokenize(quoted))
        if len(words) > 1:
            plan.phrases.append(words)
        elif words:
            plan.phrases.append(words)
    if not plan.exact:
        plan.syllables = _dedupe(fold(s) for s in plan.syllables)
        plan.bigrams = _dedupe(fold(b) for b in plan.bigrams)
    return plan


def _terms(field: str, terms, weight: float) -> list[wq.Query]:
    return [wq.Term(field, t, boost=weight) for t in terms] if weight > 0 else []


def _syllable_clause(plan: QueryPlan, s: str, r: Ranking) -> wq.Query:
    """Everything that can match one query syllable."""
    if plan.exact:
        alts = [wq.Term(SYL, s, boost=r.syl), wq.Term(HEAD, s, boost=r.head), wq.Term(TITLE, s, boost=r.title)]
        f = r.fold_with_diacritics
        if f > 0:
            fs = fold(s)
            alts += [wq.Term(FSYL, fs, boost=r.fsyl * f), wq.Term(FHEAD, fs, boost=r.fhead * f)]
    else:
        alts = [wq.Term(FSYL, s, boost=r.fsyl), wq.Term(FHEAD, s, boost=r.fhead)]
    if "/" in s and number_key(s):
        alts.append(wq.Term("number_key", number_key(s), boost=r.number))
    for prefix in plan.number_prefixes:
        if prefix.startswith(s.upper()):
            alts.append(wq.Prefix("number_key", prefix, boost=r.number))
    for kind, ordinal in plan.kind_ordinals:
        if s == ordinal:
            alts.append(wq.And([wq.Term("ordinal", ordinal), wq.Term("doc_type", kind)], boost=r.number))
    return wq.Or(alts)


def _ranking_terms(plan: QueryPlan, r: Ranking) -> list[wq.Query]:
    """Terms that only add score: bigrams, compounds, phrase bonus."""
    if plan.exact:
        out = _terms(BI, plan.bigrams, r.bi) + _terms(WC, plan.compounds, r.wc)
        out += _terms(HEAD, plan.bigrams, r.head) + _terms(TITLE, plan.bigrams, r.title)
        f = r.fold_with_diacritics
        if f > 0:
            out += _terms(FBI, _dedupe(fold(b) for b in plan.bigrams), r.fbi * f)
        if 1 < len(plan.syllables) <= PHRASE_MAX_SYLLABLES and r.phrase > 0 and not plan.number_keys:
            out.append(wq.Phrase(SYL, plan.syllables, slop=1, boost=r.phrase))
    else:
        out = _terms(FBI, plan.bigrams, r.fbi) + _terms(FHEAD, plan.bigrams, r.fhead)
    # "Điều 5", "dieu 5": the user names a section; its label is in HEAD.
    labels = [b for b in plan.bigrams if _LABEL_BIGRAM_RE.match(b)]
    out += _terms(HEAD if plan.exact else FHEAD, labels, r.label)
    return out


def _phrase_clauses(plan: QueryPlan) -> list[wq.Query]:
    out: list[wq.Query] = []
    for words in plan.phrases:
        if plan.exact:
            out.append(wq.Phrase(SYL, words) if len(words) > 1 else wq.Term(SYL, words[0]))
        else:
            grams = [fold(b) for b in bigrams(words)]
            out.append(wq.And([wq.Term(FBI, g) for g in grams]) if grams else wq.Term(FSYL, fold(words[0])))
    return out


def build_query(plan: QueryPlan, ranking: Ranking, *, require_all: bool) -> wq.Query:
    """The Whoosh query for ``plan``.

    Args:
        require_all: every syllable must match (in body, heading or title);
            otherwise any may.
    """
    clauses = [_syllable_clause(plan, s, ranking) for s in plan.syllables]
    optional = _ranking_terms(plan, ranking)
    required = _phrase_clauses(plan)
    if require_all:
        q: wq.Query = wq.And(clauses + required)
        return wq.AndMaybe(q, wq.Or(optional)) if optional else q
    q = wq.Or(clauses + optional)
    return wq.And([q] + required) if required else q


def prune(plan: QueryPlan, searcher, max_df_ratio: float, max_terms: int) -> QueryPlan:
    """Drop the most common terms of a long query and keep the rarest.

    A syllable in most sections adds almost nothing to BM25 but costs a
    long posting list; long questions ("…, đúng hay sai?") are full of them.
    Short queries are left alone: there every word is meant.
    """
    if len(plan.syllables) <= AND_MAX_SYLLABLES:
        return plan
    n = searcher.doc_count() or 1
    syl_field, bi_field = (SYL, BI) if plan.exact else (FSYL, FBI)

    def keep(terms, field):
        dfs = [(searcher.doc_frequency(field, t), i, t) for i, t in enumerate(terms)]
        kept = sorted(x for x in dfs if x[0] <= max_df_ratio * n)[:max_terms]
        return [t for _, _, t in sorted(kept, key=lambda x: x[1])]

    plan.syllables = keep(plan.syllables, syl_field) or plan.syllables[:1]
    plan.bigrams = keep(plan.bigrams, bi_field)
    if plan.compounds:
        plan.compounds = keep(plan.compounds, WC)
    return plan


def use_all_first(plan: QueryPlan) -> bool:
    """Whether to try requiring every syllable before "any syllable"."""
    return len(plan.syllables) <= AND_MAX_SYLLABLES
