"""silkgraph: a sourced, time-aware knowledge base of regional-security analysis."""
__version__ = "0.1.0"
