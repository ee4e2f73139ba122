"""`.count(sub, "x")` (start must be an int) on a reply, after a print."""

import autoform as af

CAUSE = 7
ARGS = ()


def main():
    a = af.lm_call([{"role": "user", "content": "text"}], model="m")
    print("counting")
    n = a.count("m", "start")
    return af.lm_call([{"role": "user", "content": str(n)}], model="m")
