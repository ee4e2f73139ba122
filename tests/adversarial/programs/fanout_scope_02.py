"""A closure defined before the loop reads the loop variable after the loop."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b", "c"],)


def main(items: list):
    def last_seen():
        return item

    out = []
    for item in items:
        out.append(af.lm_call([{"role": "user", "content": item}], model="m"))
    return [out, last_seen()]
