"""print(*generator) where the generator's helper prints, after an independent call that
fails: nothing printed."""

import autoform as af

CAUSE = 7
ARGS = (["a", "b"],)
FAIL = {"boom"}


def noisy(x):
    print("made", x)
    return x.upper()


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    print(*(noisy(x) for x in items))
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    return [a, b]
