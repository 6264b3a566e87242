"""Replaces pyinstaller-hooks-contrib's hook, which bundles every submodule: the client parses
and formats numbers, it never geocodes them nor names carriers or time zones (42 MB of data)."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "phonenumbers.geodata",
    "phonenumbers.geocoder",
    "phonenumbers.carrierdata",
    "phonenumbers.carrier",
    "phonenumbers.tzdata",
    "phonenumbers.timezone",
)

# The metadata of each region is imported by name when first needed (phonenumbers/data).
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
excludedimports = list(UNUSED)
