"""__str__ that counts, used by af.format in a call that waits for an earlier reply."""

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
    x = af.lm_call([{"role": "user", "content": af.format("{} {}", a, c)}], model="m")
    y = af.lm_call([{"role": "user", "content": b + "!"}], model="m")
    return [x, y]
