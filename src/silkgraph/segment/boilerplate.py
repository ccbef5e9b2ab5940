"""Lines that are no prose of the article: photo captions, boilerplate (a publication's
self-description, sign-up and sharing links, copyright, disclaimers) and obfuscated e-mail
notices.  Pure functions on strings (read through ``structure``)."""

from __future__ import annotations

import re

from silkgraph.nlp.prefilter import gate_of, lower_for_gates

_CAPTION_RES = [
    re.compile(
        r"\b(?:Images?|Photos?|Pictures?|Photographs?)\s*(?:courtesy|credit|by|via|source|from)\b",
        re.I,
    ),
    re.compile(r"^(?:Photo|Image|Picture|Source|Credit|Caption|Photo credit)\s*:", re.I),
    # a credit closing a caption line: "Troops on parade. Photo: Ministry of Defence."
    re.compile(
        r"(?:^|[.!?]\s+|\(\s*)(?:Photo|Image|Picture|Photograph|Source|Credit)(?:\s+credit)?\s*:"
        r"\s*(?:(?-i:[A-Z])\.|[^.:\n]){1,100}(?:\.\s*)?\)?\s*$",
        re.I,
    ),
    re.compile(r"\bcourtesy of\b[^.]{0,80}\.?\s*$", re.I),
    re.compile(
        r"\b(?:Wikimedia Commons|Wikipedia Commons|Getty Images|Shutterstock|Flickr)\b", re.I
    ),
    re.compile(r"\((?:photo|image|credit)[^)]*\)\s*$", re.I),
    re.compile(r"(?:/|\|)\s*(?:AFP|Reuters|AP|EPA|Getty|Xinhua|TASS)\s*\.?\s*$"),
]

_SENT_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Lt|Mr|Dr|St|Co|No|Jr|Sr))(?<!\b(?:Gen|Col|Maj|Adm|Mrs|Inc|Ltd|Sgt))"
    r"(?<!\bCapt)"
    r"[.!?](?:\s|$)"
)


def is_caption(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 300:
        return False
    # a caption is one or two short sentences; the full stops of initials and
    # abbreviations ("U.S.", "Lt.", "Gen.") end no sentence
    # (four sentence ends need four of ".!?": the scan, slow with its look-behinds, runs only then)
    if sum(map(s.count, ".!?")) > 3 and len(_SENT_END.findall(s)) > 3:
        return False
    low = lower_for_gates(s)  # (each pattern tried only where its literal prefixes start: nlp.prefilter)
    return any(gate_of(r).search(s, low) for r in _CAPTION_RES)


_BOILER_RES = [
    re.compile(
        r"\bis an? (?:bi-?weekly|weekly|fortnightly|twice-monthly|semi-?monthly|monthly|"
        r"bi-?monthly|quarterly|annual|daily|online|regular) "
        r"(?:publication|journal|newsletter|magazine|digest|bulletin|review|briefing)\b",
        re.I,
    ),
    re.compile(
        r"^(?:Sign up|Subscribe|Follow us|Share this|Related (?:articles|posts)|Read more|"
        r"Click here|Tags?:|Categories:|Back to top|Print|Email this)\b",
        re.I,
    ),
    re.compile(r"\bAll rights reserved\b|^Copyright\b|^©", re.I),
    # a newsletter box addressed to the reader: "Get the week's analysis in your inbox."
    re.compile(r"^(?:Get|Receive|Have)\b[^.]{0,80}\b(?:to|in|into) your inbox\b", re.I),
    # the publisher's self-description and disclaimer closing an issue
    re.compile(
        r"^The (?:[A-Z][\w\-’']*\s+(?:(?:and|of|for|on|the|&)\s+)?){1,6}publishes (?:\w+\s+){0,2}"
        r"(?:analys[ie]s|articles|commentary|commentaries|reports|research|essays)\b"
    ),
    re.compile(r"^(?:The )?views expressed (?:here |herein |in [\w\s]{1,40})?are (?:those of )?the authors?[’']?s?[’']? own\b", re.I),
    # "All views are those of the authors …", "Views are the authors' own; …"
    re.compile(
        r"^(?:All |The )?(?:views|opinions) (?:expressed )?(?:here |herein )?are "
        r"(?:those of the authors?\b|the authors?[’']?s?[’']? own\b)",
        re.I,
    ),
]


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) < 1000 and any(r.search(s) for r in _BOILER_RES)


EMAIL_NOTICE = re.compile(
    r"This e-?mail address is being protected from spam ?bots\.?"
    r"(?:\s*You need JavaScript enabled to view it\.?)?(?:\s*\.)*",
    re.I,
)

_NOTICE_LEADIN = re.compile(r"(?:\b(?:E-?mail|Contact)(?: address)?\s*[,:]?\s*)$", re.I)


def email_notices(text: str) -> list[tuple[int, int]]:
    """Spans of obfuscated e-mail notices, widened to their lead-in ("Email, …" or the
    sentence "He is reachable by email at …")."""
    out: list[tuple[int, int]] = []
    # every notice says "protected" (letters that IGNORECASE matches only to their own
    # capitals, so a lower-cased test is exact)
    if "protected" not in text.lower():
        return out
    for m in EMAIL_NOTICE.finditer(text):
        s = m.start()
        before = text[:s]
        lm = _NOTICE_LEADIN.search(before)
        if lm:
            s = lm.start()
        else:
            # the sentence the notice sits in, when it is about reaching someone
            cut = max(before.rfind(". "), before.rfind("\n"))
            sent_start = 0 if cut < 0 else cut + (2 if before[cut] == "." else 1)
            if re.search(
                r"\b(?:reach|reached|reachable|contact|contacted|write|e-?mail)\b",
                before[sent_start:],
                re.I,
            ):
                s = sent_start
        out.append((s, m.end()))
    return out
