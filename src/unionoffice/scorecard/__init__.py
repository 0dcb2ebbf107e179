"""The branch scorecard (分工会比较管理) and the union bulletin (工会简报)."""
