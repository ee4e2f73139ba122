"""`.upper()` on an object of the user's that has an effect, before a call it feeds."""

import autoform as af

CAUSE = 4
ARGS = ("loud",)
FAIL = {"first"}


class Shouter:
    def upper(self):
        print("SHOUTING")
        return "LOUD"


def main(word: str):
    s = Shouter()
    a = af.lm_call([{"role": "user", "content": "first " + word}], model="m")
    up = s.upper()
    return a + af.lm_call([{"role": "user", "content": up}], model="m")
