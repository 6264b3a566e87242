"""Sync with the network hub (protocol, HTTP client, engine): filled by the sync issues."""
