from django.apps import AppConfig


class OneConfig(AppConfig):
    name = "apps.one_config_app"
