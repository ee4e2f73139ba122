"""itertools.count request ids in a module global, used by a helper that also logs; the
loop breaks once a reply is long enough."""

import itertools

import autoform as af

CAUSE = "count ids with break"
ARGS = (["owls", "cats", "a very long topic name", "dogs"],)
_IDS = itertools.count(1)
LOG = []


def ask(t):
    rid = next(_IDS)
    LOG.append(f"send {rid}")
    return af.lm_call([{"role": "user", "content": f"#{rid} {t}"}], model="m")


def main(items: list):
    out = []
    for t in items:
        r = ask(t)
        out.append(r)
        if len(r) > 30:
            break
    out.append(ask("summary"))
    return out
