# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from enum import StrEnum


class OverallDecision(StrEnum):
    ON_HOLD = "on_hold"
    REJECTED = "rejected"
    SHORTLISTED = "shortlisted"

    def __str__(self) -> str:
        return str(self.value)
