"""经费与福利: monthly dues from payroll, the welfare and condolence register with its caps,
sign-off sheets, and branch union budgets."""
