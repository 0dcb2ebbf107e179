"""困难职工帮扶: household files, the 免申即享 candidate list, payouts and their reports."""
