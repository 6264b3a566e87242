"""How the matching scores a suggestion: every weight and threshold, in this one place.

A suggestion's score, from 0 to 100, is the sum of six parts, each worth between 0 and 1 and
multiplied by its weight below (the weights add up to 100):

- **category**: how well the kind of resource fits the kind of need (KIND_FIT): an offer of
  the same kind fits fully; an item of equipment fits a need for equipment, half a need for
  transport; a practice fits a need for know-how; a person of our contacts fits a need for
  volunteers.
- **words**: the words the two have in common, compared by their French stems (accents,
  case and plurals aside: "bénévoles" meets "Bénévole"); a word of the need's title counts
  TITLE_WORD, one of its description DESCRIPTION_WORD, and WORDS_FULL points make the part whole.
- **distance**: as the crow flies between the two communes, closeness = 1 / (1 + km /
  DISTANCE_SCALE_KM): 1 next door, 0.5 at 30 km, 0.25 at 90 km. When either side can be done
  at a distance ("à distance"), the part is whole.
- **dates**: 1 when the dates overlap (for equipment: when the item is free on every day of
  the need, from its real reservations and maintenance), 0 when they do not.
- **responsiveness**: how quickly the other association answered us before (its decisions
  on our responses, its responses to our needs and offers): 1 within a day, falling to 0 at
  SLOW_DAYS (median of the delays).
- **balance**: the give-and-take between the two associations (loans and accepted responses,
  each way): (given − received) / BALANCE_SCALE, from −1 to 1, brought to 0…1. Who has given
  more to the other is first in line to receive from it.

A part that cannot be known (a practice has no place, an offer with no date, two associations
that never exchanged) counts UNKNOWN: half, neither for nor against.

A candidate is a suggestion only if it shares a word with the need, or is an offer (or need)
of the same kind, or, for a need for volunteers, one of our volunteers; and only with a score
of MIN_SCORE or more. TOP suggestions are shown; a new one after a sync is worth telling (the
section's count, the start-up banner, `entraide status`) from NEW_MATCH_SCORE.
"""

from __future__ import annotations

from types import MappingProxyType

WEIGHTS = MappingProxyType(
    {"category": 25, "words": 35, "distance": 15, "dates": 10, "responsiveness": 5, "balance": 10}
)
UNKNOWN = 0.5

TITLE_WORD, DESCRIPTION_WORD = 2.0, 1.0
WORDS_FULL = 4.0
DISTANCE_SCALE_KM = 30.0
SLOW_DAYS = 14.0
BALANCE_SCALE = 3.0

MIN_SCORE = 20
NEW_MATCH_SCORE = 50
TOP = 10

# candidate type -> need kind -> how well it fits (absent: 0). "need" stands for an offer
# answering a need (or a need an offer could serve): the same kind fits whole.
KIND_FIT = MappingProxyType(
    {
        "equipment": MappingProxyType({"equipment": 1.0, "transport": 0.5, "room": 0.3, "other": 0.5}),
        "practice": MappingProxyType({"know_how": 1.0, "volunteers": 0.3, "other": 0.5}),
        "member": MappingProxyType({"volunteers": 1.0, "know_how": 0.7, "transport": 0.5, "other": 0.5}),
    }
)
SAME_KIND, OTHER_KIND_WITH_OTHER = 1.0, 0.5
