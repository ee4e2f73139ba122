"""A returned comprehension's variable shadows a local that a lambda defined before reads."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    t = "outer"
    tag = lambda: t  # noqa: E731
    return [af.lm_call([{"role": "user", "content": t + tag()}], model="m") for t in topics]
