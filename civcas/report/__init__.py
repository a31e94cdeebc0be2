"""Exports (JSONL, CSV, GeoJSON, ACLED- and UCDP-shaped) and tallies of the store, for the CLI and the web app."""
from __future__ import annotations

from .exports import FORMATS, check_format, export
from .shaped import summary
from .tables import format_comparison, format_incidents, format_range, format_table
from .tally import TallyRow, attacker_family, compare_claimants, tally

__all__ = ["FORMATS", "check_format", "TallyRow", "attacker_family", "compare_claimants", "export", "format_comparison",
           "format_incidents", "format_range", "format_table", "summary", "tally"]
