"""This computer's courier keys (kept like its token) and the hub's public ones (kept in the store)."""

from __future__ import annotations

from app.models.sync import SyncState
from app.paths import DataPaths
from app.sync.courier.problems import CourierProblem
from app.sync.credentials import TokenStore
from protocol import courier


def device_keys(state: SyncState, paths: DataPaths) -> tuple[courier.KeyPair, courier.PublicKeys]:
    """Ours and the hub's; refused with a sentence when this computer cannot use courier files."""
    if not state.hub_url or not state.device_id:
        raise CourierProblem("not_enrolled")
    secret = TokenStore(paths.root).load_courier_secret(state.hub_url)
    if not secret or not state.hub_sign_key or not state.hub_box_key:
        raise CourierProblem("no_keys")
    return courier.KeyPair.from_secret(secret), courier.PublicKeys(state.hub_sign_key, state.hub_box_key)
