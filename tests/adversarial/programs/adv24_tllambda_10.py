"""A lambda global closing over a thread-local, called by a primitive."""

import threading

import autoform as af

CAUSE = "threading.local reached through a lambda default argument"
ARGS = ("owls", "cats")

user_of = (lambda tl=threading.local(): tl)()
reader = lambda text, tl=user_of: text + "/" + getattr(tl, "user", "anon")  # noqa: E731


@af.primitive
def lookup(text):
    return reader(text)


def main(a, b):
    user_of.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
