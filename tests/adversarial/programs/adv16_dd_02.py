"""setdefault on a module dict in a helper that builds the prompt; the prompt quotes the
dict's size, which grows with each new key."""

import autoform as af

CAUSE = "setdefault grows module dict"
ARGS = (["owls", "cats", "owls", "dogs"],)
SEEN = {}


def prompt(t):
    SEEN.setdefault(t, len(SEEN))
    return f"{t} #{SEEN[t]} of {len(SEEN)}"


def main(items: list):
    return [af.lm_call([{"role": "user", "content": prompt(t)}], model="m") for t in items]
