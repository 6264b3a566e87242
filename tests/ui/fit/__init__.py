"""Every screen fits: a window opened at a laptop's size, its texts measured against their widgets."""
