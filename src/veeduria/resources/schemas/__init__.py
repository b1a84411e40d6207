"""One module per lexicon name; each defines ``Entry``, a pydantic model with extra='forbid'."""
