from .test_deconstruct import DeconstructibleWithPathClass  # NOQA
