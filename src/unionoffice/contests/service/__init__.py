"""Contest services, one file per job; views and the command line import from here."""
