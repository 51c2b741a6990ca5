"""Positions for a design's components, computed by Graphviz."""

from .graphviz_layout import LayoutError, layout_positions

__all__ = ["LayoutError", "layout_positions"]
