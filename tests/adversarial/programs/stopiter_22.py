"""A helper with LM calls catches its own StopIteration and re-raises it as LookupError."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def pick(xs):
    a = af.lm_call([{"role": "user", "content": "pick"}], model="m")
    try:
        return a + next(iter(xs))
    except StopIteration:
        raise LookupError("nothing to pick") from None


def main(topics: list[str]):
    try:
        return pick(topics)
    except LookupError as exc:
        return str(exc)
