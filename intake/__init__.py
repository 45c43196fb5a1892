"""Conversation engine, windows directory, cases, outreach and storage."""
