"""Award certificates: templates as data, batch issuing, numbered register, offline verification."""
