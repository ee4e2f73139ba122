"""cfg: dict is given a dict subclass whose __getitem__ prints; cfg['k'] in a call after an
independent call that fails."""

import autoform as af

CAUSE = 7


class Cfg(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)


ARGS = (Cfg(k="v"),)
FAIL = {"boom"}


def main(cfg: dict):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": cfg["k"]}], model="m")
    return [a, b]
