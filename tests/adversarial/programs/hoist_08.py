"""A __getattr__ that raises a custom error, read after a logged step."""

import autoform as af

CAUSE = 7
ARGS = ()
LOG = []


class Strict:
    def __getattr__(self, name):
        raise PermissionError(f"no {name}")


def main():
    s = Strict()
    a = af.lm_call([{"role": "user", "content": "go"}], model="m")
    LOG.append(a)
    secret = s.secret
    return af.lm_call([{"role": "user", "content": secret}], model="m")
