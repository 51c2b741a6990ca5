"""Validate a CloudFormation template dict with cfn-lint, quickly.

cfn-lint's ``api.lint`` loads its 300-odd rules on every call (about half a
second). Here the rules are loaded once per process and every call reuses
them on an already-decoded template. cfn-lint's rules keep state while they
run, so runs are serialised by a lock. Checking costs roughly 15 ms a
resource, so the findings of the last few distinct templates are kept: a
template validated again unchanged costs a hash.

Nothing here downloads: the rules read cfn-lint's bundled schemas, and the
schema update (``--update-specs``) is never requested.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

# CloudFormation's quota of resources in one stack.
MAX_RESOURCES = 500

# Our own rule ids, apart from cfn-lint's letters and numbers.
RESOURCE_QUOTA_RULE = "D1001"
LINTER_CRASH_RULE = "D0001"

# How many distinct templates keep their findings.
CACHE_SIZE = 32

# cfn-lint's own limit rule, which our quota finding replaces for Resources.
_CFN_LINT_LIMIT_RULE = "E3010"

_SEVERITIES = {"error", "warning", "informational"}


@dataclass(frozen=True)
class Finding:
    """One problem found in a template.

    ``path`` is the location as a tuple of keys and list indices, such as
    ``("Resources", "Db", "Properties", "Engine")``; it is empty when the
    finding concerns the whole template.
    """

    rule: str
    severity: str
    message: str
    component: str | None = None
    path: tuple[str | int, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return the finding as plain JSON-ready data."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "component": self.component,
            "path": list(self.path),
        }


class _Validator:
    """cfn-lint's rules and configurations, built once and reused."""

    def __init__(self) -> None:
        from cfnlint.config import ConfigMixIn
        from cfnlint.runner import Runner

        from . import cfn_lint_speedup

        cfn_lint_speedup.install()
        started = time.perf_counter()
        self._config_class = ConfigMixIn
        self._configs: dict[tuple[str, ...], Any] = {}
        self._rules = Runner(self._config(("us-east-1",))).rules
        self.lock = threading.Lock()
        logger.debug(
            "Loaded %s cfn-lint rules in %.3f s",
            len(self._rules),
            time.perf_counter() - started,
        )

    def _config(self, regions: tuple[str, ...]):
        config = self._configs.get(regions)
        if config is None:
            config = self._config_class(regions=list(regions))
            self._configs[regions] = config
        return config

    def run(self, template: dict[str, Any], regions: tuple[str, ...]) -> list:
        """Return cfn-lint's matches for template; the caller holds the lock."""
        from cfnlint.runner import run_template_by_data

        return list(run_template_by_data(template, self._config(regions), self._rules))


_validator: _Validator | None = None
_validator_lock = threading.Lock()

_cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
_cache_lock = threading.Lock()


def _get_validator() -> _Validator:
    global _validator
    if _validator is None:
        with _validator_lock:
            if _validator is None:
                _validator = _Validator()
    return _validator


def warm_up() -> None:
    """Load cfn-lint's rules now rather than on the first validation."""
    _get_validator()


def validate_template(
    template: dict[str, Any], regions: Sequence[str] = ("us-east-1",)
) -> list[Finding]:
    """Return every finding cfn-lint and the stack quota make on template."""
    key = _cache_key(template, regions)
    if key is not None:
        with _cache_lock:
            cached = _cache.get(key)
            if cached is not None:
                _cache.move_to_end(key)
                return list(cached)

    findings = _validate(template, tuple(regions))

    if key is not None and not any(f.rule == LINTER_CRASH_RULE for f in findings):
        with _cache_lock:
            _cache[key] = tuple(findings)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return findings


def clear_cache() -> None:
    """Forget the findings kept for templates already validated."""
    with _cache_lock:
        _cache.clear()


def _cache_key(template: Any, regions: Sequence[str]) -> str | None:
    try:
        text = json.dumps([template, list(regions)], sort_keys=True, default=repr)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _validate(template: dict[str, Any], regions: tuple[str, ...]) -> list[Finding]:
    started = time.perf_counter()
    findings = quota_findings(template)
    over_quota = bool(findings)

    # Lint, turning a crash into a finding
    try:
        validator = _get_validator()
        with validator.lock:
            matches = validator.run(template, regions)
    except Exception as error:
        logger.exception("cfn-lint failed on a template")
        findings.append(
            Finding(
                rule=LINTER_CRASH_RULE,
                severity="error",
                message=f"The template could not be checked: {error}",
            )
        )
        return findings

    # Translate the matches
    for match in _to_findings(matches):
        if (
            over_quota
            and match.rule == _CFN_LINT_LIMIT_RULE
            and match.path == ("Resources",)
        ):
            continue
        findings.append(match)

    logger.debug(
        "Validated a template into %s findings in %.3f s",
        len(findings),
        time.perf_counter() - started,
    )
    return findings


def quota_findings(template: Any) -> list[Finding]:
    """Return the finding of a template over CloudFormation's stack quota."""
    resources = template.get("Resources") if isinstance(template, dict) else None
    if not isinstance(resources, dict) or len(resources) <= MAX_RESOURCES:
        return []
    return [
        Finding(
            rule=RESOURCE_QUOTA_RULE,
            severity="error",
            message=(
                f"The template has {len(resources)} resources; CloudFormation "
                f"allows {MAX_RESOURCES} in one stack."
            ),
            path=("Resources",),
        )
    ]


def _to_findings(matches: Iterable[Any]) -> Iterable[Finding]:
    for match in matches:
        path = tuple(getattr(match, "path", None) or ())
        component = None
        if len(path) >= 2 and path[0] == "Resources" and isinstance(path[1], str):
            component = path[1]
        severity = str(getattr(match.rule, "severity", "error")).lower()
        yield Finding(
            rule=match.rule.id,
            severity=severity if severity in _SEVERITIES else "error",
            message=match.message,
            component=component,
            path=path,
        )
