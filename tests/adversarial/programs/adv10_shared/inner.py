"""An object that notes when it is freed: reached from a program only through outer."""


class Kept:
    def __init__(self, text, log):
        self.text = text
        self.log = log

    def __del__(self):
        self.log.append("freed " + self.text[:8])


def keep(text, log):
    return Kept(text, log).text.upper()
