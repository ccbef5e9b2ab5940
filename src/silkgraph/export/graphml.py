"""GraphML export of the actor network (relations, transfers, memberships)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import IO

from silkgraph.analyse.kb import KnowledgeBase

NODE_KEYS = [("name", "string"), ("type", "string"), ("bloc", "int"), ("degree", "int"),
             ("x", "double"), ("y", "double")]
EDGE_KEYS = [("kind", "string"), ("weight", "int"), ("facts", "string"),
             ("symmetric", "boolean")]


def graphml_tree(kb: KnowledgeBase) -> ET.ElementTree:
    net = kb.network()
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for name, typ in NODE_KEYS:
        ET.SubElement(root, "key", {"id": f"n_{name}", "for": "node", "attr.name": name,
                                    "attr.type": typ})
    for name, typ in EDGE_KEYS:
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name,
                                    "attr.type": typ})
    g = ET.SubElement(root, "graph", id="silkgraph", edgedefault="directed")
    for n in net.nodes:
        el = ET.SubElement(g, "node", id=n.id)
        for key, val in (("name", n.name), ("type", n.type), ("bloc", n.bloc),
                         ("degree", n.degree), ("x", n.x), ("y", n.y)):
            ET.SubElement(el, "data", key=f"n_{key}").text = str(val)
    for i, e in enumerate(net.edges):
        el = ET.SubElement(g, "edge", id=f"e{i}", source=e.a, target=e.b)
        for key, val in (("kind", e.kind), ("weight", e.weight), ("facts", " ".join(e.fact_ids)),
                         ("symmetric", "false" if e.kind in ("transfer", "member") else "true")):
            ET.SubElement(el, "data", key=f"e_{key}").text = str(val)
    ET.indent(root)
    return ET.ElementTree(root)


def write_graphml(kb: KnowledgeBase, out: str | Path | IO[bytes]) -> int:
    """Write the network; return the number of edges."""
    tree = graphml_tree(kb)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return len(tree.getroot().findall(".//{*}edge")) or len(tree.getroot().findall(".//edge"))
