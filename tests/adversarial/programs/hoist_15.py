"""`text.split("")` raises ValueError (empty separator), after a print."""

import autoform as af

CAUSE = 7
ARGS = ("a b c",)


def main(text: str):
    print("splitting")
    parts = text.split("")
    return af.lm_call([{"role": "user", "content": parts[0]}], model="m")
