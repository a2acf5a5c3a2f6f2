"""Accuracy and speed harnesses behind ``uprkit bench``."""
