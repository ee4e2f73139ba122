"""An iterator shared between two loops: the first breaks after two items, the second
continues from the third."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c", "d"],)


def main(items: list[str]):
    it = iter(items)
    first = []
    for x in it:
        first.append(af.lm_call([{"role": "user", "content": "1 " + x}], model="m"))
        if len(first) == 2:
            break
    second = []
    for x in it:
        second.append(af.lm_call([{"role": "user", "content": "2 " + x}], model="m"))
    return [first, second]
