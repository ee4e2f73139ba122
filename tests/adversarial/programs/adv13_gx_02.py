"""sorted() over a generator of replies with a key that counts into a local list that the
prompts read."""

import autoform as af

CAUSE = "sorted key local list vs generator prompts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    seen = []
    ranked = sorted(
        (af.lm_call([{"role": "user", "content": f"{t} {len(seen)}"}], model="m") for t in items),
        key=lambda r: seen.append(r) or len(r),
    )
    return ranked, seen
