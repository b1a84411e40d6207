"""The claims survey (claims10, Spanish): how reporting states who demands what of whom and who
calls for what, one construction a line, each with the claims a coder would write (kind and
topic, as docs/vocabulary.md codes them) and near misses that must claim nothing (a rule that
requires, a demand for a product, a call on the phone, a demand of long ago, a march done).
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document


def _claims(resources: Resources, text: str, language: str) -> list[str]:
    doc = Document(id="t", text=text, language=language, published=dt.date(2023, 1, 18))
    return sorted(f"{c.kind}/{c.topic}" for c in extract(doc, resources).claims)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exigen la renuncia de
        (
            "Los gremios de transportistas exigen la renuncia del ministro del Interior.",
            ["demand/resignation"],
        ),
        # piden la liberación de
        (
            "Los comuneros de Chumbivilcas piden la liberación de sus dirigentes detenidos.",
            ["demand/release_of_prisoner"],
        ),
        # reclaman, what no topic names
        ("Los docentes contratados reclaman un aumento de sus remuneraciones.", ["demand/other"]),
        # demandan
        (
            "Las organizaciones campesinas demandan una asamblea constituyente.",
            ["demand/constituent_assembly"],
        ),
        # plataforma de lucha with numbered points
        (
            "La plataforma de lucha del Frente tiene cuatro puntos: 1) la renuncia de la presidenta; 2) el cierre del Congreso; 3) elecciones este año; 4) justicia para los fallecidos.",
            [
                "demand/closure_of_congress",
                "demand/early_elections",
                "demand/justice_for_victims",
                "demand/resignation",
            ],
        ),
        # entre sus demandas figuran
        (
            "Entre sus demandas figuran la liberación de los detenidos y el adelanto de elecciones.",
            ["demand/early_elections", "demand/release_of_prisoner"],
        ),
        # los manifestantes, que exigen ...
        (
            "Los manifestantes, que exigen el cierre del Congreso, bloquearon el puente Añashuayco durante la mañana.",
            ["demand/closure_of_congress"],
        ),
        # para exigir
        (
            "Cientos de jóvenes marcharon hasta la plaza San Martín para exigir la renuncia de la presidenta.",
            ["demand/resignation"],
        ),
        # con el fin de exigir
        (
            "Los deudos se movilizaron con el fin de exigir justicia por los muertos de Juliaca.",
            ["demand/justice_for_victims"],
        ),
        # bajo el lema
        (
            "Los universitarios marcharon bajo el lema «Que se vayan todos».",
            ["demand/closure_of_congress"],
        ),
        # convocan a un paro para el
        (
            "La Federación Departamental de Trabajadores convoca a un paro regional para el jueves 19.",
            ["call_to_action/strike"],
        ),
        # llamaron a movilizarse
        (
            "Los dirigentes aimaras llamaron a movilizarse hacia la capital la próxima semana.",
            ["call_to_action/march"],
        ),
        # anunciaron que acatarán
        (
            "Los gremios de Juliaca anunciaron que acatarán el paro indefinido desde el lunes.",
            ["announcement/strike"],
        ),
        # instan al Gobierno a
        (
            "Los obispos del sur instan al Gobierno a abrir un diálogo con las comunidades.",
            ["demand/dialogue"],
        ),
        # exigiendo, the gerund
        (
            "Los pobladores salieron a las calles exigiendo la renuncia del alcalde.",
            ["demand/resignation"],
        ),
        # al grito de
        ("Miles marcharon por el centro al grito de «¡Fuera Dina!».", ["demand/resignation"]),
        # solicitan que se investigue
        (
            "Los familiares solicitan que se investigue las muertes del 9 de enero.",
            ["demand/justice_for_victims"],
        ),
        # exhortó a ... a no
        (
            "La Defensoría del Pueblo exhortó a los manifestantes a no bloquear las vías de acceso al hospital.",
            ["demand/other"],
        ),
        # hizo un llamado al diálogo
        (
            "El arzobispo de Lima hizo un llamado al diálogo entre el Gobierno y las regiones.",
            ["demand/dialogue"],
        ),
        # hizo un llamado a la calma (one claim)
        ("El alcalde hizo un llamado a la calma tras los enfrentamientos.", ["demand/other"]),
        # amenazan con un paro si
        (
            "Los mineros informales amenazan con un paro indefinido si no se amplía el registro.",
            ["threat/strike"],
        ),
        # crecen los pedidos de renuncia
        (
            "Crecen los pedidos de renuncia del ministro del Interior tras las muertes.",
            ["demand/resignation"],
        ),
        # la exigencia de justicia
        (
            "La exigencia de justicia se escuchó en cada cuadra del recorrido.",
            ["demand/justice_for_victims"],
        ),
        # para pedir
        (
            "Las madres se concentraron frente a la fiscalía para pedir la liberación de sus hijos.",
            ["demand/release_of_prisoner"],
        ),
        # no levantarán la medida hasta que
        (
            "Los dirigentes aseguraron que no levantarán la medida hasta que renuncie la presidenta.",
            ["demand/resignation"],
        ),
        # rechazó los pedidos de renuncia
        (
            "El premier rechazó los pedidos de renuncia que le hicieron los gremios.",
            ["demand/resignation"],
        ),
        # a demand in a headline
        ("Puno: miles exigen la renuncia de Boluarte", ["demand/resignation"]),
        # su principal exigencia es
        (
            "Su principal exigencia es el adelanto de elecciones para este año.",
            ["demand/early_elections"],
        ),
        # piden que liberen, reported speech
        (
            "Las rondas campesinas piden que liberen a los detenidos de Ayacucho, dijo su presidente.",
            ["demand/release_of_prisoner"],
        ),
        # convocó a una gran marcha
        (
            "La CGTP convocó a una gran marcha nacional para el 19 de julio.",
            ["call_to_action/march"],
        ),
        # reclaman su libertad
        ("Los familiares de los detenidos reclaman su libertad.", ["demand/release_of_prisoner"]),
        # quieren elecciones
        (
            "Los manifestantes quieren elecciones generales este mismo año.",
            ["demand/early_elections"],
        ),
        # exigen que se garantice la libertad de tránsito
        (
            "Los transportistas exigen que se garantice la libertad de tránsito en la Panamericana Sur.",
            ["demand/other"],
        ),
        # a slogan, then coreaban
        (
            "«Dina tiene que irse», coreaban los estudiantes frente al Congreso.",
            ["demand/resignation"],
        ),
        # exigen que se respete la ley
        ("Los gremios exigen que se respete la ley de transporte.", ["demand/other"]),
        # exigieron que dé un paso al costado
        (
            "Los comuneros exigieron que la presidenta dé un paso al costado.",
            ["demand/resignation"],
        ),
        # sus demandas son
        (
            "Sus demandas son el cierre del Congreso y el adelanto de elecciones.",
            ["demand/closure_of_congress", "demand/early_elections"],
        ),
        # acordó convocar a una huelga
        ("El Sutep acordó convocar a una huelga nacional indefinida.", ["call_to_action/strike"]),
        # convocaron a los pobladores a una movilización
        (
            "Los dirigentes convocaron a los pobladores a una movilización el viernes.",
            ["call_to_action/march"],
        ),
        # exigió la excarcelación
        (
            "La defensa exigió la excarcelación inmediata del dirigente.",
            ["demand/release_of_prisoner"],
        ),
        # piden que se sancione a los responsables
        (
            "Los padres del estudiante fallecido piden que se sancione a los responsables.",
            ["demand/justice_for_victims"],
        ),
        # exhortó a la Policía a permitir
        (
            "El Colegio Médico exhortó a la Policía a permitir el paso de las ambulancias.",
            ["demand/other"],
        ),
        # pidió sentarse a dialogar
        (
            "La Iglesia pidió a las partes deponer su actitud y sentarse a dialogar.",
            ["demand/dialogue"],
        ),
        # esa exigencia, repeated by reference (one claim)
        (
            "Los manifestantes exigen la renuncia de Boluarte.\n\nEl Gobierno respondió que esa exigencia no tiene sustento.",
            ["demand/resignation"],
        ),
        # anunció una nueva marcha
        (
            "La Asamblea Nacional de los Pueblos anunció una nueva marcha para el sábado.",
            ["announcement/march"],
        ),
        # advirtieron que bloquearán si no
        (
            "Los ronderos advirtieron que bloquearán las carreteras si no se atiende su pliego.",
            ["threat/blockade"],
        ),
        # insisten en que se adelanten las elecciones
        ("Los gremios insisten en que se adelanten las elecciones.", ["demand/early_elections"]),
        # al grito de ¡Fuera Boluarte!
        ("Miles marcharon por Lima al grito de «¡Fuera Boluarte!».", ["demand/resignation"]),
        # en respuesta a, convocó
        (
            "En respuesta al decreto, la CGTP convocó a una marcha para el jueves.",
            ["call_to_action/march"],
        ),
        # pidió a los partidos políticos que
        (
            "El arzobispo pidió a los partidos políticos que respeten la voluntad popular.",
            ["demand/other"],
        ),
        # exigen al Gobierno que frene las extorsiones
        ("Los transportistas exigen al Gobierno que frene las extorsiones.", ["demand/other"]),
        # amenazados por extorsionadores, exigen (the criminals are not the subject)
        (
            "Los comerciantes amenazados por extorsionadores exigen que haya más patrullajes en el mercado.",
            ["demand/other"],
        ),
        # está convocado un paro para el jueves
        ("Está convocado un paro nacional para el jueves.", ["call_to_action/strike"]),
        # se ha convocado a una marcha para mañana
        (
            "Se ha convocado a una marcha para mañana en la plaza San Martín.",
            ["call_to_action/march"],
        ),
        # alistan un paro
        ("Los gremios alistan un paro de 72 horas.", ["announcement/strike"]),
        # preparan una movilización
        ("Los dirigentes preparan una nueva movilización hacia Lima.", ["announcement/march"]),
        # acordaron iniciar una huelga
        (
            "Los agricultores acordaron iniciar una huelga indefinida el lunes.",
            ["announcement/strike"],
        ),
        # amenazan con tomar el aeropuerto
        ("Los ronderos amenazan con tomar el aeropuerto.", ["threat/other"]),
        # exhortamos a la población a mantener la calma
        ("Exhortamos a la población a mantener la calma.", ["demand/other"]),
        # invitó al diálogo
        ("El Gobierno invitó a los dirigentes al diálogo.", ["demand/dialogue"]),
        # ha sido convocado para el jueves
        ("Un paro regional ha sido convocado para el jueves.", ["call_to_action/strike"]),
    ],
)
def test_claims_survey_es_construction_is_read(
    resources: Resources, text: str, want: list[str]
) -> None:
    assert _claims(resources, text, "es") == want


@pytest.mark.parametrize(
    "text",
    [
        # en rechazo a
        "Los mototaxistas paralizaron sus unidades en rechazo al alza del combustible.",
        # en protesta por
        "Los pobladores de Espinar marcharon en protesta por la contaminación del río.",
        # contra la minera
        "Cientos de comuneros marcharon el martes contra la minera en la plaza de Challhuahuacho.",
        # a slogan on a banner
        "Algunos carteles decían «¡Dina asesina!» y otros mostraban fotos de las víctimas.",
        # a demand of long ago
        "En el año 2000, los estudiantes sanmarquinos exigieron la renuncia de Fujimori, recordó el historiador.",
        # la demanda de cobre
        "La demanda de cobre cayó en el tercer trimestre, según el Banco Central.",
        # el pedido de uniformes
        "El pedido de uniformes para la Policía llegó con tres semanas de retraso.",
        # las normas exigen
        "Las normas exigen que los buses interprovinciales lleven cinturones de seguridad.",
        # llamó por teléfono
        "El ministro llamó por teléfono al gobernador regional de Puno.",
        # no exigió, negated
        "El sindicato no exigió la renuncia del ministro, aclaró su secretario general.",
        # que exigían ..., marcharon (the march done)
        "Los manifestantes, que exigían cambios, marcharon hasta la plaza.",
        # recordaron que en 1997 marcharon
        "Los estudiantes recordaron que en 1997 sus padres marcharon contra el régimen.",
        # para exigir in 1997
        "En 1997, los estudiantes sanmarquinos marcharon para exigir la renuncia del rector.",
        # el protocolo exige
        "El protocolo exige que la Policía advierta a la multitud antes de usar gases.",
        # calificó de vándalos
        "El alcalde calificó de vándalos a los manifestantes.",
        # pidió refuerzos
        "La Policía pidió refuerzos a Arequipa.",
        # tras el fin del paro
        "Los estudiantes volvieron a clases tras el fin del paro.",
        # la marcha fue suspendida
        "La marcha fue suspendida por la lluvia.",
        # la demanda de pasajes
        "La demanda de pasajes aéreos creció en diciembre.",
        # llamó vándalos
        "El ministro llamó vándalos a los manifestantes.",
        # el pedido de vacancia archivado en 2021
        "El pedido de vacancia presidencial fue archivado en 2021.",
        # acatando el llamado de
        "Los comerciantes cerraron sus tiendas acatando el llamado de la Federación.",
        # respondiendo a la convocatoria de
        "Miles salieron a las calles respondiendo a la convocatoria de la CGTP.",
        # una marcha convocada por, terminó
        "La marcha, convocada por los gremios, terminó sin incidentes.",
        # un paro convocado por, en curso
        "El paro convocado por el Frente cumplió su tercer día.",
        # el Congreso aprobó el adelanto
        "El Congreso aprobó el adelanto de elecciones para abril de 2024.",
        # el Congreso rechazó el proyecto
        "El Congreso rechazó el proyecto de adelanto de elecciones.",
        # una renuncia aceptada
        "La renuncia del ministro fue aceptada por la presidenta.",
        # renunció
        "El ministro del Interior renunció el viernes tras las muertes.",
        # fueron liberados
        "Los detenidos fueron liberados horas después.",
        # el estado de emergencia fue levantado
        "El estado de emergencia fue levantado el domingo.",
        # el diálogo fracasó
        "El diálogo entre el Gobierno y los dirigentes fracasó el lunes.",
        # el paro terminó
        "El paro terminó tras la firma de un acta.",
        # la Fiscalía abrió una investigación
        "La Fiscalía abrió una investigación por las muertes.",
        # la investigación sigue en curso
        "La investigación por las muertes sigue en curso.",
        # el juez ordenó la liberación
        "El juez ordenó la liberación de los detenidos.",
        # pidió a la Liga postergar el partido
        "El club pidió a la Liga postergar el partido del domingo.",
        # los secuestradores exigían soles por la liberación
        "Los secuestradores exigían 30 mil soles por la liberación del comerciante.",
        # la banda de extorsionadores exigía un cupo
        "La banda de extorsionadores exigía a los transportistas un cupo semanal.",
        # los delincuentes pidieron un rescate
        "Los delincuentes pidieron un rescate a la familia.",
        # una turba amenazó con quemar a presuntos ladrones
        "Una turba amenazó con quemar a los presuntos ladrones.",
        # la denominada Toma de Lima
        "La denominada Toma de Lima comenzó el jueves.",
        # el paro más grande desde 2008
        "El paro fue el más grande desde 2008.",
        # el policía pidió sus documentos
        "El policía pidió sus documentos a los detenidos.",
        # pidió no ser identificado
        "Un manifestante que pidió no ser identificado dijo que la policía disparó primero.",
    ],
)
def test_claims_survey_es_near_miss_claims_nothing(resources: Resources, text: str) -> None:
    assert _claims(resources, text, "es") == []
