"""A generator source with a finally that prints, consumed whole by a fanned-out loop, then a
print and a call."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c"],)


def gen(items):
    try:
        for x in items:
            print("yield", x)
            yield x
    finally:
        print("gen closed")


def main(items: list[str]):
    out = []
    for x in gen(items):
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    print("after loop")
    return [out, af.lm_call([{"role": "user", "content": "end"}], model="m")]
