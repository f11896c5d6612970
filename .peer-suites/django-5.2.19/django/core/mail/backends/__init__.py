# Mail backends shipped with Django.
