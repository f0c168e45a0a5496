package app.plexinvite.onboarding;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The owner's Markdown as HTML that is safe to show: commonmark escapes raw HTML and
 * drops unsafe link targets, then an allow-list keeps only formatting, lists, headings,
 * code, quotes and http(s)/mailto links, each with
 * {@code rel="nofollow noopener noreferrer"}.
 */
final class MarkdownRenderer {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3",
				"h4", "h5", "h6", "a")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("start")
		.matching(false, "[0-9]{1,4}")
		.onElements("ol")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private MarkdownRenderer() {
	}

	static String render(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
