"""Settings of the test project. Each test points EMAIL_HOST/EMAIL_PORT at the server it started
(``override_settings``)."""

from resilient_smtp import RetryPolicy

SECRET_KEY = "not-a-secret: tests only"
DEBUG = False
ALLOWED_HOSTS = ["testserver"]
INSTALLED_APPS = ["resilient_smtp.django"]
ROOT_URLCONF = "djangoproject.urls"
DATABASES: dict = {}
USE_TZ = True

EMAIL_BACKEND = "resilient_smtp.django.EmailBackend"
DEFAULT_FROM_EMAIL = "Site Ünïcode <noreply@example.com>"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = 25
# Short backoff: a refused port is tried twice, 50 ms apart, not four times over seconds.
RESILIENT_SMTP = {"retry": RetryPolicy(max_attempts=2, initial_delay=0.05), "deadline": 10}
