"""Reading: bytes to text with positions — files, document formats, normalisation."""
