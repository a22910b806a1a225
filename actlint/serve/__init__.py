"""`actlint serve`: a web page and a JSON endpoint over the same checks as the command line."""
