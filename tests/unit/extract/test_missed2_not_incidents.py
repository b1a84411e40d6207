"""Sixteenth session (extract-missed2): passages that name a kind of act, not one that happened.

- What an authority says it will not tolerate or allow ("will not tolerate roadblocks or
  attacks", "no permitirá barricadas ni cortes de ruta") is a kind of act (``generic`` cues);
  "will not allow the march" keeps its article and its march.
- A use a demand asks to end or suspend is no event, even when the demand stands further
  back, before the other things it asks; "to stop" as a purpose keeps the police's act.
- A fact-check's title and its note on method name what was checked, not an incident; its
  verdict tells one.
- "a licence to repress", "una licencia para reprimir", "the protest dead" name no act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import extract
from veeduria.models import Document


def _events(resources, text, language):
    doc = Document(id="t", text=text, language=language, published=dt.date(2025, 3, 20))
    return extract(doc, resources).events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The minister warned that he will not tolerate roadblocks or attacks on buses."),
        ("en", "The mayor said the city would not allow barricades in the historic centre."),
        ("en", "Police have said they will not let marchers reach the presidential palace."),
        ("es", "El prefecto advirtió que no permitirá barricadas ni cortes de ruta."),
        ("es", "El ministro dijo que no se tolerarán saqueos en la ciudad."),
    ],
)
def test_what_an_authority_will_not_allow_is_no_event(resources, lang, text):
    assert not _events(resources, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We urge the government to suspend the use of rubber bullets at once."),
        (
            "en",
            "The commission calls on the authorities to free everyone held only for protesting, "
            "to end the use of firearms against demonstrators and to open an inquiry.",
        ),
        (
            "es",
            "Exhortamos al Gobierno a liberar a los detenidos por protestar y a suspender el uso "
            "de perdigones.",
        ),
    ],
)
def test_a_use_asked_to_end_is_no_event(resources, lang, text):
    assert not _events(resources, text, lang)


def test_a_purpose_to_stop_keeps_the_act(resources):
    events = _events(
        resources,
        "Thousands marched on Monday, and police fired tear gas to stop the march.",
        "en",
    )
    assert "Protest with intervention" in [m.sub_event_type for m in events]


def test_a_fact_check_title_and_method_are_no_incident_but_its_verdict_is(resources):
    text = (
        "Fact check: Was a photographer hit by a tear gas canister fired by police?\n\n"
        "What we checked: We reviewed videos that traced the path of the canister.\n\n"
        "Verdict: True. The photographer was hit in the head by a tear gas canister fired by "
        "police at the protest on March 12."
    )
    verdict = text.index("Verdict")
    events = _events(resources, text, "en")
    assert events
    assert all(m.sentence[0] >= verdict for m in events), [m.trigger.text for m in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The curfew must not become a licence to repress."),
        ("en", "Three years on, the protest dead still wait for a trial."),
        ("es", "La emergencia no puede ser una licencia para reprimir."),
    ],
)
def test_a_licence_or_the_dead_of_protests_name_no_act(resources, lang, text):
    kinds = [m.sub_event_type for m in _events(resources, text, lang)]
    assert not {"Peaceful protest", "Protest with intervention", "Violent demonstration"} & set(
        kinds
    ), kinds


def test_a_repression_told_stays(resources):
    kinds = [
        m.sub_event_type for m in _events(resources, "Police repressed the march on Monday.", "en")
    ]
    assert kinds == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said they will not allow the march to reach the square on Thursday."),
        ("es", "El prefecto dijo que no permitirá la marcha del jueves."),
    ],
)
def test_a_demonstration_named_with_its_article_stays(resources, lang, text):
    assert [m.mode for m in _events(resources, text, lang)] == ["march"]
