"""A primitive imports threading inside its body and compares thread names."""

import threading

import autoform as af

CAUSE = "thread identity read through an import local to the primitive"
ARGS = ("owls", "cats")
OWNER = threading.current_thread().name


@af.primitive
def check(text, owner):
    import threading as t

    return text + "/" + str(t.current_thread().name == owner)


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = check(ra, OWNER)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
