"""A property computed on first read and then stored on the instance.

functools.cached_property takes a lock on every first read in Python 3.11 (dropped in 3.12); the extractor
reads such properties of many short-lived objects in one thread, where the lock is a tenth of the cost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 (used like the decorator it replaces)
    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        # A non-data descriptor: once the value is in the instance's __dict__, reads find it there.
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
