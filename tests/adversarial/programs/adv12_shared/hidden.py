"""Classes whose dunders change state; imported by the programs only indirectly."""

SPENT = []


class Budget:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        return self.n >= 0


class Meter:
    def __init__(self):
        self.count = 0

    def __str__(self):
        self.count += 1
        return f"meter{self.count}"

    def __len__(self):
        self.count += 1
        return self.count

    def __contains__(self, item):
        self.count += 1
        return self.count % 2 == 0

    def __getitem__(self, key):
        self.count += 1
        return f"{key}@{self.count}"

    def __iter__(self):
        self.count += 1
        return iter(range(self.count))

    def __eq__(self, other):
        self.count += 1
        return False

    def __hash__(self):
        self.count += 1
        return 7


class Tag:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        Tag.calls += 1
        return self.name < other.name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Noisy:
    def __getattr__(self, name):
        print("noisy getattr", name)
        raise AttributeError(name)


class Loud:
    """A descriptor that prints when read."""

    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        print("loud get", self.value)
        return self.value


class Source:
    """Iterating it yields topics and counts how far it got."""

    def __init__(self, items):
        self.items = items
        self.taken = 0

    def __iter__(self):
        for it in self.items:
            self.taken += 1
            yield it


class Sink:
    def __init__(self):
        self.got = []

    def handle(self, r):
        self.got.append(r)
        return len(self.got)
