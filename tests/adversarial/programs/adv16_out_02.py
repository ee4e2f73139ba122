"""redirect_stdout entered by hand (`__enter__()`, not a with block) to a recording
stream; prompts quote how much was printed so far."""

import contextlib

import autoform as af

CAUSE = "redirect_stdout entered by hand"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


class Rec:
    def write(self, s):
        SEEN.append(len(s))
        return len(s)

    def flush(self):
        pass


def main(items: list):
    cm = contextlib.redirect_stdout(Rec())
    cm.__enter__()
    out = []
    for t in items:
        print("item", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} chars={sum(SEEN)}"}], model="m"))
    cm.__exit__(None, None, None)
    return out
