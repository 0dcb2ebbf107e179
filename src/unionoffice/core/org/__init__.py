"""The organisation tree: company union → branch unions (分工会) → union groups (工会小组)."""
