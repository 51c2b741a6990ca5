"""Fixtures for driving the pages through Debian's Chromium."""

import os

# Playwright's sync API runs an event loop in the test's thread, which makes
# Django refuse ORM calls unless told that this is fine.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "a-long-test-password-7"


# Per module: Playwright's sync API keeps an event loop running in this thread
# while it is open, which would break the async tests collected after these.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def person(transactional_db):
    return get_user_model().objects.create_user("grace", password=PASSWORD)


@pytest.fixture
def page(browser, live_server, person):
    """Return a page signed in as `person` through the login form."""
    context = browser.new_context(
        viewport={"width": 1440, "height": 900}, accept_downloads=True
    )
    context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = []
    page.on("pageerror", lambda error: problems.append(error.stack or str(error)))

    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", person.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")

    page.live_server_url = live_server.url
    page.problems = problems
    yield page
    context.close()
    assert not problems, f"The page raised errors: {problems}"
