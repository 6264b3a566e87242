"""Everything Qt: the window, views, dialogs, item models and the background task runner."""

from app.ui.source_check import keep_sources_out_of_memory

keep_sources_out_of_memory()  # before the window's modules are imported (app/ui/source_check.py)
