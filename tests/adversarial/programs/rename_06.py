"""`f"{x = }"` with spaces, on a name rebound twice."""

import autoform as af

CAUSE = 12
ARGS = ("sky",)


def main(topic: str):
    x = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = af.lm_call([{"role": "user", "content": x}], model="m")
    x = len(x)
    print(f"{x = }")
    return x
