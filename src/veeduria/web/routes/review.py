"""Review forms (analysts): accept, reject, edit a field, merge, split. Every POST checks CSRF."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from veeduria.web import review
from veeduria.web.audit import Actor
from veeduria.web.auth import Principal, check_csrf, client_ip
from veeduria.web.routes._deps import Analyst, get_db

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


def _actor(request: Request, who: Principal) -> Actor:
    return Actor(who.name, client_ip(request))


def _back(event_id: str) -> RedirectResponse:
    return RedirectResponse(f"/events/{event_id}#review", 303)


@router.post("/events/{event_id}/accept")
def accept(
    request: Request, *, event_id: str, reason: str = Form(""), who: Analyst
) -> RedirectResponse:
    review.accept(get_db(request), _actor(request, who), event_id, reason)
    return _back(event_id)


@router.post("/events/{event_id}/reject")
def reject(
    request: Request, *, event_id: str, reason: str = Form(""), who: Analyst
) -> RedirectResponse:
    review.reject(get_db(request), _actor(request, who), event_id, reason)
    return _back(event_id)


@router.post("/events/{event_id}/edit")
def edit(
    request: Request,
    *,
    event_id: str,
    field: str = Form(...),
    value: str = Form(""),
    reason: str = Form(""),
    who: Analyst,
) -> RedirectResponse:
    review.edit(get_db(request), _actor(request, who), event_id, field, value, reason)
    return _back(event_id)


@router.post("/events/{event_id}/merge")
def merge(
    request: Request,
    *,
    event_id: str,
    into: str = Form(..., max_length=64),
    reason: str = Form(""),
    who: Analyst,
) -> RedirectResponse:
    review.merge(get_db(request), _actor(request, who), event_id, into, reason)
    return _back(into.strip())


@router.post("/events/{event_id}/split")
def split(
    request: Request,
    *,
    event_id: str,
    mention_ids: Annotated[list[str] | None, Form()] = None,
    reason: str = Form(""),
    who: Analyst,
) -> RedirectResponse:
    new_id = review.split(
        get_db(request), _actor(request, who), event_id, mention_ids or [], reason
    )
    return _back(new_id)
