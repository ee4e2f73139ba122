"""A for loop over a list of replies made by a comprehension; `del` of the list and a
weakref check after."""

import weakref

import autoform as af

CAUSE = "weakref to comprehension list"
ARGS = (["owls", "cats"],)


class Replies(list):
    pass


def main(items: list):
    rs = Replies([af.lm_call([{"role": "user", "content": t}], model="m") for t in items])
    w = weakref.ref(rs)
    del rs
    return w() is None
