"""Quick matcher throughput check (not a test): ``python -m silkgraph.knowledge.bench [FILE]``.

Without FILE it repeats a built-in regional-security paragraph to about 5 million characters.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from . import load_knowledge

SAMPLE = (
    "On 7 May, Pakistan's Air Force said its JF-17 Thunder Block III and J-10CE fighters, armed "
    "with PL-15E missiles, engaged Indian Rafales. The U.S.-led talks in Islamabad and New Delhi "
    "followed; the SCO and CSTO watched as Azerbaijan's Ilham Aliyev met Recep Tayyip Erdoğan in "
    "Baku to discuss the Zangezur corridor, Bayraktar TB2 drones and Türkiye's KAAN programme. "
    "Tehrik-i-Taliban Pakistan (TTP) attacks in Khyber Pakhtunkhwa and Balochistan strained "
    "Sino-Pakistani ties along the China-Pakistan Economic Corridor, while Tajik and Uzbek "
    "officials in Dushanbe and Tashkent weighed the Trans-Afghan Railway. "
)


def main(argv: list[str]) -> int:
    kb = load_knowledge()
    t0 = time.perf_counter()
    kb.find("warm up")
    build = time.perf_counter() - t0
    text = Path(argv[0]).read_text(encoding="utf-8") if argv else SAMPLE * (5_000_000 // len(SAMPLE))
    t0 = time.perf_counter()
    matches = kb.find(text)
    dt = time.perf_counter() - t0
    print(f"automaton build {build:.2f}s; {len(text):,} chars, {len(matches):,} matches in {dt:.2f}s "
          f"= {len(text) / dt / 1e6:.2f} M chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
