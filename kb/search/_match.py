"""Match expressions of a query plan, for the engines that take a boolean
expression string (SQLite FTS5 MATCH, PostgreSQL tsquery).

The structure is the engines' shared ranking design (see :mod:`kb.search._fts`):
a short query requires every syllable, each syllable an OR clause with the
bigrams and compounds that begin with it; quoted text is a required phrase;
"tiered" expressions additionally require the query's words as typed.
Only the spelling of terms, phrases and operators differs, and that is a
:class:`Syntax`.
"""

from __future__ import annotations

from kb.search.analysis import bigrams, fold, syllables, tokenize
from kb.search.query import _LABEL_BIGRAM_RE, PHRASE_MAX_SYLLABLES, QueryPlan
from kb.search.schema import FSYL, LAB, SYL, Ranking


class Syntax:
    """How an engine spells terms and operators. Subclasses override
    :meth:`term` and :meth:`phrase`."""

    OR = " OR "
    AND = " AND "

    def term(self, term: str) -> str:
        """A term matched in any column (user text never reaches the
        engine unquoted)."""
        raise NotImplementedError

    def phrase(self, column: str, words: list[str]) -> str:
        """Consecutive ``words`` in ``column`` (one word: that term there)."""
        raise NotImplementedError


class Fts5Syntax(Syntax):
    @staticmethod
    def quote(term: str) -> str:
        return '"' + term.replace('"', '""') + '"'

    def term(self, term: str) -> str:
        return self.quote(term)

    def phrase(self, column: str, words: list[str]) -> str:
        return f"{column}: {self.quote(' '.join(words))}"


FTS5 = Fts5Syntax()


def _parts(plan: QueryPlan, r: Ranking, syntax: Syntax):
    """Syllable terms; per syllable index, the scoring-only terms that begin
    with it (its bigrams and compounds, the phrase bonus); the bigram terms;
    phrases of quoted text (required); and which scoring-only terms imply
    their syllable's clause (a section holding them holds a term of it)."""
    q = syntax.term
    syl = [q(s) for s in plan.syllables]
    grams = list(dict.fromkeys(plan.bigrams))
    folded = plan.exact and r.fold_with_diacritics > 0
    if folded:
        syl = [f"({q(s)}{syntax.OR}{q(fold(s))})" if fold(s) != s else q(s) for s in plan.syllables]
        grams = list(dict.fromkeys(grams + [fold(b) for b in grams]))
    first = {fold(s): i for i, s in reversed(list(enumerate(plan.syllables)))}
    # -1: a term whose first syllable was pruned; it scores only in OR queries
    extra: dict[int, list[str]] = {}
    implied: set[str] = set()

    def attach(term: str, expr: str) -> None:
        word = term.split("_", 1)[0] if "_" in term else term.split(" ", 1)[0]
        i = first.get(fold(word), -1)
        extra.setdefault(i, []).append(expr)
        # the clause of syllable s is s, and fold(s) when folded
        if i >= 0 and word in {plan.syllables[i], fold(plan.syllables[i]) if folded else None}:
            implied.add(expr)

    for b in grams:
        attach(b, q(b))
    if r.wc > 0:  # a compound is also a bigram when it has two syllables: one term then
        for c in plan.compounds:
            if c not in grams:
                attach(c, q(c))
    if (plan.exact and r.phrase > 0 and 1 < len(plan.syllables) <= PHRASE_MAX_SYLLABLES
            and not plan.number_keys):
        attach(plan.syllables[0], syntax.phrase(SYL, plan.syllables))
    required = []
    for words in plan.phrases:
        words = words if plan.exact else [fold(w) for w in words]
        required.append(syntax.phrase(SYL if plan.exact else FSYL, words))
    return syl, extra, [q(b) for b in grams], required, implied


def build_match(plan: QueryPlan, r: Ranking, *, require_all: bool, tier: bool = False,
                syntax: Syntax = FTS5, scoring: bool = True) -> str | None:
    """The match expression of ``plan``.

    Args:
        require_all: every syllable must match (in body, heading or title).
        tier: additionally require the query's words as typed: all its
            bigrams (``require_all``) or at least one (otherwise). None when
            the query has no bigrams.
        scoring: with the terms that only score. False leaves out those
            implying a term of their clause: the same sections match, and
            the engine walks fewer doclists to find them (to count them,
            or to find a cap).
    """
    syl, extra, grams, required, implied = _parts(plan, r, syntax)
    if tier and not grams:
        return None
    if not scoring:
        extra = {i: [p for p in ps if p not in implied] for i, ps in extra.items()}
    if require_all:
        if tier:  # the bigrams become required, so they leave the OR clauses
            extra = {i: [p for p in ps if p not in grams] for i, ps in extra.items()}
        clauses = [
            "(" + syntax.OR.join([p] + extra[i]) + ")" if extra.get(i) else p
            for i, p in enumerate(syl)
        ]
        return syntax.AND.join(clauses + required + (grams if tier else []))
    scoring = syl + [p for ps in extra.values() for p in ps]
    expr = "(" + syntax.OR.join(scoring) + ")"
    if tier:
        expr = "(" + syntax.OR.join(grams) + ")" + syntax.AND + expr
    return syntax.AND.join([expr] + required)


def label_match(plan: QueryPlan, expr: str, syntax: Syntax = FTS5) -> str | None:
    """``expr`` limited to the sections whose label the query names
    ("Điều 5", "dieu 5") or whose whole heading the query is."""
    labels = [b for b in plan.bigrams if _LABEL_BIGRAM_RE.match(b)]
    whole = whole_term(plan.syllables)
    if whole and not plan.number_keys:
        labels.append(whole)  # the query is a section's heading
    if not labels:
        return None
    return f"({expr}){syntax.AND}(" + syntax.OR.join(syntax.phrase(LAB, [b]) for b in labels) + ")"


def label_terms(label: str | None, heading: str | None) -> list[str]:
    """The LAB terms of a section: the label's bigrams ("điều_5") and the
    whole heading as one term ("tội_mua_bán_người_dưới_16_tuổi"), exact and
    folded."""
    terms = bigrams(tokenize(label)) if label else []
    whole = whole_term(syllables(tokenize(heading))) if heading else None
    if whole:
        terms.append(whole)
    return list(dict.fromkeys(terms + [fold(t) for t in terms]))


def whole_term(words: list[str]) -> str | None:
    """A short heading or query as one term, for exact heading lookups."""
    words = list(dict.fromkeys(words))
    return "_".join(words) if 2 <= len(words) <= 16 else None
