"""String concatenation with an int after a print: TypeError after the print."""

import autoform as af

CAUSE = 7
ARGS = (3,)


def main(n):
    a = af.lm_call([{"role": "user", "content": "count"}], model="m")
    print("counting", a)
    prompt = "count to " + n
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
