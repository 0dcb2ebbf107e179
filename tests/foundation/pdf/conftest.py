from __future__ import annotations

import pytest

from unionoffice.foundation.pdf import set_system_fallback


@pytest.fixture(autouse=True)
def bundled_fonts_only():
    """Results must not depend on the fonts of the machine running the tests."""
    set_system_fallback(False)
    yield
    set_system_fallback(False)
