"""The body rewrites the next item by index (a look-ahead fix-up)."""

import autoform as af

CAUSE = "body writes later item"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for i, t in enumerate(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if i + 1 < len(items):
            items[i + 1] = items[i + 1] + "/" + r[-4:]
        out.append(r)
    return out
