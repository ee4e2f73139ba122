"""af.format of a counting __str__ feeds two calls that each wait on an earlier reply."""

import autoform as af

CAUSE = 16
COUNT = [0]


class Who:
    def __str__(self):
        COUNT[0] += 1
        return "someone"


ARGS = (Who(),)


def main(who):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    first = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = af.format("{} meets {}", b, who)
    second = af.lm_call([{"role": "user", "content": prompt}], model="m")
    third = af.lm_call([{"role": "user", "content": prompt.upper()}], model="m")
    return [first, second, third, COUNT[0]]
