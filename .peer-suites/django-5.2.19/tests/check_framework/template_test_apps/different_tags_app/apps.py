from django.apps import AppConfig


class DifferentTagsAppAppConfig(AppConfig):
    name = "check_framework.template_test_apps.different_tags_app"
