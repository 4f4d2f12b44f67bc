"""
Every public page at six widths and in both colour schemes: no sideways scrolling, a header of
one row (at most 100 px from 900 px up), no accessibility violations (axe-core, WCAG 2.2 AA,
colour contrast included), content and form pages that use the width (their content at least
70 % of the layout's), and secondary buttons that look like buttons; the contact form's error
state too. Then the same with the example content (photos, prices, a quote, client
organisations), where one "Lyhyesti" box looks the same on a form's page and a profile.
"""

import pytest

from pricing import examples as price_examples
from supervisors import examples as supervisor_examples
from testimonials import examples as testimonial_examples
from tests.support.accessibility import AXE_OPTIONS, Axe
from tests.support.bookings import booking_pages
from tests.support.pages import ALL_PUBLIC_PAGES, CONTENT_PAGES

WIDTHS = [320, 375, 768, 1024, 1280, 1920]
SCHEMES = ["light", "dark"]
# Of the layout's width (the main area inside its padding), what a content page must use.
MIN_CONTENT_SHARE = 0.7

# How wide the page's main content is drawn: from the leftmost to the rightmost line of text,
# image or box with a background or border inside the page's <article>, so that an element
# that is wide but holds a narrow column of text does not count as wide.
USED_WIDTH_SCRIPT = """
() => {
  const main = document.querySelector("main");
  const mainStyle = getComputedStyle(main);
  const layout =
    main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
  const content = main.querySelector("article");
  if (!content) return { layout, used: 0 };
  let left = Infinity;
  let right = -Infinity;
  const add = (rect) => {
    if (rect.width > 1 && rect.height > 1) {
      left = Math.min(left, rect.left);
      right = Math.max(right, rect.right);
    }
  };
  const range = document.createRange();
  const texts = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    if (!texts.currentNode.textContent.trim()) continue;
    range.selectNodeContents(texts.currentNode);
    for (const rect of range.getClientRects()) add(rect);
  }
  for (const element of content.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    if (style.visibility === "hidden") continue;
    const painted =
      ["IMG", "svg", "PICTURE"].includes(element.tagName) ||
      style.backgroundColor !== "rgba(0, 0, 0, 0)" ||
      parseFloat(style.borderLeftWidth) > 0 ||
      parseFloat(style.borderRightWidth) > 0;
    if (painted) add(element.getBoundingClientRect());
  }
  return { layout, used: right - left };
}
"""

# Each visible secondary or quiet button that can be used (one shown as unavailable may look
# so): its border's width, and the contrast of the border against what lies behind the button
# (the first ancestor with a background).
BUTTON_EDGES_SCRIPT = """
() => {
  const rgb = (colour) => colour.match(/[\\d.]+/g).map(Number);
  const luminance = (colour) => {
    const [r, g, b] = rgb(colour).slice(0, 3).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const behind = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (rgb(background)[3] !== 0) return background;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  const buttons = ".button--secondary, .button--quiet";
  return [...document.querySelectorAll(buttons)]
    .filter((button) => button.getClientRects().length)
    .filter((button) => !button.matches(':disabled, [aria-disabled="true"]'))
    .map((button) => {
      const style = getComputedStyle(button);
      return {
        text: button.textContent.trim(),
        border: parseFloat(style.borderTopWidth),
        contrast: contrast(style.borderTopColor, behind(button)),
      };
    });
}
"""

# The style of each "Lyhyesti" box: the element around the heading that reads so.
BRIEF_BOX_SCRIPT = """
() => {
  const heading = [...document.querySelectorAll("main h2")]
    .find((h2) => h2.textContent.trim() === "Lyhyesti");
  if (!heading) return null;
  const style = getComputedStyle(heading.parentElement);
  const headingStyle = getComputedStyle(heading);
  return [
    style.backgroundColor, style.borderTopWidth, style.borderTopColor, style.borderRadius,
    style.paddingTop, style.paddingLeft, headingStyle.fontSize, headingStyle.color,
  ];
}
"""


@pytest.fixture(scope="module")
def axe():
    return Axe()


def check(page, axe, label, problems, path=None):
    # In the site's own font: before the web font is swapped in, text wraps differently.
    page.evaluate("document.fonts.ready.then(() => true)")
    width = page.viewport_size["width"]
    overflow = page.evaluate("document.documentElement.scrollWidth") - width
    if overflow > 0:
        problems.append(f"{label}: {overflow} px wider than the screen")
    header = page.evaluate("document.querySelector('.header').getBoundingClientRect().height")
    if width >= 900 and header > 100:
        problems.append(f"{label}: header {header} px tall")
    if path in CONTENT_PAGES:
        widths = page.evaluate(USED_WIDTH_SCRIPT)
        if widths["used"] < MIN_CONTENT_SHARE * widths["layout"]:
            problems.append(
                f"{label}: content {widths['used']:.0f} px of a {widths['layout']:.0f} px layout"
            )
    for button in page.evaluate(BUTTON_EDGES_SCRIPT):
        if button["border"] < 1 or button["contrast"] < 3:
            problems.append(f"{label}: the button “{button['text']}” looks flat: {button}")
    results = axe.run(page, options=AXE_OPTIONS)
    if results.violations_count:
        problems.append(f"{label}:\n{results.generate_report()}")


def show_at(page, width, scheme):
    """Resize ``page`` to ``width`` and switch it to the colour ``scheme``."""
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")


def widths_and_schemes(page, widths=WIDTHS, first=0):
    """
    Show the page loaded in ``page`` at each of ``widths`` in both colour schemes, in turn.

    The page is loaded once and then resized and switched between schemes, as a phone turned on
    its side or a system going dark would do, instead of being loaded at each: loading and the
    axe script's parse were a third of the matrix's time. ``first`` is the index of the width
    the page was loaded at; the walk starts there, so that across the pages every width is
    also the width of a fresh load.
    """
    for width in widths[first:] + widths[:first]:
        for scheme in SCHEMES:
            show_at(page, width, scheme)
            yield width, scheme


def check_every_width_and_scheme(page, axe, label, problems, path=None, first=0, widths=WIDTHS):
    for width, scheme in widths_and_schemes(page, widths, first):
        check(page, axe, f"{label} at {width} px, {scheme}", problems, path)


@pytest.mark.parametrize("path", ALL_PUBLIC_PAGES)
def test_every_public_page_fits_and_is_accessible(browser, site_url, axe, path):
    first = list(ALL_PUBLIC_PAGES).index(path) % len(WIDTHS)
    context = browser.new_context(viewport={"width": WIDTHS[first], "height": 900})
    page = context.new_page()
    problems = []
    page.goto(site_url + path)
    check_every_width_and_scheme(page, axe, path, problems, path, first)
    context.close()

    assert not problems, "\n".join(problems)


def test_the_contact_forms_errors_fit_and_are_accessible(browser, site_url, axe):
    """The contact form sent empty: its error messages must fit and read well too."""
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    page = context.new_page()
    problems = []
    page.goto(site_url + "/ota-yhteytta/")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähettäkää viesti").click()
    page.wait_for_load_state()
    assert page.locator('[aria-invalid="true"]').count()
    check_every_width_and_scheme(page, axe, "/ota-yhteytta/ (errors)", problems)
    context.close()

    assert not problems, "\n".join(problems)


@pytest.fixture
def example_site_url(site_url, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    supervisor_examples.load()
    price_examples.load()
    testimonial_examples.load()
    return site_url


EXAMPLE_PAGES = ["/", "/palvelut/ryhmatyonohjaus/", "/tyonohjaajat/aino-esimerkki/", "/hinnat/"]
EXAMPLE_WIDTHS = [375, 1280, 1920]


@pytest.mark.parametrize("path", EXAMPLE_PAGES)
def test_with_the_example_content_the_pages_use_the_width_and_are_accessible(
    browser, example_site_url, axe, path
):
    """Photos, prices, a quote and client organisations: every optional part on show."""
    first = EXAMPLE_PAGES.index(path) % len(EXAMPLE_WIDTHS)
    context = browser.new_context(viewport={"width": EXAMPLE_WIDTHS[first], "height": 900})
    page = context.new_page()
    problems = []
    page.goto(example_site_url + path)
    check_every_width_and_scheme(page, axe, path, problems, path, first, EXAMPLE_WIDTHS)
    context.close()

    assert not problems, "\n".join(problems)


def test_one_brief_box_style_on_a_forms_page_and_a_profile(browser, example_site_url):
    """The "Lyhyesti" box of a form of supervision and of a supervisor look the same."""
    context = browser.new_context(viewport={"width": EXAMPLE_WIDTHS[0], "height": 900})
    form_page, profile = context.new_page(), context.new_page()
    form_page.goto(example_site_url + "/palvelut/ryhmatyonohjaus/")
    profile.goto(example_site_url + "/tyonohjaajat/aino-esimerkki/")
    for width, scheme in widths_and_schemes(form_page, EXAMPLE_WIDTHS):
        show_at(profile, width, scheme)
        form_box = form_page.evaluate(BRIEF_BOX_SCRIPT)
        assert form_box is not None, (width, scheme)
        assert profile.evaluate(BRIEF_BOX_SCRIPT) == form_box, (width, scheme)
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [375, 1280])
def test_the_booking_pages_fit_and_are_accessible(browser, site_url, axe, width, scheme):
    """The free times, the form (sent empty too), a confirmation and the cancel question."""
    pages = booking_pages()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path, text in pages.items():
        page.goto(site_url + path)
        assert text in page.content(), path
        check(page, axe, path, problems)

    form = next(path for path, text in pages.items() if text == "Valitsemanne aika")
    page.goto(site_url + form)
    with page.expect_navigation():
        page.get_by_role("button", name="Varatkaa aika").click()
    assert page.locator('[aria-invalid="true"]').count()
    check(page, axe, f"{form} (errors)", problems)
    context.close()

    assert not problems, "\n".join(problems)
