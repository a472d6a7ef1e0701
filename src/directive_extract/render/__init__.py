"""HTML view of a notice's directives (``directive-extract render``)."""

from __future__ import annotations

from directive_extract.render.html import marks, render

__all__ = ["marks", "render"]
