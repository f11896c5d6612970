class WildcardMixin:
    pass
