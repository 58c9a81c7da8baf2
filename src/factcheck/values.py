"""Values: objects equal when their fields are, and hashed by them, as frozen dataclasses are.

The classes made by every run are plain classes with ``__slots__`` and an ``__init__`` rather
than dataclasses: a dataclass compiles its methods when its class is made, about half a
millisecond a class, which every run of the command line would pay at start-up. A class that
is compared by value derives from :class:`Value` and names its fields, in order, in
``_fields``; the instances are not to be changed once made (a class whose instances are
changed sets ``__hash__`` to None, as a dataclass that is not frozen has it).
"""

from __future__ import annotations

__all__ = ["Value"]


class Value:
    """Equal to an instance of the same class with equal fields; hashed by the fields."""

    __slots__ = ()

    def _fields(self) -> tuple:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())
