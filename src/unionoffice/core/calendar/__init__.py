"""Working days: public holidays and the weekend days worked instead (调休), kept as data."""
