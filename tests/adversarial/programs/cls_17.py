"""An object's class swapped by assigning `__class__` after it was made: its `__call__`
is then the other class's, which logs."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Quiet:
    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Loud:
    def __call__(self, q):
        reply = af.lm_call([{"role": "user", "content": f"{q} {len(LOG)}"}], model="m")
        LOG.append(reply)
        return reply


judge = Quiet()


def swap():
    judge.__class__ = Loud


def main(topic: str):
    swap()
    return [judge(topic + "1"), judge(topic + "2"), list(LOG)]
