"""next() inside a try whose handler logs and re-raises: StopIteration leaves the function."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)
LOG = []


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    it = iter(topics)
    try:
        t = next(it)
    except Exception as exc:
        LOG.append(type(exc).__name__)
        raise
    return a + t
