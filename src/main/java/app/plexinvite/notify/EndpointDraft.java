package app.plexinvite.notify;

import java.util.Set;

/**
 * A checked endpoint as the owner typed it.
 *
 * @param name what the owner calls it
 * @param kind generic, Discord or ntfy
 * @param url the address, checked by {@link EndpointUrl}
 * @param events the subscribed types (never {@link EventType#TEST})
 * @param token an ntfy access token to store, or null to keep (or have) none
 * @param removeToken whether a stored token is removed
 */
record EndpointDraft(String name, EndpointKind kind, String url, Set<EventType> events, String token,
		boolean removeToken) {

	/**
	 * Without the token or the address (its path may hold a Discord token or a topic).
	 */
	@Override
	public String toString() {
		return "EndpointDraft[name=" + this.name + ", kind=" + this.kind + ", events=" + this.events + ", token="
				+ ((this.token == null) ? "(none)" : "(given)") + ", removeToken=" + this.removeToken + "]";
	}

}
