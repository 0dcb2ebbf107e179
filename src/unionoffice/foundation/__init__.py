"""What needs nothing else: errors, translation, money, identity numbers, paths, settings,
progress, spreadsheets, PDFs and the importer. No database, no Qt."""
