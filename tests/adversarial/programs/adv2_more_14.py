"""An object's __bool__ prints; it is tested in an if between two calls, the first fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Flag:
    def __bool__(self):
        print("bool")
        return True


def main():
    f = Flag()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    mode = "on" if f else "off"
    b = af.lm_call([{"role": "user", "content": mode}], model="m")
    return [a, b]
