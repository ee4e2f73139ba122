"""string.Template with safe_substitute over a mapping that counts its lookups."""

import string

import autoform as af

CAUSE = "template mapping counts"
ARGS = (["owls", "cats", "dogs"],)
LOOKUPS = []


class Vars(dict):
    def __getitem__(self, key):
        LOOKUPS.append(key)
        return super().__getitem__(key)


T = string.Template("Summarise $topic for $audience (lookup $n)")


def main(items: list):
    out = []
    for t in items:
        v = Vars(topic=t, audience="kids", n=len(LOOKUPS))
        out.append(af.lm_call([{"role": "user", "content": T.safe_substitute(v)}], model="m"))
    return out
