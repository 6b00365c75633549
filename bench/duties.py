"""Duty extraction measured against hand-labelled real documents.

``bench/duties_truth.json`` lists, for real documents of ../shared/data,
every duty assignment a reader finds: agency, role, where, and a quote.
It was labelled by reading the texts, without running the extractor. Each
document is parsed by the normal pipeline (``kb.ingest.parse_file``), and
its duties are compared with the labels as (agency, role) pairs per
document, agencies matched by :func:`kb.ingest.duties.agency_key` (so
"UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one agency).

Recall: labelled pairs found. Precision: found pairs that are labelled.
Documents marked "dev" were looked at while building the extractor; the
"held_out" ones were not when first measured (``duties_truth_heldout2.json``
was labelled by a separate reader in a later session, measured once, then
used for development too: see the README for the figures before and after).
``duties_truth_heldout3.json`` (two news reports of anti-trafficking plans,
NQ 66.7/2025/NQ-CP, Pháp điển 6.4 with Chỉ thị 25/2003 and 17/2005) was
labelled on 2026-12-01 before the extractor was run on its documents; first
measured at recall 0.513, precision 0.889 (78 pairs), then used for
development as well. ``duties_truth_heldout4.json`` (the news reports of KH
128/KH-UBND and 1562/KH-LĐTBXH, which assign nothing to a named agency, QĐ
715/QĐ-UBND Bình Định, the English translation of TTLT 01/2011, the page of
QĐ 758/2024/QĐ-CTN and the "nhiệm vụ, quyền hạn" articles of Luật
127/2025/QH15) was labelled by a separate reader the same way; first
measured at recall 0.482 (27 of 56 pairs), 0.628 on the Vietnamese texts
(27 of 43; the extractor reads Vietnamese only), precision 0.692.
``duties_truth_heldout5.json`` (NQ 87/2025/UBTVQH15, TT 53/2025/TT-BKHCN,
Luật 140/2025/QH15, the responsibility articles of Pháp điển 4.5 and 1.10),
labelled by a separate reader the same day: first measured at recall 0.529
(54 of 102), precision 0.500. Both then used for development too.
Sets 6 to 9, each labelled by a separate reader the same way and measured
once before any change: ``duties_truth_heldout6.json`` (the responsibility
articles of Pháp điển 8.4, NĐ 19/2019, NĐ 21/2021) recall 0.771 (27 of 35),
precision 0.711; ``duties_truth_heldout7.json`` (Pháp điển 40.1, NĐ 99/2022,
NQ 115/2025/UBTVQH15) 0.564 (44 of 78), 0.786; ``duties_truth_heldout8.json``
(Luật 108/2025, Luật 130/2025, NĐ 106/2021 in Pháp điển 25.2) 0.803 (61 of
76), 0.709; ``duties_truth_heldout9.json`` (NĐ 37/2018 in Pháp điển 16.1)
0.667 (10 of 15), 0.370. Then used for development too.
Sets 10 and 11 are government portal pages (``bench/heldout10``, ``bench/heldout11``:
the beginnings of .gov.vn pages as a corpus of public pages stores them, see
their SOURCES.json), reports and texts of provincial plans, decisions and
letters, kept in the repository; each labelled by a separate blind reader:
``duties_truth_heldout10.json`` (anti-trafficking plans) first measured at
recall 0.500 (6 of 12), precision 0.857; ``duties_truth_heldout11.json``
(child protection, drugs, prostitution, gender, legal aid, borders) 0.449
(35 of 78), 0.921. Then used for development too. Sets 12 and 13, built the
same way by two more readers: ``duties_truth_heldout12.json`` (public order,
health, administration) first measured at 0.558 (24 of 43), precision 0.857;
``duties_truth_heldout13.json`` (economy, farming, culture; measured after the
classes of set 12 were in, before anyone looked at it) 0.500 (37 of 74), 0.725.
Sets 14 and 15, two more readers, measured after the classes of set 13:
``duties_truth_heldout14.json`` (districts, communes and provincial
departments) 0.372 (16 of 43), 0.593; ``duties_truth_heldout15.json``
(the Government, the Prime Minister, ministries) 0.446 (29 of 65), 0.763.
Set 16 (``duties_truth_heldout16.json``: trafficking, marriage with
foreigners, child protection, social work; pages and central letters),
measured after the classes of sets 14 and 15: 0.600 (30 of 50), 0.769.
Sets 17 to 22 (2026-12-01, sixth session), each labelled blind by a helper session and measured once
before any change made from it, each after the classes of the sets before it: 17 (provincial plans and
letters) 0.732 (30 of 41), precision 0.909; 18 (district, commune and department pages) 0.439 (29 of
66), 0.906; 19 (document texts on legal-document sites) 0.526 (20 of 38), 0.769; 20 (government portal
pages, all regions) 0.423 (30 of 71), 0.625; 21 (emigration, labour abroad, drugs, prostitution) 0.583
(21 of 36), 0.750; 22 (ministries' and departments' plans and letters) 0.580 (40 of 69), 0.930; 24 (district
and commune pages) 0.542 (13 of 24), 0.812; 23 (provincial labour, social and home affairs; measured after
set 24's classes) 0.459 (17 of 37), 0.810; 25 (trafficking) 0.800 (4 of 5), 0.667; 26 (the highlands, the
northern mountains, the Mekong delta) 0.727 (8 of 11), 0.889.
Sets 27 to 32 (seventh session), chosen by the agency assigned and by kind of document, each labelled blind
by a helper session and measured once before any change made from it (the revision named is the code it
was measured with): 27 (provincial economic and technical bodies, c891870) 0.772 (44 of 57), precision
0.863; 28 (armed forces, justice, the Front, c891870) 0.659 (27 of 41), 0.794; 30 (directives, letters and
replies to voters, dcec925) 0.684 (13 of 19), 0.650; 29 (decisions setting up steering committees,
dcec925) 0.406 (13 of 32), 0.591; 31 (health and education bodies, 450f5eb) 0.571 (20 of 35), 0.833; 32
(farming, forestry, water and environment bodies, 450f5eb) 0.571 (32 of 56), 0.780; together 0.621 (149
of 240), 0.776; 33 (culture, sport, tourism and information bodies, c7ddd8e) 0.532 (25 of 47), 0.694;
34 (labour, employment, social protection, communes, c7ddd8e) 0.821 (32 of 39), 0.865; sets 27-34 together
0.632 (206 of 326); 35 (People's Council resolutions, e86f649, after every class of the session) 0.559 (19
of 34), 0.905; 36 (coordination regulations between agencies, e86f649) 0.286 (8 of 28), 0.533; sets 27-36
together 0.601 (233 of 388), 0.774.
Sets 37 to 48 (eighth session), built the same way, each measured once before any change made from it: 37
(northern provinces' plans and letters, e9cdd83) 0.606 (20 of 33), precision 0.769; 38 (the centre and the
highlands, 3bf195d) 0.750 (9 of 12), 0.750; 39 (the south, e9cdd83) 0.667 (10 of 15), 0.833; 40 (storms, epidemics,
fire, food safety, f26c55a) 0.490 (25 of 51), 0.735; 41 (investment, land, budgets, statistics, f26c55a) 0.844 (38
of 45), 0.809; 42 (schools, elections, ethnic affairs, people with merit, f26c55a) 0.393 (11 of 28), 0.647; 43
(health and education services, cb1318d) 0.714 (25 of 35), 0.676; 44 (justice and home affairs, 6c367b0) 0.536 (15
of 28), 0.682; 45 (environment and farming, 6c367b0) 0.895 (17 of 19), 0.850; 46 (commune and district pages,
d9fe6f9) 0.357 (15 of 42), 0.682; 47 (security and defence, d9fe6f9) 0.516 (16 of 31; 30 pairs once "BTL" reads as
"Bộ Tư lệnh"), 0.941; 48 (people at risk, d9fe6f9) 0.407 (11 of 27), 0.917; sets 37-48 together 0.579 (212 of 366),
0.763; 49 (transport and urban order, f0070ed) 0.636 (21 of 33), 0.875; 50 (trade and markets, f0070ed) 0.453 (29 of
64), 0.853; 51 (information and culture, f0070ed) 0.774 (24 of 31), 0.774; sets 37-51 together 0.579 (286 of 494),
0.779. Sets 52 to 59 (ninth session), built the same way, each measured once before any change made from it: 52
(the party, the Front and the mass organisations, 37293cd) 0.353 (18 of 51), precision 0.947; 53 (public finance,
70eec9e) 0.714 (50 of 70), 0.820; 54 (the state apparatus, d0f5f3a) 0.364 (16 of 44), 0.941; 55 (foreign, border,
ethnic and religious affairs, 70eec9e) 0.410 (16 of 39), 0.842; 56 (plans agency by agency, 0fd3801) 0.739 (34 of
46), 0.791; 58 (leaders' conclusions, 0fd3801) 0.619 (13 of 21), 1.000; 57 (directives and urgent telegrams,
b8d2dec) 0.629 (39 of 62), 0.907; 59 (district and commune texts, b8d2dec) 0.508 (32 of 63), 0.800; together
0.551 (218 of 396), 0.855. The readers of sets 52-55 also labelled the closing formula "… chịu trách nhiệm thi
hành Quyết định này", which no earlier reader did (their guide did not rule it out): without those pairs 52-55
are 0.353, 0.746, 0.405, 0.727 and 52-59 together 0.588 (217 of 369). Sets 60 to 63, by region: 60 (the south,
9978e8b) 0.638 (30 of 47), 0.789; 61 (the northern mountains, 5c8cb41) 0.289 (11 of 38), 0.688; 62 (the highlands
and the south-central coast, 5c8cb41) 0.793 (23 of 29), 0.958; 63 (the central level, 5c8cb41) 0.690 (29 of 42),
0.690; together 0.596 (93 of 156), 0.775. Sets 64 to 93 (tenth session), built the same way, each measured
once before any change made from it: 64 (trafficking and victims, 4d6ee10) 0.619 (26 of 42), precision 0.812; 65
(children, gender, domestic violence) 0.682 (30 of 44), 0.882; 66 (drugs, prostitution, crime) 0.574 (31 of 54),
0.939; 67 (labour and poverty) 0.733 (33 of 45), 0.971; 68 (legal aid, civil status) 0.432 (16 of 37), 0.889; 69
(district and commune texts) 0.490 (24 of 49), 0.889; together 0.590 (160 of 271), 0.899; 70 (schools, e1d2fd8)
0.700 (42 of 60), 0.857; 71 (disasters) 0.365 (23 of 63), 0.676; 72 (administration) 0.417 (20 of 48), 0.571; 73
(traffic and order) 0.672 (41 of 61), 0.837; 74 (farming) 0.429 (21 of 49), 0.750; 75 (ethnic affairs, social
assistance) 0.673 (35 of 52), 0.946; together 0.547 (182 of 333), 0.784; 76 (the Red River delta, dbe8901) 0.469
(23 of 49), 0.676; 77 (the north-central provinces) 0.474 (18 of 38), 0.750; 78 (the south-east) 0.667 (30 of 45),
0.714; 79 (health) 0.690 (29 of 42), 0.879; 80 (workers) 0.675 (27 of 40), 0.844; 81 (culture) 0.508 (32 of 63),
0.842; together 0.574 (159 of 277), 0.783; 82 (the Mekong delta, ce6e2a3) 0.564 (22 of 39), 0.688; 83 (the
highlands and the south-central coast) 0.789 (45 of 57), 0.900; 84 (the northern mountains) 0.762 (32 of 42),
0.941; 85 (ministries to provinces) 0.682 (30 of 44), 0.833; 86 (Hà Nội and TP Hồ Chí Minh) 0.855 (65 of 76),
0.942; 87 (plans agency by agency) 0.814 (48 of 59), 0.800; together 0.763 (242 of 317), 0.861; 88-93 (d312d02; 24
pages, the session's search budget spent) 88 0.667 (2 of 3), 89 0.167 (2 of 12), 90 1.000 (15 of 15), 91 0.417 (5
of 12), 92 0.321 (9 of 28), 93 0.444 (8 of 18), together 0.466 (41 of 88), 0.707. Sets 94 to 99 (eleventh session), built the same way by six helper sessions
on the product's own themes, each measured once at 3cf647b before any change made from it: 94 (trafficking) 0.450 (9 of
20), precision 0.643; 95 (victims, children, gender) 0.512 (21 of 41), 0.724; 96 (labour migration, borders) 0.592 (42
of 71), 0.808; 97 (drugs, prostitution, crime) 0.644 (29 of 45), 0.829; 98 (legal aid, social assistance) 0.732 (30 of
41), 0.857; 99 (organisation parts restated) 0.500 (23 of 46), 0.742; together 0.583 (154 of 264), 0.786. Sets 100
to 105, the same way, each measured once at the revision named before any change made from it: 100 (provincial
plans department by department, ac60b5f) 0.519 (28 of 54), 0.718; 105 (justice, ac60b5f) 0.569 (29 of 51), 0.644;
102 (the Government and ministries to provinces, 3fba2a6) 0.800 (36 of 45), 0.878; 104 (the Front and the mass
organisations, d254722) 0.400 (22 of 55), 0.611; 103 (police, border guards, army, f7fb90b) 0.395 (17 of 43), 0.548;
101 (district and commune texts, 8b3166b) 0.404 (19 of 47), 0.792; together 0.512 (151 of 295), 0.699. Sets 106 to
114 (twelfth session), full 2025 plans from a public crawl of official texts, each measured once at the revision
named before any change made from it: 106 (0d7ccea) 0.631 (65 of 103), 0.65; 108 (0d7ccea) 0.713 (72 of 101),
0.75; 107 (fad15ed) 0.611 (96 of 157), 0.76; 110 (9337078) 0.763 (71 of 93), 0.75; 109 (967cc46) 0.752 (112 of
149), 0.79; 111 (967cc46) 0.597 (74 of 124), 0.63; 113 (e062a28) 0.640 (57 of 89), 0.66; 114 (e062a28) 0.690 (40
of 58), 0.65; 112 (e062a28) 0.686 (83 of 121), 0.57; together 0.670 (670 of 995). Sets 115 and 116 (thirteenth
session), the same source and guide, each measured once at d868800 before any change made from them: 115 (directives,
telegrams, Government Office notices, provincial decisions) 0.783 (72 of 92), 0.77; 116 (telegrams, letters, party
conclusions, a plan and a procedure) 0.632 (43 of 68), 0.74; together 0.719 (115 of 160). Set 117 (plans for people
with merit and a province's plan on state secrets, 2012-2024, from a second public crawl, TuanHuu168/CongBot), measured
once at 2da8a01 before any change made from it: 0.800 (64 of 80), 0.85 (the extractor's output on its files was seen
in a regression diff before it was measured; nothing was changed from it). Set 118 (the same crawl: the national
steering committee 1237's plan, letters of the Government, ministries and TP Hồ Chí Minh on people with merit,
2008-2018), measured once at a9169fc before any change made from it: 0.533 (40 of 75), 0.77; sets 115-118 together
0.699 (219 of 315). Sets 119 to 124 (fourteenth session), labelled the same way, each measured once at the revision
named before any change made from it: 119 (2025 provincial decisions and plans, 806cf6b) 0.500 (20 of 40), 0.63;
120 (2025 telegrams, resolutions and letters of central bodies, 3d0411f) 0.738 (48 of 65), 0.83; 121 (long
provincial plans and coordination rules, ef5173e) 0.814 (57 of 70), 0.77; 122 (NQ 60-NQ/TW from dvhcvn/20250701,
a commune front's 2026 election plans from LaHieu11/baucu-luongminh, ef5173e) 0.435 (30 of 69), 0.48; 123 (QĐ
2629/QĐ-TTg, TB 624/TB-VPCP, QĐ 95/2025 Nghệ An, 350df10) 0.526 (41 of 78), 0.71; 124 (2017 People's Council
resolutions from hoangmd2410/RAG_DEMO, a tax department's letter, caa4e4e) 0.574 (35 of 61), 0.70; together 0.603
(231 of 383). Sets 125 to 128 (fifteenth session), the same way, each measured once at the revision named before any
change made from it: 125 (a province's labour plan, a national nutrition strategy, a ministry's coordination plan,
health ministry letters, 55a3eb1) 0.677 (63 of 93), 0.70; 126 (CT 299/TTg of 1980, older city and provincial texts, a
tax agreement as scanned, 1395a67) 0.464 (45 of 97), 0.85; 128 (CT 11/CT-TTg as scanned, customs, health and
Government Office letters, db9a56f) 0.509 (27 of 53), 0.68; 127 (a district directive, a province's five-year
directive, two steering committees' decisions, 86f9020) 0.545 (18 of 33), 0.62; together 0.554 (153 of 276). Sets
129 to 135 (sixteenth session), the same way: 129 (two provincial decisions on people with merit, 4f7d1cb) 0.688
(11 of 16), 0.79; 131 (pages on drugs, vagrancy, children and gender, 4f7d1cb) 0.793 (23 of 29), 0.79; 130 (2026
Government and Prime Minister's texts from the official gazette, annex tables flattened a cell line per line,
4f7d1cb) 0.517 (31 of 60), 0.67; 133 (ministries' decisions, one with markdown annex tables, 6a983dc) 0.333 (17 of
51), 0.71; 132 (more gazette texts with flattened annexes, 53cc1bd) 0.488 (41 of 84), 0.80; 135 (2017 People's
Council resolutions, 8971f25) 0.471 (8 of 17), 0.36; 134 (Government resolutions and Prime Minister's decisions, 2022-2026, f43716b) 0.645 (69 of 107),
0.62; 136 (more of them and 2017 council resolutions, 3802dd1) 0.537 (29 of 54), 0.91; together 0.548 (229 of 418). Sets 37-51 were also labelled by a second
blind reader (``duties_second_reader_heldout*.json``, scored by ``bench/agreement.py``). Set 11's reader wrote "Viện kiểm sát nhân dân" where the list's level ("…, Tòa án nhân dân
huyện") is its too, as set 25's reader reads the same form: relabelled "Viện kiểm sát nhân dân huyện".
The readers of sets 29 and 43 wrote "Ban Chỉ đạo" for the steering committee each page is about and names in
full ("Ban Chỉ đạo có nhiệm vụ …" after the decision setting up "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị"):
relabelled with the name the page gives (eleventh session), as the reader of set 20 writes it.

Usage: python bench/duties.py [--data ../shared/data] [--truth FILE ...] [--misses]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kb.ingest import parse_file
from kb.ingest.agencies import agency_key

HERE = Path(__file__).resolve().parent


def pairs(duties) -> set[tuple[str, str]]:
    """(agency key, role) of each duty."""
    return {(agency_key(d["agency"] if isinstance(d, dict) else d.agency),
             d["role"] if isinstance(d, dict) else d.role) for d in duties}


def document_path(path: str, data: Path) -> Path:
    """A labelled document: in the repository (bench/heldout*/ texts kept
    here) or under ../shared/data."""
    mine = HERE.parent / path
    return mine if path.startswith("bench/") else data / path


def score(truth: set, found: set) -> dict:
    hit = truth & found
    return {
        "truth": len(truth),
        "found": len(found),
        "correct": len(hit),
        "recall": round(len(hit) / len(truth), 3) if truth else None,
        "precision": round(len(hit) / len(found), 3) if found else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(HERE.parents[1] / "shared" / "data"))
    parser.add_argument("--truth", action="append",
                        help="labelled documents (repeatable; default: duties_truth*.json beside this script)")
    parser.add_argument("--misses", action="store_true", help="list missed and extra pairs")
    args = parser.parse_args(argv)
    truth_files = args.truth or sorted(str(p) for p in HERE.glob("duties_truth*.json"))
    labelled = [entry for path in truth_files
                for entry in json.loads(Path(path).read_text(encoding="utf-8"))["documents"]]

    totals: dict[str, list[set]] = {}
    print(f"{'set':9} {'document':28} {'truth':>5} {'found':>5} {'recall':>7} {'precision':>9}")
    for entry in labelled:
        truth = pairs(entry["duties"])
        found = pairs(parse_file(document_path(entry["path"], Path(args.data))).duties)
        # one document's pairs stay apart from another's: prefix the path
        tagged_truth = {(entry["path"], *p) for p in truth}
        tagged_found = {(entry["path"], *p) for p in found}
        sets = totals.setdefault(entry["set"], [set(), set()])
        sets[0] |= tagged_truth
        sets[1] |= tagged_found
        s = score(truth, found)
        name = entry.get("number") or Path(entry["path"]).stem
        print(f"{entry['set']:9} {name[:28]:28} {s['truth']:5} {s['found']:5} "
              f"{s['recall'] if s['recall'] is not None else '-':>7} "
              f"{s['precision'] if s['precision'] is not None else '-':>9}")
        if args.misses:
            for agency, role in sorted(truth - found):
                print(f"    missed: {agency} ({role})")
            for agency, role in sorted(found - truth):
                print(f"    extra:  {agency} ({role})")
    summary = {name: score(t, f) for name, (t, f) in sorted(totals.items())}
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
