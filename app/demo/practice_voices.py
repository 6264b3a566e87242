"""Who speaks in the demo practices: the people who write and comment, the partners named, and
what they say when they adopt or comment a practice (French, written for Entraide)."""

from __future__ import annotations

COMMENTS = (
    "Merci pour ce partage très concret, nous allons en parler à notre prochain conseil.",
    "Combien de temps vous a pris la mise en place la première année ?",
    "Nous avons essayé quelque chose de proche, le binôme a été la clé chez nous aussi.",
    "Est-ce que vous auriez un modèle de document à partager ?",
    "Très utile, surtout la partie sur les enseignements.",
    "Avez-vous eu besoin de l'accord de la mairie pour démarrer ?",
)
ADOPTION_NOTES = (
    "Adaptée à notre taille, avec une seule équipe au lieu de deux.",
    "Lancée à la rentrée, les premiers retours sont encourageants.",
    "Mise en place sur une saison, nous la reconduisons l'an prochain.",
    "Difficile à tenir faute de bénévoles, nous avons dû simplifier.",
    "Reprise presque telle quelle, merci pour la fiche très claire.",
)
PEOPLE = (
    "Claire Martin",
    "Youssef Benali",
    "Sophie Leroy",
    "Marc Petit",
    "Nadia Haddad",
    "Thomas Girard",
    "Élise Fournier",
    "Hugo Lambert",
    "Fatou Diallo",
    "Julien Moreau",
    "Camille Roux",
    "Léa Bonnet",
)
PARTNERS = (
    "Les Jardins Partagés de la Vallée",
    "Comité des Fêtes du Canton",
    "Amicale Laïque des Tilleuls",
    "Solidarité Quartiers Nord",
    "Culture et Loisirs en Pays Haut",
    "Club Sportif de la Rivière",
    "Maison des Jeunes du Plateau",
    "Association Familles Rurales du Val",
)
