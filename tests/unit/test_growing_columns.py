"""How a table's text columns share the width the others leave (app/ui/shared/opening_table.py)."""

from __future__ import annotations

from app.ui.shared.opening_table import _shared

LEAST = {1: 240, 2: 260}


def test_too_little_room_gives_each_its_least_and_the_table_scrolls():
    assert _shared(LEAST, {1: 600, 2: 900}, 300) == LEAST


def test_some_room_goes_where_it_is_needed_in_proportion():
    widths = _shared(LEAST, {1: 340, 2: 560}, 700)  # 200 to share; needs 100 and 300
    assert widths == {1: 290, 2: 410}


def test_room_for_all_gives_each_what_it_needs_and_the_rest_to_the_title():
    assert _shared(LEAST, {1: 300, 2: 400}, 1000) == {1: 600, 2: 400}


def test_short_contents_keep_the_least_width():
    assert _shared(LEAST, {1: 100, 2: 120}, 700) == {1: 440, 2: 260}
