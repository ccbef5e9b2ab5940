"""Where ../shared (beside the repository) keeps its material; tests skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SIPRI_TRADE_REGISTER = SHARED / "data" / "sipri-trade-register" / "trade-register.csv"
SIPRI_DELIVERIES = SHARED / "data" / "sipri-deliveries" / "trade_register.csv"

needs_sipri = pytest.mark.skipif(
    not (SIPRI_TRADE_REGISTER.is_file() and SIPRI_DELIVERIES.is_file()),
    reason="shared SIPRI data (../shared/data) not present")
