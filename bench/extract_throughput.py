"""Extraction throughput on one core: megabytes of article text read per second.

    python bench/extract_throughput.py [--copies 20] [--runs 5]

Two corpora: the seed articles (real news and analysis pieces, 2-9 KB each) and dealgraph's own test
articles (short, every sentence a deal: a worst case). Each copy of an article gets a distinct suffix,
so nothing is served from a cache keyed on the text. Reports the best and the median of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from graph.extract import get_extractor
from graph.model import Document

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {"seed articles": sorted((ROOT / "seeds").glob("*.txt")),
           "deal-dense test articles": sorted((ROOT / "tests" / "data").glob("*/*.txt"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    extractor = get_extractor()
    for name, paths in CORPORA.items():
        texts = [p.read_text(encoding="utf-8") for p in paths]
        rates, claims = [], 0
        for run in range(args.runs):
            documents = [Document(f"{i}.txt", f"{t}\n[{run}-{i}]") for i, t in enumerate(texts * args.copies)]
            size = sum(len(d.text.encode("utf-8")) for d in documents)
            start = time.perf_counter()
            claims = sum(len(extractor.extract(d)) for d in documents)
            rates.append(size / 1e6 / (time.perf_counter() - start))
        print(f"{name}: {len(documents)} documents, {size / 1e6:.2f} MB, {claims} claims; "
              f"best {max(rates):.2f} MB/s, median {statistics.median(rates):.2f} MB/s")


if __name__ == "__main__":
    main()
