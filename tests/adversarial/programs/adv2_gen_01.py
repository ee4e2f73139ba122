"""A generator source with a finally that prints; the loop breaks on a reply: the generator
is closed when the loop drops it, before the print after the loop."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c", "d"],)


def gen(items):
    try:
        for x in items:  # noqa: UP028
            yield x
    finally:
        print("gen closed")


def main(items: list[str]):
    out = []
    for x in gen(items):
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        out.append(r)
        if "b" in r:
            break
    print("after loop")
    return out
