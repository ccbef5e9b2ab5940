"""Numeric dates on a page's date lines: "18.12.2024", "18/12/2024", "12/18/2024", "18-12-2024",
"2024/12/18".

Day and month are told apart the way a reader does: a dotted date is written day first (as
European pages write it); otherwise the number above 12 is the day, and when neither is above
12 ("03/04/2025": March 4 or 3 April) the date is left unread rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["numeric_date"]

_NUMERIC = re.compile(r"(?<![\d/.\-])(?:(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"
                      r"|(?P<y2>\d{4})(?P<sep2>[./])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2}))(?![\d/\-]|\.\d)")


def numeric_date(s: str) -> str | None:
    """The first numeric date in ``s`` as YYYY-MM-DD (see the module doc), else None."""
    m = _NUMERIC.search(s)
    if m is None:
        return None
    if m["y2"]:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
    else:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == "." or a > 12:
            d, mo = a, b
        elif b > 12:
            mo, d = a, b
        else:
            return None
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None
