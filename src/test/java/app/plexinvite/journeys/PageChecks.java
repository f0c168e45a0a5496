package app.plexinvite.journeys;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * What the tour checks on every page besides its words: axe-core's accessibility rules,
 * the phone's bottom bar, and that the page fits the window.
 */
final class PageChecks {

	/** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final Browser browser;

	PageChecks(Browser browser) {
		this.browser = browser;
	}

	/**
	 * axe-core's WCAG 2.2 A and AA faults with a serious or critical impact: every rule
	 * in the light theme, only colour contrast in the dark one (the rest does not
	 * change). The only frame, the e-mail preview's, is sandboxed without scripts, so axe
	 * could not run inside it and would wait out its timeout: frames are left out.
	 */
	List<String> seriousAccessibilityFaults(String theme) {
		AxeBuilder axe = new AxeBuilder().disableIframeTesting();
		if ("light".equals(theme)) {
			axe.withTags(WCAG_22_AA);
		}
		else {
			axe.withOnlyRules(List.of("color-contrast"));
		}
		Results results = axe.analyze(this.browser.driver());
		return results.getViolations()
			.stream()
			.filter((rule) -> List.of("serious", "critical").contains(rule.getImpact()))
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	boolean fitsTheWindow() {
		return (Boolean) this.browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
	}

	/**
	 * On a phone the owner's navigation is a bar at the bottom that scrolls sideways
	 * inside itself: each item is a touch target of at least 44 × 44 CSS pixels and the
	 * current page's item is in view. Nothing on a desktop, where it is a column.
	 */
	@SuppressWarnings("unchecked")
	List<String> bottomBarProblems() {
		return (List<String>) this.browser
			.script("""
					const bar = document.querySelector('.admin-nav .nav-list');
					if (!bar || getComputedStyle(bar).position !== 'fixed') {
						return [];
					}
					const edges = bar.getBoundingClientRect();
					const problems = [];
					for (const item of bar.querySelectorAll('a')) {
						const box = item.getBoundingClientRect();
						if (box.width < 44 || box.height < 44) {
							problems.push(item.textContent + ' is ' + box.width + ' x ' + box.height);
						}
						if (item.classList.contains('active') && (box.left < edges.left - 1 || box.right > edges.right + 1)) {
							problems.push(item.textContent + ', the current page, is out of view');
						}
					}
					return problems;
					""");
	}

}
