"""main rewrites a helper's __defaults__ before asking."""

import autoform as af

CAUSE = "defaults"
ARGS = (["owls", "cats"],)


def ask(q, style="short"):
    return af.lm_call([{"role": "user", "content": f"{style}: {q}"}], model="m")


def main(topics: list):
    ask.__defaults__ = ("long",)
    try:
        return [ask(t) for t in topics]
    finally:
        ask.__defaults__ = ("short",)
