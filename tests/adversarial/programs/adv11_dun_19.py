"""A record's __setattr__ logs; each turn stores its reply on a fresh record."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Record:
    def __setattr__(self, name, value):
        LOG.append(f"set {name}={value[-6:]}")
        super().__setattr__(name, value)


def main(topics: list):
    out = []
    for t in topics:
        rec = Record()
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        rec.reply = r
        out.append(rec.reply)
    return out
