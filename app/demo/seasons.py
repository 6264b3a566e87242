"""What a reservation is for, fitting the time of year of its first day: no "Fête de la musique"
in December, no "Marché de Noël" in June. Events of a season are drawn as often as the
year-round ones (assemblée générale, formation…) when they fit."""

from __future__ import annotations

import random
from datetime import date

YEAR_ROUND = (
    "Assemblée générale",
    "Repas partagé",
    "Atelier réparation de vélos",
    "Concert à l'église",
    "Journée portes ouvertes",
    "Soirée jeux",
    "Formation des bénévoles",
    "Chantier participatif",
    "Collecte alimentaire",
)
# purpose -> the months it can take place in
SEASONAL: dict[str, tuple[int, ...]] = {
    "Galette des rois": (1,),
    "Carnaval de l'école": (2, 3),
    "Loto annuel": (1, 2, 3, 10, 11),
    "Chasse aux œufs": (3, 4),
    "Vide-greniers": (4, 5, 6, 9, 10),
    "Tournoi de foot des jeunes": (4, 5, 6, 9, 10),
    "Fête de quartier": (5, 6, 7, 9),
    "Kermesse de l'école": (6,),
    "Fête de la musique": (6,),
    "Spectacle de fin d'année": (6, 12),
    "Ciné plein air": (7, 8),
    "Bal du 14 juillet": (7,),
    "Forum des associations": (9,),
    "Fête des vendanges": (9, 10),
    "Soirée d'Halloween": (10,),
    "Téléthon": (12,),
    "Marché de Noël": (11, 12),
    "Arbre de Noël des enfants": (12,),
}


def purposes_for(day: date) -> list[str]:
    """Every purpose that fits the month of `day`."""
    return [*YEAR_ROUND, *(name for name, months in SEASONAL.items() if day.month in months)]


def purpose_for(rng: random.Random, day: date) -> str:
    """A purpose for a reservation beginning on `day`: half the time an event of the season when
    there is one, else a year-round one."""
    seasonal = [name for name, months in SEASONAL.items() if day.month in months]
    if seasonal and rng.random() < 0.5:
        return rng.choice(seasonal)
    return rng.choice(YEAR_ROUND)
