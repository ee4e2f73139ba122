"""while loop with a counter and a break on reply content."""

import autoform as af

CAUSE = "while counter break"
ARGS = (["owls", "cats", "dogs", "emus"],)


def main(items: list):
    i = 0
    out = []
    while i < len(items):
        r = af.lm_call([{"role": "user", "content": items[i]}], model="m")
        i += 1
        if "dogs" in r:
            break
        out.append(r)
    return out, i
