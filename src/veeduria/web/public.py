"""Public mode for JSON answers: the same masking the pages apply (see ``masking``)."""

from __future__ import annotations

from typing import Any

from veeduria.web.masking import mask_actor, mask_names

#: keys whose string values are text from documents (titles, quotes, evidence)
TEXT_KEYS = frozenset({"text", "title", "doc_title", "attribution", "value", "notes"})
#: keys that name reviewers: dropped in public mode
PRIVATE_KEYS = frozenset({"user", "reviews", "audit"})


def mask_payload(value: Any, *, key: str | None = None) -> Any:
    """A copy of a JSON-like value with names masked and reviewer names removed."""
    if isinstance(value, dict):
        out = {k: mask_payload(v, key=k) for k, v in value.items() if k not in PRIVATE_KEYS}
        if isinstance(out.get("name"), str) and "inter" in out:
            out["name"] = mask_actor(out["name"], out.get("inter"))
        for side in ("actor1", "actor2"):
            if isinstance(out.get(side), str) and f"{side}_inter" in out:
                out[side] = mask_actor(out[side], out.get(f"{side}_inter"))
        return out
    if isinstance(value, list):
        return [mask_payload(v, key=key) for v in value]
    if isinstance(value, str) and key in TEXT_KEYS:
        return mask_names(value)
    return value
