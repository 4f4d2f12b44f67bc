"""Helpers of the tests: factories, local servers, page lists; no tests here."""
