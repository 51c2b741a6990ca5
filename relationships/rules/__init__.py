"""Every rule the engine runs, in the order their suggestions are listed."""

from .base import Context, Rule
from .bindings.requirements import Requirements
from .bindings.value_kind import ValueKind
from .iam.circular_dependency import CircularDependency
from .iam.confused_deputy import ConfusedDeputy
from .rds.domain_role import DomainRole
from .rds.duplicate_roles import DuplicateRoles
from .rds.feature_name import FeatureName
from .rds.iam_auth import IamAuthentication
from .rds.master_secret import MasterSecret
from .rds.monitoring_role import MonitoringRole
from .rds.monitoring_without_interval import MonitoringWithoutInterval
from .rds.mysql_role_parameter import MysqlRoleParameter

RULES: tuple[Rule, ...] = (
    CircularDependency(),
    ValueKind(),
    Requirements(),
    DuplicateRoles(),
    FeatureName(),
    MysqlRoleParameter(),
    MonitoringRole(),
    MonitoringWithoutInterval(),
    DomainRole(),
    IamAuthentication(),
    MasterSecret(),
    ConfusedDeputy(),
)

__all__ = ["RULES", "Context", "Rule"]
