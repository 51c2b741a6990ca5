"""The checks that definitions name in "requires", by id."""

from .base import Condition
from .carries_managed_policy import CarriesManagedPolicy
from .trusts_service import TrustsService

CONDITIONS: dict[str, Condition] = {
    condition.id: condition for condition in (TrustsService(), CarriesManagedPolicy())
}

__all__ = ["CONDITIONS", "CarriesManagedPolicy", "Condition", "TrustsService"]
