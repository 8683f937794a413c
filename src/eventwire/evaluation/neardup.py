"""Near-duplicate detection measured on ECB+ news articles.

ECB+ groups real news articles by topic; within a topic many articles report
the same event in different words, which must NOT be near-duplicates. Each
article is also re-published as a synthetic reprint with a different site
header and footer (and typographic quotes), which MUST be found. Reports the
near-duplicate pairs among the originals (checked with the exact shingle
Jaccard and containment), reprint recall, and ingest speed of ``build_article``.

    python -m eventwire.evaluation.neardup [--seed N]
"""

from __future__ import annotations

import argparse
import random
import time
from itertools import combinations

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.ecbplus import load_docs
from eventwire.ingest import build_article
from eventwire.ingest.dedup import THRESHOLD, NearDupIndex, minhash, shingles

NAME = "neardup"
SEED = 5
REUSE = 0.8  # exact containment that confirms a flagged pair as reused text
HEADERS = (
    "World News Daily | By Staff Writer | Updated hourly",
    "The Global Herald - from wire services",
    "Breaking: latest news from our correspondents around the world",
    "Morning Edition — reported by the foreign desk",
)
FOOTERS = (
    "Copyright World News Daily. All rights reserved. Reporting by the desk.",
    "Our standards: editing by the foreign desk; corrections are welcome.",
    "This story was published from a wire agency feed without modifications to the text.",
    "Related coverage: more from our correspondents in the region this week.",
)


def reprint(text: str, rng: random.Random) -> str:
    """The text with another site's header and footer and typographic quotes."""
    body = text.replace(" ' s ", "’s ").replace('"', "”")
    return f"{rng.choice(HEADERS)}\n{body}\n{rng.choice(FOOTERS)}"


def exact_jaccard(a: str, b: str) -> float:
    """The exact Jaccard similarity of the word 5-shingle sets."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def exact_containment(a: str, b: str) -> float:
    """The exact share of the smaller shingle set inside the larger."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def main(argv: list[str] | None = None) -> None:
    """Run the evaluation and write eval-results/neardup.json."""
    parser = argparse.ArgumentParser(prog=f"python -m eventwire.evaluation.{NAME}")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    base = eval_path("ecbplus")
    if base is None:
        skip("ecbplus evaluation data")
    docs = load_docs(base)
    rng = random.Random(args.seed)
    start = time.perf_counter()
    articles = [build_article(d.text, id=d.id) for d in docs]
    build_seconds = time.perf_counter() - start
    index = NearDupIndex()
    flagged = []
    for art in articles:
        mh = minhash(art.text)
        match = index.query(mh)
        if match is not None:
            flagged.append((art.id, match.id, match.jaccard))
        index.add(art.id, mh)
    by_id = {a.id: a.text for a in articles}
    exact = {(a, b): (exact_jaccard(by_id[a], by_id[b]), exact_containment(by_id[a], by_id[b]))
             for a, b, _ in flagged}
    confirmed = [k for k, (j, c) in exact.items() if j >= THRESHOLD or c >= REUSE]
    topic = {d.id: d.story for d in docs}
    cross_story = [f for f in flagged if topic[f[0]] != topic[f[1]]]
    found, jaccards = 0, []
    for art in articles:
        copy = build_article(reprint(art.text, rng)).text
        match = index.query(minhash(copy), exclude=None)
        jaccards.append(exact_jaccard(copy, art.text))
        found += match is not None and match.id == art.id
    same_story_pairs = sum(1 for a, b in combinations(docs, 2) if a.story == b.story)
    results = {
        "articles": len(docs),
        "same_story_pairs": same_story_pairs,
        "near_duplicate_pairs_flagged": len(flagged),
        "flagged_confirmed_as_text_reuse": len(confirmed),
        "flagged_across_stories": len(cross_story),
        "flagged": [{"article": a, "duplicate_of": b, "jaccard": round(j, 3),
                     "exact_jaccard": round(exact[a, b][0], 3),
                     "exact_containment": round(exact[a, b][1], 3)} for a, b, j in flagged],
        "reprint_recall": found / len(articles),
        "reprint_exact_jaccard_min": min(jaccards),
        "reprint_exact_jaccard_mean": sum(jaccards) / len(jaccards),
        "build_article_per_second": len(docs) / build_seconds,
        "threshold": THRESHOLD,
    }
    print_table([(k, v) for k, v in results.items() if k != "flagged"],
                title=f"near-duplicates on ECB+ ({len(docs)} articles)")
    for a, b, j in flagged:
        ej, ec = exact[a, b]
        print(f"  flagged {a} ~ {b}: estimated Jaccard {j:.2f}, exact {ej:.2f}, containment {ec:.2f}")
    print(f"wrote {write_results(NAME, results)}")


if __name__ == "__main__":
    main()
