"""English words of the reports (the report's own language; see checker/report/)."""

from __future__ import annotations

# Month names as the figure ledger's dates show them: "Oct 29", "Oct 2024".
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
