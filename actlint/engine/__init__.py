"""The engine: the rule API, the registry of every rule, facts, configuration, linting."""
