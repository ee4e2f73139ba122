"""words: list[str] is given a list subclass whose __iter__ prints; ' '.join(words) in a
call after an independent call that fails."""

import autoform as af

CAUSE = 7


class Words(list):
    def __iter__(self):
        print("iter")
        return super().__iter__()


ARGS = (Words(["a", "b"]),)
FAIL = {"boom"}


def main(words: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": " ".join(words)}], model="m")
    return [a, b]
