"""Drafting the Summary of stakeholders' submissions from the submissions themselves."""
