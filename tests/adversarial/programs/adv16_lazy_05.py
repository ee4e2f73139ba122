"""assert with a call in its message: the message is only asked for a failing check."""

import autoform as af

CAUSE = "assert message lazy"
ARGS = ([3, 0, 5],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(counts: list):
    out = []
    for n in counts:
        try:
            assert n > 0, ask(f"explain why {n} is bad")
            out.append(ask(f"count {n}"))
        except AssertionError as exc:
            out.append(f"bad: {exc}")
    return out
