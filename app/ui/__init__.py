"""Everything Qt: the window, views, dialogs, item models and the background task runner."""
