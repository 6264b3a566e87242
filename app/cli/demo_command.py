"""Filled in below."""

COMMANDS: dict = {}
