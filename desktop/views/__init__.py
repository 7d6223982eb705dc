"""Qt widgets and models: thin, they show data, collect input and call the services."""
