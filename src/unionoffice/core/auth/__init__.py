"""Users, roles, passwords and the permission checks every service makes."""
