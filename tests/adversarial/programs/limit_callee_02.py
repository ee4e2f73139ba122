"""A primitive's keyword argument is an unknown call that patches the primitive."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def lookup(q: str, *, limit: int = 1) -> str:
    return f"real:{q}:{limit}"


def cheap_lookup(q, *, limit=1):
    return f"cheap:{q}:{limit}"


class Budget:
    def tighten(self):
        globals()["lookup"] = cheap_lookup
        return 0


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    hits = lookup(a, limit=Budget().tighten())
    more = lookup(topic)
    b = af.lm_call([{"role": "user", "content": hits + more}], model="m")
    return [hits, more, b]
