"""The pipeline's modes (light: the CLI builds its parser from it without loading the pipeline).

"rules": the rule components alone; "model": the clause classifier decides which clauses are
directives (fields from the rules); "hybrid": both fused (docs/model.md).
"""

from __future__ import annotations

import argparse
from typing import Literal, get_args

Mode = Literal["rules", "model", "hybrid"]
MODES: tuple[str, ...] = get_args(Mode)


def add_mode_option(parser: argparse.ArgumentParser) -> None:
    """``--mode rules|model|hybrid`` (default: the pipeline's)."""
    parser.add_argument(
        "--mode",
        choices=MODES,
        default=None,
        help="rules only, the clause model only, or both fused (default: the pipeline's default)",
    )
