"""LM calls nested in expressions are lifted out and overlap; unknown calls keep their order."""

import autoform as af


def combine(left, right):
    return f"{left} + {right}"


@af.concurrent
def pipeline(topic: str) -> str:
    both = combine(
        af.lm_call([dict(role="user", content=f"pros of {topic}")], model="m"),
        af.lm_call([dict(role="user", content=f"cons of {topic}")], model="m"),
    )
    return af.format("{}\n{}", both, af.lm_call([dict(role="user", content=topic)], model="m"))
