"""A small Django project for tests/test_django.py: settings, and views that send mail inside a request."""
