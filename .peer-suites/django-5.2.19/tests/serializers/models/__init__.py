from .base import *  # NOQA
from .data import *  # NOQA
from .multi_table import *  # NOQA
from .natural import *  # NOQA
