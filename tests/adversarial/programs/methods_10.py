"""`.strip()` on a reply-like object whose strip logs."""

import autoform as af

CAUSE = 4
ARGS = ()
LOG = []


class Reply:
    def __init__(self, t):
        self.t = t

    def strip(self):
        LOG.append("strip " + self.t)
        return self.t.strip()


def main():
    r = Reply(" padded ")
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    LOG.append("between")
    s = r.strip()
    return a + s
