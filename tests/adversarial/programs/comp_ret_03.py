"""A returned comprehension inside try/finally; the finally reads a shadowed local."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat"],)
LOG = []


def main(topics: list[str]):
    t = "outer"
    try:
        return [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
    finally:
        LOG.append(t)
