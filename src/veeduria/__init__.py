"""Veeduría: event data on protest and repression, with the words behind every value."""

__version__ = "0.1.0"
