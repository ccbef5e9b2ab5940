"""Reference data: SIPRI Arms Transfers Database exports (parsing, name mapping, shares).

* :mod:`silkgraph.reference.sipri` — streaming parsers for both export shapes;
* :mod:`silkgraph.reference.names` — SIPRI names / user input → entity ids, regions;
* :mod:`silkgraph.reference.shares` — TIV shares, ranks and volumes (pure).

Storage and queries live in :mod:`silkgraph.store.reference`; claim checks in
:mod:`silkgraph.analyse.checks`. Data derived from it cites "SIPRI Arms Transfers Database".
"""
