"""Moderation by trust: flags, the threshold policy, review and the public log."""
