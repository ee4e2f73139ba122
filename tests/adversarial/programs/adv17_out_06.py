"""sys.stdout.write used directly alongside print in the loop."""

import sys

import autoform as af

CAUSE = "stdout.write"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        sys.stdout.write(f"asking {t}\n")
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("got", r)
        out.append(r)
    return out
