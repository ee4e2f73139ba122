"""A nested format spec in an f-string is a reply's length."""

import autoform as af

CAUSE = "f-string nested spec call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    return f"[{b:>{len(af.lm_call([{'role': 'user', 'content': a}], model='m'))}}]"
