"""Use cases: plain Python, no Qt. Functions take the session; callers own the transaction."""
