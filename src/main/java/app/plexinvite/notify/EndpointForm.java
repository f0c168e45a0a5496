package app.plexinvite.notify;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The endpoint form as typed. The token is write-only: the page never shows a stored one.
 *
 * @param name what the owner calls it
 * @param kind generic, Discord or ntfy
 * @param url the address
 * @param events the chosen event types
 * @param token a new ntfy access token, or blank
 * @param removeToken whether to remove the stored ntfy token
 */
record EndpointForm(
		@NotBlank(message = "{webhooks.form.name.required}") @Size(max = 100,
				message = "{webhooks.form.name.length}") String name,
		@NotNull(message = "{webhooks.form.kind.required}") EndpointKind kind,
		@NotBlank(message = "{webhooks.form.url.required}") @Size(max = EndpointUrl.MAX_LENGTH,
				message = "{webhooks.form.url.length}") String url,
		@NotEmpty(message = "{webhooks.form.events.required}") List<EventType> events,
		@Size(max = 500, message = "{webhooks.form.token.length}") String token, Boolean removeToken) {

	/** An unticked checkbox sends nothing: it binds as null, read as false. */
	EndpointForm {
		removeToken = Boolean.TRUE.equals(removeToken);
	}

	static EndpointForm empty() {
		return new EndpointForm("", EndpointKind.GENERIC, "", EventType.subscribable(), "", false);
	}

	static EndpointForm of(Endpoint endpoint) {
		return new EndpointForm(endpoint.name(), endpoint.kind(), endpoint.url(),
				endpoint.events().stream().sorted().toList(), "", false);
	}

	/** Without the ntfy token: a record's own toString would print it. */
	@Override
	public String toString() {
		return "EndpointForm[name=" + this.name + ", kind=" + this.kind + ", url=(hidden), events=" + this.events
				+ ", token=" + ((this.token == null || this.token.isEmpty()) ? "(empty)" : "(given)") + ", removeToken="
				+ this.removeToken + "]";
	}

	public boolean chose(EventType type) {
		return this.events != null && this.events.contains(type);
	}

	/** The checked draft; only call without errors. */
	EndpointDraft draft() {
		EnumSet<EventType> chosen = EnumSet.copyOf(this.events);
		chosen.remove(EventType.TEST);
		return new EndpointDraft(this.name, this.kind, this.url, chosen, this.token, this.removeToken);
	}

}
