"""The Lark grammar of acts (``act.lark``), shipped as package data."""
