"""Fonts, icons and translations bundled with the app."""
