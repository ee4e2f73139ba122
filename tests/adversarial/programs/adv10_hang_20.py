"""af.map_sync with max_concurrency=1 and errors="collect" over a compiled pipeline whose
calls hold documents; one input fails."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "bad", "dogs"],)
FAIL = ["bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[:10])
        return self.text

    __repr__ = __str__


def _one(t):
    parts = [af.lm_call([{"role": "user", "content": Doc(t + s)}], model="m") for s in "ab"]
    return "".join(parts)


one = af.concurrent(_one)


def main(topics: list):
    got = af.map_sync(one, topics, max_concurrency=1, progress=False, errors="collect")
    return [r.value if r.ok else type(r.error).__name__ for r in got]
