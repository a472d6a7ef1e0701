"""Statistical components trained on the gold corpus, fused with the rules.

A clause classifier (spaCy ``textcat_multilabel``, bag-of-words) scores every clause unit of the
rule segmentation: is it a directive, and of which modality. Its inputs are the clause's syllables
plus pseudo-words that encode what the rules found there (``__cue_object__``, ``__leadin_item__``,
``__rule_cue__`` …). ``de_clause_model`` fuses its calibrated scores with the rule drafts.
"""

from __future__ import annotations
