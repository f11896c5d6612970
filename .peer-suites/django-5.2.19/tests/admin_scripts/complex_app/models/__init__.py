from .bar import Bar
from .foo import Foo

__all__ = ["Foo", "Bar"]
