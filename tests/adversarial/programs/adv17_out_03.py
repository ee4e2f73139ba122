"""Progress printed with end='' and a final newline; the reply appended."""

import autoform as af

CAUSE = "print end"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        print(f"{t}...", end="", flush=True)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(" ok", len(r))
        out.append(r)
    return out
