"""The demo association's own identity, so that its receipts, labels and agreements name it
(never over what the user typed)."""

from __future__ import annotations

from app.demo.context import DemoContext
from app.services import identity
from app.services.validation import make_siret

DEMO = identity.IdentityFields(
    name="Les Jardins Partagés du Confluent",
    legal_form=identity.LEGAL_FORMS[0],
    rna="W691009876",
    siret=make_siret("43211234", "0012"),
    address="12 rue des Tilleuls\n69002 Lyon",
    email="bonjour@jardins-confluent.example.org",
    phone="04 78 12 34 56",
    representative_name="Claire Martin",
    representative_role="présidente",
)


def make_identity(ctx: DemoContext) -> None:
    if identity.load_identity(ctx.session) is None:
        identity.save_identity(ctx.session, DEMO)
        ctx.tally("identity", 1)
