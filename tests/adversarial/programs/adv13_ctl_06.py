"""Stop at the first reply that mentions a keyword: the loop breaks, so the later topics are
never asked."""

import autoform as af

CAUSE = "break on reply"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"describe {t}"}], model="m")
        if "cats" in r:
            break
        out.append(r)
    return out
