"""Printing a detection must not load the offline engine: the brief's rendering, which reads
the gazetteer, is imported only when a brief is printed."""

from __future__ import annotations

import subprocess
import sys


def test_detect_output_does_not_load_the_offline_engine():
    code = (
        "import sys\n"
        "from newsbrief.detect import detect\n"
        "from newsbrief.render import output\n"
        "text = output('detect', detect('The minister said the budget would pass.'), 'text')\n"
        "assert text.startswith('en'), text\n"
        "assert 'newsbrief.lite' not in sys.modules\n"
        "from newsbrief.render import format_date\n"
        "assert 'newsbrief.lite' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
