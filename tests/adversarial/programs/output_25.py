"""A helper that only prints is called at the top level between calls; the object it
prints has a __repr__ that reads a module list a later statement appends to."""

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
SEEN = []


class View:
    def __repr__(self):
        return "View(" + ",".join(SEEN) + ")"


def show(x):
    print("show", [x])


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    show(View())
    SEEN.append(a)
    b = af.lm_call([{"role": "user", "content": "jokes " + topic}], model="m")
    show(View())
    return [a, b]
