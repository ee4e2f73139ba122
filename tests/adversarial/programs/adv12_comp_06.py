"""Postponed annotations: main's parameter is annotated with Box[int], whose
__class_getitem__ prints (typing.get_type_hints would run it)."""

from __future__ import annotations

import autoform as af

CAUSE = "compile evaluates annotations"
ARGS = (["owls", "cats"],)


class Box:
    def __class_getitem__(cls, item):
        print("class_getitem", item)
        return cls


def main(topics: Box[int]) -> Box[str]:
    print("start")
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
