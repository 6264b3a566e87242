"""The log file: what happened (syncs, imports, exports, backups, errors) in ids and counts, never
a name, an e-mail, a phone number, an address or a text someone typed. `setup` opens the file
and catches uncaught exceptions, `events` writes the lines, `redact` keeps personal data out."""
