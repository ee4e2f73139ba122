"""`next(gen)` on an exhausted generator inside the function: StopIteration as written."""

import autoform as af

CAUSE = 13
ARGS = ()


def main():
    gen = iter([])
    a = af.lm_call([{"role": "user", "content": "hello"}], model="m")
    try:
        x = next(gen)
    except StopIteration:
        x = "none"
    return a + x + next(iter([]))
