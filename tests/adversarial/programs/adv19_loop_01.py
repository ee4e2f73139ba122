"""Loop with break when a reply contains a marker; else clause prints."""

import autoform as af

CAUSE = "break on reply content"
ARGS = (["owls", "cats", "stop", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "stop" in r:
            print("stopping at", t)
            break
        out.append(r)
    else:
        print("no stop")
    return out
