"""spaCy components of the pipeline: each finds one kind of span and writes ``doc.spans[kind]``.

Every component is a registered factory (``de_structure``, ``de_cues``, ``de_actors``, ``de_time``,
``de_targets``, ``de_assemble``); the pure parsers they call know nothing of spaCy.
"""

from __future__ import annotations

from directive_extract.components import actors, assemble, cues, structure, targets, time

__all__ = ["actors", "assemble", "cues", "structure", "targets", "time"]
