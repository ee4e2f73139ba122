"""A dict memo in a helper; repeated topics reuse the reply."""

import autoform as af

CAUSE = "dict memo helper"
ARGS = (["owls", "cats", "owls", "cats"],)
_MEMO = {}


def ask(t):
    if t not in _MEMO:
        _MEMO[t] = af.lm_call([{"role": "user", "content": t}], model="m")
    return _MEMO[t]


def main(items: list):
    return [ask(t) for t in items]
