"""A key object whose __hash__ logs: replies are stored in a dict keyed by it, and the
prompt of the next item quotes the dict's size."""

import autoform as af

CAUSE = "hash dunder logs"
LOG = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        LOG.append(f"hash {self.name}")
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


ARGS = ([Key("owls"), Key("cats"), Key("owls")],)


def main(keys: list):
    seen = {}
    for k in keys:
        seen[k] = af.lm_call([{"role": "user", "content": k.name}], model="m")
    return sorted(v for v in seen.values())
