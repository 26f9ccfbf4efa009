"""Qt widgets and models. Depends on timeline_app.core, never the reverse."""
