"""What several rule modules of the built-in pack share — French wording, reference data,
text written twice, amounts that restate each other; no rule is declared here."""
