"""sys.stdout.write and print(file=sys.stderr) interleaved around calls in a loop with a walrus."""

import sys

import autoform as af

CAUSE = "output"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    out = []
    for t in topics:
        sys.stdout.write(f"> {t}\n")
        if r := af.lm_call([{"role": "user", "content": t}], model="m"):
            print("ok", r, file=sys.stderr)
        out.append(r)
    sys.stdout.flush()
    return out
