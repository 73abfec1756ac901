"""Small helpers shared by the shop app."""
import copy
import functools
import gc
import json
import logging
import sys
import time

logger = logging.getLogger(__name__)

DEFAULT_FILTERS = {"in_stock": True, "tags": ["new"], "price": {"max": 50}}


def build_filters(overrides):
    # deepcopy, not copy(): the nested list/dict must not be shared, or
    # appending to one request's tags would change DEFAULT_FILTERS too.
    filters = copy.deepcopy(DEFAULT_FILTERS)
    filters.update(overrides)
    return filters


def to_json(data):
    # ensure_ascii=False keeps "Dostoevsky / Достоевский" readable instead of \u escapes.
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def log_duration(func):
    @functools.wraps(func)  # keep func.__name__ and __doc__ on the wrapper
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            logger.debug("%s took %.3fs", func.__name__, time.perf_counter() - start)
    return wrapper


def walk_categories(tree, depth=0):
    """Yield (depth, name) for a nested {"name": ..., "children": [...]} tree."""
    yield depth, tree["name"]
    for child in tree.get("children", []):
        yield from walk_categories(child, depth + 1)


@log_duration
def flatten_category_tree(tree):
    # The default limit (1000) is too low for very deep imported trees. Raising
    # it only postpones RecursionError; too high and the C stack can overflow.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    select = [name for depth, name in walk_categories(tree) if depth <= 3]
    open_count = len(select)  # plain locals, unrelated to the select module or open()
    logger.info("Showing %d categories", open_count)
    return select


class Settings:
    """Process-wide singleton: every Settings() call returns the same object."""
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, currency="EUR"):
        # __init__ still runs on every Settings() call, so only set up once.
        if getattr(self, "_ready", False):
            return
        self.currency = currency
        self._ready = True


class BulkImport:
    """Context manager that pauses the cyclic GC during a large import."""

    def __enter__(self):
        self._was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, exc_type, exc, tb):
        if self._was_enabled:
            gc.enable()
        unreachable = gc.collect()  # reclaim reference cycles left by the import
        logger.debug("gc.collect() found %d unreachable objects", unreachable)
        return False  # never swallow exceptions
