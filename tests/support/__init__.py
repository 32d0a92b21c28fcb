"""Helpers the tests share: the response checker, the mock launchers, facts of the seed."""
