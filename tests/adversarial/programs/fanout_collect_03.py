"""Keys whose __hash__ and __eq__ log: the collect step hashes in item order."""

import autoform as af

CAUSE = 10
ARGS = ()
LOG = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        LOG.append("hash " + self.name)
        return hash(self.name)

    def __eq__(self, other):
        LOG.append("eq " + self.name)
        return self.name == other.name

    def __str__(self):
        return self.name


def main():
    table = {}
    for k in [Key("a"), Key("b"), Key("c")]:
        table[k] = af.lm_call([{"role": "user", "content": str(k)}], model="m")
    return sorted(str(k) for k in table)
