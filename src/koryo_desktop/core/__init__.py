"""Plain-Python core: entities, dates, search-text folding, errors. Imports no Qt and no SQL."""
