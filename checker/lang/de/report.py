"""German words of the reports (for a report written in German; see checker/report/)."""

from __future__ import annotations

# Month names as the figure ledger's dates show them: "29. Okt", "Okt 2024".
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
