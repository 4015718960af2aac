"""Storage: the schema, its migrations and the one module with SQL (`store`)."""
