"""In a loop body, `.replace` on an object of the user's that records the move (not str)."""

import autoform as af

CAUSE = 4
ARGS = (["a.txt", "b.txt", "c.txt", "d.txt"],)
LOG = []


class Mover:
    def replace(self, src, dst):
        LOG.append((src, dst))
        return dst


def main(names: list):
    mover = Mover()
    done = []
    for n in names:
        summary = af.lm_call([{"role": "user", "content": n}], model="m")
        done.append(mover.replace(n, summary))
    return done
