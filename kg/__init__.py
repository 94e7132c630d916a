"""Local Governance Practice knowledge graph: county reform reports to RDF."""

__version__ = "0.1.0"

from kg.errors import KgError  # noqa: E402

__all__ = ["KgError", "__version__"]
