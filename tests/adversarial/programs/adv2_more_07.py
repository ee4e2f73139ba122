"""A walrus in a comprehension's filter binds the name in the function: it is read after."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    kept = [y for x in items if (y := af.lm_call([{"role": "user", "content": x}], model="m"))]
    last = af.lm_call([{"role": "user", "content": "last " + y}], model="m")
    return [kept, last]
