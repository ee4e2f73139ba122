"""print into a StringIO whose text becomes the next prompt."""

import io

import autoform as af

CAUSE = "print to buffer read by prompt"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    buf = io.StringIO()
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    print(x, file=buf)
    y = af.lm_call([{"role": "user", "content": b + buf.getvalue()}], model="m")
    return x, y
