"""Why a courier file is refused, in sentences a volunteer can act on."""

from __future__ import annotations

from app.errors import Message, Said, Text
from app.i18n import QT_TRANSLATE_NOOP

SENTENCES = {
    "not_enrolled": QT_TRANSLATE_NOOP(
        "entraide", "Cet ordinateur n'est pas encore relié au hub : enrôlez-le d'abord."
    ),
    "no_keys": QT_TRANSLATE_NOOP(
        "entraide",
        "Cet ordinateur n'a pas encore de clés de liaison : synchronisez-le une fois avec le hub, "
        "ou enrôlez-le à nouveau, pour utiliser les fichiers de liaison.",
    ),
    "not_courier": QT_TRANSLATE_NOOP("entraide", "Ce fichier n'est pas un fichier de liaison Entraide."),
    "damaged": QT_TRANSLATE_NOOP(
        "entraide", "Ce fichier de liaison est abîmé ou incomplet : rien n'a été modifié."
    ),
    "signature": QT_TRANSLATE_NOOP(
        "entraide",
        "Ce fichier de liaison a été modifié depuis que le hub l'a écrit : il est refusé, "
        "rien n'a été modifié.",
    ),
    "not_for_us": QT_TRANSLATE_NOOP(
        "entraide", "Ce fichier de réponse est destiné à un autre ordinateur : rien n'a été modifié."
    ),
    "other_hub": QT_TRANSLATE_NOOP(
        "entraide",
        "Ce fichier de réponse vient d'un autre hub que celui de cet ordinateur : rien n'a été modifié.",
    ),
    "older": QT_TRANSLATE_NOOP(
        "entraide",
        "Ce fichier de réponse est plus ancien que ce que cet ordinateur a déjà reçu du hub : "
        "il est refusé, rien n'a été modifié.",
    ),
    "not_answer": QT_TRANSLATE_NOOP(
        "entraide",
        "Ce fichier est destiné au hub, pas à cet ordinateur : confiez-le à un ordinateur qui se "
        "connecte, puis importez la réponse qu'il rapportera.",
    ),
    "parts_missing": QT_TRANSLATE_NOOP(
        "entraide", "Il manque des parties de ce fichier de liaison : copiez-les toutes dans le même dossier."
    ),
    "parts_mixed": QT_TRANSLATE_NOOP(
        "entraide", "Ces parties appartiennent à des fichiers de liaison différents."
    ),
    "unreadable": QT_TRANSLATE_NOOP("entraide", "Impossible de lire le fichier « {0} » : {1}"),
    "unwritable": QT_TRANSLATE_NOOP("entraide", "Impossible d'écrire dans « {0} » : {1}"),
}


class CourierProblem(Said):
    """A courier file refused, or one that cannot be read or written: nothing was changed."""

    def __init__(self, code: str, *values: object) -> None:
        text: Text = Message(SENTENCES[code], values) if values else SENTENCES[code]
        super().__init__(text)
        self.code = code
