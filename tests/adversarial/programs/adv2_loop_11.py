"""An iterator is shared: next() takes the head, the loop asks about the rest."""

import autoform as af

CAUSE = 8
ARGS = (["head", "a", "b"],)


def main(items: list[str]):
    it = iter(items)
    head = next(it)
    out = [af.lm_call([{"role": "user", "content": head}], model="m")]
    for x in it:
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    return out
