# Required for migration detection (#22645)
