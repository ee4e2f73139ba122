"""A generator helper yields one reply per item; the consumer breaks at the first reply that
mentions a keyword, so later prompts must never be sent."""

import autoform as af

CAUSE = "generator early break"
ARGS = (["owls", "cats", "dogs", "bees"],)


def replies(items):
    for i, t in enumerate(items, start=1):
        print(f"asking #{i}")
        yield af.lm_call([{"role": "user", "content": f"describe {t}"}], model="m")


def main(items: list):
    kept = []
    for r in replies(items):
        kept.append(r)
        if "cats" in r:
            break
    return kept
