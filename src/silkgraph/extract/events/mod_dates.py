"""The event's date made more precise after it is chosen: merged into :mod:`dating_finer` (the one place
a vaguer date gives way to a finer one of its clause); kept so that importers of ``refined_date`` here
keep working."""

from __future__ import annotations

from silkgraph.extract.events.dating_finer import refined_date

__all__ = ["refined_date"]
