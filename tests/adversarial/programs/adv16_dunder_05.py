"""A dict subclass whose __missing__ asks the LM (and stores the answer): reading keys
in a loop makes calls only for missing keys, and a repeat is served from the dict."""

import autoform as af

CAUSE = "missing asks"


class Glossary(dict):
    def __missing__(self, key):
        val = af.lm_call([{"role": "user", "content": f"define {key}"}], model="m")
        self[key] = val
        return val


ARGS = (["owls", "cats", "owls", "dogs", "cats"],)


def main(words: list):
    g = Glossary(dogs="canine")
    return [g[w] for w in words], len(g)
