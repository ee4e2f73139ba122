"""A prompt built with af.format of an object whose __str__ counts, for a chained call."""

import autoform as af

CAUSE = 16
ARGS = ()
COUNT = [0]


class Counted:
    def __str__(self):
        COUNT[0] += 1
        return "counted"


def main():
    c = Counted()
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = af.format("{} and {}", b, c)
    y = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return [x, y, prompt]
