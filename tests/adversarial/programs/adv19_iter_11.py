"""Loop over a list; the body removes items from it (classic skip bug)."""

import autoform as af

CAUSE = "remove during iteration"
ARGS = (["owls", "cats", "dogs", "emus"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "owls" in r or "dogs" in r:
            items.remove(t)
        out.append(r)
    return out, items
