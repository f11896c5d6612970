# The {{ project_name }} should be rendered.
