"""__getitem__ that logs, read for a call that waits on an earlier reply."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Rows:
    def __getitem__(self, i):
        LOG.append(f"get {i}")
        return f"row{i}"


def main():
    rows = Rows()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": a + rows[1]}], model="m")
    return [b, c]
