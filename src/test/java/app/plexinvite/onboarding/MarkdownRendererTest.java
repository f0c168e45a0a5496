package app.plexinvite.onboarding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	@Test
	void rendersFormattingListsAndHeadings() {
		String html = MarkdownRenderer.render("# Hi\n\n**bold** and *soft*\n\n- one\n- two");

		assertThat(html).contains("<h1>Hi</h1>")
			.contains("<strong>bold</strong>")
			.contains("<em>soft</em>")
			.contains("<li>one</li>");
	}

	@Test
	void showsAScriptTagAsTextInsteadOfRunningIt() {
		String html = MarkdownRenderer.render("Hello <script>alert(1)</script>");

		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
	}

	@Test
	void escapesRawHtmlBlocksAndAttributes() {
		String html = MarkdownRenderer.render("<div onclick=\"steal()\"><img src=x onerror=alert(1)></div>");

		assertThat(html).doesNotContain("<div").doesNotContain("<img").contains("&lt;img");
	}

	@Test
	void dropsJavascriptLinksButKeepsTheirText() {
		String html = MarkdownRenderer.render("[click me](javascript:alert(1)) and [data](data:text/html,hi)");

		assertThat(html).doesNotContain("javascript:").doesNotContain("data:text").contains("click me");
	}

	@Test
	void marksEveryLinkNofollowNoopenerNoreferrer() {
		String html = MarkdownRenderer.render("[Plex](https://app.plex.tv)");

		String rel = html.replaceAll("(?s).*rel=\"([^\"]*)\".*", "$1");
		assertThat(html).contains("href=\"https://app.plex.tv\"");
		assertThat(rel.split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
	}

	@Test
	void rendersNothingForAnEmptyText() {
		assertThat(MarkdownRenderer.render("  ")).isEmpty();
		assertThat(MarkdownRenderer.render(null)).isEmpty();
	}

}
