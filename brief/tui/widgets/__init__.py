"""Widgets of the main screen: they render model values and post messages; no state."""
