package app.plexinvite.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Visible words written into a template instead of taken from a message key: text between
 * tags (unless Thymeleaf replaces the element's content), the attributes people read or
 * hear (title, alt, aria-label, placeholder, a button's value) and quoted text in the
 * expressions that fill them. Text without a letter ("…", "·", "→", "×") is no word.
 */
final class TemplateText {

	/** Attributes a reader sees or a screen reader speaks. */
	private static final Set<String> SPOKEN = Set.of("title", "alt", "aria-label", "placeholder", "aria-placeholder",
			"aria-roledescription", "aria-valuetext", "label");

	/**
	 * Thymeleaf attributes that replace an element's content, so its text is a stand-in.
	 */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:errors");

	/** Inlined expressions in text: [[...]], [(...)], and [# ...] / [/] blocks. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#[^\\]]*]|\\[/]",
			Pattern.DOTALL);

	/** ${...}, #{...}, @{...}, *{...}, ~{...} without nested braces. */
	private static final Pattern EXPRESSION = Pattern.compile("[$#@*~]\\{[^{}]*}");

	/** One {@code name=expression} of th:attr, up to the next one. */
	private static final Pattern ATTR_PAIR = Pattern.compile("([\\w-]+)\\s*=\\s*(.+?)(?=,\\s*[\\w-]+\\s*=|$)");

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	private static final Pattern WORD = Pattern.compile("\\p{L}");

	private TemplateText() {
	}

	/** The literal words of an HTML template, each with where it was found. */
	static List<String> inHtml(String html) {
		Document document = Jsoup.parse(html);
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				if (spoken(element, name) && hasWord(attribute.getValue())) {
					found.add("<" + element.tagName() + " " + name + "=\"" + attribute.getValue() + "\">");
				}
				if (name.startsWith("th:") && (spoken(element, name.substring(3)) || REPLACING.contains(name))) {
					quotedWords(attribute.getValue()).forEach((word) -> found.add(name + ": '" + word + "'"));
				}
				if (name.equals("th:attr")) {
					Matcher pair = ATTR_PAIR.matcher(attribute.getValue());
					while (pair.find()) {
						if (spoken(element, pair.group(1).toLowerCase(java.util.Locale.ROOT))) {
							quotedWords(pair.group(2)).forEach((word) -> found.add(name + ": '" + word + "'"));
						}
					}
				}
			}
			if (replaced(element)) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (hasWord(text.getWholeText())) {
					found.add("<" + element.tagName() + ">" + text.getWholeText().strip());
				}
			}
		}
		return found;
	}

	/** The literal words of a plain-text template (e-mails): everything not inlined. */
	static List<String> inText(String text) {
		List<String> found = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (hasWord(line)) {
				found.add(line.strip());
			}
		}
		return found;
	}

	private static boolean spoken(Element element, String name) {
		return SPOKEN.contains(name) || (name.equals("value") && element.tagName().equals("input")
				&& Set.of("submit", "button", "reset").contains(element.attr("type")));
	}

	private static boolean replaced(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			if (REPLACING.stream().anyMatch(at::hasAttr) || at.tagName().equals("script")
					|| at.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	/** Quoted text in an expression, outside the ${...}/#{...} parts that compute it. */
	private static List<String> quotedWords(String expression) {
		String outside = expression;
		for (String before = ""; !before.equals(outside);) {
			before = outside;
			outside = EXPRESSION.matcher(outside).replaceAll(" ");
		}
		List<String> words = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(outside);
		while (quoted.find()) {
			if (hasWord(quoted.group(1))) {
				words.add(quoted.group(1));
			}
		}
		return words;
	}

	private static boolean hasWord(String text) {
		return WORD.matcher(INLINED.matcher(text).replaceAll(" ")).find();
	}

}
