"""The one exception type for errors a user can cause; the CLI prints its message."""


class KgError(Exception):
    """A problem with the user's input (a file, a query, a store), explained in one line."""
