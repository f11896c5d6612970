"""Views that send mail inside the request, as an application does."""

from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse
from django.urls import path


def signup(request: HttpRequest) -> HttpResponse:
    sent = send_mail(
        "Welcome",
        "Thanks for signing up.\nFrom now on, you get mail.\n",
        None,  # DEFAULT_FROM_EMAIL
        [request.GET["to"]],
        fail_silently=request.GET.get("quiet") == "1",
    )
    return HttpResponse(str(sent))


urlpatterns = [path("signup", signup)]
