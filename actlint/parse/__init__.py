"""Parsing: logical lines to the typed act — grammar runtime, builder, entities."""
