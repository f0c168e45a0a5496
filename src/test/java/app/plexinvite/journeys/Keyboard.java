package app.plexinvite.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone without a mouse or a touch screen: keys only (TAB, SHIFT+TAB, ENTER, SPACE,
 * arrows and typing), always sent to whatever has the focus, never a click and never an
 * element given the focus by script. Every control the focus lands on must show it (an
 * outline of at least 2 pixels or a box shadow), have a size, and not be hidden under
 * something else, such as the phone's bottom bar.
 */
final class Keyboard {

	/** More stops than any page has before the control a journey looks for. */
	private static final int MAX_STOPS = 120;

	private final Browser browser;

	/** Every control the focus landed on, in order, as "tag#id.class 'text'". */
	private final List<String> stops = new ArrayList<>();

	/**
	 * Whether the focus must show (not on the Plex simulator's page, which is Plex's).
	 */
	private final boolean checksFocus;

	Keyboard(Browser browser) {
		this(browser, true);
	}

	/**
	 * Keys for this browser. Its page keeps the focus as if its window were in front
	 * (Chrome DevTools emulation): a headless window whose focus went to the browser's
	 * own controls (a TAB past a page's last control) would otherwise match no
	 * {@code :focus} rule on the next page.
	 */
	private Keyboard(Browser browser, boolean checksFocus) {
		this.browser = browser;
		this.checksFocus = checksFocus;
		browser.driver().executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
	}

	/** Keys on a page that is not ours: where the focus goes is not checked. */
	static Keyboard withoutFocusChecks(Browser browser) {
		return new Keyboard(browser, false);
	}

	/** Presses TAB until the focus is on an element matching the selector. */
	WebElement tabTo(String css) {
		return moveTo(Keys.TAB, css);
	}

	/** Presses SHIFT+TAB until the focus is on an element matching the selector. */
	WebElement backTo(String css) {
		return moveTo(null, css);
	}

	/** One TAB; the control that has the focus then. */
	WebElement tab() {
		press(Keys.TAB);
		return focusedAndVisible();
	}

	void type(CharSequence text) {
		new Actions(this.browser.driver()).sendKeys(text).perform();
	}

	void press(CharSequence key) {
		new Actions(this.browser.driver()).sendKeys(key).perform();
	}

	/** CTRL+A: everything in the focused field, so typing replaces it. */
	void selectAll() {
		new Actions(this.browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
	}

	void pressShiftTab() {
		new Actions(this.browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
	}

	/**
	 * Presses the key (ENTER on a link or a button, say) and waits until the next page
	 * has loaded: the old page carries a mark the new one lacks.
	 */
	void pressAndLoad(CharSequence key) {
		this.browser.script("window.journeyMark = true");
		press(key);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
			.ignoring(WebDriverException.class)
			.until((driver) -> (Boolean) this.browser
				.script("return window.journeyMark === undefined && document.readyState === 'complete'"));
	}

	/** The element that has the focus now. */
	WebElement focused() {
		return this.browser.driver().switchTo().activeElement();
	}

	/** The focused element, after checking that it shows its focus. */
	WebElement focusedAndVisible() {
		WebElement element = focused();
		String stop = describe(element);
		this.stops.add(stop);
		if (!this.checksFocus) {
			return element;
		}
		try {
			// Scrolling to the focused control may be smooth: give it a moment.
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(3), Duration.ofMillis(100))
				.until((driver) -> focusProblems(element).isEmpty());
		}
		catch (TimeoutException ex) {
			assertThat(focusProblems(element)).as("focus on %s at %s after %s", stop, this.browser.path(), this.stops)
				.isEmpty();
		}
		return element;
	}

	/** The controls the focus has landed on so far. */
	List<String> stops() {
		return List.copyOf(this.stops);
	}

	/**
	 * TAB (or SHIFT+TAB when the key is null) until the focus matches. Past the page's
	 * last control the focus leaves the page for a moment (the browser's own controls);
	 * it must come back with the next key.
	 */
	private WebElement moveTo(CharSequence key, String css) {
		boolean outside = false;
		for (int i = 0; i < MAX_STOPS; i++) {
			if (key == null) {
				pressShiftTab();
			}
			else {
				press(key);
			}
			if (focused().equals(this.browser.find("body"))) {
				assertThat(outside).as("the focus came back to %s after %s", this.browser.path(), this.stops).isFalse();
				outside = true;
				this.stops.add("(outside the page)");
				continue;
			}
			outside = false;
			WebElement element = focusedAndVisible();
			if ((Boolean) this.browser.script("return arguments[0].matches(arguments[1])", element, css)) {
				return element;
			}
		}
		throw new AssertionError("The keyboard never reached " + css + " on " + this.browser.path() + " after "
				+ this.stops.subList(Math.max(0, this.stops.size() - MAX_STOPS), this.stops.size()));
	}

	private String describe(WebElement element) {
		return (String) this.browser.script(
				"""
						const e = arguments[0];
						const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40);
						return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
							+ (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
							+ (text ? " '" + text + "'" : '');
						""",
				element);
	}

	/**
	 * Why the focus on this element could go unseen: no outline or shadow, no size, or
	 * every point of it covered by something else (WCAG 2.4.7 and 2.4.11).
	 */
	@SuppressWarnings("unchecked")
	private List<String> focusProblems(WebElement element) {
		return (List<String>) this.browser.script("""
				const e = arguments[0];
				if (e === document.body || e === document.documentElement) {
					return ['nothing has the focus'];
				}
				if (!document.hasFocus()) {
					return ['the page does not have the focus'];
				}
				const problems = [];
				const style = getComputedStyle(e);
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
					&& style.outlineColor !== 'rgba(0, 0, 0, 0)';
				if (!outline && style.boxShadow === 'none') {
					problems.push('no outline or shadow (outline: ' + style.outlineStyle + ' ' + style.outlineWidth
						+ ' ' + style.outlineColor + ')');
				}
				const box = e.getBoundingClientRect();
				if (box.width < 1 || box.height < 1) {
					problems.push('no size: ' + box.width + ' x ' + box.height);
					return problems;
				}
				const seen = [0.5, 0.15, 0.85].flatMap((x) => [0.5, 0.15, 0.85].map((y) => [x, y])).some(([x, y]) => {
					const hit = document.elementFromPoint(box.left + box.width * x, box.top + box.height * y);
					return hit !== null && (e === hit || e.contains(hit) || (hit.control === e));
				});
				if (!seen) {
					problems.push('hidden under something else or out of the window at ' + JSON.stringify(box));
				}
				return problems;
				""", element);
	}

}
