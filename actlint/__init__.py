"""actlint: a linter for French local-government acts."""

__version__ = "0.1.0"
