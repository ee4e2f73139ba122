"""Each item carries a numeric id; the id is put in the prompt through a bound f-string tag.
The last id has more than 4300 digits: ValueError after the earlier items' prints."""

import autoform as af

CAUSE = "huge int tag in loop prefetch"
ARGS = ([("owls", 1), ("cats", 2), ("dogs", 10**5000)],)


def main(items: list):
    out = []
    for t, n in items:
        tag = f"{n}"
        r = af.lm_call([{"role": "user", "content": t + " #" + tag[:6]}], model="m")
        print("reply:", r)
        out.append(r)
    return out
