"""zip of a generator that logs with a list; the loop breaks once a reply contains 'a2'."""

import autoform as af

CAUSE = "generator"
ARGS = (["a1", "a2", "a3", "a4"],)
LOG = []


def numbered(xs):
    for i, x in enumerate(xs):
        LOG.append(f"gen {i}")
        yield i, x


def main(answers: list):
    out = []
    for (i, a), tag in zip(numbered(answers), ["x", "y", "z", "w"]):
        r = af.lm_call([{"role": "user", "content": f"{tag} {a}"}], model="m")
        out.append(r)
        if "a2" in r:
            break
    return out
