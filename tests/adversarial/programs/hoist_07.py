"""af.format with an index beyond the arguments: IndexError after a print."""

import autoform as af

CAUSE = 7
ARGS = ("x",)


def main(t: str):
    a = af.lm_call([{"role": "user", "content": t}], model="m")
    print("formatting")
    prompt = af.format("{0} and {1}", a)
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
