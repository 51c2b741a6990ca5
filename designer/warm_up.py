"""Load the slow, process-wide data before the first request needs it."""

import logging
import threading
import time

logger = logging.getLogger(__name__)


def warm_up_in_background():
    """Build the catalog and cfn-lint's validator in a daemon thread."""
    thread = threading.Thread(target=_warm_up, name="designer-warm-up", daemon=True)
    thread.start()
    return thread


def _warm_up():
    from designer.template.validation import warm_up
    from relationships.catalog import get_catalog
    from relationships.loader import get_definitions

    started = time.perf_counter()
    try:
        get_catalog()
        get_definitions()
        warm_up()
    except Exception:
        # Each piece loads again on first use; a failure here only costs time.
        logger.exception("Warming up failed; the first requests will be slower")
        return
    logger.info("Catalog and validator ready in %.1f s", time.perf_counter() - started)
