content = "Grandchild Module"
