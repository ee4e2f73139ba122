"""The settings object is wrapped in codecs.StreamReaderWriter, whose (library) __getattr__
forwards to the wrapped object's printing property."""

import codecs

import autoform as af

CAUSE = "compile reads through library getattr"
ARGS = ("owls",)


class Source:
    @property
    def model(self):
        print("model read")
        return "m"


CFG = codecs.StreamReaderWriter(Source(), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=CFG.model)
