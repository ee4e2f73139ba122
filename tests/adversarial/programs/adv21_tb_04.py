"""Method compiled with af.concurrent(Cls().method); failure printed."""

import sys
import traceback

import autoform as af

CAUSE = "bound method compiled"
ARGS = ("owls", "cats")


class Bot:
    prefix = "p:"

    def ask(self, t):
        return af.lm_call([{"role": "user", "content": self.prefix + t}], model="m")

    def run(self, a, b):
        ra = self.ask(a)
        try:
            rb = self.ask(b)[int(b == "cats") * 100]
        except IndexError:
            traceback.print_exc(file=sys.stdout)
            rb = None
        rc = self.ask(b + "!")
        return ra, rb, rc


main = Bot().run
