"""Sync without a connection: a courier file carries this computer's changes to the hub on a USB
stick, through any enrolled laptop of the network, and its answer comes back the same way.

export.py prepares the file, relay.py carries another's, answer.py imports the answer through
the sync engine itself; files.py names, splits and reads the files; journal.py remembers them.
"""
