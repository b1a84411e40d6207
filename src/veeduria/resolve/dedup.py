"""Near-duplicate documents: a wire story copied by several outlets is one source.

Each text becomes the set of its word 3-shingles (lower case, accents kept), hashed into a
MinHash signature with a fixed seed. MinHash LSH proposes candidate pairs; a pair is linked
when the exact Jaccard similarity of the two shingle sets reaches the threshold, so the LSH
only saves work and never decides alone. Linked documents form groups (connected
components); a group's id is its smallest document id, and every document gets one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

#: words per shingle
SHINGLE = 3
#: MinHash permutation seed: fixed, so signatures are the same in every process
SEED = 1

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    """Word ``size``-grams of a text (the whole text when it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def near_duplicate_groups(
    docs: Iterable[tuple[str, str]], *, threshold: float = 0.8, num_perm: int = 128
) -> dict[str, str]:
    """Group near-duplicate documents.

    Args:
        docs: ``(doc_id, text)`` pairs; a repeated id keeps its first text.
        threshold: Jaccard similarity of word 3-shingles from which two texts are copies.
        num_perm: MinHash permutations.

    Returns:
        Every doc id mapped to its group id (the smallest doc id of the group; a document
        with no copy is its own group). Independent of input order.
    """
    texts: dict[str, str] = {}
    for doc_id, text in docs:
        texts.setdefault(doc_id, text)
    ids = sorted(texts)
    sets = {i: shingles(texts[i]) for i in ids}
    hashed = [i for i in ids if sets[i]]
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if len(hashed) > 1:
        signatures = MinHash.bulk(
            [[s.encode("utf-8") for s in sorted(sets[i])] for i in hashed],
            num_perm=num_perm,
            seed=SEED,
        )
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        for doc_id, sig in zip(hashed, signatures, strict=True):
            lsh.insert(doc_id, sig)
        for doc_id, sig in zip(hashed, signatures, strict=True):
            for other in sorted(lsh.query(sig)):
                if other <= doc_id:
                    continue
                a, b = sets[doc_id], sets[other]
                if len(a & b) / len(a | b) >= threshold:
                    ra, rb = find(doc_id), find(other)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}
