"""One base exception with specific subclasses; messages say where, what was expected, what was found."""

from __future__ import annotations


class DirectiveExtractError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(DirectiveExtractError):
    """An input cannot be read as text (missing, binary, not UTF-8, empty, too large)."""


class DataFileError(DirectiveExtractError):
    """A packaged or user data file (YAML lexicon) is malformed.

    The message names the file, the line and what to do about it.
    """


class ReviewFileError(DirectiveExtractError):
    """A review file is malformed; ``problems`` lists every ``FILE:LINE: message``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(problems[0] if problems else "invalid review file")
