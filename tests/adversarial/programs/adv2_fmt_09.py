"""' '.join of a list with an int in it (TypeError) after a call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", 2, "c"],)
FAIL = {"boom"}


def main(words: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": " ".join(words)}], model="m")
    return [a, b]
