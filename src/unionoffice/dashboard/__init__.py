"""The dashboard tab and the yearly union work report: key figures from every module, as charts."""
