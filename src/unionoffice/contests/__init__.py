"""Skill contests (技术比武): set-up, offline judge packages, trimmed-mean scoring, ranking, locked results."""
