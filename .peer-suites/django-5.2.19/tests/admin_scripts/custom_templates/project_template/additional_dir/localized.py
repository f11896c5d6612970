# Regression for #22699.
# Generated at {% now "DATE_FORMAT" %}
