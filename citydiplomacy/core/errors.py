class DomainError(Exception):
    """A rule of the business was broken; the message is translated and shown to the user as it is."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)
