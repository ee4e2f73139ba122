"""Fresh identifiers for the code the compiler writes."""

from __future__ import annotations

__all__ = ["Namer"]


class Namer:
    """Fresh identifiers that collide with nothing the function or its module uses."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)

    def fresh(self, base: str) -> str:
        n = 1
        while f"{base}{n}" in self.taken:
            n += 1
        name = f"{base}{n}"
        self.taken.add(name)
        return name

    def prefer(self, name: str) -> str:
        """``name`` itself if free, else a numbered variant."""
        if name not in self.taken:
            self.taken.add(name)
            return name
        return self.fresh(name + "_")
