"""Shared pieces of name patterns: capitalised name words, particles, possessives, slugs."""

from __future__ import annotations

import re

# a capitalised name word; hyphenated parts ("Amir-Abdollahian", "Fazl-e-Haider",
# "Kassym-Jomart") stay one word
CAP = r"[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']*)*"
_PARTICLE = r"(?:(?:bin|ibn|bint|abu|al|el|da|de|di|del|der|den|du|la|le|van|von|ul|ud)\s+|al-|el-)"
NAME = rf"(?:{CAP}|[A-Z]\.)(?:\s+{_PARTICLE}?(?:{CAP}|[A-Z]\.)){{1,3}}"
WORD = r"[A-Z][\w’'\-]*"  # a capitalised word of a name (letters, digits, hyphens)
POSS = r"(?:’s|'s)"
TOKEN = re.compile(r"[a-z]+")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"
