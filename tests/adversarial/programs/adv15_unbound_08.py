"""A match statement binds the name in only one case."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], ("plain",))


def main(items: list, mode: tuple):
    match mode:
        case ("prefix", p):
            prefix = p
        case _:
            print("no prefix")
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(prefix + r)
    return out
