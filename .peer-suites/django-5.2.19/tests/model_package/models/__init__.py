# Import all the models from subpackages
from .article import Article
from .publication import Publication

__all__ = ["Article", "Publication"]
