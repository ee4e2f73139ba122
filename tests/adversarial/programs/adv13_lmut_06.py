r"""Loop collecting replies; each reply also goes into a container with re.sub(r'\w+', lambda m: bag.append(m.group()) or '', a), and the
next item's prompt reads the container."""

import re

import autoform as af

CAUSE = "loop re.sub callback"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = []
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(bag)}"}], model="m")
        re.sub(r"\w+", lambda m: bag.append(m.group()) or "", a)
        out.append(a)
    return out
