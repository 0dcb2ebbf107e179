"""The hardship services: figures (低保, rules), files, candidates, payouts, documents."""
