"""A Prefect `@task` that imports Prefect on first use, so in-process runs never load it.

Importing Prefect costs ~1.1 s here, which a user ingesting a few files in local mode (and every
parse/clean worker process) would pay for nothing. Orchestrated runs get the real Prefect task,
built once, on first call; `fn` is the plain function for tests and local runs.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any


class LazyTask:
    """Stands for `prefect.task(**options)(fn)` until Prefect is first needed."""

    def __init__(self, fn: Callable[..., Any], options: dict[str, Any]) -> None:
        self.fn = fn
        self._options = options
        self._task: Any = None
        functools.update_wrapper(self, fn)
        # The module attribute named like the function is this LazyTask; pickle (Dask ships
        # tasks to its workers) finds a function by its qualified name, so point it at `.fn`.
        fn.__qualname__ = f"{fn.__qualname__}.fn"

    def prefect_task(self) -> Any:
        """The real Prefect task (built on first use; every wirecopy task skips result caching)."""
        if self._task is None:
            from prefect import task
            from prefect.cache_policies import NO_CACHE

            self._task = task(cache_policy=NO_CACHE, **self._options)(self.fn)
        return self._task

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.prefect_task()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # submit(), map(), with_options(), name, retries, …: those of the real task. Private
        # names are never delegated (pickle probes them before __dict__ exists).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.prefect_task(), name)

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        # Pickled by reference (the module attribute), like a function: Dask ships these.
        return (_lookup, (self.fn.__module__, self.__name__))


def _lookup(module: str, name: str) -> Any:
    """The object a LazyTask was pickled as: `module.name`."""
    return getattr(importlib.import_module(module), name)


def task(**options: Any) -> Callable[[Callable[..., Any]], LazyTask]:
    """Decorator with `prefect.task`'s options: `@task(name="load", retries=2)`."""

    def wrap(fn: Callable[..., Any]) -> LazyTask:
        return LazyTask(fn, options)

    return wrap
