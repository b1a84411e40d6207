"""Place words: ``{id, role, words: [...]}``, the words ``veeduria.extract.places`` builds its
patterns of a town's roles from.

A word is a literal word or phrase: it is escaped, never read as a regular expression, and the
words of one role, from every language's file, are joined longest first. The structure of each
pattern (what comes before and after the words, the prepositions and articles around them)
stays in ``veeduria.extract.places``; a role's note there says whether a phrase's spaces stand
for any run of whitespace. Every role a pattern needs must have at least one word in some
language; a role with words in one language only has an entry in that language's file only.

Roles:

- ``origin``: where people come from ("natural de", "procedentes de", "hometown");
- ``institution``: an institution whose name may end with a town ("Dirección", "Fiscalía");
- ``station``: a station or paper named after its town ("Radio", "Diario");
- ``office_acronym``: an office named by its acronym and its town, with no "de" ("Diresa",
  "Red de Salud"); spaces match any whitespace;
- ``name_after``: a capitalised word that makes a town before it part of a name ("Regional",
  "Chamber");
- ``name_after_level``, ``name_after_office``: the same in lower case, a level and an office
  ("regional health");
- ``name_after_body``: a body named after a town, in lower case ("federation", "chamber of
  commerce");
- ``modifier_event``: an event noun a town before it only modifies ("the Puno protests");
- ``affiliation``: a person described by the place they belong to ("presidente de", "leader
  of");
- ``speaker``: people speaking from a place ("officials in Lima");
- ``said_in``: a reporting verb before "en", "desde", "in" or "from" and the town it was said
  in, when "que" or "that" follows ("denunció en Lima que", "said in Lima on Monday that");
- ``said_in_seat``: the source's seat before that town ("desde su sede de Lima", "from its
  headquarters in Lima");
- ``apposition_place``, ``apposition_level``: the nouns of an apposition that says where a town
  lies ("Macusani, a small town in Puno's Carabaya province");
- ``apposition_capital``: the same for a capital, with or without an article ("Abancay,
  capital de la región Apurímac", "Abancay, the capital of the Apurímac region");
- ``apposition_noun``: the noun a place mention may begin with ("pueblo de Puno");
- ``belonging``: people named by where they belong ("comuneros de Azángaro", "mayor of");
- ``belonging_unit``: the unit of the place they belong to ("los distritos de", "community of");
- ``belonging_most``: "mostly" between the people and their place ("en su mayoría de"); spaces
  match any whitespace;
- ``mission``: an embassy or consulate whose country follows ("embajada de");
- ``mission_after``: the same after the country ("the Mexican embassy");
- ``national``, ``regional``, ``provincial``: words that give a strike's territory;
- ``nationwide``: words that say a state measure covers the whole country ("nationwide",
  "across the country", "en todo el país"); spaces match any whitespace;
- ``level_noun``: a level word a capitalised place may open with ("la provincia de Melgar");
- ``not_place``: capitalised words after "en" or "in" that are no place (weekdays, months,
  institutions), compared in lower case;
- ``residence``, ``residence_unit``: where someone lives ("que vive en", "who lives in the town
  of"); each language's units take its own branch ("la ciudad de", "the town of");
- ``road``: a road named by where it leads ("la carretera hacia", "the road to"); spaces match
  any whitespace;
- ``person_noun``: a noun before a person's name ("el comunero Pedro Mamani, de Ilave,"): a
  town set off by commas after the name is where the person comes from;
- ``possessive_role``: a role after a town's possessive ("Juliaca's mayor"); spaces match any
  whitespace;
- ``led_by``: the verb before "por" or "by" of who led a march ("encabezada por", "led by");
  each language takes its own branch;
- ``spoke``: a speaking verb after a town's person ("un dirigente de Espinar denunció");
- ``street``: a street or square named in a sentence ("por la avenida El Sol"): in the story's
  town, where people named by the town they belong to acted;
- ``headed``: people setting off for a town ("partieron hacia", "headed for"); spaces match any
  whitespace;
- ``plan_destination``: a plan to go to a town told after the event people keep up
  ("viajarán a Lima", "will take their demands to Lima"): the plan's destination, not the
  event's place; spaces match any whitespace;
- ``town_centre``: the centre of a town ("la plaza de Armas", "el centro histórico", "the main
  square") or the town by its phrase ("la ciudad", "the city"): named in a sentence with no
  place of its own, the city whose district the story was in;
- ``site_noun``: a noun in a landmark's name that makes it a site ("aeropuerto", "airport",
  "puente", "bridge"): a site of another district of the province of the town the sentence
  names is the event's place;
- ``site_headed``: people on their way to a site ("se dirigía al", "heading for the"): the
  site is where they were going, not where the event happened;
- ``distance_unit``: the unit of a distance from a town ("12 kilómetros de", "30 km from");
- ``taken``, ``taken_on``: where people were taken ("trasladados al hospital de"), and the verb
  carried over to a second destination;
- ``vague_place``: a lead that names the place vaguely ("una comunidad", "a remote village");
- ``goes_on``: the victim or incident a sentence that goes on with the lead opens on ("El
  joven", "The clashes"), matched as written; spaces match any whitespace;
- ``near``: near a town ("cerca de", "on the outskirts of"); spaces match any whitespace;
- ``boundary``: the boundary of two towns, before "entre" or "between" ("en el límite entre
  Sacaba y Cochabamba"): the towns say where the site named before lies;
- ``speaking_from``: a speaker's words before "desde" or "from" and the town they spoke from
  ("hablando desde Ciudad de México", "speaking from Mexico City"); spaces match any whitespace;
- ``about_incident``, ``about_victims``: the incidents a protest is about and their victims,
  named by their town ("las muertes de Juliaca", "the victims of Juliaca");
- ``victims_kin``, ``victims_fate``: the kin of victims told by where those were killed or
  hurt ("los familiares de los fallecidos en Juliaca", "relatives of those killed in
  Juliaca"): the town of that past incident, not where the kin act;
- ``town_described``: a town told by its kind and the region it lies in ("la ciudad minera del
  norte de Potosí");
- ``scene_opener``, ``scene_unit``: a sentence that opens on a place of its own ("Mientras
  tanto, en la ciudad de Ilave");
- ``near_apposition``: after a town and a comma, the words that make the town after them its
  reference ("Sacaba, cerca de Cochabamba"), matched as written; spaces match any whitespace;
- ``cardinal``, ``intercardinal``: bearings ("al este de", "north-west of"), matched as
  written in the apposition above; each language takes its own branch there;
- ``went_to_unit``: where a march went ("hasta la plaza de", "to the city of");
- ``town_part``: a part of a town before the phrase for it ("el centro de", "the outskirts
  of"), besides the cardinal bearings;
- ``like``: a town an event is compared with, before "en" or "in" ("como ocurrió en", "as
  happened in"); spaces match any whitespace;
- ``border``: a country or a town across a border, before it ("el paso fronterizo con", "the
  border with"): the neighbour the border faces, not where the event is; spaces match any
  whitespace;
- ``solidarity``, ``solidarity_people``: a protest for another town's people ("justicia para
  Juliaca", "en solidaridad con los pobladores de Ilave"); spaces match any whitespace.
- ``modifier_determiner``: what may stand before a town that only modifies an event noun
  ("the", "last year's"), spaces literal;
- ``came``, ``came_town``: people who acted away from their town came to the story's town
  ("llegaron", "se trasladaron", "travelled") or the sentence points at it ("a la ciudad",
  "through the city"; in English never before a possessive); spaces match any whitespace;
- ``marched``, ``marched_toward``: the same for people who marched on somewhere else
  ("marcharon hacia", "marched on"); the verbs of every language go with the words after
  them of every language;
- ``purpose_noun``, ``purpose_verb``, ``purpose_phrase``: the grievance a protest is held for
  ("en rechazo a", "para exigir justicia", "to protest", "in memory of"): a noun after "en",
  a verb after "para" or "to" (each language its own branch), or a whole phrase; spaces match
  any whitespace; ``purpose_stem``: stems one of those words holds (lower case), the quick
  test before the pattern is tried;
- ``road_link``: the link after a road's word ("hacia", "que conduce a", "linking");
  ``road_joins``: the verb after "que" of a road that joins two towns ("une"); ``road_bound``:
  where vehicles were bound ("con destino a", "bound for"); ``road_going``: the verb after
  "que" of a vehicle going to a town ("iba", "se dirigía"); spaces match any whitespace;
- ``taken_place``, ``died_place``: where people were taken, and where a wounded person died in
  care ("hospital", "police station"), spaces literal; ``care_town_unit``: the unit before the
  town such a place is in ("distrito", "town"); ``taken_stem``: stems one of those words holds
  (lower case), the quick test before the patterns are tried.
"""

from __future__ import annotations

from typing import Literal

from veeduria.resources.schemas._words import WordsEntry

PlaceRole = Literal[
    "origin",
    "person_noun",
    "institution",
    "station",
    "office_acronym",
    "name_after",
    "name_after_level",
    "name_after_office",
    "name_after_body",
    "modifier_event",
    "affiliation",
    "speaker",
    "speaking_from",
    "said_in",
    "said_in_seat",
    "apposition_place",
    "apposition_level",
    "apposition_capital",
    "apposition_noun",
    "belonging",
    "belonging_unit",
    "belonging_most",
    "mission",
    "mission_after",
    "national",
    "nationwide",
    "regional",
    "provincial",
    "level_noun",
    "not_place",
    "residence",
    "residence_unit",
    "road",
    "possessive_role",
    "led_by",
    "spoke",
    "headed",
    "plan_destination",
    "town_centre",
    "site_noun",
    "site_headed",
    "street",
    "distance_unit",
    "taken",
    "taken_on",
    "vague_place",
    "goes_on",
    "near",
    "boundary",
    "about_incident",
    "about_victims",
    "victims_kin",
    "victims_fate",
    "town_described",
    "scene_opener",
    "scene_unit",
    "near_apposition",
    "cardinal",
    "intercardinal",
    "went_to_unit",
    "border",
    "town_part",
    "like",
    "solidarity",
    "solidarity_people",
    "modifier_determiner",
    "came",
    "came_town",
    "marched",
    "marched_toward",
    "purpose_noun",
    "purpose_verb",
    "purpose_phrase",
    "purpose_stem",
    "road_link",
    "road_joins",
    "road_bound",
    "road_going",
    "taken_place",
    "died_place",
    "care_town_unit",
    "taken_stem",
]


class Entry(WordsEntry):
    role: PlaceRole
