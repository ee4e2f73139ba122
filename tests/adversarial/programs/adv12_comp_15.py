"""A local variable annotation (never evaluated by Python) subscripts a class whose
__class_getitem__ prints."""

import autoform as af

CAUSE = "compile evaluates local annotation"
ARGS = (["owls", "cats"],)


class Box:
    def __class_getitem__(cls, item):
        print("class_getitem", item)
        return list


def main(topics: list):
    print("start")
    out: Box[str] = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
