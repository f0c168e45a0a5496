package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny XML element writer with attribute escaping. Booleans become "1"/"0" and null
 * becomes "" as in plex.tv and PMS XML (plex-protocol.md §0.2).
 */
final class Xml {

	static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private final String name;

	private final Map<String, String> attributes = new LinkedHashMap<>();

	private final List<Xml> children = new ArrayList<>();

	private String text;

	private Xml(String name) {
		this.name = name;
	}

	static Xml element(String name) {
		return new Xml(name);
	}

	Xml attr(String attribute, Object value) {
		this.attributes.put(attribute, scalar(value));
		return this;
	}

	Xml child(Xml child) {
		this.children.add(child);
		return this;
	}

	Xml text(String content) {
		this.text = content;
		return this;
	}

	String document() {
		StringBuilder out = new StringBuilder(PROLOG);
		render(out, "");
		return out.toString();
	}

	private void render(StringBuilder out, String indent) {
		out.append(indent).append('<').append(this.name);
		this.attributes
			.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value)).append('"'));
		if (this.text != null) {
			out.append('>').append(escape(this.text)).append("</").append(this.name).append(">\n");
		}
		else if (this.children.isEmpty()) {
			out.append("/>\n");
		}
		else {
			out.append(">\n");
			this.children.forEach((child) -> child.render(out, indent + "  "));
			out.append(indent).append("</").append(this.name).append(">\n");
		}
	}

	static String scalar(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		return value.toString();
	}

	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\n' -> out.append("&#10;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
