"""Entraide network hub: the server the associations' laptops sync with.

Its own distribution (`entraide-hub`, hub/pyproject.toml): it imports the wire protocol
(`protocol`) and nothing of the desktop client.
"""

__version__ = "0.1.0"
