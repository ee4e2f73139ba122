"""A helper's second call fails for one item; the first stage's prints of later items must
not show (the failure propagates)."""

import autoform as af

CAUSE = "two stage failing second"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["critique <m:draft cats>"]


def refine(t):
    draft = af.lm_call([{"role": "user", "content": f"draft {t}"}], model="m")
    print("draft for", t)
    return af.lm_call([{"role": "user", "content": f"critique {draft}"}], model="m")


def main(items: list):
    return [refine(t) for t in items]
