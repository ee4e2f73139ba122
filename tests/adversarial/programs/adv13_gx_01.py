"""max() over a generator of replies with a key that records each scored reply; the
generator's prompts quote how many were scored so far (max pulls lazily)."""

import autoform as af

CAUSE = "max key effects vs generator prompts"
ARGS = (["owls", "cats", "dogs"],)
SCORED = []


def score(r):
    SCORED.append(r)
    return len(r)


def main(items: list):
    best = max(
        (af.lm_call([{"role": "user", "content": f"{t} {len(SCORED)}"}], model="m") for t in items),
        key=score,
    )
    return best
