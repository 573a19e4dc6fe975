"""Field parsers that serve normalize: one small module per kind of field."""
