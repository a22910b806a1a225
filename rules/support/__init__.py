"""Helpers shared by the built-in pack's rule modules; no rule is declared here."""
