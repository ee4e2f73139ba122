"""A helper prints after its call and rejects one reply with ValueError; the comprehension
over items must not show later items' prints."""

import autoform as af

CAUSE = "helper prints then raises"
ARGS = (["owls", "cats", "dogs", "bees"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("got", t, len(r))
    if "cats" in r:
        raise ValueError(f"rejected {t}")
    return r


def main(items: list):
    return [ask(t) for t in items]
