"""Run actlint as ``python -m actlint``."""

from actlint.cli import main

main()
