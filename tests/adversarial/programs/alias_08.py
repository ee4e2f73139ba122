"""list.sort() in place after a call that used the list."""

import autoform as af

CAUSE = "alias"
ARGS = (["c", "a", "b"],)


def main(words: list):
    first = af.lm_call([{"role": "user", "content": "start"}], model="m")
    a = af.lm_call([{"role": "user", "content": ",".join(words) + first}], model="m")
    words.sort()
    return [a, list(words)]
