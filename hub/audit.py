"""The audit log: who did what, when, from the console or the administration commands."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from hub.db import utcnow
from hub.models import ConsoleAudit

# What each action means; the console shows these sentences (hub/console/catalogue_en.py has
# their English), filled with the entry's target and details.
ACTIONS = {
    "login": "Ouverture de session",
    "login_failed": "Mot de passe refusé",
    "logout": "Fermeture de session",
    "association_created": "Association créée : {target}",
    "association_updated": "Association modifiée : {target}",
    "code_created": "Code d'enrôlement créé pour {target} (…{hint}, {hours} h)",
    "code_withdrawn": "Code d'enrôlement retiré pour {target} (…{hint})",
    "device_revoked": "Appareil révoqué : {target}",
    "backup_made": "Sauvegarde faite : {target}",
    "admin_created": "Compte de coordination créé : {target}",
    "admin_password_set": "Mot de passe changé : {target}",
}
COMMAND_LINE = "cli"


def command_line_actor() -> str:
    """Who ran an administration command: the system account, as `cli:NAME`."""
    try:
        name = os.environ.get("SUDO_USER") or getpass.getuser()
    except (KeyError, OSError):
        name = "?"
    return f"{COMMAND_LINE}:{name}"[:254]


def record(session: Session, actor: str, action: str, target: str | None = None, **details: object) -> None:
    assert action in ACTIONS, action
    session.add(
        ConsoleAudit(
            at=utcnow(),
            actor=actor[:254],
            action=action,
            target=(target or "")[:300] or None,
            details={k: v for k, v in details.items() if v is not None},
        )
    )
