"""Debian's Chromium, headless, driven through Selenium and /usr/bin/chromedriver.

Shared by the browser tests and scripts/screenshot_report.py. The browser and its driver
come from the system packages (`apt-get install chromium chromium-driver`); nothing is
downloaded, and the browser is kept off the network.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"


class ChromiumMissing(RuntimeError):
    pass


def missing_parts() -> list[str]:
    """The browser parts that are not installed (empty when all are)."""
    return [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists() and not shutil.which(p)]


def start_chromium(width: int = 1280, height: int = 900) -> webdriver.Chrome:
    """A headless Chromium whose console messages can be read with `get_log("browser")`."""
    missing = missing_parts()
    if missing:
        raise ChromiumMissing(f"{', '.join(missing)} not installed: run `{INSTALL}`")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
