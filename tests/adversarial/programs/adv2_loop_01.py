"""for/else: break when a reply mentions 'b'; the else makes a call only when none did."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    seen = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        seen.append(r)
        if "b" in r:
            break
    else:
        seen.append(af.lm_call([{"role": "user", "content": "none"}], model="m"))
    return seen
