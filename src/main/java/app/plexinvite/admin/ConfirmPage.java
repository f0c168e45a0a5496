package app.plexinvite.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A "Are you sure?" page: what happens (message keys {@code people.confirm.<step>.*}),
 * the lines that say exactly what, and the form that does it (the same fields again,
 * hidden). Nothing is sent to Plex until its button is pressed. Public only for the
 * template engine.
 *
 * @param step which action, for its message keys
 * @param action where the form posts
 * @param back where "Cancel" leads
 * @param lines what exactly: message keys with their arguments
 * @param fields the hidden form fields
 */
public record ConfirmPage(String step, String action, String back, List<Line> lines, List<Field> fields) {

	public ConfirmPage {
		lines = List.copyOf(lines);
		fields = List.copyOf(fields);
	}

	static ConfirmPage of(String step, String action, String back) {
		return new ConfirmPage(step, action, back, List.of(), List.of());
	}

	ConfirmPage line(String key, Object... arguments) {
		List<Line> more = new ArrayList<>(this.lines);
		more.add(new Line(key, arguments));
		return new ConfirmPage(this.step, this.action, this.back, more, this.fields);
	}

	ConfirmPage field(String name, Object value) {
		List<Field> more = new ArrayList<>(this.fields);
		more.add(new Field(name, String.valueOf(value)));
		return new ConfirmPage(this.step, this.action, this.back, this.lines, more);
	}

	/**
	 * One line of what happens.
	 *
	 * @param key message key
	 * @param arguments its arguments
	 */
	public record Line(String key, Object[] arguments) {
	}

	/**
	 * One hidden form field.
	 *
	 * @param name its name
	 * @param value its value
	 */
	public record Field(String name, String value) {
	}

}
