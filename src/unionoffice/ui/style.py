"""The few colours and text styles every screen shares, so a warning looks the same everywhere."""

from __future__ import annotations

ERROR = "#b3261e"  # refusals and fields to fix
WARNING = "#8a5300"  # needs attention, nothing refused
MUTED = "#555555"  # hints
HEADING = "#1f4e79"  # dialog headings
ERROR_FILL = "#fde2e1"  # a cell out of range
DONE_FILL = "#eef6ee"  # a finished row
PAPER = "#e6e9ef"  # behind pages in a preview

ERROR_TEXT = f"color: {ERROR};"
WARNING_TEXT = f"color: {WARNING};"
MUTED_TEXT = f"color: {MUTED};"
HEADING_TEXT = f"font-size: 16pt; font-weight: bold; color: {HEADING};"
