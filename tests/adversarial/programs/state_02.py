"""A global setting rebound by the function is read by a helper called right after."""

import autoform as af

CAUSE = 1
ARGS = ("volcanoes",)
STYLE = "plain"


def styled(q):
    return af.lm_call([{"role": "user", "content": af.format("[{}] {}", STYLE, q)}], model="m")


def set_style(s):
    global STYLE
    STYLE = s


def main(topic: str):
    a = styled(topic)
    set_style("poetic")
    b = styled(topic)
    return a + b
