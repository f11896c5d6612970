from django.contrib.messages.api import *  # NOQA
from django.contrib.messages.constants import *  # NOQA
from django.contrib.messages.storage.base import Message  # NOQA
