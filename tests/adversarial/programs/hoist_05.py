"""A missing key read after a print and a call."""

import autoform as af

CAUSE = 7
ARGS = ({"name": "x"},)


def main(data):
    a = af.lm_call([{"role": "user", "content": data["name"]}], model="m")
    print("read", a)
    style = data["style"]
    return af.lm_call([{"role": "user", "content": style}], model="m")
