"""A subclass overrides `forward` with one that logs: the program object is of the
subclass, its `__call__` (on the base) must run the override."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Module:
    def __call__(self, **kwargs):
        return self.forward(**kwargs)


class Ask(Module):
    def forward(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Logged(Ask):
    def forward(self, q):
        LOG.append(q)
        return af.lm_call([{"role": "user", "content": f"{q} {len(LOG)}"}], model="m")


plain, logged = Ask(), Logged()


def main(topic: str):
    return [logged(q=topic + "1"), logged(q=topic + "2"), plain(q=topic), list(LOG)]
