"""`.join` on an object of the user's that records what it joined."""

import autoform as af

CAUSE = 4
ARGS = (["a", "b"],)
FAIL = {"first"}
LOG = []


class Joiner:
    def join(self, parts):
        LOG.append(list(parts))
        return "+".join(parts)


def main(parts: list):
    j = Joiner()
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    joined = j.join(parts)
    return a + joined
