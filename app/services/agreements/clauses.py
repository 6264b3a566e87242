"""The clause library: the standard French wording of each article of an agreement, written for
Entraide, and the association's own reusable wordings (ClauseTemplate).

An agreement keeps its own wording of each article (AgreementContent.clauses); an article left
empty prints the standard wording. Two markers are replaced when printing: {preavis} by the
notice period in days and {tribunal} by the competent court.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.models import ClauseTemplate, utcnow
from app.services import validation as v

DEFAULT_COURT = "le tribunal judiciaire du lieu du siège de la partie défenderesse"


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # the article's heading
    standard: str  # the standard wording


SECTIONS: tuple[Section, ...] = (
    Section(
        "commitments",
        QT_TRANSLATE_NOOP("entraide", "Engagements des parties"),
        "Chaque partie met en œuvre les moyens nécessaires à la réussite de l'action commune "
        "et informe sans attendre les autres parties de toute difficulté qui pourrait la "
        "compromettre. Chaque partie s'engage en particulier à ce qui suit.",
    ),
    Section(
        "duration",
        QT_TRANSLATE_NOOP("entraide", "Durée"),
        "La présente convention prend effet à la date indiquée ci-dessous, sous réserve de "
        "sa signature par toutes les parties.",
    ),
    Section(
        "finance",
        QT_TRANSLATE_NOOP("entraide", "Dispositions financières"),
        "Les sommes prévues sont versées par virement, sur présentation d'un justificatif. "
        "Chaque partie tient une comptabilité qui permet de retracer l'emploi des fonds "
        "reçus au titre de la présente convention.",
    ),
    Section(
        "equipment",
        QT_TRANSLATE_NOOP("entraide", "Mise à disposition de matériel"),
        "Le matériel décrit en annexe reste la propriété de la partie qui le met à "
        "disposition. La partie qui l'utilise en a la garde, l'emploie conformément à sa "
        "destination et le rend dans l'état où elle l'a reçu, l'usure normale exceptée. "
        "Toute perte ou tout dégât est signalé sans délai.",
    ),
    Section(
        "insurance",
        QT_TRANSLATE_NOOP("entraide", "Assurances et responsabilité"),
        "Chaque partie déclare être assurée pour sa responsabilité civile et pour les "
        "activités qu'elle conduit au titre de la présente convention. Chaque partie reste "
        "responsable des dommages causés par ses membres, bénévoles et salariés.",
    ),
    Section(
        "data",
        QT_TRANSLATE_NOOP("entraide", "Données personnelles"),
        "Les parties traitent les données personnelles échangées au titre de la présente "
        "convention dans le respect du règlement (UE) 2016/679 (RGPD) et de la loi "
        "« Informatique et Libertés ». Elles ne les utilisent qu'aux fins de la convention, "
        "ne les conservent pas au-delà de sa durée et en protègent la confidentialité. "
        "Toute personne concernée exerce ses droits auprès de la partie qui a recueilli "
        "ses données.",
    ),
    Section(
        "termination",
        QT_TRANSLATE_NOOP("entraide", "Résiliation"),
        "Chaque partie peut mettre fin à la présente convention par lettre recommandée avec "
        "accusé de réception adressée aux autres parties, en respectant un préavis de "
        "{preavis} jours. Si une partie manque gravement à ses engagements, les autres "
        "peuvent résilier la convention un mois après une mise en demeure restée sans effet.",
    ),
    Section(
        "disputes",
        QT_TRANSLATE_NOOP("entraide", "Règlement des litiges"),
        "En cas de désaccord sur l'interprétation ou l'exécution de la présente convention, "
        "les parties recherchent d'abord une solution amiable, au besoin avec l'aide d'un "
        "médiateur choisi ensemble. À défaut d'accord dans un délai de deux mois, le litige "
        "est porté devant {tribunal}.",
    ),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)
_BY_KEY = {s.key: s for s in SECTIONS}


def section(key: str) -> Section:
    return _BY_KEY[key]


def wording(clauses: dict[str, str], key: str) -> str:
    """The agreement's own wording of an article, or the standard one."""
    return clauses.get(key) or _BY_KEY[key].standard


def filled(text: str, notice_days: int, court: str | None) -> str:
    """The wording as printed: the markers replaced."""
    return text.replace("{preavis}", str(notice_days)).replace("{tribunal}", court or DEFAULT_COURT)


# --- the association's own wordings ------------------------------------------------------
def templates(session: Session, section_key: str | None = None) -> list[ClauseTemplate]:
    query = select(ClauseTemplate).where(ClauseTemplate.deleted_at.is_(None))
    if section_key is not None:
        query = query.where(ClauseTemplate.section == section_key)
    return list(session.scalars(query.order_by(ClauseTemplate.section, ClauseTemplate.name)))


def save_template(session: Session, section_key: str, name: str, text: str) -> str:
    """Keep a wording for reuse; a template of the same section and name is replaced."""
    name, text = v.clean(name), text.strip()
    errors: dict[str, Text] = {}
    if section_key not in _BY_KEY:
        errors["section"] = QT_TRANSLATE_NOOP("entraide", "Article inconnu.")
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP("entraide", "Donnez un nom à ce modèle.")
    if not text:
        errors["text"] = QT_TRANSLATE_NOOP("entraide", "Le modèle est vide.")
    if errors:
        raise v.InvalidInput(errors)
    existing = session.scalar(
        select(ClauseTemplate).where(
            ClauseTemplate.section == section_key,
            ClauseTemplate.name == name,
            ClauseTemplate.deleted_at.is_(None),
        )
    )
    if existing is not None:
        existing.text = text
        return existing.id
    template = ClauseTemplate(section=section_key, name=name[:120], text=text)
    session.add(template)
    session.flush()
    return template.id


def delete_template(session: Session, template_id: str) -> None:
    template = session.get(ClauseTemplate, template_id)
    if template is None or template.deleted_at is not None:
        raise NotFound(template_id)
    template.deleted_at = utcnow()
