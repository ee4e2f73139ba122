"""A name bound twice: each binding gets its own version, so both calls overlap."""

import autoform as af


@af.concurrent
def pipeline(a: str, b: str) -> str:
    x = af.lm_call([dict(role="user", content=a)], model="m")
    first = x
    x = af.lm_call([dict(role="user", content=b)], model="m")
    return af.format("{} / {}", first, x)
