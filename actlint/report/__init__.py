"""Reporters: how findings and parsed acts are shown to people and to tools."""
