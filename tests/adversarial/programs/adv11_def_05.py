"""A helper made by a factory at import closes over its prefix; a second is made in main."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats"],)


def make_asker(prefix):
    def ask(q):
        return af.lm_call([{"role": "user", "content": prefix + q}], model="m")

    return ask


ask_short = make_asker("short: ")


def main(topics: list):
    return [ask_short(t) for t in topics]
