ENGLISH: dict[str, str | tuple[str, str]] = {}
