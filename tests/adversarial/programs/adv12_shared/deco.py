"""A class decorator that gives a class a spending __bool__ by setattr."""


def _spend(self):
    self.n -= 1
    return self.n >= 0


def spending(cls):
    for name, fn in {"__bool__": _spend}.items():
        setattr(cls, name, fn)
    return cls


class SpendMixin:
    pass


setattr(SpendMixin, "__bo" + "ol__", _spend)
