"""Reuse the validator classes cfn-lint builds while it checks a template.

cfn-lint's JSON-schema rules extend their validator for every resource they
look at, and each extension builds a new dataclass: about a third of the time
spent validating a design goes there. The classes built from the same
keyword functions, function filter and resolvers are interchangeable, so we
keep one per combination. Pinned to the cfn-lint in requirements.txt; the
tests compare findings with and without this on the corpus.
"""

import dataclasses
import logging
import threading

import cfnlint.jsonschema.validators as cfn_validators

logger = logging.getLogger(__name__)

_original_create = cfn_validators.create
_classes = {}
_lock = threading.Lock()


def install():
    """Make cfn-lint reuse its validator classes."""
    cfn_validators.create = _create_once


def uninstall():
    """Give cfn-lint back its own validator factory."""
    cfn_validators.create = _original_create


def _create_once(validators=None, function_filter=None, fn_resolvers=None):
    key = (
        _functions_key(validators),
        _filter_key(function_filter),
        _functions_key(fn_resolvers),
    )
    made = _classes.get(key)
    if made is None:
        with _lock:
            made = _classes.get(key)
            if made is None:
                made = _original_create(validators, function_filter, fn_resolvers)
                # Keep the arguments alive: the key holds ids of their owners.
                _classes[key] = made
                made._speedup_arguments = (validators, function_filter)
                logger.debug("Built cfn-lint validator class %s", len(_classes))
    return made


def _functions_key(functions):
    """Key a mapping of callables by their owner and underlying function."""
    if not functions:
        return ()
    return tuple(
        (name, id(getattr(f, "__self__", None)), getattr(f, "__func__", f))
        for name, f in functions.items()
    )


def _filter_key(function_filter):
    if function_filter is None:
        return None
    return tuple(
        (field.name, repr(getattr(function_filter, field.name)))
        for field in dataclasses.fields(function_filter)
    )
