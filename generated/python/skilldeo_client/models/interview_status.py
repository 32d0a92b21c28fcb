# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from enum import StrEnum


class InterviewStatus(StrEnum):
    COMPLETED = "completed"
    EXPIRED = "expired"
    INVITED = "invited"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
