"""The 经费与福利 tab and its pages."""
