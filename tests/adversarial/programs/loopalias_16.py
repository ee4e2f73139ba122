"""A loop over a list fills it while reading the list it fills only when a flag
parameter is on; the flag is read from a dict."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b"], {"recursive": True})


def main(items: list[str], opts: dict):
    acc = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        if opts.get("recursive") and acc:
            r = af.lm_call([{"role": "user", "content": r + acc[0]}], model="m")
        acc.append(r)
    return acc
