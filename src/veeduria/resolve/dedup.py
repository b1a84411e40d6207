"""Near-duplicate documents: a wire story copied by several outlets is one source.

Each text becomes the set of its word 3-shingles (lower case, accents kept), hashed into a
MinHash signature with a fixed seed. The signature is cut into LSH bands (``band_keys``);
documents sharing a band are candidate pairs, and a pair is linked when the exact Jaccard
similarity of the two shingle sets reaches the threshold, so the LSH only saves work and
never decides alone. Linked documents form groups (connected components); a group's id is
its smallest document id, and every document gets one.

Band keys are plain strings, so the store can keep them and find the candidates of a new
document without the texts of the others (``veeduria.events``: incremental runs).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

#: words per shingle
SHINGLE = 3
#: MinHash permutation seed: fixed, so signatures are the same in every process
SEED = 1
#: Jaccard similarity from which two texts are copies, and MinHash permutations
THRESHOLD = 0.8
PERM = 128

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    """Word ``size``-grams of a text (the whole text when it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


@functools.lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows per band for a threshold (datasketch's optimum)."""
    from datasketch import MinHashLSH  # imported when first needed: it takes half a second

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def band_keys(
    shingle_sets: Sequence[frozenset[str]], *, threshold: float = THRESHOLD, num_perm: int = PERM
) -> list[tuple[str, ...]]:
    """The LSH band keys of each shingle set (none for an empty set).

    Two sets share a key when their MinHash signatures agree on a whole band: the
    candidate pairs of datasketch's ``MinHashLSH`` with the same threshold.
    """
    out: list[tuple[str, ...]] = [() for _ in shingle_sets]
    hashed = [i for i, s in enumerate(shingle_sets) if s]
    if not hashed:
        return out
    from datasketch import MinHash

    bands, rows = _bands(threshold, num_perm)
    signatures = MinHash.bulk(
        [[x.encode("utf-8") for x in sorted(shingle_sets[i])] for i in hashed],
        num_perm=num_perm,
        seed=SEED,
    )
    for i, sig in zip(hashed, signatures, strict=True):
        values = sig.hashvalues
        out[i] = tuple(
            f"{b}:{_digest(values[b * rows : (b + 1) * rows].tobytes())}" for b in range(bands)
        )
    return out


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def candidate_pairs(keys: Mapping[str, Sequence[str]]) -> set[tuple[str, str]]:
    """Pairs of documents (smaller id first) that share an LSH band key.

    Quadratic in the documents of a band: for a whole corpus use ``candidate_buckets`` and
    ``copy_links``, which compare only what can still join two groups.
    """
    pairs: set[tuple[str, str]] = set()
    for ordered in candidate_buckets(keys):
        pairs.update((a, b) for n, a in enumerate(ordered) for b in ordered[n + 1 :])
    return pairs


def candidate_buckets(keys: Mapping[str, Sequence[str]]) -> list[tuple[str, ...]]:
    """The documents of each LSH band key that two documents or more share, sorted, each
    set of documents once, in a stable order."""
    buckets: dict[str, list[str]] = {}
    for doc_id, doc_keys in keys.items():
        for key in doc_keys:
            buckets.setdefault(key, []).append(doc_id)
    return sorted({tuple(sorted(m)) for m in buckets.values() if len(m) > 1})


def copy_links(
    buckets: Iterable[Sequence[str]], copies: Callable[[str, str], bool]
) -> list[tuple[str, str]]:
    """Links between copies that make the same groups as linking every candidate pair.

    Within each bucket the pairs are tried in order, but a pair whose documents are in one
    group already is not compared (linking it changes no group), and a bucket stops as
    soon as its documents are one group. A wire story copied by hundreds of outlets costs
    about one comparison per copy instead of one per pair (listing every pair of the
    100,000-document benchmark corpus took a Dask client past 7 GB). ``copies(a, b)``
    says whether two documents are copies.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    links: list[tuple[str, str]] = []
    for members in buckets:
        apart = len({find(m) for m in members})
        for n, a in enumerate(members):
            if apart == 1:
                break
            for b in members[n + 1 :]:
                ra, rb = find(a), find(b)
                if ra != rb and copies(a, b):
                    parent[max(ra, rb)] = min(ra, rb)
                    links.append((a, b))
                    apart -= 1
                    if apart == 1:
                        break
    return links


def connected_sets(buckets: Iterable[Sequence[str]]) -> list[list[Sequence[str]]]:
    """The buckets in sets that share no document: the buckets of each connected set of
    documents, in their order, the sets in order of their first bucket. Copies are only
    ever found inside a set (``copy_links`` on each set gives the links it gives on all)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    buckets = [b for b in buckets if b]
    for bucket in buckets:
        for other in bucket[1:]:
            ra, rb = find(bucket[0]), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    sets: dict[str, list[Sequence[str]]] = {}
    for bucket in buckets:
        sets.setdefault(find(bucket[0]), []).append(bucket)
    return list(sets.values())


def groups_from_links(ids: Iterable[str], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Connected components of linked documents; each maps to its smallest member."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in sorted(parent)}


def near_duplicate_groups(
    docs: Iterable[tuple[str, str]], *, threshold: float = THRESHOLD, num_perm: int = PERM
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
    del texts
    keys = dict(
        zip(
            ids,
            band_keys([sets[i] for i in ids], threshold=threshold, num_perm=num_perm),
            strict=True,
        )
    )
    links = copy_links(candidate_buckets(keys), lambda a, b: jaccard(sets[a], sets[b]) >= threshold)
    return groups_from_links(ids, links)
