"""A settings module whose missing attributes are computed on first access (PEP 562)."""

LOADED = []


def __getattr__(name):
    if name == "MODEL":
        LOADED.append(name)
        print("loading setting", name)
        return "m"
    raise AttributeError(name)
