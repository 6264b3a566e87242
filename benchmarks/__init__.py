"""`make bench`: measured figures of Entraide, printed as one table (see README.md here)."""
