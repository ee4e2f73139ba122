"""A reply checker's __call__ logs; an instance is called on each reply."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Check:
    def __call__(self, r):
        LOG.append("check " + r[-6:])
        return r.upper()


def main(topics: list):
    check = Check()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(check(r))
    return out
