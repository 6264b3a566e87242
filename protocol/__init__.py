"""The sync protocol between the desktop client and the hub: the wire schemas both sides share.

Its own distribution (`entraide-protocol`, protocol/pyproject.toml) so that the hub installs
without the desktop client: this package imports nothing of `app` or `hub`.
"""

__version__ = "0.1.0"
