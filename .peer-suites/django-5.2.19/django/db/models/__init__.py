from django.core.exceptions import ObjectDoesNotExist
from django.db.models import signals
from django.db.models.aggregates import *  # NOQA
from django.db.models.aggregates import __all__ as aggregates_all
from django.db.models.constraints import *  # NOQA
from django.db.models.constraints import __all__ as constraints_all
from django.db.models.deletion import (
    CASCADE,
    DO_NOTHING,
    PROTECT,
    RESTRICT,
    SET,
    SET_DEFAULT,
    SET_NULL,
    ProtectedError,
    RestrictedError,
)
from django.db.models.enums import *  # NOQA
from django.db.models.enums import __all__ as enums_all
from django.db.models.expressions import (
    Case,
    Exists,
    Expression,
    ExpressionList,
    ExpressionWrapper,
    F,
    Func,
    OrderBy,
    OuterRef,
    RowRange,
    Subquery,
    Value,
    ValueRange,
    When,
    Window,
    WindowFrame,
    WindowFrameExclusion,
)
from django.db.models.fields import *  # NOQA
from django.db.models.fields import __all__ as fields_all
from django.db.models.fields.composite import CompositePrimaryKey
from django.db.models.fields.files import FileField, ImageField
from django.db.models.fields.generated import GeneratedField
from django.db.models.fields.json import JSONField
from django.db.models.fields.proxy import OrderWrt
from django.db.models.indexes import *  # NOQA
from django.db.models.indexes import __all__ as indexes_all
from django.db.models.lookups import Lookup, Transform
from django.db.models.manager import Manager
from django.db.models.query import (
    Prefetch,
    QuerySet,
    aprefetch_related_objects,
    prefetch_related_objects,
)
from django.db.models.query_utils import FilteredRelation, Q

# Imports that would create circular imports if sorted
from django.db.models.base import DEFERRED, Model  # isort:skip
from django.db.models.fields.related import (  # isort:skip
    ForeignKey,
    ForeignObject,
    OneToOneField,
    ManyToManyField,
    ForeignObjectRel,
    ManyToOneRel,
    ManyToManyRel,
    OneToOneRel,
)

__all__ = aggregates_all + constraints_all + enums_all + fields_all + indexes_all
__all__ += [
    "ObjectDoesNotExist",
    "signals",
    "CASCADE",
    "DO_NOTHING",
    "PROTECT",
    "RESTRICT",
    "SET",
    "SET_DEFAULT",
    "SET_NULL",
    "ProtectedError",
    "RestrictedError",
    "Case",
    "CompositePrimaryKey",
    "Exists",
    "Expression",
    "ExpressionList",
    "ExpressionWrapper",
    "F",
    "Func",
    "OrderBy",
    "OuterRef",
    "RowRange",
    "Subquery",
    "Value",
    "ValueRange",
    "When",
    "Window",
    "WindowFrame",
    "WindowFrameExclusion",
    "FileField",
    "ImageField",
    "GeneratedField",
    "JSONField",
    "OrderWrt",
    "Lookup",
    "Transform",
    "Manager",
    "Prefetch",
    "Q",
    "QuerySet",
    "aprefetch_related_objects",
    "prefetch_related_objects",
    "DEFERRED",
    "Model",
    "FilteredRelation",
    "ForeignKey",
    "ForeignObject",
    "OneToOneField",
    "ManyToManyField",
    "ForeignObjectRel",
    "ManyToOneRel",
    "ManyToManyRel",
    "OneToOneRel",
]
